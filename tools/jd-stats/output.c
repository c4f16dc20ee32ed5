/* output.c: the result sinks -- CSV (streamed), an aligned table
 * (buffered: widths need every row) and JSON (streamed array of objects,
 * numbers bare, everything else a string). */
#include "stats.h"
#include "jd_csv.h"
#include "jd_err.h"
#include "jd_text.h"

#include <stdlib.h>
#include <string.h>

struct sink {
	int format;
	jd_out *out;
	char **names;
	int n;
	long long rows;
	/* table: every cell, as (offset, length) into data */
	jd_buf data;
	size_t *cells;
	size_t ncells, cap;
};

sink *sink_new(int format, jd_out *out, char **names, int n)
{
	sink *s = jd_xcalloc(1, sizeof *s);
	s->format = format;
	s->out = out;
	s->n = n;
	s->names = jd_xcalloc((size_t)(n ? n : 1), sizeof *s->names);
	for (int i = 0; i < n; i++)
		s->names[i] = jd_xstrdup(names[i]);
	if (format == FMT_CSV) {
		for (int i = 0; i < n; i++)
			jd_csv_puts(out, names[i]);
		jd_csv_endrow(out);
	} else if (format == FMT_JSON) {
		jd_out_puts(out, "[");
	}
	return s;
}

static void json_str(jd_out *o, const char *p, size_t n)
{
	jd_out_putc(o, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];
		switch (c) {
		case '"': jd_out_puts(o, "\\\""); break;
		case '\\': jd_out_puts(o, "\\\\"); break;
		case '\n': jd_out_puts(o, "\\n"); break;
		case '\r': jd_out_puts(o, "\\r"); break;
		case '\t': jd_out_puts(o, "\\t"); break;
		default:
			if (c < 0x20 || c == 0x7f) {
				jd_out_printf(o, "\\u%04x", c);
			} else if (c >= 0x80) {
				/* JSON is UTF-8: an invalid sequence becomes U+FFFD */
				size_t adv;
				if (jd_utf8_decode(p + i, n - i, &adv) < 0) {
					jd_out_puts(o, "\xEF\xBF\xBD");
					adv = 1;
				} else {
					jd_out_write(o, p + i, adv);
				}
				i += adv - 1;
			} else {
				jd_out_putc(o, (char)c);
			}
		}
	}
	jd_out_putc(o, '"');
}

/* a JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static int json_num(const char *p, size_t n)
{
	size_t i = 0;
	if (i < n && p[i] == '-')
		i++;
	if (i >= n)
		return 0;
	if (p[i] == '0')
		i++;
	else if (p[i] >= '1' && p[i] <= '9')
		while (i < n && p[i] >= '0' && p[i] <= '9')
			i++;
	else
		return 0;
	if (i < n && p[i] == '.') {
		i++;
		if (i >= n || p[i] < '0' || p[i] > '9')
			return 0;
		while (i < n && p[i] >= '0' && p[i] <= '9')
			i++;
	}
	if (i < n && (p[i] == 'e' || p[i] == 'E')) {
		i++;
		if (i < n && (p[i] == '+' || p[i] == '-'))
			i++;
		if (i >= n || p[i] < '0' || p[i] > '9')
			return 0;
		while (i < n && p[i] >= '0' && p[i] <= '9')
			i++;
	}
	return i == n;
}

void sink_row(sink *s, const sv *row)
{
	s->rows++;
	switch (s->format) {
	case FMT_CSV:
		for (int i = 0; i < s->n; i++)
			jd_csv_put(s->out, row[i].p, row[i].n);
		jd_csv_endrow(s->out);
		break;
	case FMT_JSON:
		jd_out_puts(s->out, s->rows > 1 ? ",\n  {" : "\n  {");
		for (int i = 0; i < s->n; i++) {
			if (i)
				jd_out_puts(s->out, ", ");
			json_str(s->out, s->names[i], strlen(s->names[i]));
			jd_out_puts(s->out, ": ");
			if (json_num(row[i].p, row[i].n))
				jd_out_write(s->out, row[i].p, row[i].n);
			else
				json_str(s->out, row[i].p, row[i].n);
		}
		jd_out_putc(s->out, '}');
		break;
	default:
		if (s->ncells + (size_t)s->n * 2 > s->cap) {
			s->cap = (s->cap + (size_t)s->n * 2) * 2;
			s->cells = jd_xrealloc(s->cells, s->cap * sizeof *s->cells);
		}
		for (int i = 0; i < s->n; i++) {
			s->cells[s->ncells++] = s->data.len;
			/* line breaks shown as in CSV: \n */
			size_t start = s->data.len;
			for (size_t j = 0; j < row[i].n; j++) {
				char c = row[i].p[j];
				if (c == '\n')
					jd_buf_adds(&s->data, "\\n");
				else if (c == '\r')
					jd_buf_adds(&s->data, "\\r");
				else if (c == '\t')
					jd_buf_addc(&s->data, ' ');
				else
					jd_buf_addc(&s->data, c);
			}
			s->cells[s->ncells++] = s->data.len - start;
		}
	}
}

static size_t width(const char *p, size_t n)
{
	size_t w = 0;
	for (size_t i = 0; i < n; i++)
		if (((unsigned char)p[i] & 0xC0) != 0x80)
			w++;
	return w;
}

static void pad(jd_out *o, size_t n)
{
	while (n-- > 0)
		jd_out_putc(o, ' ');
}

void sink_end(sink *s)
{
	if (s->format == FMT_JSON) {
		jd_out_puts(s->out, s->rows ? "\n]\n" : "]\n");
		return;
	}
	if (s->format != FMT_TABLE)
		return;
	if (!s->data.p)
		jd_buf_grow(&s->data, 1);
	size_t nc = (size_t)s->n, nr = (size_t)s->rows;
	size_t *w = jd_xcalloc(nc ? nc : 1, sizeof *w);
	char *numeric = jd_xcalloc(nc ? nc : 1, 1);
	for (size_t c = 0; c < nc; c++) {
		w[c] = width(s->names[c], strlen(s->names[c]));
		int allnum = nr > 0;
		for (size_t r = 0; r < nr; r++) {
			size_t off = s->cells[2 * (r * nc + c)], len = s->cells[2 * (r * nc + c) + 1];
			size_t cw = width(s->data.p + off, len);
			if (cw > w[c])
				w[c] = cw;
			double d;
			if (len && !num_parse(s->data.p + off, len, &d))
				allnum = 0;
		}
		numeric[c] = (char)allnum;
	}
	for (size_t c = 0; c < nc; c++) {
		size_t nw = width(s->names[c], strlen(s->names[c]));
		if (c)
			jd_out_puts(s->out, "  ");
		if (numeric[c])
			pad(s->out, w[c] - nw);
		jd_out_puts(s->out, s->names[c]);
		if (!numeric[c] && c + 1 < nc)
			pad(s->out, w[c] - nw);
	}
	jd_out_putc(s->out, '\n');
	for (size_t c = 0; c < nc; c++) {
		if (c)
			jd_out_puts(s->out, "  ");
		for (size_t i = 0; i < w[c]; i++)
			jd_out_putc(s->out, '-');
	}
	jd_out_putc(s->out, '\n');
	for (size_t r = 0; r < nr; r++) {
		for (size_t c = 0; c < nc; c++) {
			size_t off = s->cells[2 * (r * nc + c)], len = s->cells[2 * (r * nc + c) + 1];
			size_t cw = width(s->data.p + off, len);
			if (c)
				jd_out_puts(s->out, "  ");
			if (numeric[c])
				pad(s->out, w[c] - cw);
			jd_out_write(s->out, s->data.p + off, len);
			if (!numeric[c] && c + 1 < nc)
				pad(s->out, w[c] - cw);
		}
		jd_out_putc(s->out, '\n');
	}
	free(w);
	free(numeric);
}

void sink_free(sink *s)
{
	for (int i = 0; i < s->n; i++)
		free(s->names[i]);
	free(s->names);
	jd_buf_free(&s->data);
	free(s->cells);
	free(s);
}
