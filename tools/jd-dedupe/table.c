#include "table.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "jd_err.h"
#include "jd_hash.h"

static size_t home(uint64_t key, size_t cap)
{
	return (size_t)((key * 0x9e3779b97f4a7c15ULL) >> 20) & (cap - 1);
}

/* Tables of 2 MB or more in whole 2 MB pages, with transparent huge
 * pages where the kernel offers them: lookups are random, and with 4 KB
 * pages nearly every one of them would also miss the TLB. */
enum { HUGE_PAGE = 2u << 20 };

static dd_slot *slots_alloc(size_t cap)
{
	size_t bytes = cap * sizeof(dd_slot);
	void *p = NULL;
	if (bytes >= HUGE_PAGE) {
		bytes = (bytes + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
		if (posix_memalign(&p, HUGE_PAGE, bytes) != 0)
			jd_die(1, "out of memory");
#ifdef MADV_HUGEPAGE
		(void)madvise(p, bytes, MADV_HUGEPAGE);
#endif
	} else {
		p = jd_xmalloc(bytes);
	}
	dd_slot *s = p;
	for (size_t i = 0; i < cap; i++)
		s[i].val = DD_NONE;
	return s;
}

static void map_grow(dd_map *m)
{
	size_t ncap = m->cap ? m->cap * 2 : 1024;
	dd_slot *ns = slots_alloc(ncap);
	for (size_t i = 0; i < m->cap; i++) {
		const dd_slot *o = &m->slot[i];
		if (o->val == DD_NONE)
			continue;
		size_t s = home((uint64_t)o->key_hi << 32 | o->key_lo, ncap);
		while (ns[s].val != DD_NONE)
			s = (s + 1) & (ncap - 1);
		ns[s] = *o;
	}
	free(m->slot);
	m->slot = ns;
	m->cap = ncap;
}

uint32_t *dd_map_slot(dd_map *m, uint64_t key)
{
	if ((m->n + 1) * 10 > m->cap * 7)
		map_grow(m);
	uint32_t lo = (uint32_t)key, hi = (uint32_t)(key >> 32);
	size_t s = home(key, m->cap);
	while (m->slot[s].val != DD_NONE) {
		if (m->slot[s].key_lo == lo && m->slot[s].key_hi == hi)
			return &m->slot[s].val;
		s = (s + 1) & (m->cap - 1);
	}
	m->slot[s].key_lo = lo;
	m->slot[s].key_hi = hi;
	m->n++;
	/* the caller must store a value other than DD_NONE */
	return &m->slot[s].val;
}

uint32_t dd_map_get(const dd_map *m, uint64_t key)
{
	if (!m->cap)
		return DD_NONE;
	uint32_t lo = (uint32_t)key, hi = (uint32_t)(key >> 32);
	size_t s = home(key, m->cap);
	while (m->slot[s].val != DD_NONE) {
		if (m->slot[s].key_lo == lo && m->slot[s].key_hi == hi)
			return m->slot[s].val;
		s = (s + 1) & (m->cap - 1);
	}
	return DD_NONE;
}

void dd_map_clear(dd_map *m)
{
	for (size_t i = 0; i < m->cap; i++)
		m->slot[i].val = DD_NONE;
	m->n = 0;
}

void dd_map_free(dd_map *m)
{
	free(m->slot);
	memset(m, 0, sizeof *m);
}

void dd_u32_push(dd_u32s *a, uint32_t x)
{
	if (a->n == a->cap) {
		a->cap = a->cap ? a->cap * 2 : 1024;
		a->v = jd_xrealloc(a->v, a->cap * sizeof *a->v);
	}
	a->v[a->n++] = x;
}

uint32_t dd_find(uint32_t *parent, uint32_t x)
{
	while (parent[x] != x) {
		parent[x] = parent[parent[x]];
		x = parent[x];
	}
	return x;
}

void dd_union(uint32_t *parent, uint32_t a, uint32_t b)
{
	a = dd_find(parent, a);
	b = dd_find(parent, b);
	if (a < b)
		parent[b] = a;
	else if (b < a)
		parent[a] = b;
}

uint32_t dd_str_find(const dd_strtab *t, const char *s, size_t n)
{
	uint32_t i = dd_map_get(&t->map, jd_hash64(s, n, 0));
	for (; i != DD_NONE; i = t->next.v[i]) {
		const char *x = t->arena + t->off.v[i];
		if (strlen(x) == n && memcmp(x, s, n) == 0)
			return i;
	}
	return DD_NONE;
}

uint32_t dd_str_intern(dd_strtab *t, const char *s, size_t n, int *isnew)
{
	uint32_t i = dd_str_find(t, s, n);
	if (isnew)
		*isnew = i == DD_NONE;
	if (i != DD_NONE)
		return i;
	i = (uint32_t)t->off.n;
	if (t->alen + n + 1 > t->acap) {
		t->acap = (t->alen + n + 1) * 2 + 4096;
		t->arena = jd_xrealloc(t->arena, t->acap);
	}
	memcpy(t->arena + t->alen, s, n);
	t->arena[t->alen + n] = '\0';
	dd_u32_push(&t->off, (uint32_t)t->alen);
	t->alen += n + 1;
	uint32_t *slot = dd_map_slot(&t->map, jd_hash64(s, n, 0));
	dd_u32_push(&t->next, *slot);
	*slot = i;
	return i;
}

const char *dd_str_get(const dd_strtab *t, uint32_t i)
{
	return t->arena + t->off.v[i];
}

size_t dd_str_count(const dd_strtab *t)
{
	return t->off.n;
}

void dd_str_free(dd_strtab *t)
{
	dd_map_free(&t->map);
	free(t->next.v);
	free(t->off.v);
	free(t->arena);
	memset(t, 0, sizeof *t);
}
