/* test_skills: the jd-skills matcher (the modules in tools/jd-skills). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "jd_text.h"
#include "../../tools/jd-skills/skills.h"

/* sk_next_token must cut exactly like jd_tok_next */
static int same_tokens(const char *s, size_t n)
{
	jd_tokenizer tz;
	jd_tok tk;
	size_t pos = 0;
	jd_tok_init(&tz, s, n);
	for (;;) {
		size_t tl = 0;
		unsigned fl = 0;
		size_t off = sk_next_token(s, n, pos, &tl, &fl);
		int more = jd_tok_next(&tz, &tk);
		if (!more)
			return off >= n;
		if (off >= n || off != tk.off || tl != tk.len)
			return 0;
		if (!!(fl & SK_T_HYPH) != (memchr(tk.s, '-', tk.len) != NULL))
			return 0;
		int hi = 0;
		for (size_t i = 0; i < tk.len; i++)
			hi |= (unsigned char)tk.s[i] >= 0x80;
		if (!!(fl & SK_T_NONASCII) != hi)
			return 0;
		if (!!(fl & SK_T_NEWLINE) != (memchr(s + pos, '\n', off - pos) != NULL))
			return 0;
		pos = off + tl;
	}
}

static const char *const tok_cases[] = {
	"C++, C#, .NET, Node.js, ASP.NET und R&D",
	"C#/.NET Hadoop/Hive/HBase Java/Kotlin C/C++",
	"Python-Kenntnisse go-to-market Python 3.11 Angular 2+ ES6",
	"O'Reilly's book; it's 'quoted' -dash- _under_score_ x_y",
	"Teamfähigkeit, Straße, naïve café, ÄÖÜ-Test, 100 €/Jahr",
	"...leading dots .net .5 a.b. end. (brackets) [x] {y}",
	"\xff\xfe broken \xc3 utf8 \xe2\x80 truncated \xc3\xa4",
	"bullet \xe2\x80\xa2 point \xc2\xa0 nbsp \xe2\x80\x93 dash",
	"a-", "-a", "a--b", "a.-b", "+#", "x+#+", "'a", "a'", "a''b", ".", "",
	NULL
};


/* the fast sk_tokenize must give the tokens of sk_tokenize_ref */
static int same_as_ref(const char *s, size_t n)
{
	static sk_matcher a, b;
	sk_tokenize(&a, s, n);
	sk_tokenize_ref(&b, s, n);
	if (a.ntok != b.ntok)
		return 0;
	for (size_t i = 0; i < a.ntok; i++) {
		const sk_token *x = &a.tok[i], *y = &b.tok[i];
		if (x->off != y->off || x->len != y->len || x->flen != y->flen || x->h != y->h ||
		    x->line != y->line || x->clause != y->clause || x->linestart != y->linestart ||
		    x->hyph != y->hyph || x->match != y->match || x->cue || x->heading ||
		    memcmp(a.fold.p + x->foff, b.fold.p + y->foff, x->flen) != 0)
			return 0;
	}
	return 1;
}

/* the two word scanners of sk_tokenize agree: every start position of
 * random lowered, zero-padded buffers */
static int same_word_ends(unsigned *seed)
{
	static const char bytes[] = "az09_ .-'\n\x80\xc3\xff{`/:@[";
	char buf[96 + 32];
	for (int round = 0; round < 20000; round++) {
		size_t n = (size_t)(*seed % 96);
		for (size_t i = 0; i < n; i++) {
			*seed = *seed * 1103515245u + 12345u;
			buf[i] = bytes[(*seed >> 16) % (sizeof bytes - 1)];
		}
		*seed = *seed * 1103515245u + 12345u;
		memset(buf + n, 0, 32);
		for (size_t i = 0; i <= n; i++)
			if (sk_word_end(buf, i) != sk_word_end_swar(buf, i))
				return 0;
	}
	return 1;
}

static sk_tax tax;

static const char *skills_of(sk_matcher *mt, const char *text)
{
	static char out[1024];
	out[0] = '\0';
	sk_match_text(mt, text, strlen(text));
	for (size_t k = 0; k < mt->nm; k++) {
		if (!mt->m[k].ok)
			continue;
		if (out[0])
			strcat(out, ";");
		strcat(out, tax.skill[tax.alias[mt->m[k].alias].skill].name);
	}
	return out;
}

int main(void)
{
	/* tokenizer equivalence */
	int all = 1;
	for (size_t i = 0; tok_cases[i]; i++)
		if (!same_tokens(tok_cases[i], strlen(tok_cases[i]))) {
			printf("    mismatch on case %zu\n", i);
			all = 0;
		}
	CHECK("tokenizer: fixed cases like jd_tok_next", all);
	static const char alphabet[] = "aZ9_ .-&'+#/,;:\n\xc3\xa4\xe2\x80\xa2\xff";
	unsigned seed = 12345;
	char buf[64];
	all = 1;
	for (int round = 0; round < 200000 && all; round++) {
		size_t n = (size_t)(seed % 40);
		for (size_t i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			buf[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
		}
		seed = seed * 1103515245u + 12345u;
		if (!same_tokens(buf, n)) {
			printf("    mismatch on random string of %zu bytes\n", n);
			all = 0;
		}
	}
	CHECK("tokenizer: 200000 random strings like jd_tok_next", all);
	all = 1;
	for (size_t i = 0; tok_cases[i]; i++)
		if (!same_as_ref(tok_cases[i], strlen(tok_cases[i]))) {
			printf("    fast tokenizer differs on case %zu\n", i);
			all = 0;
		}
	CHECK("fast tokenizer: fixed cases like the reference", all);
	/* ASCII, 2-byte letters (ä ß д) and non-letters (NBSP « ×), a bullet,
	 * an invalid byte */
	static const char alphabet2[] = "aZ9_ .-&'+#/,;:!?\n\xc3\xa4\xc3\x9f\xe2\x80\xa2\xff|lLdD"
					"\xc2\xa0\xc2\xab\xc3\x97\xd0\xb4";
	char buf2[200];
	all = 1;
	for (int round = 0; round < 100000 && all; round++) {
		seed = seed * 1103515245u + 12345u;
		size_t n = (size_t)((seed >> 16) % 190);
		for (size_t i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			buf2[i] = alphabet2[(seed >> 16) % (sizeof alphabet2 - 1)];
		}
		/* unterminated: the byte after the text must not matter */
		buf2[n] = (char)(seed & 1 ? 'x' : '\'');
		if (!same_as_ref(buf2, n)) {
			printf("    fast tokenizer differs on a random string of %zu bytes\n", n);
			all = 0;
		}
	}
	CHECK("fast tokenizer: 100000 random strings like the reference", all);
	CHECK("word scanners: 16-byte and 8-byte agree", same_word_ends(&seed));
	/* long runs of plain words and hyphens: the fast path, not the exact step */
	{
		char big[4096];
		size_t n = 0;
		while (n + 40 < sizeof big) {
			static const char *const words[] = {"Python", "go-to-market", "a", "Data",
				"C++", "x_y", "end.", "R&D", "(SQL)", "Kenntnisse,", "\n- ", "5+"};
			const char *w = words[(n * 7 + n / 13) % 12];
			memcpy(big + n, w, strlen(w));
			n += strlen(w);
			big[n] = n % 5 ? ' ' : '\n';
			n++;
		}
		CHECK("fast tokenizer: a long text like the reference", same_as_ref(big, n));
	}

	/* a small taxonomy */
	sk_tax_init(&tax);
	const char *rows[][6] = {
		{"Python", "language", "Python3", "", "", ""},
		{"R", "language", "", "cx", "tidyverse", "\\bR\\s*&\\s*D\\b"},
		{"SQL", "language", "", "", "", ""},
		{"Machine Learning", "ml-method", "maschinell* Lernen;ML", "", "", ""},
		{"Machine Learning", "ml-method", "", "", "", ""},
		{"Spring Boot", "framework", "", "", "", ""},
		{"Spring", "framework", "", "ck", "java", ""},
		{"Excel", "office", "", "c", "", "\\bexcel\\s+at\\b"},
		{"Teamwork", "soft-skill", "Teamfähigkeit", "", "", ""},
	};
	const char *err = NULL;
	for (size_t i = 0; i < sizeof rows / sizeof rows[0] && !err; i++)
		err = sk_tax_add_row(&tax, rows[i][0], rows[i][1], rows[i][2], rows[i][3],
				     rows[i][4], rows[i][5]);
	CHECK("taxonomy: rows load", err == NULL);
	CHECK("taxonomy: 8 skills", tax.nskill == 8);
	/* Python, Python3, R, SQL, ML x (1 + 6 + 1), Spring Boot, Spring, Excel,
	 * Teamwork, Teamfähigkeit */
	CHECK("taxonomy: aliases with * expanded", tax.nalias == 17);
	CHECK_STR("taxonomy: bad category",
		  sk_tax_add_row(&tax, "X", "nope", "", "", "", ""), "unknown category 'nope'");
	CHECK("taxonomy: bad flag refused", sk_tax_add_row(&tax, "X", "tool", "", "z", "", "") != NULL);
	CHECK("taxonomy: bad pattern refused", sk_tax_add_row(&tax, "X", "tool", "", "", "", "(") != NULL);
	CHECK("taxonomy: category clash refused",
	      sk_tax_add_row(&tax, "Python", "tool", "", "", "", "") != NULL);
	CHECK("taxonomy: maxtok", tax.maxtok >= 3);

	sk_matcher mt;
	sk_matcher_init(&mt, &tax);
	CHECK_STR("match: plain", skills_of(&mt, "Python and SQL"), "Python;SQL");
	CHECK_STR("match: version glued", skills_of(&mt, "Python3.11, python 3"), "Python;Python");
	CHECK_STR("match: R with evidence", skills_of(&mt, "Python, R"), "Python;R");
	CHECK_STR("match: R without evidence", skills_of(&mt, "Ask R about it"), "");
	CHECK_STR("match: R&D is one token", skills_of(&mt, "R&D in Python"), "Python");
	CHECK_STR("match: R & D negative", skills_of(&mt, "R & D with SQL"), "SQL");
	CHECK_STR("match: R with context word", skills_of(&mt, "R (tidyverse)"), "R");
	CHECK_STR("match: R with cue", skills_of(&mt, "Kenntnisse in R"), "R");
	CHECK_STR("match: R lowercase", skills_of(&mt, "r, Python"), "Python");
	CHECK_STR("match: longest wins", skills_of(&mt, "Spring Boot"), "Spring Boot");
	CHECK_STR("match: strict context: cue not enough", skills_of(&mt, "Spring experience"), "");
	CHECK_STR("match: strict context word", skills_of(&mt, "Spring and Java"), "Spring");
	CHECK_STR("match: inflection", skills_of(&mt, "maschinellem Lernen, ML"),
		  "Machine Learning;Machine Learning");
	CHECK_STR("match: umlaut folding", skills_of(&mt, "TEAMFAEHIGKEIT"), "Teamwork");
	CHECK_STR("match: case-sensitive", skills_of(&mt, "excel, EXCEL, Excel"), "Excel");
	CHECK_STR("match: negative", skills_of(&mt, "Excel at sales"), "");
	CHECK_STR("match: German suffix", skills_of(&mt, "Pythonkenntnisse, SQL-Kenntnisse"), "Python;SQL");
	CHECK_STR("match: empty", skills_of(&mt, ""), "");

	/* levels and sections */
	const char *ad = "Your tasks\nPython\n\nRequirements\nSQL is a plus\nno R needed, Python";
	sk_match_text(&mt, ad, strlen(ad));
	CHECK("levels: 4 matches", mt.nm == 4);
	if (mt.nm == 4) {
		CHECK("section: tasks", mt.m[0].section == SEC_TASKS);
		CHECK("section: requirements", mt.m[1].section == SEC_REQ);
		CHECK("level: required", mt.m[0].level == SK_L_REQUIRED);
		CHECK("level: preferred", mt.m[1].level == SK_L_PREFERRED);
		CHECK("level: negated", mt.m[2].level == SK_L_NEGATED);
		CHECK("level: same clause, not negated", mt.m[3].level == SK_L_REQUIRED);
	}

	/* the matcher does not depend on a NUL terminator */
	char raw[] = {'S', 'Q', 'L'};
	sk_match_text(&mt, raw, sizeof raw);
	CHECK("match: unterminated buffer", mt.nm == 1 && mt.m[0].len == 3);

	sk_matcher_free(&mt);
	sk_tax_free(&tax);
	return unit_failed != 0;
}
