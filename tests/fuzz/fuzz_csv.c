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
	return 0;
}
