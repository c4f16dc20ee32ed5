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
 *
 * The definition in code is dd_words_reference() (byte at a time, as
 * above); dd_words() gives the same values several times faster (bit masks
 * of 64 bytes, hashes from a lower-case copy, a table for the Latin-1
 * letters), and the unit test and the fuzzer compare the two.
 * dd_shingles() has a faster twin for the tool, dd_shingle_hashes() in
 * minhash.c (AVX-512 where the CPU has it).
 */
#ifndef JD_DEDUPE_SHINGLE_H
#define JD_DEDUPE_SHINGLE_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
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

static inline void dd_u64_reserve(dd_u64vec *a, size_t n)
{
	if (a->cap < n) {
		a->cap = n < 256 ? 256 : n;
		a->v = (uint64_t *)jd_xrealloc(a->v, a->cap * sizeof *a->v);
	}
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

/* starting values of the word hash and of the exact-text hash */
#define DD_WORD_START 0xcbf29ce484222325ULL
#define DD_EXACT_START 0x243f6a8885a308d3ULL

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
	uint64_t h = DD_WORD_START, v = 0;
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

/* index of the lowest set bit of x != 0 */
static inline unsigned dd_ctz64(uint64_t x)
{
#if defined(__GNUC__)
	return (unsigned)__builtin_ctzll(x);
#else
	unsigned k = 0;
	while (!(x & 1)) {
		x >>= 1;
		k++;
	}
	return k;
#endif
}

static inline uint64_t dd_exact_step(uint64_t exact, uint64_t word_hash)
{
	exact = (exact ^ word_hash) * 0x9e3779b97f4a7c15ULL;
	return exact ^ (exact >> 31);
}


/* The byte-at-a-time definition of the words of s[from..to): their hashes
 * are appended to *words and mixed into *exact.  A word never crosses
 * `to` (s[to], when to < n, is an ASCII byte that is not a word byte);
 * code points are decoded looking at all of s[0..n).  dd_words() calls
 * this for the few runs with bytes >= 0x80 that dd_latin1_word_hash()
 * does not take; over the whole text it is dd_words_reference(), which
 * the tests and the fuzzer compare with. */
#if defined(__GNUC__)
__attribute__((noinline, unused))
#endif
static void dd_words_scalar(const char *s, size_t from, size_t to, size_t n, dd_u64vec *words,
				   jd_buf *wbuf, uint64_t *exact)
{
	size_t i = from;
	while (i < to) {
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
		uint64_t h = DD_WORD_START, v = 0;
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
			/* fold after whatever the caller keeps in wbuf */
			size_t mark = wbuf->len;
			jd_fold(wbuf, s + start, i - start);
			h = dd_word_hash_bytes(wbuf->p + mark, wbuf->len - mark);
			wbuf->len = mark;
		}
		dd_u64_push(words, h);
		*exact = dd_exact_step(*exact, h);
	}
}

/* dd_words() by the definition alone (for tests). */
static inline uint64_t dd_words_reference(const char *s, size_t n, dd_u64vec *words, jd_buf *wbuf)
{
	uint64_t exact = DD_EXACT_START;
	words->n = 0;
	dd_words_scalar(s, 0, n, n, words, wbuf, &exact);
	return dd_fmix64(exact ^ words->n);
}

/* The first pass of dd_words() over 64 bytes at p: bit j of *word is set
 * when p[j] is an ASCII word byte or a byte >= 0x80 (a possible word
 * byte: decode it), bit j of *high when p[j] >= 0x80; lc[0..64) gets the
 * bytes with ASCII letters in lower case (what the word hashes read; other
 * bytes are never read as part of an ASCII word, so they may differ).
 * SSE2 (every x86-64) where available; the portable loop gives the same
 * bits and the same lower-case word bytes. */
static inline void dd_class64_portable(const char *p, char *lc, uint64_t *word, uint64_t *high)
{
	uint64_t w = 0, h = 0;
	for (int j = 0; j < 64; j++) {
		unsigned char c = (unsigned char)p[j];
		w |= (uint64_t)(dd_lc[c] != 0) << j;
		h |= (uint64_t)(c >> 7) << j;
		lc[j] = (char)dd_lc[c];
	}
	*word = w;
	*high = h;
}

#if defined(__SSE2__)
static inline void dd_class64(const char *p, char *lc, uint64_t *word, uint64_t *high)
{
	/* signed compares: bytes >= 0x80 are negative and fail every range */
	const __m128i case_bit = _mm_set1_epi8(0x20), before_a = _mm_set1_epi8('a' - 1),
		      after_z = _mm_set1_epi8('z' + 1), before_0 = _mm_set1_epi8('0' - 1),
		      after_9 = _mm_set1_epi8('9' + 1), underscore = _mm_set1_epi8('_');
	uint64_t w = 0, h = 0;
	for (int k = 0; k < 4; k++) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
		__m128i l = _mm_or_si128(x, case_bit);
		__m128i letter = _mm_and_si128(_mm_cmpgt_epi8(l, before_a), _mm_cmpgt_epi8(after_z, l));
		__m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, before_0), _mm_cmpgt_epi8(after_9, x));
		__m128i ascii_word = _mm_or_si128(_mm_or_si128(letter, digit), _mm_cmpeq_epi8(x, underscore));
		_mm_storeu_si128((__m128i *)(void *)(lc + 16 * k), _mm_or_si128(x, _mm_and_si128(letter, case_bit)));
		uint64_t hb = (uint64_t)(unsigned)_mm_movemask_epi8(x);
		uint64_t wb = (uint64_t)(unsigned)_mm_movemask_epi8(ascii_word);
		w |= (wb | hb) << (16 * k);
		h |= hb << (16 * k);
	}
	*word = w;
	*high = h;
}
#else
#define dd_class64 dd_class64_portable
#endif

/* The hash of an ASCII word of len < 16 bytes from its lower-case bytes
 * as two numbers, first byte most significant (bytes after the word are
 * ignored): without branches, word lengths are unpredictable. */
static inline uint64_t dd_short_word_hash(uint64_t x0, uint64_t x1, uint64_t len)
{
	uint64_t full = 0 - (len >> 3);          /* all ones when len >= 8 */
	uint64_t rest = len & 7;
	uint64_t h = (dd_wh_step(DD_WORD_START, x0) & full) | (DD_WORD_START & ~full);
	uint64_t last = (x1 & full) | (x0 & ~full);
	/* the bytes of the last partial chunk at the low end; 0 when none */
	uint64_t v = (last >> ((64 - 8 * rest) & 63)) & (0 - (uint64_t)(rest != 0));
	return dd_fmix64(dd_wh_step(h, v) ^ len);
}

/* Hash of an ASCII word of len bytes whose lower-case bytes are at lc,
 * with 16 more bytes readable after it: the same value as
 * dd_word_hash_bytes(lc, len). */
static inline uint64_t dd_lc_word_hash(const char *lc, size_t len)
{
	if (len < 16)
		return dd_short_word_hash(dd_load8be(lc), dd_load8be(lc + 8), len);
	uint64_t h = DD_WORD_START;
	size_t k = 0;
	for (; k + 8 <= len; k += 8)
		h = dd_wh_step(h, dd_load8be(lc + k));
	size_t rest = len - k;   /* 0..7 */
	uint64_t v = (dd_load8be(lc + k) >> ((64 - 8 * rest) & 63)) & (0 - (uint64_t)(rest != 0));
	return dd_fmix64(dd_wh_step(h, v) ^ len);
}

/* jd_fold of U+00C0..U+00FF (UTF-8 C3 80..C3 BF), the letters of the
 * western European languages; NULL for U+00D7 and U+00F7, which are not
 * word characters.  The unit test checks every entry against jd_fold. */
static const char *const dd_latin1_fold[64] = {
	"a", "a", "a", "a", "ae", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"\xc3\xb0", "n", "o", "o", "o", "o", "oe", NULL, "o", "u", "u", "u", "ue", "y", "\xc3\xbe", "ss",
	"a", "a", "a", "a", "ae", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"\xc3\xb0", "n", "o", "o", "o", "o", "oe", NULL, "o", "u", "u", "u", "ue", "y", "\xc3\xbe", "y",
};

/* The hash of the run s[start..end) when it is one word of ASCII word
 * bytes and letters U+00C0..U+00FF (most non-ASCII words): *hash gets
 * dd_word_hash_bytes of its jd_fold, computed on the fly; 0 for any other
 * run (dd_words_scalar decides). */
static inline int dd_latin1_word_hash(const char *s, const char *lc, size_t start, size_t end, uint64_t *hash)
{
	uint64_t h = DD_WORD_START, v = 0;
	size_t len = 0;
	unsigned cnt = 0;
#define DD_PUT(c) do { \
		v = v << 8 | (unsigned char)(c); \
		len++; \
		if (++cnt == 8) { \
			h = dd_wh_step(h, v); \
			v = 0; \
			cnt = 0; \
		} \
	} while (0)
	for (size_t i = start; i < end;) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			DD_PUT(lc[i]);
			i++;
			continue;
		}
		unsigned char d = i + 1 < end ? (unsigned char)s[i + 1] : 0;
		if (c != 0xc3 || (d & 0xc0) != 0x80 || !dd_latin1_fold[d - 0x80])
			return 0;
		const char *f = dd_latin1_fold[d - 0x80];
		DD_PUT(f[0]);
		if (f[1])
			DD_PUT(f[1]);
		i += 2;
	}
#undef DD_PUT
	*hash = dd_fmix64(dd_wh_step(h, v) ^ len);
	return 1;
}

/* Append the hash of every word of s[0..n) to *words (which is reset);
 * *wbuf is scratch.  Returns the exact-text hash.
 * Same result as dd_words_reference(), faster.  A first pass (16 bytes at
 * a time with SSE2) writes into wbuf a lower-case copy of the text and,
 * per 64 bytes, a bit mask of the possible word bytes (ASCII word bytes
 * and bytes >= 0x80) and one of the bytes >= 0x80.  The second pass takes
 * the starts and ends of the runs of word bytes in order with bit scans.
 * A run without bytes >= 0x80 is one ASCII word, hashed from the copy 8
 * bytes at a time; the others are hashed by dd_latin1_word_hash() or, for
 * the rest (under 1 per cent), dd_words_scalar(). */
static inline uint64_t dd_words(const char *s, size_t n, dd_u64vec *words, jd_buf *wbuf)
{
	uint64_t exact = DD_EXACT_START;
	/* at most one word per two bytes: no capacity checks below */
	dd_u64_reserve(words, n / 2 + 1);
	uint64_t *out = words->v;
	size_t nw = 0;
	size_t nblocks = (n + 63) / 64;
	/* wbuf: the copy (whole blocks, then 16 readable bytes), the masks */
	size_t copy_len = nblocks * 64 + 64, scratch = copy_len + 2 * 8 * nblocks;
	wbuf->len = 0;
	jd_buf_grow(wbuf, scratch);
	wbuf->len = scratch;
	wbuf->p[scratch] = '\0';
	for (size_t b = 0; b < nblocks; b++) {
		uint64_t wm, hm;
		char *lc = wbuf->p + 64 * b;
		if (n - 64 * b >= 64) {
			dd_class64(s + 64 * b, lc, &wm, &hm);
		} else {
			char tail[64] = {0};
			memcpy(tail, s + 64 * b, n - 64 * b);
			dd_class64(tail, lc, &wm, &hm);
		}
		memcpy(wbuf->p + copy_len + 16 * b, &wm, 8);
		memcpy(wbuf->p + copy_len + 16 * b + 8, &hm, 8);
	}
	memset(wbuf->p + nblocks * 64, 0, 64);
	const char *lc = wbuf->p;
	size_t open_start = 0;      /* a run that goes on into the next block ... */
	int open = 0;
	uint64_t open_high = 0;     /* ... and whether it has bytes >= 0x80 */
	uint64_t carry = 0;         /* 1: the previous block ends with a word byte */
#define DD_WORD_RUN(start, end, has_high) do { \
		size_t st_ = (start), en_ = (end); \
		uint64_t h_; \
		if (!(has_high)) { \
			h_ = dd_lc_word_hash(lc + st_, en_ - st_); \
			out[nw++] = h_; \
			exact = dd_exact_step(exact, h_); \
		} else if (dd_latin1_word_hash(s, lc, st_, en_, &h_)) { \
			out[nw++] = h_; \
			exact = dd_exact_step(exact, h_); \
		} else { \
			/* (a copy: the address of exact itself would keep \
			 * it in memory, on the critical path) */ \
			uint64_t e_ = exact; \
			words->n = nw; \
			dd_words_scalar(s, st_, en_, n, words, wbuf, &e_); \
			exact = e_; \
			nw = words->n; \
			out = words->v; \
			lc = wbuf->p; \
		} \
	} while (0)
	for (size_t b = 0; b < nblocks; b++) {
		uint64_t word, high;
		memcpy(&word, lc + copy_len + 16 * b, 8);
		memcpy(&high, lc + copy_len + 16 * b + 8, 8);
		size_t base = 64 * b;
		uint64_t before = word << 1 | carry;   /* bit j: byte j - 1 is a word byte */
		uint64_t starts = word & ~before, ends = ~word & before;
		carry = word >> 63;
		if (open) {
			if (!ends) {
				open_high |= high;
				continue;
			}
			unsigned e = dd_ctz64(ends);
			ends &= ends - 1;
			open = 0;
			DD_WORD_RUN(open_start, base + e, open_high | (high & ((1ULL << e) - 1)));
		}
		while (starts) {
			unsigned st = dd_ctz64(starts);
			starts &= starts - 1;
			if (!ends) {
				open = 1;
				open_start = base + st;
				open_high = high & (~0ULL << st);
				break;
			}
			unsigned e = dd_ctz64(ends);   /* e > st */
			ends &= ends - 1;
			DD_WORD_RUN(base + st, base + e, high & ((1ULL << e) - 1) & (~0ULL << st));
		}
	}
	if (open)
		DD_WORD_RUN(open_start, n, open_high);
#undef DD_WORD_RUN
	words->n = nw;
	wbuf->len = 0;
	return dd_fmix64(exact ^ nw);
}

static inline uint64_t dd_shingle_step(uint64_t h, uint64_t word_hash)
{
	h = (h ^ word_hash) * 0x9e3779b97f4a7c15ULL;
	return (h << 23) | (h >> 41);
}

#define DD_SHINGLE_START 0x13198a2e03707344ULL

/* Shingles of n words: how many (count) and of how many words each */
static inline size_t dd_shingle_count(size_t n, int k, size_t *count)
{
	size_t kk = (size_t)k < n ? (size_t)k : n;
	*count = n ? n - kk + 1 : 0;
	return kk;
}

/* shingle hashes out[from..count) of kk words each */
static inline void dd_shingles_tail(const uint64_t *w, size_t from, size_t count, size_t kk, uint64_t *out)
{
	if (kk == 5) {
		/* the default, unrolled */
		for (size_t i = from; i < count; i++) {
			uint64_t h = dd_shingle_step(DD_SHINGLE_START, w[i]);
			h = dd_shingle_step(h, w[i + 1]);
			h = dd_shingle_step(h, w[i + 2]);
			h = dd_shingle_step(h, w[i + 3]);
			out[i] = dd_fmix64(dd_shingle_step(h, w[i + 4]));
		}
	} else {
		for (size_t i = from; i < count; i++) {
			uint64_t h = DD_SHINGLE_START;
			for (size_t j = 0; j < kk; j++)
				h = dd_shingle_step(h, w[i + j]);
			out[i] = dd_fmix64(h);
		}
	}
}

/* Shingle hashes of K consecutive word hashes into *sh (reset). */
static inline void dd_shingles(const dd_u64vec *words, int k, dd_u64vec *sh)
{
	size_t count, kk = dd_shingle_count(words->n, k, &count);
	dd_u64_reserve(sh, count);
	dd_shingles_tail(words->v, 0, count, kk, sh->v);
	sh->n = count;
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
