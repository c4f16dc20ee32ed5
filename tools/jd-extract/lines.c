/* lines.c: text to normalised lines, and lines back to the text column. */
#include "extract.h"
#include "jd_text.h"

#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

void jdx_doc_free(jdx_doc *d)
{
	if (!d)
		return;
	free(d->source);
	free(d->group);
	jd_buf_free(&d->text);
	jd_buf_free(&d->fold);
	free(d->lines);
	jdx_meta_free(&d->meta);
	for (int i = 0; i < JDX_NF; i++)
		free(d->f[i]);
	free(d);
}

const unsigned char jdx_ascii_lower[128] = {
#define L4(i) (i), (i) + 1, (i) + 2, (i) + 3
#define L16(i) L4(i), L4((i) + 4), L4((i) + 8), L4((i) + 12)
	L16(0), L16(16), L16(32), L16(48),
	'@', L16('a'), L4('q'), L4('u'), 'y', 'z', '[', '\\', ']', '^', '_',
	L16(96), L16(112),
#undef L4
#undef L16
};

/* SWAR on eight ASCII bytes (all below 0x80): each result has 0x80 set in
 * the bytes where the test holds.  No sum carries into the next byte. */
#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull
static inline uint64_t bytes_ge(uint64_t x, unsigned lo) { return (x + (0x80 - lo) * ONES) & HIGHS; }
static inline uint64_t bytes_gt(uint64_t x, unsigned hi) { return (x + (0x7F - hi) * ONES) & HIGHS; }
static inline uint64_t bytes_eq(uint64_t x, unsigned c) { return ~((x ^ c * ONES) + 0x7F * ONES) & HIGHS; }
static inline uint64_t lower8(uint64_t x)
{
	uint64_t upper = bytes_ge(x, 'A') & ~bytes_gt(x, 'Z');
	return x | upper >> 2;   /* 0x80 >> 2 = 0x20 */
}

/* jd_word_count with an ASCII fast path (same result) */
static const unsigned char ascii_word[128] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
	['8'] = 1, ['9'] = 1, ['_'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
	['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
	['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
	['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
	['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
	['Y'] = 1, ['Z'] = 1,
};

/* jd_fold of the two-byte characters (U+0080..U+07FF), made on first use
 * by jd_fold itself: Latin letters are most of the non-ASCII text */
static struct { unsigned char len, ready; char b[4]; } fold2[0x800 - 0x80];

/* append jd_fold of the adv-byte character at s (code point cp, or -1) */
static inline void fold_char(jd_buf *out, const char *s, size_t adv, int32_t cp)
{
	if (adv != 2) {
		jd_fold(out, s, adv);
		return;
	}
	size_t k = (size_t)(cp - 0x80);
	if (!fold2[k].ready) {
		jd_buf b = JD_BUF_INIT;
		jd_fold(&b, s, 2);
		if (b.len > sizeof fold2[k].b)
			jd_die(1, "lines.c: a fold longer than four bytes");
		memcpy(fold2[k].b, b.p, b.len);
		fold2[k].len = (unsigned char)b.len;
		fold2[k].ready = 1;
		jd_buf_free(&b);
	}
	jd_buf_add(out, fold2[k].b, fold2[k].len);
}

#ifdef __SSE2__
static const unsigned char pop8[256] = {
#define P2(n) n, n + 1, n + 1, n + 2
#define P4(n) P2(n), P2(n + 1), P2(n + 1), P2(n + 2)
#define P6(n) P4(n), P4(n + 1), P4(n + 1), P4(n + 2)
	P6(0), P6(1), P6(1), P6(2),
#undef P2
#undef P4
#undef P6
};

static inline unsigned pop16(unsigned m)   /* set bits of a 16-bit mask */
{
	return (unsigned)pop8[m & 255] + pop8[m >> 8];
}
#endif

/* The number of spaces in w when its eight bytes can be copied as they
 * are after a non-space character: all printable ASCII or ' ' (0x20..0x7F;
 * a byte below 0x20 sets its high bit in w - 0x20..., and the lowest such
 * byte cannot get a borrow), no two spaces side by side and no space at
 * the end; -1 otherwise. */
static inline int plain_block(uint64_t w)
{
	if ((w | (w - 0x2020202020202020ull)) & 0x8080808080808080ull)
		return -1;
	uint64_t sp = ~((w ^ 0x2020202020202020ull) + 0x7F7F7F7F7F7F7F7Full) & 0x8080808080808080ull;
	if ((sp & sp << 8) || sp >> 63)
		return -1;
	return (int)(((sp >> 7) * 0x0101010101010101ull) >> 56);
}

/* jd_ws_normalize(flags 0) of one line, with an ASCII fast path: white
 * space runs become one space, both ends trimmed.  Reads s[i..n) up to a
 * '\n' (or the end) and returns the index just after it; appends the line
 * to out and the line folded (jdx_fold) to fold, which must both have
 * room for n - i bytes.  *spaces gets the number of spaces written,
 * *words its jdx_word_count(), *money 1 when a '$', euro or pound sign
 * was written (see needs_split), *nul 1 when a NUL byte was. */
static inline size_t collapse_line(jd_buf *out, jd_buf *fold, const char *s, size_t i, size_t n,
				   size_t *spaces, size_t *words, int *money, int *nul)
{
	size_t sp = 0, wc = 0;
	int hi = 0, in = 0;   /* in: the last byte written is part of a word */
	int zero = 0;
	char *o = out->p + out->len, *f = fold->p + fold->len;
	int space = 0, any = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c > ' ' && c < 0x80) {
			/* a run of printable ASCII */
			if (space && any) {
				*o++ = ' ';
				*f++ = ' ';
				sp++;
				in = 0;
			}
			space = 0;
			any = 1;
			*o++ = (char)c;
			*f++ = (char)jdx_ascii_lower[c];
			hi |= c == '$';
			wc += ascii_word[c] & !in;
			in = ascii_word[c];
			i++;
#ifdef __SSE2__
			/* sixteen bytes at a time, up to the first byte that is not
			 * printable ASCII (a '\n' ends the line) or a space that
			 * is not alone and followed by a printable byte */
			while (i + 16 <= n) {
				__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
				unsigned ok = (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(x, _mm_set1_epi8(0x1F)));
				unsigned msp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
				unsigned q = (unsigned)__builtin_ctz(~ok | 0x10000u);
				unsigned twice = msp & msp >> 1;
				if (twice && (unsigned)__builtin_ctz(twice) < q)
					q = (unsigned)__builtin_ctz(twice);
				if (q && (msp >> (q - 1) & 1))
					q--;
				if (!q) {
					if (s[i] == '\n') {
						i++;
						goto line_end;
					}
					break;
				}
				__m128i up = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('A' - 1)),
							   _mm_cmplt_epi8(x, _mm_set1_epi8('Z' + 1)));
				__m128i l = _mm_add_epi8(x, _mm_and_si128(up, _mm_set1_epi8(0x20)));
				__m128i letter = _mm_and_si128(_mm_cmpgt_epi8(l, _mm_set1_epi8('a' - 1)),
							       _mm_cmplt_epi8(l, _mm_set1_epi8('z' + 1)));
				__m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
							      _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
				__m128i under = _mm_cmpeq_epi8(x, _mm_set1_epi8('_'));
				unsigned mw = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), under));
				unsigned dollar = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8('$')));
				_mm_storeu_si128((__m128i *)(void *)o, x);
				_mm_storeu_si128((__m128i *)(void *)f, l);
				unsigned keep = q == 16 ? 0xFFFFu : (1u << q) - 1;
				hi |= (dollar & keep) != 0;
				unsigned starts = mw & ~(mw << 1 | (unsigned)in) & keep;
				wc += pop16(starts);
				sp += pop16(msp & keep);
				in = (int)(mw >> (q - 1) & 1);
				o += q;
				f += q;
				i += q;
				if (q < 16) {
					if (s[i] == '\n') {
						i++;
						goto line_end;
					}
					break;
				}
			}
#endif
			/* words and single spaces: copied eight bytes at a time */
			while (i + 8 <= n) {
				uint64_t w;
				memcpy(&w, s + i, 8);
				int k = plain_block(w);
				if (k < 0)
					break;
				memcpy(o, &w, 8);
				hi |= bytes_eq(w, '$') != 0;
				uint64_t l = lower8(w);
				memcpy(f, &l, 8);
				/* 0x80 in the bytes of words; one starts where the
				 * byte before is not part of one */
				uint64_t word = (bytes_ge(l, '0') & ~bytes_gt(l, '9')) |
					(bytes_ge(l, 'a') & ~bytes_gt(l, 'z')) | bytes_eq(l, '_');
				uint64_t starts = word & ~(word << 8 | (uint64_t)in << 7);
				wc += (size_t)(((starts >> 7) * ONES) >> 56);
				in = (int)(word >> 63);
				sp += (size_t)k;
				o += 8;
				f += 8;
				i += 8;
			}
			while (i < n) {
				unsigned char d = (unsigned char)s[i];
				if (d <= ' ' || d >= 0x80)
					break;
				*o++ = (char)d;
				*f++ = (char)jdx_ascii_lower[d];
				hi |= d == '$';
				wc += ascii_word[d] & !in;
				in = ascii_word[d];
				i++;
			}
			continue;
		}
		if (c < 0x80) {
			i++;
			if (c == '\n')
				break;
			if (c == ' ' || (c >= '\t' && c <= '\r')) {
				space = 1;
				continue;
			}
			if (space && any) {
				*o++ = ' ';
				*f++ = ' ';
				sp++;
				in = 0;
			}
			space = 0;
			any = 1;
			*o++ = (char)c;
			*f++ = (char)jdx_ascii_lower[c];
			zero |= !c;   /* only here: the other paths take bytes >= 0x20 */
			wc += ascii_word[c] & !in;
			in = ascii_word[c];
			continue;
		}
		/* a '\n' is never part of a UTF-8 sequence, so decoding up to n
		 * rather than up to the line end gives the same result */
		size_t adv;
		int32_t cp = jd_utf8_decode(s + i, n - i, &adv);
		if (jd_is_invisible_cp(cp)) {
			i += adv;   /* "Kuber&shy;netes" is one word */
			continue;
		}
		if (cp >= 0 && jd_is_space_cp(cp)) {
			space = 1;
			i += adv;
			continue;
		}
		if (space && any) {
			*o++ = ' ';
			*f++ = ' ';
			sp++;
			in = 0;
		}
		space = 0;
		any = 1;
		if (cp == 0x20AC || cp == 0xA3)
			hi = 1;
		int w = cp >= 0 && jd_is_word_cp(cp);
		wc += (size_t)(w & !in);
		in = w;
		memcpy(o, s + i, adv);
		o += adv;
		/* jd_fold works a character at a time: this one alone folds as
		 * it does in the line (it may grow: room for the rest again) */
		fold->len = (size_t)(f - fold->p);
		fold_char(fold, s + i, adv, cp);
		jd_buf_grow(fold, n - i);
		f = fold->p + fold->len;
		i += adv;
	}
line_end:
	out->len = (size_t)(o - out->p);
	out->p[out->len] = '\0';
	fold->len = (size_t)(f - fold->p);
	fold->p[fold->len] = '\0';
	*spaces = sp;
	*words = wc;
	*money = hi;
	*nul = zero;
	return i;
}

void jdx_fold(jd_buf *out, const char *s, size_t n)
{
	jd_buf_grow(out, n);
	size_t i = 0;
	while (i < n) {
		/* an ASCII run: lower-case it straight into the buffer */
		char *o = out->p + out->len;
		size_t j = i;
		for (; j + 8 <= n; j += 8, o += 8) {
			uint64_t w;
			memcpy(&w, s + j, 8);
			if (w & HIGHS)
				break;
			w = lower8(w);
			memcpy(o, &w, 8);
		}
		while (j < n && (unsigned char)s[j] < 0x80) {
			*o++ = (char)jdx_ascii_lower[(unsigned char)s[j]];
			j++;
		}
		out->len = (size_t)(o - out->p);
		if (j == n)
			break;
		/* a run of high bytes: UTF-8 sequences never hold ASCII bytes
		 * and jd_fold steps one byte past an invalid one, so folding
		 * them one at a time gives the same bytes */
		size_t k = j;
		while (k < n && (unsigned char)s[k] >= 0x80) {
			size_t adv;
			int32_t cp = jd_utf8_decode(s + k, n - k, &adv);
			fold_char(out, s + k, cp >= 0 ? adv : 1, cp);
			k += adv;
		}
		jd_buf_grow(out, n - k);
		i = k;
	}
	out->p[out->len] = '\0';
}

int jdx_utf8_valid(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, adv;
	while (i < n) {
		/* eight ASCII bytes at a time: no high bit, no NUL byte */
		while (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, u + i, 8);
			if ((w & 0x8080808080808080ull) ||
			    ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if (u[i] < 0x80) {
			if (!u[i])
				return 0;
			i++;
			continue;
		}
		if (jd_utf8_decode(s + i, n - i, &adv) < 0)
			return 0;
		i += adv;
	}
	return 1;
}

/* eight bytes of s with s[0] in the low byte */
static inline uint64_t load_le64(const char *s)
{
	uint64_t x;
	memcpy(&x, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	x = __builtin_bswap64(x);
#endif
	return x;
}

size_t jdx_word_count(const char *s, size_t n)
{
	size_t i = 0, words = 0;
	int in = 0;
	while (i < n) {
		/* eight ASCII bytes at a time: 0x80 in the bytes of words, a
		 * word starts where the byte before is not one */
		for (; i + 8 <= n; i += 8) {
			uint64_t x = load_le64(s + i);
			if (x & HIGHS)
				break;
			uint64_t l = x | 0x20 * ONES;
			uint64_t word = (bytes_ge(x, '0') & ~bytes_gt(x, '9')) |
				(bytes_ge(l, 'a') & ~bytes_gt(l, 'z')) | bytes_eq(x, '_');
			uint64_t starts = word & ~(word << 8 | (uint64_t)in << 7);
			words += (size_t)(((starts >> 7) * ONES) >> 56);
			in = (int)(word >> 63);
		}
		if (i >= n)
			break;
		unsigned char c = (unsigned char)s[i];
		int w;
		if (c < 0x80) {
			w = ascii_word[c];
			i++;
		} else {
			size_t adv;
			int32_t cp = jd_utf8_decode(s + i, n - i, &adv);
			w = cp >= 0 && jd_is_word_cp(cp);
			i += adv;
		}
		if (w && !in)
			words++;
		in = w;
	}
	return words;
}

size_t jdx_fold_id_words(jd_buf *out, const char *s, size_t n)
{
	jd_buf_grow(out, n);
	size_t i = 0, words = 0;
	int in = 0;
	while (i < n) {
		char *p = out->p;
		size_t o = out->len;
		size_t j = i;
		for (;;) {
			/* eight bytes at a time while they are ASCII without '\n' */
			for (; j + 8 <= n; j += 8, o += 8) {
				uint64_t x;
				memcpy(&x, s + j, 8);
				if ((x & HIGHS) || bytes_eq(x, '\n'))
					break;
				x = lower8(x);
				memcpy(p + o, &x, 8);
				uint64_t word = (bytes_ge(x, '0') & ~bytes_gt(x, '9')) |
					(bytes_ge(x, 'a') & ~bytes_gt(x, 'z')) | bytes_eq(x, '_');
				uint64_t starts = word & ~(word << 8 | (uint64_t)in << 7);
				words += (size_t)(((starts >> 7) * ONES) >> 56);
				in = (int)(word >> 63);
			}
			/* then byte by byte up to the next block boundary */
			size_t stop = j + 8 < n ? j + 8 : n;
			for (; j < stop; j++) {
				unsigned char c = (unsigned char)s[j];
				if (c >= 0x80)
					break;
				int w = ascii_word[c];
				words += (size_t)(w & !in);
				in = w;
				if (c == '\n') {
					if (o && p[o - 1] == ' ')
						continue;
					c = ' ';
				}
				p[o++] = (char)jdx_ascii_lower[c];
			}
			if (j >= n || (unsigned char)s[j] >= 0x80)
				break;
		}
		out->len = o;
		if (j == n)
			break;
		/* a run of high bytes (see jdx_fold) */
		size_t k = j + 1;
		while (k < n && (unsigned char)s[k] >= 0x80)
			k++;
		for (size_t q = j; q < k;) {
			size_t adv;
			int32_t cp = jd_utf8_decode(s + q, k - q, &adv);
			int w = cp >= 0 && jd_is_word_cp(cp);
			if (w && !in)
				words++;
			in = w;
			q += adv;
		}
		jd_fold(out, s + j, k - j);
		jd_buf_grow(out, n - k);
		i = k;
	}
	out->p[out->len] = '\0';
	return words;
}

/* length of a bullet marker (with the spaces after it) at s, or 0 */
static size_t bullet_len(const char *s, size_t n)
{
	/* the multi-byte markers: U+2022 U+00B7 U+25CF U+25CB U+25E6 U+25AA
	 * U+25AB U+25A0 U+25A1 U+2023 U+2043 U+2013 U+2014 U+00BB U+25BA
	 * U+25B6 U+2713 U+2714 U+27A4 U+2192 */
	static const char *const marks[] = {
		"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x97\x8F", "\xE2\x97\x8B", "\xE2\x97\xA6",
		"\xE2\x96\xAA", "\xE2\x96\xAB", "\xE2\x96\xA0", "\xE2\x96\xA1", "\xE2\x80\xA3",
		"\xE2\x81\x83", "\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xBB", "\xE2\x96\xBA",
		"\xE2\x96\xB6", "\xE2\x9C\x93", "\xE2\x9C\x94", "\xE2\x9E\xA4", "\xE2\x86\x92",
		NULL,
	};
	if (!n)
		return 0;
	unsigned char c0 = (unsigned char)s[0];
	size_t l = 0;
	if (c0 == '-' || c0 == '*' || c0 == '+' || c0 == 'o') {
		/* ASCII markers need a space after them */
		if (n < 2 || s[1] != ' ')
			return 0;
		l = 1;
	} else if (c0 == 0xE2 || c0 == 0xC2) {
		for (int k = 0; marks[k]; k++) {
			size_t ml = c0 == 0xC2 ? 2 : 3;
			if (marks[k][0] != s[0] || ml > n || memcmp(s, marks[k], ml))
				continue;
			l = ml;
			break;
		}
		/* then a space or a non-ASCII byte, not an ASCII one */
		if (!l || l == n || (s[l] != ' ' && (unsigned char)s[l] < 0x80))
			return 0;
	} else {
		return 0;
	}
	while (l < n && s[l] == ' ')
		l++;
	return l;
}

/* 1 when "x$5" / "x€5" / "x£5" run-togethers occur (table cells) */
static int needs_split(const char *s, size_t n)
{
	for (size_t i = 1; i + 1 < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c != '$' && c != 0xE2 && c != 0xC2)
			continue;
		unsigned char p = (unsigned char)s[i - 1];
		if (!((p >= 'a' && p <= 'z') || (p >= 'A' && p <= 'Z')))
			continue;
		size_t l = c == '$' ? 1 : 0;
		if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x82 && (unsigned char)s[i + 2] == 0xAC)
			l = 3;
		if (c == 0xC2 && (unsigned char)s[i + 1] == 0xA3)
			l = 2;
		if (l && i + l < n && s[i + l] >= '0' && s[i + l] <= '9')
			return 1;
	}
	return 0;
}

static void add_line(jdx_doc *d, size_t off, size_t foff, int para, int bullet, size_t words,
		     size_t wcount, int nul)
{
	if (d->nlines == d->caplines) {
		d->caplines = d->caplines ? d->caplines * 2 : 64;
		d->lines = jd_xrealloc(d->lines, d->caplines * sizeof *d->lines);
	}
	jdx_line *l = &d->lines[d->nlines++];
	l->off = off;
	l->len = d->text.len - off;
	l->foff = foff;
	l->flen = d->fold.len - foff;
	l->para = (unsigned char)para;
	l->drop = 0;
	l->bullet = (unsigned char)bullet;
	l->nul = (unsigned char)nul;
	l->words = words;
	l->wcount = wcount;
}

void jdx_doc_lines(jdx_doc *d, const char *text, size_t n)
{
	size_t i = 0;
	int para = 0;
	jd_buf_grow(&d->text, n + 16);
	jd_buf_grow(&d->fold, n + 16);
	while (i < n) {
		/* a line never gets longer than its source (but a split one
		 * below does, and folding may) */
		if (d->text.cap - d->text.len < n - i + 2)
			jd_buf_grow(&d->text, n - i + 1);
		if (d->fold.cap - d->fold.len < n - i + 2)
			jd_buf_grow(&d->fold, n - i + 1);
		size_t off = d->text.len, foff = d->fold.len;
		size_t spaces, wcount;
		int money, nul;
		i = collapse_line(&d->text, &d->fold, text, i, n, &spaces, &wcount, &money, &nul);
		size_t len = d->text.len - off;
		if (!len) {
			if (d->nlines)
				para = 1;
			continue;
		}
		char *s = d->text.p + off;
		size_t b = bullet_len(s, len);
		int refold = 0;
		if (b) {
			for (size_t k = 0; k < b; k++)
				spaces -= s[k] == ' ';
			/* of the markers only "o" is a word (and "$", U+20AC and
			 * U+00A3, which a split puts a space before, are none) */
			wcount -= s[0] == 'o';
			/* the line starts after the marker (its bytes stay unused);
			 * an ASCII marker and its spaces fold to themselves */
			if ((unsigned char)s[0] < 0x80)
				foff += b;
			else
				refold = 1;
			off += b;
			s += b;
			len -= b;
			if (!len) {
				d->text.len = off - b;
				d->text.p[d->text.len] = '\0';
				d->fold.len = foff - (refold ? 0 : b);
				d->fold.p[d->fold.len] = '\0';
				continue;
			}
		}
		size_t words = spaces + 1;
		/* needs_split wants '$', U+20AC or U+00A3 (no marker has one) */
		if (money && needs_split(s, len)) {
			char *copy = jd_xstrndup(s, len);
			d->text.len = off;
			for (size_t k = 0; k < len; k++) {
				unsigned char c = (unsigned char)copy[k];
				if (k && ((copy[k - 1] >= 'a' && copy[k - 1] <= 'z') ||
					  (copy[k - 1] >= 'A' && copy[k - 1] <= 'Z')) &&
				    ((c == '$' && k + 1 < len && copy[k + 1] >= '0' && copy[k + 1] <= '9') ||
				     (c == 0xE2 && k + 3 < len && (unsigned char)copy[k + 1] == 0x82 &&
				      (unsigned char)copy[k + 2] == 0xAC && copy[k + 3] >= '0' && copy[k + 3] <= '9') ||
				     (c == 0xC2 && k + 2 < len && (unsigned char)copy[k + 1] == 0xA3 &&
				      copy[k + 2] >= '0' && copy[k + 2] <= '9')))
					jd_buf_addc(&d->text, ' ');
				jd_buf_addc(&d->text, (char)c);
			}
			free(copy);
			words = 1;
			for (size_t k = off; k < d->text.len; k++)
				words += d->text.p[k] == ' ';
			refold = 1;
		}
		if (refold) {
			d->fold.len = foff;
			jdx_fold(&d->fold, d->text.p + off, d->text.len - off);
		}
		add_line(d, off, foff, para, b != 0, words, wcount, nul);
		para = 0;
	}
}

void jdx_doc_render(const jdx_doc *d, jd_buf *out)
{
	int first = 1, para = 0;
	for (size_t i = 0; i < d->nlines; i++) {
		const jdx_line *l = &d->lines[i];
		para |= l->para;
		if (l->drop)
			continue;
		if (!first)
			jd_buf_add(out, "\n\n", para ? 2 : 1);
		if (l->bullet)
			jd_buf_add(out, "- ", 2);
		jd_buf_add(out, d->text.p + l->off, l->len);
		first = 0;
		para = 0;
	}
}

size_t jdx_doc_id_words(const jdx_doc *d, jd_buf *out)
{
	size_t words = 0;
	int first = 1;
	jd_buf_grow(out, 0);
	for (size_t i = 0; i < d->nlines; i++) {
		const jdx_line *l = &d->lines[i];
		if (l->drop)
			continue;
		/* the line break(s) before it: one space, none after a space */
		if (!first && !(out->len && out->p[out->len - 1] == ' '))
			jd_buf_addc(out, ' ');
		if (l->bullet)
			jd_buf_add(out, "- ", 2);
		jd_buf_add(out, d->fold.p + l->foff, l->flen);
		words += l->wcount;
		first = 0;
	}
	return words;
}
