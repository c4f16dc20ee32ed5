/* fuzz_stats: libFuzzer harness on jd-stats's query parser.  Each input
 * is a query: it is parsed (errors printed with their caret to
 * /dev/null) and, when it parses, bound to a fixed set of columns and run
 * over a few records in every output format. */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "jd_err.h"
#include "jd_out.h"
#include "stats.h"

static char *cols[] = {"id", "lang", "seniority", "posted", "salary_annual_max",
		       "salary_currency", "skills"};
static const char *rows[][7] = {
	{"a1", "de", "senior", "2024-01-15", "85000", "EUR", "Python;SQL;Docker"},
	{"a2", "en", "junior", "2021-01-03", "n/a", "USD", ""},
	{"a3", "de", "mid", "2024-12-30", "62000.5", "EUR", "Go; Rust,C++"},
	{"a4", "fr", "", "not a date", "", "", "SQL"},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *devnull;
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
		for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
			sv row[7];
			for (int i = 0; i < 7; i++) {
				row[i].p = rows[r][i];
				row[i].n = strlen(rows[r][i]);
			}
			if (pl_push(p, row))
				break;
		}
		pl_finish(p);
		pl_free(p);
	}
	jd_out_flush(out);
	q_free(qq);
	free(q);
	return 0;
}
