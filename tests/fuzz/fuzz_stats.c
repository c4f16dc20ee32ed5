/* fuzz_stats: libFuzzer harness on jd-stats's query parser.  Each input
 * is a query: it is parsed (errors printed with their caret to
 * /dev/null) and, when it parses, bound to a fixed set of columns and run
 * over a few records in every output format.
 *
 * A query that --partial accepts is also run split in two: the state of
 * the first records and the state of the rest, merged (--merge), must
 * print exactly what one run prints (that is jd-stats' promise for
 * `parallel --pipe ... --partial | --merge`).  Bytes after a NUL in the
 * input are fed to the merge as a partial state of the query, so the
 * state reader sees arbitrary records too. */
#define _GNU_SOURCE 1   /* memfd_create */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "jd_csv.h"
#include "jd_err.h"
#include "jd_out.h"
#include "stats.h"

/* pl_finish's error (a column a crosstab did not make): not a crash */
static qerr finish_err;

static char *cols[] = {"id", "lang", "seniority", "posted", "salary_annual_max",
		       "salary_currency", "skills"};
static const char *rows[][7] = {
	{"a1", "de", "senior", "2024-01-15", "85000", "EUR", "Python;SQL;Docker"},
	{"a2", "en", "junior", "2021-01-03", "n/a", "USD", ""},
	{"a3", "de", "mid", "2024-12-30", "62000.5", "EUR", "Go; Rust,C++"},
	{"a4", "fr", "", "not a date", "", "", "SQL"},
};
enum { NROWS = sizeof rows / sizeof rows[0] };

static FILE *devnull;

/* push records [from, to) into p */
static void push_rows(pipeline *p, size_t from, size_t to)
{
	for (size_t r = from; r < to; r++) {
		sv row[7];
		for (int i = 0; i < 7; i++) {
			row[i].p = rows[r][i];
			row[i].n = strlen(rows[r][i]);
		}
		if (pl_push(p, row))
			break;
	}
}

/* a scratch file behind a jd_out: written, then read back whole */
typedef struct scratch {
	int fd;
	jd_out *out;
	char *data;
	size_t len;
} scratch;

static void scratch_init(scratch *s)
{
	/* in memory (a file on disk makes every run 10x slower) */
	s->fd = memfd_create("fuzz_stats", 0);
	if (s->fd < 0) {
		FILE *f = tmpfile();
		if (!f)
			abort();
		s->fd = dup(fileno(f));
		fclose(f);
	}
	s->out = jd_out_open_fd(s->fd, "scratch");
	s->data = NULL;
	s->len = 0;
}

static void scratch_reset(scratch *s)
{
	jd_out_flush(s->out);
	if (ftruncate(s->fd, 0) != 0 || lseek(s->fd, 0, SEEK_SET) != 0)
		abort();
}

/* what was written since the last reset, in s->data[0..s->len) */
static void scratch_read(scratch *s)
{
	jd_out_flush(s->out);
	off_t n = lseek(s->fd, 0, SEEK_END);
	if (n < 0)
		abort();
	s->data = realloc(s->data, (size_t)n + 1);
	if (pread(s->fd, s->data, (size_t)n, 0) != n)
		abort();
	s->len = (size_t)n;
}

/* feed the records of a partial state (CSV, no header) to a merge pipeline */
static void merge_state(pipeline *p, const char *data, size_t len)
{
	jd_csv_reader *r = jd_csv_open_mem(data, len, "state", JD_CSV_NOHEADER);
	const jd_row *row;
	sv *cells = NULL;
	while (jd_csv_next(r, &row) == 1) {
		cells = realloc(cells, (row->n + 1) * sizeof *cells);
		for (size_t k = 0; k < row->n; k++) {
			cells[k].p = row->f[k];
			cells[k].n = row->len[k];
		}
		const char *why;
		if (pl_merge_row(p, cells, row->n, &why) < 0)
			break;
	}
	free(cells);
	jd_csv_close(r);
}

/* one run on all records vs. two partial states merged: same bytes */
static void check_partial_merge(query *qq, const char *extra, size_t nextra)
{
	static scratch one, parts, merged;
	if (!one.out) {
		scratch_init(&one);
		scratch_init(&parts);
		scratch_init(&merged);
	}
	qerr err;
	if (pl_partial_check(qq, &err) < 0)
		return;
	popts o = {0};
	o.format = FMT_CSV;
	o.out = one.out;
	scratch_reset(&one);
	pipeline *p = pl_build(qq, cols, 7, &o, &err);
	if (!p)
		return;   /* an unknown column: --partial fails the same way */
	push_rows(p, 0, NROWS);
	(void)pl_finish(p, &finish_err);   /* a late column error is an outcome too */
	pl_free(p);
	scratch_read(&one);
	if (one.len > 65536)
		return;   /* e.g. hist width 0.001: 100000 bins; keep the fuzzer fast */

	scratch_reset(&parts);
	for (int half = 0; half < 2; half++) {
		popts po = o;
		po.partial = 1;
		po.out = parts.out;
		p = pl_build(qq, cols, 7, &po, &err);
		if (!p)
			abort();   /* it bound above */
		push_rows(p, half ? NROWS / 2 : 0, half ? NROWS : NROWS / 2);
		(void)pl_finish(p, &finish_err);   /* a late column error is an outcome too */
		pl_free(p);
	}
	scratch_read(&parts);

	popts mo = o;
	mo.merge = 1;
	mo.out = merged.out;
	scratch_reset(&merged);
	p = pl_build(qq, NULL, 0, &mo, &err);
	if (!p)
		abort();   /* pl_partial_check passed */
	merge_state(p, parts.data, parts.len);
	(void)pl_finish(p, &finish_err);   /* a late column error is an outcome too */
	pl_free(p);
	scratch_read(&merged);
	if (merged.len != one.len || memcmp(merged.data, one.data, one.len) != 0) {
		fprintf(stderr, "fuzz_stats: --partial | --merge differs from one run for '%s'\n"
			"one run:\n%.*s\nmerged:\n%.*s\n", qq->text, (int)one.len, one.data,
			(int)merged.len, merged.data);
		abort();
	}

	/* arbitrary state records: reported or merged, never a crash */
	if (nextra) {
		scratch_reset(&merged);
		p = pl_build(qq, NULL, 0, &mo, &err);
		if (!p)
			abort();
		merge_state(p, parts.data, parts.len);
		merge_state(p, extra, nextra);
		(void)pl_finish(p, &finish_err);   /* a late column error is an outcome too */
		pl_free(p);
		jd_out_flush(merged.out);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static jd_out *out;
	if (!devnull) {
		jd_progname = "jd-stats";
		devnull = fopen("/dev/null", "w");
		out = jd_out_open_fd(open("/dev/null", O_WRONLY), "/dev/null");
	}
	if (size > 4096)
		return 0;
	char *q = malloc(size + 1);
	memcpy(q, data, size);
	q[size] = '\0';
	size_t qlen = strlen(q);
	const char *extra = qlen < size ? q + qlen + 1 : NULL;
	size_t nextra = qlen < size ? size - qlen - 1 : 0;
	qerr err;
	query *qq = q_parse(q, &err);
	if (!qq) {
		q_print_error(devnull, q, &err);
		free(q);
		return 0;
	}
	for (int fmt = FMT_CSV; fmt <= FMT_JSON; fmt++) {
		popts o = {0};
		o.format = fmt;
		o.out = out;
		o.qtype = fmt == FMT_TABLE ? QT_MILLER : QT_7;
		pipeline *p = pl_build(qq, cols, 7, &o, &err);
		if (!p) {
			q_print_error(devnull, q, &err);
			break;
		}
		push_rows(p, 0, NROWS);
		(void)pl_finish(p, &finish_err);   /* a late column error is an outcome too */
		pl_free(p);
	}
	jd_out_flush(out);
	check_partial_merge(qq, extra, nextra);
	q_free(qq);
	free(q);
	return 0;
}
