#include "jd_tool.h"

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *jd_text_col = "text";

void jd_tool_init(const char *name, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	jd_progname = name;
	signal(SIGPIPE, SIG_IGN);
	jd_stdout = jd_out_open_fd(1, "standard output");
}

void jd_usage_error(const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%s: ", jd_progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " (try '%s --help')\n", jd_progname);
	exit(JD_EXIT_USAGE);
}

int jd_getopt(int argc, char **argv, const char *shortopts,
	      const struct option *longopts, const char *usage)
{
	char opts[128];
	/* leading ':' makes getopt report a missing argument as ':' */
	snprintf(opts, sizeof opts, ":t:%s", shortopts);
	opterr = 0;
	for (;;) {
		int prev = optind;
		int c = getopt_long(argc, argv, opts, longopts, NULL);
		switch (c) {
		case JD_OPT_HELP:
			fputs(usage, stdout);
			if (fflush(stdout) != 0 || ferror(stdout))
				jd_die(JD_EXIT_DATA, "write error:");
			exit(JD_EXIT_OK);
		case JD_OPT_VERSION:
			printf("%s (jdkit) %s\n", jd_progname, JD_VERSION);
			if (fflush(stdout) != 0 || ferror(stdout))
				jd_die(JD_EXIT_DATA, "write error:");
			exit(JD_EXIT_OK);
		case 't':
			if (!*optarg)
				jd_usage_error("--text-col needs a column name");
			jd_text_col = optarg;
			continue;
		case '?': {
			const char *bad = prev < argc ? argv[prev] : "?";
			if (optopt && bad[0] == '-' && bad[1] != '-')
				jd_usage_error("unknown option '-%c'", optopt);
			jd_usage_error("unknown option '%s'", bad);
		}
		case ':': {
			const char *bad = prev < argc ? argv[prev] : "?";
			if (optopt && optopt < 0x100 && bad[1] != '-')
				jd_usage_error("option '-%c' needs an argument", optopt);
			jd_usage_error("option '%s' needs an argument", bad);
		}
		default:
			return c;
		}
	}
}

int jd_tool_exit(void)
{
	if (jd_stdout)
		jd_out_close(jd_stdout);
	return jd_exit_status;
}

double jd_opt_double(const char *opt, const char *arg)
{
	char *end;
	errno = 0;
	double v = strtod(arg, &end);
	if (errno || end == arg || *end || !isfinite(v))
		jd_usage_error("%s: not a number: '%s'", opt, arg);
	return v;
}

long jd_opt_long(const char *opt, const char *arg, long min, long max)
{
	char *end;
	errno = 0;
	long v = strtol(arg, &end, 10);
	if (errno || end == arg || *end || v < min || v > max)
		jd_usage_error("%s: expected a whole number from %ld to %ld, got '%s'",
			       opt, min, max, arg);
	return v;
}

unsigned long long jd_opt_size(const char *opt, const char *arg)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(arg, &end, 10);
	if (errno || end == arg || *arg == '-' || *arg == '+')
		goto bad;
	unsigned shift = 0;
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	}
	if (*end == 'B' || *end == 'b')
		end++;
	if (*end || (shift && v > (~0ULL >> shift)))
		goto bad;
	return v << shift;
bad:
	jd_usage_error("%s: not a size (like 500, 64K, 100M, 1G): '%s'", opt, arg);
}
