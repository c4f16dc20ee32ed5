/* Unit tests for jd_csv (reader and writer) and jd_out.
 * `test_csv cat [FILE]` re-encodes a CSV to stdout: tests/sh/csv.sh uses it
 * for closed-pipe and full-disk behaviour. */
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "jd_buf.h"
#include "jd_csv.h"
#include "jd_tool.h"
#include "unit.h"

static char tmpdir[] = "/tmp/jdcsvXXXXXX";

static const char *write_tmp(const char *name, const char *data, size_t n)
{
	static char path[256];
	snprintf(path, sizeof path, "%s/%s", tmpdir, name);
	FILE *f = fopen(path, "wb");
	fwrite(data, 1, n, f);
	fclose(f);
	return path;
}

/* Read a whole file as rows joined "a|b;c|d" (fields '|', rows ';'). */
static char *slurp_rows(const char *path, unsigned flags, long *errors, long *lastline)
{
	jd_csv_reader *r = jd_csv_open(path, flags);
	jd_buf b = JD_BUF_INIT;
	const jd_row *h = jd_csv_header(r), *row;
	if (h) {
		for (size_t i = 0; i < h->n; i++) {
			if (i) jd_buf_addc(&b, '|');
			jd_buf_add(&b, h->f[i], h->len[i]);
		}
	}
	while (jd_csv_next(r, &row) == 1) {
		jd_buf_addc(&b, ';');
		for (size_t i = 0; i < row->n; i++) {
			if (i) jd_buf_addc(&b, '|');
			jd_buf_add(&b, row->f[i], row->len[i]);
		}
		if (lastline) *lastline = row->line;
	}
	if (errors) *errors = jd_csv_errors(r);
	jd_csv_close(r);
	return jd_buf_take(&b);
}

/* Rows read with jd_csv_need_cols(k) as "LINE:a|b;LINE:c" (a header, if
 * any, is not shown). */
static char *slurp_need(const char *path, unsigned flags, size_t k, long *errors)
{
	jd_csv_reader *r = jd_csv_open(path, flags);
	jd_csv_need_cols(r, k);
	jd_buf b = JD_BUF_INIT;
	const jd_row *row;
	while (jd_csv_next(r, &row) == 1) {
		char num[32];
		snprintf(num, sizeof num, "%s%ld:", b.len ? ";" : "", row->line);
		jd_buf_adds(&b, num);
		for (size_t i = 0; i < row->n; i++) {
			if (i) jd_buf_addc(&b, '|');
			jd_buf_add(&b, row->f[i], row->len[i]);
		}
	}
	if (errors) *errors = jd_csv_errors(r);
	jd_csv_close(r);
	if (!b.p) jd_buf_addc(&b, '\0'), b.len = 0;
	return jd_buf_take(&b);
}

/* Every row of a full read and of a read with need_cols(k) (NOHEADER):
 * same count, same lines, same first k fields; a projected row has at
 * least min(k, n) fields.  1 when they agree. */
static int proj_agrees(const char *path, size_t k, unsigned flags, size_t *cut)
{
	jd_csv_reader *a = jd_csv_open(path, flags), *b = jd_csv_open(path, flags);
	jd_csv_need_cols(b, k);
	const jd_row *ra, *rb;
	int ok = 1;
	*cut = 0;
	for (;;) {
		int na = jd_csv_next(a, &ra);
		if (na != 1) {
			ok = ok && jd_csv_next(b, &rb) == 0;
			break;
		}
		/* a's row is overwritten by b's next only for b: copy what we need */
		size_t n = ra->n;
		long line = ra->line;
		if (jd_csv_next(b, &rb) != 1 || rb->line != line) { ok = 0; break; }
		if (rb->n != n && !(n > k && rb->n == k)) { ok = 0; break; }
		if (rb->n < n)
			(*cut)++;
		for (size_t i = 0; i < rb->n && i < k; i++)
			if (rb->len[i] != ra->len[i] || memcmp(rb->f[i], ra->f[i], ra->len[i]) != 0)
				ok = 0;
		if (!ok) break;
	}
	jd_csv_close(a);
	jd_csv_close(b);
	return ok;
}

static unsigned long rnd_state = 12345;
static unsigned rnd(unsigned n)
{
	rnd_state = rnd_state * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)((rnd_state >> 33) % n);
}

static void proj_tests(void)
{
	char *s;
	long errs;
	jd_buf in = JD_BUF_INIT;
	char tail[401];
	memset(tail, 't', 400);
	tail[400] = '\0';
	char want[2048];

	/* quoted prefix fields with commas and doubled quotes; long tails */
	jd_buf_adds(&in, "\"a,b\",\"say \"\"hi\"\"\",x,\"t,\"\"q\"\"");
	jd_buf_adds(&in, tail);
	jd_buf_adds(&in, "\"\n");
	jd_buf_adds(&in, "c,d,e,f");
	jd_buf_adds(&in, tail);
	jd_buf_adds(&in, "\n");
	s = slurp_need(write_tmp("p1.csv", in.p, in.len), JD_CSV_NOHEADER, 2, &errs);
	CHECK_STR("need_cols: quoted prefix fields, rows cut to k", s, "1:a,b|say \"hi\";2:c|d"); free(s);
	CHECK("need_cols: no errors", errs == 0);
	in.len = 0;

	/* a multi-line quoted field in the prefix and in the skipped tail:
	 * parsed in full, line numbers stay physical */
	snprintf(want, sizeof want, "\"multi%s\nline\",z,%s\na,b,\"tail%s\nmore\"\nc,d,%s\n",
		 tail, tail, tail, tail);
	jd_buf_adds(&in, want);
	s = slurp_need(write_tmp("p2.csv", in.p, in.len), JD_CSV_NOHEADER, 2, &errs);
	snprintf(want, sizeof want, "1:multi%s\nline|z|%s;3:a|b|tail%s\nmore;5:c|d", tail, tail, tail);
	CHECK_STR("need_cols: multi-line quoted field in prefix and tail", s, want); free(s);
	in.len = 0;

	/* CRLF, a blank line, a line with fewer than k fields, a short line,
	 * the last line without a line feed */
	snprintf(want, sizeof want, "a,b,c,%s\r\n\r\nx,%s\r\nq,r,s\nd,e,f,%s", tail, tail, tail);
	jd_buf_adds(&in, want);
	s = slurp_need(write_tmp("p3.csv", in.p, in.len), JD_CSV_NOHEADER, 3, &errs);
	snprintf(want, sizeof want, "1:a|b|c;3:x|%s;4:q|r|s;5:d|e|f", tail);
	CHECK_STR("need_cols: CRLF, blank line, short rows, no final LF", s, want); free(s);
	in.len = 0;

	/* 16 MiB tail field (quoted, with commas and doubled quotes) after a
	 * short row, then rows: the line is longer than the read buffer */
	size_t big = 16u << 20;
	jd_buf_adds(&in, "y,z\na,b,\"");
	for (size_t i = 0; i < big; i++) {
		if (i % 777 == 0)
			jd_buf_adds(&in, "\"\"");
		jd_buf_addc(&in, (i % 1000 == 999) ? ',' : 'x');
	}
	jd_buf_adds(&in, "\"\nc,d,");
	jd_buf_adds(&in, tail);
	jd_buf_adds(&in, "\n");
	s = slurp_need(write_tmp("p4.csv", in.p, in.len), JD_CSV_NOHEADER, 2, &errs);
	CHECK("need_cols: 16 MiB tail field, rows around it", strncmp(s, "1:y|z;2:a|b", 11) == 0 &&
	      strlen(s) > 10 && strcmp(s + strlen(s) - 6, ";3:c|d") == 0);
	CHECK("need_cols: 16 MiB tail field, no errors", errs == 0);
	free(s);
	in.len = 0;

	/* with a header: the first chunk (1 MiB) is read with it, in full;
	 * after it, a record with fewer than k fields is still an error, one
	 * with more fields than the header is not detected (documented) */
	jd_buf_adds(&in, "h1,h2,h3,h4\n");
	long lines = 1;
	while (in.len < (3u << 20) / 2) {
		jd_buf_adds(&in, "1,2,3,4\n");
		lines++;
	}
	snprintf(want, sizeof want, "5,6,7,%s\nonly,%s\n8,9,10,11,%s\n", tail, tail, tail);
	jd_buf_adds(&in, want);
	jd_csv_reader *r = jd_csv_open(write_tmp("p5.csv", in.p, in.len), 0);
	jd_csv_need_cols(r, 2);
	const jd_row *row;
	long nrows = 0, cut = 0, wrong = 0;
	char last[256] = "";
	long lastline = 0;
	while (jd_csv_next(r, &row) == 1) {
		nrows++;
		if (row->n == 2) cut++;
		else if (row->n != 4) wrong++;
		snprintf(last, sizeof last, "%.*s|%.*s", (int)row->len[0], row->f[0],
			 (int)row->len[1], row->f[1]);
		lastline = row->line;
	}
	CHECK("need_cols with header: short record reported", jd_csv_errors(r) == 1);
	CHECK("need_cols with header: rows after the first chunk cut", cut == 2 && wrong == 0);
	CHECK("need_cols with header: every other row kept", nrows == lines - 1 + 2);
	CHECK_STR("need_cols with header: last row", last, "8|9");
	CHECK("need_cols with header: line numbers", lastline == lines + 3);
	jd_csv_close(r);
	in.len = 0;

	/* k >= the header's fields: projection off, counts checked */
	s = slurp_need(write_tmp("p6.csv", "a,b\n1,2,3\n4,5\n", 14), 0, 2, &errs);
	CHECK_STR("need_cols(all fields) is the full reader", s, "3:4|5"); free(s);
	CHECK("need_cols(all fields) checks counts", errs == 1);

	/* random jdkit-style input: the projected read agrees with the full one */
	for (size_t i = 0; i < 20000; i++) {
		unsigned nf = 1 + rnd(6);
		for (unsigned f = 0; f < nf; f++) {
			if (f) jd_buf_addc(&in, ',');
			unsigned kind = rnd(8), len = rnd(8) == 0 ? rnd(3000) : rnd(20);
			if (kind < 3) {
				jd_buf_addc(&in, '"');
				for (unsigned c = 0; c < len; c++) {
					unsigned x = rnd(40);
					if (x == 0) jd_buf_adds(&in, "\"\"");
					else if (x == 1) jd_buf_addc(&in, ',');
					else if (x == 2 && rnd(20) == 0) jd_buf_addc(&in, '\n');
					else if (x == 3) jd_buf_adds(&in, "\\n");
					else jd_buf_addc(&in, (char)('a' + rnd(26)));
				}
				jd_buf_addc(&in, '"');
			} else {
				for (unsigned c = 0; c < len; c++)
					jd_buf_addc(&in, (char)(rnd(30) == 0 ? ' ' : 'a' + rnd(26)));
			}
		}
		jd_buf_adds(&in, rnd(10) == 0 ? "\r\n" : rnd(30) == 0 ? "\n\n" : "\n");
	}
	const char *rp = write_tmp("p7.csv", in.p, in.len);
	size_t ncut2, ncut3;
	CHECK("need_cols(2) agrees with the full read on random input", proj_agrees(rp, 2, JD_CSV_NOHEADER, &ncut2));
	CHECK("need_cols(3) agrees with the full read on random input", proj_agrees(rp, 3, JD_CSV_NOHEADER, &ncut3));
	CHECK("need_cols(3) agrees with the full read, raw", proj_agrees(rp, 3, JD_CSV_NOHEADER | JD_CSV_RAW, &ncut3));
	CHECK("random input: some rows were cut", ncut2 > 50 && ncut3 > 20);
	jd_buf_free(&in);
}

/* A few MiB of records with every kind of trouble, for the parser thread:
 * wrong field counts, quoted line breaks, CRLF, blank lines, a 3 MiB field
 * crossing several 1 MiB reads, an unterminated quote at the end. */
static void thread_input(jd_buf *in)
{
	jd_buf_adds(in, "id,a,text\n");
	for (int i = 1; i <= 40000; i++) {
		char num[32];
		snprintf(num, sizeof num, "%d,", i);
		jd_buf_adds(in, num);
		if (i % 997 == 0)
			jd_buf_adds(in, "x,y,");   /* one field too many */
		jd_buf_adds(in, i % 3 ? "plain," : "\"quoted, \"\"a\"\"\",");
		if (i % 1499 == 0)
			jd_buf_adds(in, "\"two\nlines\"");
		else if (i == 20000)
			for (int k = 0; k < (3 << 20); k++)
				jd_buf_addc(in, (char)('a' + k % 26));
		else
			jd_buf_adds(in, "some text\\nwith an escaped line break and more words to fill the line");
		jd_buf_adds(in, i % 101 == 0 ? "\r\n" : i % 307 == 0 ? "\n\n" : "\n");
	}
	jd_buf_adds(in, "40001,x,\"never closed\n");
}

/* The parser thread hands out the same rows, line numbers and errors as a
 * parse on the caller's thread, with and without projection. */
static void thread_tests(void)
{
	jd_buf in = JD_BUF_INIT;
	thread_input(&in);
	const char *path = write_tmp("thread.csv", in.p, in.len);
	long e0, e1, l0, l1;
	setenv("JD_READER_THREAD", "0", 1);
	char *s0 = slurp_rows(path, 0, &e0, &l0);
	char *p0 = slurp_need(path, 0, 2, NULL);
	setenv("JD_READER_THREAD", "1", 1);
	char *s1 = slurp_rows(path, 0, &e1, &l1);
	char *p1 = slurp_need(path, 0, 2, NULL);
	unsetenv("JD_READER_THREAD");
	CHECK("parser thread: same rows as one thread", strcmp(s0, s1) == 0);
	CHECK("parser thread: same errors (40 field counts + the open quote)", e0 == e1 && e0 == 41);
	CHECK("parser thread: same last line", l0 == l1 && l0 > 40000);
	CHECK("parser thread: same projected rows", strcmp(p0, p1) == 0);
	free(s0); free(s1); free(p0); free(p1);
	jd_buf_free(&in);

	/* Closing the reader while the thread waits in read() on a pipe whose
	 * writer is still there returns at once (no hang). */
	int fds[2];
	if (pipe(fds) != 0) { CHECK("pipe", 0); return; }
	pid_t pid = fork();
	if (pid == 0) {
		close(fds[0]);
		jd_buf w = JD_BUF_INIT;
		jd_buf_adds(&w, "n\n");
		for (int i = 0; i < 400000; i++)
			jd_buf_adds(&w, "12345678\n");
		if (write(fds[1], w.p, w.len) < 0) _exit(1);
		sleep(60);   /* keep the pipe open */
		_exit(0);
	}
	close(fds[1]);
	setenv("JD_READER_THREAD", "1", 1);
	jd_csv_reader *r = jd_csv_open_fd(fds[0], "pipe", 0);
	unsetenv("JD_READER_THREAD");
	const jd_row *row;
	int n = 0;
	while (n < 300000 && jd_csv_next(r, &row) == 1)
		n++;
	alarm(20);   /* a hang in close fails the test instead of the suite */
	jd_csv_close(r);
	alarm(0);
	CHECK("parser thread: close while it waits for a pipe", n == 300000);
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	close(fds[0]);
}

static int cat_mode(int argc, char **argv)
{
	jd_tool_init("test_csv", argc, argv);
	jd_csv_reader *r = jd_csv_open(argc > 2 ? argv[2] : "-", 0);
	if (!r)
		jd_die(1, "%s:", argv[2]);
	const jd_row *h = jd_csv_header(r), *row;
	if (h) { jd_csv_put_fields(jd_stdout, h); jd_csv_endrow(jd_stdout); }
	while (jd_csv_next(r, &row) == 1) {
		jd_csv_put_fields(jd_stdout, row);
		jd_csv_endrow(jd_stdout);
	}
	jd_csv_close(r);
	return jd_tool_exit();
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "cat") == 0)
		return cat_mode(argc, argv);
	jd_progname = "test_csv";
	if (!mkdtemp(tmpdir)) { perror("mkdtemp"); return 1; }
	/* keep the reader's expected warnings out of the PASS/FAIL stream */
	if (!freopen("/dev/null", "w", stderr)) return 1;
	long errs, line;
	char *s;

	s = slurp_rows(write_tmp("a.csv", "a,b\n1,2\n3,4\n", 12), 0, &errs, &line);
	CHECK_STR("simple rows", s, "a|b;1|2;3|4"); free(s);
	CHECK("simple no errors", errs == 0);
	CHECK("simple last line", line == 3);

	const char q[] = "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n\"multi\nline\",z\n";
	s = slurp_rows(write_tmp("q.csv", q, sizeof q - 1), 0, &errs, &line);
	CHECK_STR("quotes, doubled quotes, embedded newline", s, "a|b;x,y|say \"hi\";multi\nline|z"); free(s);
	CHECK("line of record after embedded newline", line == 3);

	const char crlf[] = "\xEF\xBB\xBF" "a,b\r\n1,2\r\n\r\n3,4\r\n";
	s = slurp_rows(write_tmp("c.csv", crlf, sizeof crlf - 1), 0, &errs, &line);
	CHECK_STR("CRLF + BOM + blank line", s, "a|b;1|2;3|4"); free(s);
	CHECK("CRLF line numbers count the blank line", line == 4);

	const char sp[] = "a,b\n  x , y\n";
	s = slurp_rows(write_tmp("s.csv", sp, sizeof sp - 1), 0, NULL, NULL);
	CHECK_STR("spaces around unquoted fields are kept", s, "a|b;  x | y"); free(s);

	const char esc[] = "a,b\nline1\\nline2,back\\\\slash\\t\n";
	s = slurp_rows(write_tmp("e.csv", esc, sizeof esc - 1), 0, NULL, NULL);
	CHECK_STR("escapes decoded, unknown escape kept", s, "a|b;line1\nline2|back\\slash\\t"); free(s);
	s = slurp_rows(write_tmp("e2.csv", esc, sizeof esc - 1), JD_CSV_RAW, NULL, NULL);
	CHECK_STR("JD_CSV_RAW keeps escapes", s, "a|b;line1\\nline2|back\\\\slash\\t"); free(s);

	const char bad[] = "a,b\n1,2,3\n4,5\n6\n";
	s = slurp_rows(write_tmp("b.csv", bad, sizeof bad - 1), 0, &errs, &line);
	CHECK_STR("wrong field count rows skipped", s, "a|b;4|5"); free(s);
	CHECK("wrong field count counted", errs == 2);

	const char unterminated[] = "a,b\n1,2\n3,\"open\n4,5\n";
	s = slurp_rows(write_tmp("u.csv", unterminated, sizeof unterminated - 1), 0, &errs, NULL);
	CHECK_STR("unterminated quote: earlier rows kept", s, "a|b;1|2"); free(s);
	CHECK("unterminated quote reported", errs == 1);

	const char nul[] = "a,b\nx\0y,\xff\xfe\n";
	jd_csv_reader *r = jd_csv_open(write_tmp("n.csv", nul, sizeof nul - 1), 0);
	const jd_row *row;
	CHECK("NUL row read", jd_csv_next(r, &row) == 1);
	CHECK_MEM("NUL byte kept with length", row->f[0], row->len[0], "x\0y", 3);
	CHECK_MEM("invalid UTF-8 kept", row->f[1], row->len[1], "\xff\xfe", 2);
	CHECK("header lookup", jd_csv_col(r, "b") == 1 && jd_csv_col(r, "zz") == -1);
	jd_csv_close(r);

	/* stale columns: an appended column already in the input is left out */
	static const char again[] = "id,skills,text,skill_count\n1,Go,hi,1\n";
	r = jd_csv_open_mem(again, sizeof again - 1, "again", 0);
	static const char *const added[] = {"skills", "skill_count"}, *const other[] = {"x"};
	unsigned char *drop = jd_csv_stale_cols(jd_csv_header(r), added, 2);
	CHECK("stale cols found", drop && !drop[0] && drop[1] && !drop[2] && drop[3]);
	CHECK("no stale cols: NULL", jd_csv_stale_cols(jd_csv_header(r), other, 1) == NULL);
	{
		char opath[256];
		snprintf(opath, sizeof opath, "%s/stale.out", tmpdir);
		jd_out *o = jd_out_open_path(opath);
		jd_csv_put_fields_except(o, jd_csv_header(r), drop, 4);
		jd_csv_endrow(o);
		CHECK("stale row read", jd_csv_next(r, &row) == 1);
		jd_csv_put_fields_except(o, row, drop, 4);
		jd_csv_endrow(o);
		jd_csv_put_fields_except(o, row, NULL, 0);
		jd_csv_endrow(o);
		jd_out_close(o);
		s = slurp_rows(opath, JD_CSV_NOHEADER, NULL, NULL);
		CHECK_STR("stale cols left out, NULL mask keeps all", s, ";id|text;1|hi;1|Go|hi|1");
		free(s);
	}
	free(drop);
	jd_csv_close(r);

	static const char memcsv[] = "k,v\nx,\"1\n2\"\n";
	r = jd_csv_open_mem(memcsv, sizeof memcsv - 1, "mem", 0);
	CHECK("in-memory reader", jd_csv_next(r, &row) == 1 && strcmp(row->f[1], "1\n2") == 0 &&
	      jd_csv_col(r, "v") == 1 && jd_csv_next(r, &row) == 0);
	jd_csv_close(r);

	s = slurp_rows(write_tmp("empty.csv", "", 0), 0, &errs, NULL);
	CHECK_STR("empty input: no header, no rows", s, ""); free(s);

	/* 16 MiB field, quoted, with embedded newlines */
	size_t big = 16u << 20;
	jd_buf in = JD_BUF_INIT;
	jd_buf_adds(&in, "id,text\n1,\"");
	for (size_t i = 0; i < big; i++)
		jd_buf_addc(&in, (i % 1000 == 999) ? '\n' : (char)('a' + i % 26));
	jd_buf_adds(&in, "\"\n2,small\n");
	r = jd_csv_open(write_tmp("big.csv", in.p, in.len), 0);
	int n1 = jd_csv_next(r, &row);
	CHECK("16 MiB field read", n1 == 1 && row->len[1] == big);
	CHECK("16 MiB field content", n1 == 1 && row->f[1][25] == 'z' && row->f[1][999] == '\n');
	CHECK("row after 16 MiB field", jd_csv_next(r, &row) == 1 && strcmp(row->f[1], "small") == 0 &&
	      row->line == 3 + (long)(big / 1000));
	jd_csv_close(r);
	jd_buf_free(&in);

	proj_tests();
	thread_tests();

	/* writer: round trip through a file */
	const char *outp = write_tmp("w.csv", "", 0);
	jd_out *o = jd_out_open_path(outp);
	jd_csv_puts(o, "plain"); jd_csv_puts(o, "a,b"); jd_csv_puts(o, "q\"uote");
	jd_csv_puts(o, "two\nlines\r\n"); jd_csv_puts(o, "back\\slash"); jd_csv_puts(o, NULL);
	jd_csv_endrow(o);
	jd_csv_puts(o, "x"); jd_csv_putf(o, "%d", 42); jd_csv_puts(o, ""); jd_csv_puts(o, "");
	jd_csv_puts(o, "\\n literal"); jd_csv_puts(o, " sp ");
	jd_csv_endrow(o);
	jd_out_close(o);
	FILE *f = fopen(outp, "rb");
	char got[256] = {0};
	size_t gn = fread(got, 1, sizeof got - 1, f);
	fclose(f);
	const char want[] = "plain,\"a,b\",\"q\"\"uote\",two\\nlines\\r\\n,back\\\\slash,\n"
			    "x,42,,,\\\\n literal, sp \n";
	CHECK_MEM("writer quotes only when needed, one line per record", got, gn, want, sizeof want - 1);
	s = slurp_rows(outp, JD_CSV_NOHEADER, NULL, NULL);
	CHECK_STR("writer output reads back to the same fields", s,
		  ";plain|a,b|q\"uote|two\nlines\r\n|back\\slash|;x|42|||\\n literal| sp "); free(s);

	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
	if (system(cmd) != 0) return 1;
	return unit_failed != 0;
}
