/* jd_tool: what every jd tool's main() shares.
 *
 *   int main(int argc, char **argv) {
 *       jd_tool_init("jd-x", argc, argv);
 *       ... while ((c = jd_getopt(argc, argv, "v", longopts, usage)) != -1) ...
 *       ... jd_csv_put(jd_stdout, ...) ...
 *       return jd_tool_exit();
 *   }
 *
 * jd_getopt() wraps getopt_long() so that every tool treats the common
 * options and a bad flag the same way:
 *   --help          usage text on stdout, exit 0
 *   --version       "jd-x (jdkit) VERSION" on stdout, exit 0
 *   -t/--text-col   sets jd_text_col (default "text")
 *   unknown option or missing argument:
 *       "jd-x: unknown option '--bogus' (try 'jd-x --help')"  on stderr, exit 2
 * Tools list JD_COMMON_LONGOPTS in their option table and "t:" is added to
 * their short options by jd_getopt itself.
 */
#ifndef JD_TOOL_H
#define JD_TOOL_H

#include <getopt.h>
#include "jd_err.h"
#include "jd_out.h"

#define JD_VERSION "0.1.0"

enum { JD_OPT_HELP = 0x1000, JD_OPT_VERSION, JD_OPT_FIRST_TOOL = 0x1100 };

#define JD_COMMON_LONGOPTS \
	{"help", no_argument, NULL, JD_OPT_HELP}, \
	{"version", no_argument, NULL, JD_OPT_VERSION}, \
	{"text-col", required_argument, NULL, 't'}

extern const char *jd_text_col;

/* Sets the program name, ignores SIGPIPE (write errors are then seen as
 * EPIPE by jd_out), opens jd_stdout. */
void jd_tool_init(const char *name, int argc, char **argv);
int jd_getopt(int argc, char **argv, const char *shortopts,
	      const struct option *longopts, const char *usage);
/* Usage error: "prog: MSG (try 'prog --help')", exit 2. */
JD_NORETURN void jd_usage_error(const char *fmt, ...) JD_PRINTF(1, 2);
/* Flush and close jd_stdout (a write error is fatal there) and return the
 * exit status main should return. */
int jd_tool_exit(void);

/* Parse a number option value or die with a usage error naming the option. */
double jd_opt_double(const char *opt, const char *arg);
long jd_opt_long(const char *opt, const char *arg, long min, long max);
/* A byte count: digits, then an optional K, M or G (powers of 1024) and an
 * optional B ("64M", "1GB", "500"); anything else is a usage error. */
unsigned long long jd_opt_size(const char *opt, const char *arg);

#endif
