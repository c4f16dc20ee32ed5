/* jd_out: buffered output with write errors detected at the point they
 * happen.
 *
 * A closed pipe (EPIPE; SIGPIPE is ignored by jd_tool_init) ends the tool
 * quietly with status 0, as `head` downstream expects.  Any other write
 * error (ENOSPC on /dev/full, EIO ...) is fatal: "prog: write error: ..."
 * and status 1.  jd_out_close() must be called before exit so buffered
 * bytes are written and their errors seen.
 *
 * jd_out also carries the CSV writer's column position (see jd_csv.h).
 */
#ifndef JD_OUT_H
#define JD_OUT_H

#include <stddef.h>
#include <string.h>

typedef struct jd_out {
	int fd;
	char *buf;       /* owned */
	size_t len, cap;
	int col;         /* fields written in the current CSV row */
	const char *name;
} jd_out;

extern jd_out *jd_stdout;            /* set up by jd_tool_init() */

jd_out *jd_out_open_fd(int fd, const char *name);
jd_out *jd_out_open_path(const char *path); /* NULL + errno on failure */
void jd_out_flush(jd_out *o);
void jd_out_close(jd_out *o);        /* flush, close fd (unless 1), free */
void jd_out_write_slow(jd_out *o, const void *p, size_t n);
void jd_out_printf(jd_out *o, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

static inline void jd_out_write(jd_out *o, const void *p, size_t n)
{
	if (o->len + n <= o->cap) {
		memcpy(o->buf + o->len, p, n);
		o->len += n;
	} else {
		jd_out_write_slow(o, p, n);
	}
}

static inline void jd_out_putc(jd_out *o, char c)
{
	if (o->len == o->cap)
		jd_out_flush(o);
	o->buf[o->len++] = c;
}

static inline void jd_out_puts(jd_out *o, const char *s)
{
	jd_out_write(o, s, strlen(s));
}

#endif
