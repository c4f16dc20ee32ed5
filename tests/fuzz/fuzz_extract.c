/* libFuzzer harness for jd-extract: raw bytes -> UTF-8 -> (HTML to text)
 * -> lines -> boilerplate -> template detection -> fields -> text.
 * Built by `make build/fuzz/fuzz_extract`. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "jd_buf.h"
#include "jd_text.h"

/* what jdx_doc_lines keeps of each line agrees with what it stands for */
static void check_lines(const jdx_doc *d)
{
	for (size_t i = 0; i < d->nlines; i++) {
		const jdx_line *l = &d->lines[i];
		const char *t = d->text.p + l->off;
		jd_buf f = JD_BUF_INIT;
		jd_fold(&f, t, l->len);
		if (f.len != l->flen || (f.len && memcmp(f.p, d->fold.p + l->foff, f.len)) ||
		    l->wcount != jd_word_count(t, l->len) || l->nul != (memchr(t, '\0', l->len) != NULL))
			abort();
		jd_buf_free(&f);
	}
}

static jdx_doc *make(const char *p, size_t n, int html)
{
	jdx_doc *d = calloc(1, sizeof *d);
	d->source = strdup("fuzz");
	d->group = strdup("g");
	jd_buf u = JD_BUF_INIT, t = JD_BUF_INIT;
	size_t rep;
	jdx_to_utf8(p, n, html, &u, &rep);
	if (html) {
		jdx_html_text(u.p ? u.p : "", u.len, &t, &d->meta);
		jdx_doc_lines(d, t.p ? t.p : "", t.len);
	} else {
		jdx_doc_lines(d, u.p ? u.p : "", u.len);
	}
	check_lines(d);
	jd_buf_free(&u);
	jd_buf_free(&t);
	jdx_boiler_mark(d);
	return d;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data;
	char date[11];
	jdx_parse_date(p, size, date);
	(void)jdx_is_binary(p, size);
	if (!jdx_scan_paths_agree(p, size))
		abort();   /* the cue scan's fast path reads what its tokenizer reads */
	int html = size && (data[0] & 1) ? 1 : jdx_looks_html(p, size);
	jdx_doc *docs[3];
	/* three documents of one group: the input, and two halves of it */
	docs[0] = make(p, size, html);
	docs[1] = make(p, size / 2, 0);
	docs[2] = make(p + size / 2, size - size / 2, html);
	jdx_template_mark(docs, 3);
	for (int i = 0; i < 3; i++) {
		jdx_fields(docs[i], i == 1 ? "2026-10-03" : NULL, NULL);
		jd_buf r = JD_BUF_INIT, a = JD_BUF_INIT, b = JD_BUF_INIT;
		jdx_doc_render(docs[i], &r);
		/* the id text from the folded lines is that of the text column */
		size_t wa = jdx_fold_id_words(&a, r.p ? r.p : "", r.len), wb = jdx_doc_id_words(docs[i], &b);
		if (wa != wb || a.len != b.len || (a.len && memcmp(a.p, b.p, a.len)))
			abort();
		jd_buf_free(&r);
		jd_buf_free(&a);
		jd_buf_free(&b);
		jdx_doc_free(docs[i]);
	}
	return 0;
}
