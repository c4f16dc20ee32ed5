/* fuzz_skills: the jd-skills matcher on arbitrary bytes, with a small
 * taxonomy using every feature (case, evidence, strict context, negative
 * patterns, * expansion); also checks that its tokenizer cuts like
 * jd_tok_next and that the fast tokenizer gives the reference's tokens. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jd_text.h"
#include "skills.h"

static sk_tax tax;
static sk_matcher mt;
static int ready;

static void setup(void)
{
	static const char *rows[][6] = {
		{"Python", "language", "Python3;py", "", "", ""},
		{"R", "language", "", "cx", "tidyverse", "(?-i:\\bR\\s*\\.\\s*[A-Z])|\\bR\\s*&\\s*D\\b"},
		{"Go", "language", "Golang", "cx", "", "\\bgo\\s*-?\\s*(to|live)\\b"},
		{"C++", "language", "", "", "", ""},
		{"C#", "language", "C Sharp", "", "", ""},
		{".NET", "framework", "dotnet", "", "", ""},
		{"Machine Learning", "ml-method", "maschinell* Lernen;ML", "", "", ""},
		{"Spring", "framework", "", "ck", "java boot", ""},
		{"Spring Boot", "framework", "", "", "", ""},
		{"Excel", "office", "", "c", "", "\\bexcel\\s+at\\b"},
		{"Teamwork", "soft-skill", "Teamfähigkeit;team player", "", "", ""},
		{"Node.js", "framework", "NodeJS", "", "", ""},
		{"CI/CD", "practice", "", "", "", ""},
	};
	sk_tax_init(&tax);
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		if (sk_tax_add_row(&tax, rows[i][0], rows[i][1], rows[i][2], rows[i][3],
				   rows[i][4], rows[i][5]))
			abort();
	sk_matcher_init(&mt, &tax);
	ready = 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!ready)
		setup();
	const char *s = (const char *)data;
	/* tokenizer equivalence */
	jd_tokenizer tz;
	jd_tok tk;
	size_t pos = 0;
	jd_tok_init(&tz, s, size);
	for (;;) {
		size_t tl = 0;
		unsigned fl = 0;
		size_t off = sk_next_token(s, size, pos, &tl, &fl);
		int more = jd_tok_next(&tz, &tk);
		if (!more) {
			if (off < size)
				abort();
			break;
		}
		if (off != tk.off || tl != tk.len)
			abort();
		pos = off + tl;
	}
	/* the fast tokenizer gives the reference's tokens */
	static sk_matcher ra, rb;
	sk_tokenize(&ra, s, size);
	sk_tokenize_ref(&rb, s, size);
	if (ra.ntok != rb.ntok)
		abort();
	for (size_t i = 0; i < ra.ntok; i++) {
		const sk_token *x = &ra.tok[i], *y = &rb.tok[i];
		if (x->off != y->off || x->len != y->len || x->flen != y->flen || x->h != y->h ||
		    x->line != y->line || x->clause != y->clause || x->linestart != y->linestart ||
		    x->hyph != y->hyph ||
		    memcmp(ra.fold.p + x->foff, rb.fold.p + y->foff, x->flen) != 0)
			abort();
	}
	sk_match_text(&mt, s, size);
	for (size_t k = 0; k < mt.nm; k++) {
		const sk_match *m = &mt.m[k];
		if (m->off + m->len > size || m->alias >= tax.nalias || m->level > SK_L_NEGATED ||
		    m->section >= SEC_NSEC)
			abort();
		if (k && m->tok < mt.m[k - 1].tok + mt.m[k - 1].ntok)
			abort();
	}
	return 0;
}
