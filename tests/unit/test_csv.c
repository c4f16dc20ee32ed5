/* Unit tests for jd_csv (reader and writer) and jd_out.
 * `test_csv cat [FILE]` re-encodes a CSV to stdout: tests/sh/csv.sh uses it
 * for closed-pipe and full-disk behaviour. */
#include <stdlib.h>
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
