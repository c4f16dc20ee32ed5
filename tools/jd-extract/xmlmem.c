/* xmlmem.c: libxml2's memory for one HTML page at a time.
 *
 * A page's tree is tens of thousands of small blocks; glibc's malloc and
 * free of them cost more than the parse itself.  Between jdx_xml_begin()
 * and jdx_xml_end() every block libxml2 asks for comes from an arena (a
 * few large chunks, handed out front to back); freeing one does nothing,
 * and jdx_xml_end() takes the whole arena back at once, so the tree need
 * not be freed at all.  Outside that window, and for blocks that were not
 * handed out by the arena, the functions are glibc's own.
 *
 * Nothing libxml2 keeps past a page may live in the arena: the parser is
 * initialised before the first window (its global tables are glibc's),
 * and jdx_xml_end() clears libxml2's last-error record, whose strings are
 * the only page data libxml2 keeps in a global.
 */
#include "extract.h"
#include "jd_err.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#define ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_ASAN 1
#endif
#endif
#ifdef ARENA_ASAN
/* the arena's unused and dropped bytes are poisoned: a use after
 * jdx_xml_end() is still caught */
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

enum {
	FIRST_CHUNK = 1 << 20,    /* the first chunk; each next one is twice the last */
	KEEP = 64 << 20,          /* chunks beyond this total go back after a page */
	MAXCHUNK = 40,
};

/* a block: its size in front, the bytes 16-aligned after it */
typedef struct head {
	size_t size;
	size_t pad;
} head;

static struct {
	char *base[MAXCHUNK];
	size_t size[MAXCHUNK];
	int n;                 /* chunks */
	int cur;               /* the chunk blocks come from */
	char *next, *limit;    /* its free bytes */
	char *last;            /* the last block handed out (it can grow in place) */
	int active;            /* inside a window */
	int installed;
} arena;

static int in_arena(const void *p)
{
	uintptr_t u = (uintptr_t)p;
	for (int k = 0; k < arena.n; k++)
		if (u >= (uintptr_t)arena.base[k] && u < (uintptr_t)arena.base[k] + arena.size[k])
			return 1;
	return 0;
}

static size_t block_bytes(size_t size)
{
	if (size > SIZE_MAX / 4)
		jd_die(1, "out of memory");
	return sizeof(head) + ((size + 15) & ~(size_t)15);
}

/* a block of need bytes at b (a head, then the caller's bytes) */
static void *hand_out(char *b, size_t need, size_t size)
{
	arena.next = b + need;
	UNPOISON(b, need);
	((head *)(void *)b)->size = size;
	return arena.last = b + sizeof(head);
}

/* the next chunk with room (a new one when none has) */
static __attribute__((noinline)) void *arena_take(size_t size)
{
	size_t need = block_bytes(size);
	for (;;) {
		if (arena.cur + 1 >= arena.n) {
			if (arena.n == MAXCHUNK)
				jd_die(1, "out of memory");
			size_t sz = arena.n ? arena.size[arena.n - 1] * 2 : FIRST_CHUNK;
			while (sz < need)
				sz *= 2;
			arena.base[arena.n] = jd_xmalloc(sz);
			arena.size[arena.n] = sz;
			POISON(arena.base[arena.n], sz);
			arena.n++;
		}
		if (arena.next)   /* the chunk in use is full */
			arena.cur++;
		arena.next = arena.base[arena.cur];
		arena.limit = arena.next + arena.size[arena.cur];
		if (arena.size[arena.cur] >= need)
			return hand_out(arena.next, need, size);
	}
}

static void *xm_malloc(size_t size)
{
	if (!arena.active)
		return malloc(size ? size : 1);
	size_t need = sizeof(head) + ((size + 15) & ~(size_t)15);
	if (size < FIRST_CHUNK && (uintptr_t)arena.limit - (uintptr_t)arena.next >= need)
		return hand_out(arena.next, need, size);
	return arena_take(size);
}

static void xm_free(void *p)
{
	if (p && !in_arena(p))
		free(p);
}

static void *xm_realloc(void *p, size_t size)
{
	if (!p)
		return xm_malloc(size);
	if (!in_arena(p))
		return realloc(p, size ? size : 1);
	head *h = (head *)(void *)((char *)p - sizeof(head));
	if (size <= h->size)
		return p;
	/* the last block grows where it is when its chunk has room */
	if (p == arena.last && arena.active) {
		size_t need = block_bytes(size);
		if ((uintptr_t)arena.limit - (uintptr_t)h >= need) {
			hand_out((char *)h, need, size);
			return p;
		}
	}
	void *q = xm_malloc(size);
	memcpy(q, p, h->size);
	return q;
}

static char *xm_strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = xm_malloc(n);
	memcpy(p, s, n);
	return p;
}

void jdx_xml_memory(void)
{
	if (arena.installed)
		return;
	arena.installed = 1;
	xmlMemSetup(xm_free, xm_malloc, xm_realloc, xm_strdup);
	xmlInitParser();
}

void jdx_xml_begin(void)
{
	jdx_xml_memory();
	arena.active = 1;
}

void jdx_xml_end(void)
{
	xmlResetLastError();
	arena.active = 0;
	arena.cur = 0;
	arena.next = arena.limit = arena.last = NULL;
	/* keep the first chunks (at least one) up to KEEP bytes for the next page */
	size_t total = 0;
	int keep = 0;
	while (keep < arena.n && (!keep || total + arena.size[keep] <= KEEP))
		total += arena.size[keep++];
	for (int k = keep; k < arena.n; k++) {
		UNPOISON(arena.base[k], arena.size[k]);
		free(arena.base[k]);
	}
	arena.n = keep;
	for (int k = 0; k < keep; k++)
		POISON(arena.base[k], arena.size[k]);
}

void jdx_xml_release(void)
{
	for (int k = 0; k < arena.n; k++) {
		UNPOISON(arena.base[k], arena.size[k]);
		free(arena.base[k]);
	}
	arena.n = 0;
}
