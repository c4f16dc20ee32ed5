/* jd-csv-floor: the parse-only floor scripts/bench prints beside every tool.
 *   jd-csv-floor libcsv FILE   libcsv alone, callbacks that only count
 *   jd-csv-floor jd FILE       libjd's reader (libcsv + rows + decoding)
 *   jd-csv-floor copy FILE     libjd's reader and writer: every record written
 *                              back, the least a filter that passes all its
 *                              input columns through (jd-salary, jd-skills) does
 * Prints "records fields" (copy: the CSV, then that line on stderr) so the
 * work cannot be optimised away. */
#include <csv.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "jd_csv.h"
#include "jd_tool.h"

static unsigned long long nfields, nrecords;
static void cb1(void *s, size_t n, void *d) { (void)s; (void)n; (void)d; nfields++; }
static void cb2(int c, void *d) { (void)c; (void)d; nrecords++; }
static int never_space(unsigned char c) { (void)c; return 0; }

int main(int argc, char **argv)
{
	jd_tool_init("jd-csv-floor", argc, argv);
	if (argc != 3)
		jd_usage_error("usage: jd-csv-floor libcsv|jd|copy FILE");
	if (strcmp(argv[1], "libcsv") == 0) {
		int fd = strcmp(argv[2], "-") ? open(argv[2], O_RDONLY) : 0;
		if (fd < 0)
			jd_die(1, "%s:", argv[2]);
		struct csv_parser p;
		csv_init(&p, 0);
		csv_set_space_func(&p, never_space);   /* as libjd configures it */
		static char buf[1 << 20];
		ssize_t n;
		while ((n = read(fd, buf, sizeof buf)) > 0)
			if (csv_parse(&p, buf, (size_t)n, cb1, cb2, NULL) != (size_t)n)
				jd_die(1, "%s: %s", argv[2], csv_strerror(csv_error(&p)));
		csv_fini(&p, cb1, cb2, NULL);
		csv_free(&p);
	} else if (strcmp(argv[1], "jd") == 0 || strcmp(argv[1], "copy") == 0) {
		int copy = argv[1][0] == 'c';
		jd_csv_reader *r = jd_csv_open(argv[2], 0);
		if (!r)
			jd_die(1, "%s:", argv[2]);
		const jd_row *h = jd_csv_header(r), *row;
		if (copy && h) {
			jd_csv_put_fields(jd_stdout, h);
			jd_csv_endrow(jd_stdout);
		}
		while (jd_csv_next(r, &row) == 1) {
			nrecords++;
			nfields += row->n;
			if (copy) {
				jd_csv_put_fields(jd_stdout, row);
				jd_csv_endrow(jd_stdout);
			}
		}
		jd_csv_close(r);
	} else {
		jd_usage_error("unknown floor '%s'", argv[1]);
	}
	if (argv[1][0] == 'c')
		fprintf(stderr, "%llu %llu\n", nrecords, nfields);
	else
		jd_out_printf(jd_stdout, "%llu %llu\n", nrecords, nfields);
	return jd_tool_exit();
}
