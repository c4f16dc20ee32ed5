/* shingle.h: jd-dedupe's definition of words, shingles and the exact-text
 * hash.  Header-only (static inline) so that scripts/gen-corpus computes its
 * "true" Jaccard values with exactly the same definition.
 *
 * A word is a maximal run of word code points (jd_is_word_cp: letters,
 * digits, '_'); everything else (white space, punctuation, symbols, invalid
 * UTF-8 bytes) separates words.  Each word is folded with jd_fold (lower
 * case, ä->ae, ö->oe, ü->ue, ß->ss, other diacritics dropped) and hashed
 * by packing its bytes 8 at a time into 64-bit words (with shifts, so
 * the same on every byte order), mixing them and finalising with the
 * length (see dd_word_hash_bytes).
 *
 * The normalised text is the folded words joined by single spaces; the
 * exact-duplicate key is a 64-bit hash of that word sequence (computed from
 * the word hashes, so "Data-Engineer!" and "data engineer" are equal).
 *
 * A K-shingle is K consecutive words; its 64-bit hash mixes the K word
 * hashes with integer arithmetic only (no byte-order dependence).  A text
 * with 1..K-1 words has one shingle made of all its words; a text without
 * words has no shingles.  Jaccard similarity is taken over the SETS of
 * shingle hashes (duplicates removed).
 */
#ifndef JD_DEDUPE_SHINGLE_H
#define JD_DEDUPE_SHINGLE_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "jd_buf.h"
#include "jd_err.h"
#include "jd_hash.h"
#include "jd_text.h"

typedef struct dd_u64vec {
	uint64_t *v;
	size_t n, cap;
} dd_u64vec;

static inline void dd_u64_push(dd_u64vec *a, uint64_t x)
{
	if (a->n == a->cap) {
		a->cap = a->cap ? a->cap * 2 : 256;
		a->v = (uint64_t *)jd_xrealloc(a->v, a->cap * sizeof *a->v);
	}
	a->v[a->n++] = x;
}

static inline uint64_t dd_fmix64(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h;
}

/* ASCII word bytes [0-9A-Za-z_] map to their lower case, other ASCII
 * bytes to 0, bytes >= 0x80 to 0xff (decode them) */
static const unsigned char dd_lc[256] = {
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
	0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x00, 0x00, 0x00, 0x00, 0x5f,
	0x00, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
	0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x00, 0x00, 0x00, 0x00, 0x00,
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
};

static inline int dd_ascii_word(unsigned char c)
{
	return dd_lc[c] != 0 && dd_lc[c] != 0xff;
}

static inline uint64_t dd_wh_step(uint64_t h, uint64_t v)
{
	h = (h ^ v) * 0x9e3779b97f4a7c15ULL;
	return h ^ (h >> 29);
}

/* 64-bit hash of a folded word: its bytes packed 8 at a time (big-end
 * first, by shifts: the same on every byte order), mixed, finalised with
 * the length */
static inline uint64_t dd_word_hash_bytes(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL, v = 0;
	int cnt = 0;
	for (size_t i = 0; i < n; i++) {
		v = v << 8 | (unsigned char)s[i];
		if (++cnt == 8) {
			h = dd_wh_step(h, v);
			v = 0;
			cnt = 0;
		}
	}
	return dd_fmix64(dd_wh_step(h, v) ^ n);
}

/* 8 bytes as a number, first byte most significant (any byte order) */
static inline uint64_t dd_load8be(const char *p)
{
	uint64_t x;
	memcpy(&x, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return __builtin_bswap64(x);
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return x;
#else
	const unsigned char *u = (const unsigned char *)p;
	return (uint64_t)u[0] << 56 | (uint64_t)u[1] << 48 | (uint64_t)u[2] << 40 | (uint64_t)u[3] << 32 |
	       (uint64_t)u[4] << 24 | (uint64_t)u[5] << 16 | (uint64_t)u[6] << 8 | u[7];
#endif
}

/* lower-case 'A'..'Z' in each byte of x (all bytes < 0x80) */
static inline uint64_t dd_lower8(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
	uint64_t ge_a = x + ones * (0x80 - 'A');       /* high bit: byte >= 'A' */
	uint64_t gt_z = x + ones * (0x7f - 'Z');       /* high bit: byte > 'Z' */
	return x | ((ge_a & ~gt_z & high) >> 2);
}

/* Append the hash of every word of s[0..n) to *words (which is reset);
 * *wbuf is scratch.  Returns the exact-text hash. */
static inline uint64_t dd_words(const char *s, size_t n, dd_u64vec *words, jd_buf *wbuf)
{
	uint64_t exact = 0x243f6a8885a308d3ULL;
	size_t i = 0;
	words->n = 0;
	while (i < n) {
		unsigned char l = dd_lc[(unsigned char)s[i]];
		/* skip separators */
		if (l == 0) {
			i++;
			continue;
		}
		if (l == 0xff) {
			size_t adv;
			int32_t cp = jd_utf8_decode(s + i, n - i, &adv);
			if (cp < 0 || !jd_is_word_cp(cp)) {
				i += adv;
				continue;
			}
		}
		/* a word starts at i: find the end of its ASCII part */
		size_t start = i;
		while (i < n && (unsigned char)(dd_lc[(unsigned char)s[i]] - 1) < 0xfe)
			i++;
		uint64_t h = 0xcbf29ce484222325ULL, v = 0;
		{
			/* hash s[start..i) 8 bytes at a time (same value as
			 * dd_word_hash_bytes on the lower-cased bytes) */
			size_t k = start;
			for (; k + 8 <= i; k += 8)
				h = dd_wh_step(h, dd_lower8(dd_load8be(s + k)));
			size_t rest = i - k;
			if (rest && k + 8 <= n) {
				v = dd_lower8(dd_load8be(s + k) >> (8 * (8 - rest)));
			} else {
				for (; k < i; k++)
					v = v << 8 | dd_lc[(unsigned char)s[k]];
			}
		}
		int ascii = 1;
		while (i < n && dd_lc[(unsigned char)s[i]] != 0) {
			/* non-ASCII inside or after the word: slow path */
			size_t adv;
			if (dd_lc[(unsigned char)s[i]] != 0xff) {
				i++;
				continue;
			}
			int32_t cp = jd_utf8_decode(s + i, n - i, &adv);
			if (cp < 0 || !jd_is_word_cp(cp))
				break;
			ascii = 0;
			i += adv;
		}
		if (ascii) {
			h = dd_fmix64(dd_wh_step(h, v) ^ (i - start));
		} else {
			wbuf->len = 0;
			jd_fold(wbuf, s + start, i - start);
			h = dd_word_hash_bytes(wbuf->p, wbuf->len);
		}
		dd_u64_push(words, h);
		exact = (exact ^ h) * 0x9e3779b97f4a7c15ULL;
		exact ^= exact >> 31;
	}
	return dd_fmix64(exact ^ words->n);
}

/* Shingle hashes of K consecutive word hashes into *sh (reset). */
static inline void dd_shingles(const dd_u64vec *words, int k, dd_u64vec *sh)
{
	sh->n = 0;
	if (words->n == 0)
		return;
	size_t kk = (size_t)k;
	if (words->n < kk)
		kk = words->n;
	for (size_t i = 0; i + kk <= words->n; i++) {
		uint64_t h = 0x13198a2e03707344ULL;
		for (size_t j = 0; j < kk; j++) {
			h = (h ^ words->v[i + j]) * 0x9e3779b97f4a7c15ULL;
			h = (h << 23) | (h >> 41);
		}
		dd_u64_push(sh, dd_fmix64(h));
	}
}

static inline int dd_cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* Sort and remove duplicates in place. */
static inline void dd_sort_unique(dd_u64vec *a)
{
	if (a->n < 2)
		return;
	qsort(a->v, a->n, sizeof *a->v, dd_cmp_u64);
	size_t o = 1;
	for (size_t i = 1; i < a->n; i++)
		if (a->v[i] != a->v[o - 1])
			a->v[o++] = a->v[i];
	a->n = o;
}

/* Exact Jaccard of two sorted unique sets (1 when both are empty). */
static inline double dd_jaccard_sorted(const dd_u64vec *a, const dd_u64vec *b)
{
	size_t i = 0, j = 0, inter = 0;
	if (a->n == 0 && b->n == 0)
		return 1.0;
	while (i < a->n && j < b->n) {
		if (a->v[i] < b->v[j])
			i++;
		else if (a->v[i] > b->v[j])
			j++;
		else {
			inter++;
			i++;
			j++;
		}
	}
	return (double)inter / (double)(a->n + b->n - inter);
}

#endif
