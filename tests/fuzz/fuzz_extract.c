/* libFuzzer harness for jd-extract: raw bytes -> UTF-8 -> (HTML to text)
 * -> lines -> boilerplate -> template detection -> fields -> text.
 * Built by `make build/fuzz/fuzz_extract`. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "jd_buf.h"

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
	int html = size && (data[0] & 1) ? 1 : jdx_looks_html(p, size);
	jdx_doc *docs[3];
	/* three documents of one group: the input, and two halves of it */
	docs[0] = make(p, size, html);
	docs[1] = make(p, size / 2, 0);
	docs[2] = make(p + size / 2, size - size / 2, html);
	jdx_template_mark(docs, 3);
	for (int i = 0; i < 3; i++) {
		jdx_fields(docs[i], i == 1 ? "2026-10-03" : NULL, NULL);
		jd_buf r = JD_BUF_INIT;
		jdx_doc_render(docs[i], &r);
		jd_buf_free(&r);
		jdx_doc_free(docs[i]);
	}
	return 0;
}
