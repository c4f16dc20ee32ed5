#include "table.h"

#include <stdlib.h>
#include <string.h>
#include "jd_err.h"
#include "jd_hash.h"

static size_t slot_of(uint64_t key, size_t cap)
{
	uint64_t h = key * 0x9e3779b97f4a7c15ULL;
	return (size_t)(h >> 20) & (cap - 1);
}

static void map_grow(dd_map *m)
{
	size_t ncap = m->cap ? m->cap * 2 : 1024;
	uint64_t *nk = jd_xmalloc(ncap * sizeof *nk);
	uint32_t *nv = jd_xmalloc(ncap * sizeof *nv);
	memset(nv, 0xff, ncap * sizeof *nv);
	for (size_t i = 0; i < m->cap; i++) {
		if (m->val[i] == DD_NONE)
			continue;
		size_t s = slot_of(m->key[i], ncap);
		while (nv[s] != DD_NONE)
			s = (s + 1) & (ncap - 1);
		nk[s] = m->key[i];
		nv[s] = m->val[i];
	}
	free(m->key);
	free(m->val);
	m->key = nk;
	m->val = nv;
	m->cap = ncap;
}

uint32_t *dd_map_slot(dd_map *m, uint64_t key)
{
	if ((m->n + 1) * 10 > m->cap * 7)
		map_grow(m);
	size_t s = slot_of(key, m->cap);
	while (m->val[s] != DD_NONE) {
		if (m->key[s] == key)
			return &m->val[s];
		s = (s + 1) & (m->cap - 1);
	}
	m->key[s] = key;
	m->n++;
	/* the caller must store a value other than DD_NONE */
	return &m->val[s];
}

uint32_t dd_map_get(const dd_map *m, uint64_t key)
{
	if (!m->cap)
		return DD_NONE;
	size_t s = slot_of(key, m->cap);
	while (m->val[s] != DD_NONE) {
		if (m->key[s] == key)
			return m->val[s];
		s = (s + 1) & (m->cap - 1);
	}
	return DD_NONE;
}

void dd_map_prefetch(const dd_map *m, uint64_t key)
{
	if (!m->cap)
		return;
	size_t s = slot_of(key, m->cap);
#if defined(__GNUC__)
	__builtin_prefetch(&m->val[s]);
	__builtin_prefetch(&m->key[s]);
#endif
}

void dd_map_free(dd_map *m)
{
	free(m->key);
	free(m->val);
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
