#include "jd_out.h"
#include "jd_err.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define JD_OUT_BUFSZ (256 * 1024)

jd_out *jd_stdout;

jd_out *jd_out_open_fd(int fd, const char *name)
{
	jd_out *o = jd_xcalloc(1, sizeof *o);
	o->fd = fd;
	o->cap = JD_OUT_BUFSZ;
	o->buf = jd_xmalloc(o->cap);
	o->name = name;
	return o;
}

jd_out *jd_out_open_path(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (fd < 0)
		return NULL;
	return jd_out_open_fd(fd, path);
}

static void write_all(jd_out *o, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(o->fd, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EPIPE)
				exit(JD_EXIT_OK);   /* reader went away: not our error */
			jd_die(JD_EXIT_DATA, "write error on %s:", o->name ? o->name : "output");
		}
		p += w;
		n -= (size_t)w;
	}
}

void jd_out_flush(jd_out *o)
{
	if (o->len) {
		write_all(o, o->buf, o->len);
		o->len = 0;
	}
}

void jd_out_write_slow(jd_out *o, const void *p, size_t n)
{
	jd_out_flush(o);
	if (n >= o->cap) {
		write_all(o, p, n);
		return;
	}
	memcpy(o->buf, p, n);
	o->len = n;
}

void jd_out_printf(jd_out *o, const char *fmt, ...)
{
	char small[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		jd_out_write(o, small, (size_t)n);
		return;
	}
	char *big = jd_xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	jd_out_write(o, big, (size_t)n);
	free(big);
}

void jd_out_close(jd_out *o)
{
	if (!o)
		return;
	jd_out_flush(o);
	if (o->fd > 2 && close(o->fd) < 0)
		jd_die(JD_EXIT_DATA, "write error on %s:", o->name ? o->name : "output");
	if (o == jd_stdout)
		jd_stdout = NULL;
	free(o->buf);
	free(o);
}
