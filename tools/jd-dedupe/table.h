/* table.h: the small containers jd-dedupe needs: a u64 -> u32 hash map,
 * growable u32 arrays, union-find and a string interner. */
#ifndef JD_DEDUPE_TABLE_H
#define JD_DEDUPE_TABLE_H

#include <stddef.h>
#include <stdint.h>

#define DD_NONE 0xffffffffu

/* Open addressing with linear probing.  A slot holds key and value
 * together (one cache line per probe); value DD_NONE marks an empty slot.
 * Large tables ask for transparent huge pages: lookups are random. */
typedef struct dd_slot {
	uint32_t key_lo, key_hi, val;
} dd_slot;
typedef struct dd_map {
	dd_slot *slot;
	size_t cap, n;
} dd_map;

/* pointer to the value slot for key (inserted as DD_NONE when new) */
uint32_t *dd_map_slot(dd_map *m, uint64_t key);
/* value or DD_NONE */
uint32_t dd_map_get(const dd_map *m, uint64_t key);
void dd_map_free(dd_map *m);
/* empty the map, keeping its memory */
void dd_map_clear(dd_map *m);

typedef struct dd_u32s {
	uint32_t *v;
	size_t n, cap;
} dd_u32s;

void dd_u32_push(dd_u32s *a, uint32_t x);

/* union-find whose root is always the smallest index of its set */
uint32_t dd_find(uint32_t *parent, uint32_t x);
void dd_union(uint32_t *parent, uint32_t a, uint32_t b);

/* string interner: strings get indices 0, 1, 2 ... in order of first sight */
typedef struct dd_strtab {
	dd_map map;          /* hash -> first index with that hash */
	dd_u32s next;        /* chain of indices with the same hash */
	dd_u32s off;         /* offset of string i in arena */
	char *arena;
	size_t alen, acap;
} dd_strtab;

uint32_t dd_str_intern(dd_strtab *t, const char *s, size_t n, int *isnew);
uint32_t dd_str_find(const dd_strtab *t, const char *s, size_t n);
const char *dd_str_get(const dd_strtab *t, uint32_t i);
size_t dd_str_count(const dd_strtab *t);
void dd_str_free(dd_strtab *t);

#endif
