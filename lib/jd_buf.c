#include "jd_buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void jd_buf_grow(jd_buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;
	if (need < b->len)
		jd_die(JD_EXIT_DATA, "buffer size overflow");
	if (need <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap = cap * 2 > cap ? cap * 2 : need;
	b->p = jd_xrealloc(b->p, cap);
	b->cap = cap;
	b->p[b->len] = '\0';
}

void jd_buf_add(jd_buf *b, const void *s, size_t n)
{
	jd_buf_grow(b, n);
	if (n)
		memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

void jd_buf_adds(jd_buf *b, const char *s)
{
	jd_buf_add(b, s, strlen(s));
}

void jd_buf_printf(jd_buf *b, const char *fmt, ...)
{
	va_list ap;
	char small[256];
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		jd_buf_add(b, small, (size_t)n);
		return;
	}
	jd_buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void jd_buf_reset(jd_buf *b)
{
	b->len = 0;
	if (b->p)
		b->p[0] = '\0';
}

void jd_buf_free(jd_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

char *jd_buf_take(jd_buf *b)
{
	if (!b->p)
		return jd_xstrdup("");
	char *p = b->p;
	b->p = NULL;
	b->len = b->cap = 0;
	return p;
}
