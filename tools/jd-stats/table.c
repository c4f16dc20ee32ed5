/* table.c: the REPL's columnar store.  Each column keeps its cells in one
 * arena (NUL-terminated) with an offset per row; numbers are parsed
 * lazily (for .cols) and completion values are gathered on demand. */
#include "stats.h"
#include "jd_csv.h"
#include "jd_err.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

table *table_new(void)
{
	return jd_xcalloc(1, sizeof(table));
}

void table_free(table *t)
{
	if (!t)
		return;
	for (int i = 0; i < t->nc; i++) {
		column *c = &t->c[i];
		free(c->name);
		jd_buf_free(&c->data);
		free(c->off);
		free(c->num);
		for (size_t j = 0; j < c->nvalues; j++)
			free(c->values[j]);
		free(c->values);
	}
	free(t->c);
	free(t);
}

int table_load(table *t, const char *path)
{
	jd_csv_reader *r = jd_csv_open(path, 0);
	if (!r) {
		jd_warn_data("%s:", path);
		return -1;
	}
	const jd_row *h = jd_csv_header(r);
	if (!h) {
		jd_csv_close(r);
		return 0;
	}
	if (t->nc == 0 && t->nrows == 0) {
		t->nc = (int)h->n;
		t->c = jd_xcalloc(h->n ? h->n : 1, sizeof *t->c);
		for (size_t i = 0; i < h->n; i++)
			t->c[i].name = jd_xstrndup(h->f[i], h->len[i]);
	} else {
		int same = (size_t)t->nc == h->n;
		for (size_t i = 0; same && i < h->n; i++)
			same = strlen(t->c[i].name) == h->len[i] && memcmp(t->c[i].name, h->f[i], h->len[i]) == 0;
		if (!same) {
			jd_warn_data("%s: header differs from the first file's; file skipped", path);
			jd_csv_close(r);
			return -1;
		}
	}
	/* the cached numbers and values are stale now */
	for (int i = 0; i < t->nc; i++) {
		column *c = &t->c[i];
		free(c->num);
		c->num = NULL;
		for (size_t j = 0; j < c->nvalues; j++)
			free(c->values[j]);
		free(c->values);
		c->values = NULL;
		c->nvalues = 0;
	}
	const jd_row *row;
	while (jd_csv_next(r, &row) == 1) {
		if ((t->nrows & 4095) == 0 && stats_interrupted)
			break;
		if (t->nrows + 2 > t->caprows) {
			t->caprows = t->caprows ? t->caprows * 2 : 1024;
			for (int i = 0; i < t->nc; i++)
				t->c[i].off = jd_xrealloc(t->c[i].off, t->caprows * sizeof *t->c[i].off);
		}
		for (int i = 0; i < t->nc; i++) {
			column *c = &t->c[i];
			c->off[t->nrows] = c->data.len;
			jd_buf_add(&c->data, row->f[i], row->len[i]);
			jd_buf_addc(&c->data, '\0');
		}
		t->nrows++;
	}
	for (int i = 0; i < t->nc; i++)
		if (t->c[i].off || t->caprows) {
			if (!t->c[i].off)
				t->c[i].off = jd_xcalloc(t->caprows ? t->caprows : 1, sizeof *t->c[i].off);
			t->c[i].off[t->nrows] = t->c[i].data.len;
		}
	jd_csv_close(r);
	return 0;
}

static sv cell(const column *c, size_t r)
{
	sv v = {c->data.p + c->off[r], c->off[r + 1] - c->off[r] - 1};
	return v;
}

void table_stats(table *t, int ci)
{
	column *c = &t->c[ci];
	if (c->num || t->nrows == 0)
		return;
	c->num = jd_xmalloc(t->nrows * sizeof *c->num);
	c->nmissing = c->nnum = 0;
	for (size_t r = 0; r < t->nrows; r++) {
		sv v = cell(c, r);
		double d;
		if (num_parse(v.p, v.n, &d)) {
			c->num[r] = d;
			c->nnum++;
		} else {
			c->num[r] = NAN;
			size_t k = 0;
			while (k < v.n && (v.p[k] == ' ' || v.p[k] == '\t'))
				k++;
			if (k == v.n)
				c->nmissing++;
		}
	}
}

static int strpcmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void table_values(table *t, int ci)
{
	column *c = &t->c[ci];
	if (c->values)
		return;
	c->values = jd_xcalloc(201, sizeof *c->values);
	for (size_t r = 0; r < t->nrows && r < 200000 && c->nvalues < 200; r++) {
		sv v = cell(c, r);
		if (v.n == 0 || v.n > 200)
			continue;
		size_t j;
		for (j = 0; j < c->nvalues; j++)
			if (strcmp(c->values[j], v.p) == 0)
				break;
		if (j == c->nvalues)
			c->values[c->nvalues++] = jd_xstrdup(v.p);
	}
	if (c->nvalues > 1)
		qsort(c->values, c->nvalues, sizeof *c->values, strpcmp);
}

int table_run(table *t, query *q, const popts *o)
{
	char **names = jd_xcalloc((size_t)t->nc + 1, sizeof *names);
	for (int i = 0; i < t->nc; i++)
		names[i] = t->c[i].name;
	qerr err;
	pipeline *pl = pl_build(q, names, t->nc, o, &err);
	if (!pl) {
		free(names);
		q_print_error(stderr, q->text, &err);
		return 1;
	}
	int nc = pl_numeric_col(pl);
	if (nc >= 0 && nc < t->nc && t->nrows > 0) {
		table_stats(t, nc);
		pl_set_numcache(pl, nc, t->c[nc].num, t->nrows);
	}
	sv *row = jd_xcalloc((size_t)t->nc + 1, sizeof *row);
	for (size_t r = 0; r < t->nrows; r++) {
		if ((r & 1023) == 0 && stats_interrupted)
			break;
		for (int i = 0; i < t->nc; i++)
			row[i] = cell(&t->c[i], r);
		if (pl_push(pl, row))
			break;
	}
	free(row);
	int status = 0;
	if (!stats_interrupted && pl_finish(pl, &err) < 0) {
		q_print_error(stderr, q->text, &err);   /* as pl_build's errors above */
		status = 1;
	}
	pl_free(pl);
	free(names);
	return status;
}
