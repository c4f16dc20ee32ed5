#include "jd_err.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *jd_progname = "jd";
int jd_exit_status = JD_EXIT_OK;

JD_PRINTF(1, 0) static void vwarn_common(const char *fmt, va_list ap)
{
	int saved = errno;
	size_t n = strlen(fmt);
	fprintf(stderr, "%s: ", jd_progname);
	vfprintf(stderr, fmt, ap);
	if (n > 0 && fmt[n - 1] == ':')
		fprintf(stderr, " %s", strerror(saved));
	fputc('\n', stderr);
}

void jd_die(int status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vwarn_common(fmt, ap);
	va_end(ap);
	exit(status);
}

void jd_warn(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vwarn_common(fmt, ap);
	va_end(ap);
}

void jd_warn_data(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vwarn_common(fmt, ap);
	va_end(ap);
	jd_exit_status = JD_EXIT_DATA;
}

void *jd_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		jd_die(JD_EXIT_DATA, "out of memory (%zu bytes)", n);
	return p;
}

void *jd_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		jd_die(JD_EXIT_DATA, "out of memory (%zu x %zu bytes)", n, size);
	return p;
}

void *jd_xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		jd_die(JD_EXIT_DATA, "out of memory (%zu bytes)", n);
	return q;
}

char *jd_xstrdup(const char *s)
{
	return jd_xstrndup(s, strlen(s));
}

char *jd_xstrndup(const char *s, size_t n)
{
	char *p = jd_xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}
