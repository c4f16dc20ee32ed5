/* jd_buf: a growable byte buffer (the one string type of libjd).
 *
 * Ownership: the jd_buf owns b->p.  b->p is always NUL-terminated after
 * any jd_buf_* call (so it can be handed to C string functions), but the
 * content may itself hold NUL bytes; b->len is the truth.  Pointers into
 * b->p are invalidated by any call that grows the buffer.
 * A zero-initialised jd_buf (JD_BUF_INIT) is a valid empty buffer.
 */
#ifndef JD_BUF_H
#define JD_BUF_H

#include <stddef.h>
#include "jd_err.h"

typedef struct jd_buf {
	char *p;
	size_t len;
	size_t cap;
} jd_buf;

#define JD_BUF_INIT {NULL, 0, 0}

void jd_buf_grow(jd_buf *b, size_t extra);  /* ensure room for extra more bytes */
void jd_buf_add(jd_buf *b, const void *s, size_t n);
void jd_buf_adds(jd_buf *b, const char *s);
void jd_buf_printf(jd_buf *b, const char *fmt, ...) JD_PRINTF(2, 3);
void jd_buf_reset(jd_buf *b);               /* len = 0, keeps the memory */
void jd_buf_free(jd_buf *b);                /* frees, back to JD_BUF_INIT */
/* Give up ownership: returns the NUL-terminated string, buffer becomes empty. */
char *jd_buf_take(jd_buf *b);

static inline void jd_buf_addc(jd_buf *b, char c)
{
	if (b->len + 2 > b->cap)
		jd_buf_grow(b, 1);
	b->p[b->len++] = c;
	b->p[b->len] = '\0';
}

#endif
