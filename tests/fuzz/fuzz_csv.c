/* libFuzzer harness: the CSV reader (both modes) and the writer's round
 * trip.  Any input: no crash, no leak, no hang; what the writer writes must
 * read back to the same fields. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include "jd_buf.h"
#include "jd_csv.h"
#include "jd_err.h"

static int read_all(int fd, unsigned flags, jd_buf *flat)
{
	jd_csv_reader *r = jd_csv_open_fd(fd, "fuzz", flags);
	const jd_row *row;
	int n = 0;
	while (jd_csv_next(r, &row) == 1) {
		n++;
		/* flattened as (length, bytes) per field, (SIZE_MAX) per row end */
		for (size_t i = 0; i < row->n; i++) {
			jd_buf_add(flat, &row->len[i], sizeof(size_t));
			jd_buf_add(flat, row->f[i], row->len[i]);
		}
		size_t end = (size_t)-1;
		jd_buf_add(flat, &end, sizeof end);
	}
	jd_csv_close(r);
	return n;
}

static int pipe_of(const uint8_t *data, size_t size)
{
	/* a temp file: pipes would block on inputs over 64 KiB */
	FILE *f = tmpfile();
	if (!f) abort();
	if (size && fwrite(data, 1, size, f) != size) abort();
	fflush(f);
	int fd = dup(fileno(f));
	fclose(f);
	lseek(fd, 0, SEEK_SET);
	return fd;
}

/* Projection (jd_csv_need_cols(r, 2)) against the full read of the same
 * bytes.  Every line of the input gets 300 bytes before its line feed so
 * that lines are long enough to be projected.  When the full read has one
 * record per physical line (no error, no line break in a field, no CR but
 * before a LF), both reads must give the same rows, lines and first two
 * fields (a projected row holds 2 fields or all of them: compared as
 * min(n, 2) fields). */
static void check_projection(const uint8_t *data, size_t size)
{
	jd_buf in = JD_BUF_INIT;
	for (size_t i = 0; i < size; i++) {
		if (data[i] == '\n')
			for (int k = 0; k < 300; k++)
				jd_buf_addc(&in, 'x');
		jd_buf_addc(&in, (char)data[i]);
	}
	for (size_t i = 0; i < in.len; i++)
		if (in.p[i] == '\r' && (i + 1 == in.len || in.p[i + 1] != '\n')) {
			jd_buf_free(&in);
			return;
		}
	unsigned flags = JD_CSV_NOHEADER | JD_CSV_RAW;
	jd_csv_reader *a = jd_csv_open_mem(in.p ? in.p : "", in.len, "fuzz", flags);
	const jd_row *row;
	int one_per_line = 1;
	while (jd_csv_next(a, &row) == 1)
		for (size_t i = 0; i < row->n; i++)
			if (memchr(row->f[i], '\n', row->len[i]) || memchr(row->f[i], '\r', row->len[i]))
				one_per_line = 0;
	if (jd_csv_errors(a))
		one_per_line = 0;
	jd_csv_close(a);
	if (!one_per_line) {
		/* still read it projected: no crash, no leak */
		jd_csv_reader *b = jd_csv_open_mem(in.p ? in.p : "", in.len, "fuzz", flags);
		jd_csv_need_cols(b, 2);
		while (jd_csv_next(b, &row) == 1)
			;
		jd_csv_close(b);
		jd_buf_free(&in);
		return;
	}
	jd_buf fa = JD_BUF_INIT, fb = JD_BUF_INIT;
	for (int pass = 0; pass < 2; pass++) {
		jd_csv_reader *r = jd_csv_open_mem(in.p ? in.p : "", in.len, "fuzz", flags);
		if (pass)
			jd_csv_need_cols(r, 2);
		jd_buf *out = pass ? &fb : &fa;
		while (jd_csv_next(r, &row) == 1) {
			size_t n = row->n < 2 ? row->n : 2;
			jd_buf_add(out, &row->line, sizeof row->line);
			jd_buf_add(out, &n, sizeof n);
			for (size_t i = 0; i < n; i++) {
				jd_buf_add(out, &row->len[i], sizeof(size_t));
				jd_buf_add(out, row->f[i], row->len[i]);
			}
		}
		if (jd_csv_errors(r))
			abort();   /* the full read had none */
		jd_csv_close(r);
	}
	if (fa.len != fb.len || (fa.len && memcmp(fa.p, fb.p, fa.len) != 0))
		abort();   /* projection changed the rows */
	jd_buf_free(&fa);
	jd_buf_free(&fb);
	jd_buf_free(&in);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	jd_buf a = JD_BUF_INIT, b = JD_BUF_INIT;
	int fd = pipe_of(data, size);
	read_all(fd, JD_CSV_NOHEADER, &a);
	close(fd);
	fd = pipe_of(data, size);
	read_all(fd, JD_CSV_RAW, &b);
	close(fd);

	/* writer round trip: re-encode the fields of the first pass */
	char path[] = "/tmp/fuzzcsvXXXXXX";
	int ofd = mkstemp(path);
	if (ofd < 0) abort();
	jd_out *o = jd_out_open_fd(ofd, path);
	jd_buf want = JD_BUF_INIT;
	size_t i = 0, rowstart = 0;
	/* a BOM at the very start of a file is skipped by design */
	int bom_first = a.len >= sizeof(size_t) + 3 && memcmp(a.p + sizeof(size_t), "\xEF\xBB\xBF", 3) == 0;
	while (i < a.len) {
		size_t n;
		memcpy(&n, a.p + i, sizeof n);
		i += sizeof n;
		if (n != (size_t)-1) {
			jd_csv_put(o, a.p + i, n);
			i += n;
			continue;
		}
		jd_csv_endrow(o);
		/* a row of one empty field is a blank line: not a record */
		if (i - rowstart != 2 * sizeof(size_t))
			jd_buf_add(&want, a.p + rowstart, i - rowstart);
		rowstart = i;
	}
	jd_out_close(o);
	int rfd = open(path, 0);
	jd_buf c = JD_BUF_INIT;
	read_all(rfd, JD_CSV_NOHEADER, &c);
	close(rfd);
	unlink(path);
	if (!bom_first && (c.len != want.len || (c.len && memcmp(c.p, want.p, c.len) != 0)))
		abort();   /* the writer's output did not read back to its fields */
	jd_buf_free(&want);
	jd_buf_free(&a); jd_buf_free(&b); jd_buf_free(&c);
	check_projection(data, size);
	return 0;
}
