/* match.c: an ad's text in tokens, the tokens against the taxonomy's
 * n-gram table, then evidence for ambiguous names, negative patterns,
 * levels and sections.  Nothing here loops over the taxonomy.
 *
 * sk_match_text, step by step:
 *   lower_text   the text lower-cased (ASCII) into the fold buffer
 *   tz_fast      token boundaries on the plain stretches, 16 bytes at a
 *   tz_step        time; tz_step takes what tz_fast leaves (exactly as
 *                  sk_next_token cuts; sk_tokenize_ref is the reference)
 *   tz_fold      the folds of tokens with non-ASCII letters
 *   tz_hash      every token's hash, and the candidates: tokens whose hash
 *                  passes the Bloom filter of 1-token keys, or that may hide
 *                  a German suffix or a glued version
 *   scan         the candidates only: longest key, cues, headings
 *   levels       sections, levels, navigation
 *   evidence     negative patterns and evidence for ambiguous names */
#include "skills.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "jd_text.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#if defined(__GNUC__) || defined(__clang__)
#define SK_INLINE static inline __attribute__((always_inline))
#define SK_NOINLINE __attribute__((noinline))
#else
#define SK_INLINE static inline
#define SK_NOINLINE
#endif

static void tails_init(void);
static void fold2_init(void);

void sk_matcher_init(sk_matcher *mt, const sk_tax *t)
{
	memset(mt, 0, sizeof *mt);
	mt->tax = t;
	mt->window_cue = 4;
	mt->window_skill = 8;
	tails_init();
	fold2_init();
}

void sk_matcher_free(sk_matcher *mt)
{
	free(mt->tok);
	free(mt->m);
	free(mt->scratch);
	free(mt->mark);
	free(mt->marklen);
	free(mt->cand);
	free(mt->firstok);
	jd_buf_free(&mt->fold);
	memset(mt, 0, sizeof *mt);
}

/* ---- German suffixes ---- */

static const struct { const char *s; unsigned char n; } suffixes[] = {
	{"kenntnisse", 10}, {"kenntnissen", 11}, {"kenntnis", 8},
	{"erfahrung", 9}, {"erfahrungen", 11}, {"entwickler", 10},
	{"entwicklerin", 12}, {"entwicklung", 11}, {"programmierung", 14},
	{"programmierer", 13}, {"datenbank", 9}, {"datenbanken", 11},
	{"umgebung", 8}, {"umgebungen", 10}, {"anwendungen", 11},
	{"projekte", 8}, {"projekten", 9}, {"skills", 6}, {"experte", 7},
	{"expertise", 9}, {"architektur", 11}, {"'s", 2},
};

/* the suffixes grouped by their last two bytes: tailgrp[b1 << 8 | b2] is
 * 0 or 1 + a group; tailsuf[group] lists 1 + suffix index, in list order,
 * 0-terminated (filled by sk_matcher_init) */
#define NSUF (sizeof suffixes / sizeof suffixes[0])
static unsigned char tailgrp[65536];
static unsigned char tailsuf[NSUF][NSUF + 1];
static uint32_t suffix_last4[NSUF];   /* the last 4 bytes of each, as loaded */
/* Could fallback() find anything in a token folded to f[0..fl)?  One
 * lookup on its last two bytes (b1 << 8 | b2) gives the length it needs:
 * 3 when the last byte is a digit, '+' or 'x' (a version glued on), else
 * 3 + the shortest suffix ending in those bytes (fallback() keeps a stem
 * of 3), 255 when none does.  For suffixes of 4 bytes and more a second
 * look at the last four (suffix4, a bit per hash) sends only "...rung",
 * "...lung" to fallback(), not every "...ing". */
static unsigned char tailneed[65536];
static uint64_t suffix4[64];
SK_INLINE unsigned suffix4_bit(uint32_t last4)
{
	return (unsigned)(last4 * 0x9E3779B1u) >> 20;   /* 4096 bits */
}
SK_INLINE int may_hide_suffix(const unsigned char *f, size_t fl)
{
	/* for fl == 1 both bytes are f[0] (tailneed >= 3 > fl) */
	unsigned need = tailneed[f[fl - 2 + (fl < 2)] << 8 | f[fl - 1]];
	if (fl < need)
		return 0;
	if (need < 7)
		return 1;
	uint32_t last4;
	memcpy(&last4, f + fl - 4, 4);
	unsigned b = suffix4_bit(last4);
	return (suffix4[b / 64] >> (b % 64)) & 1;
}

static void tails_init(void)
{
	static int ready;
	if (ready)
		return;
	ready = 1;
	size_t ngrp = 0;
	for (size_t k = 0; k < NSUF; k++) {
		const unsigned char *e2 = (const unsigned char *)suffixes[k].s + suffixes[k].n - 2;
		unsigned v = (unsigned)e2[0] << 8 | e2[1];
		if (!tailgrp[v])
			tailgrp[v] = (unsigned char)++ngrp;
		unsigned char *l = tailsuf[tailgrp[v] - 1];
		while (*l)
			l++;
		*l = (unsigned char)(k + 1);
		if (suffixes[k].n >= 4) {
			memcpy(&suffix_last4[k], suffixes[k].s + suffixes[k].n - 4, 4);
			unsigned b = suffix4_bit(suffix_last4[k]);
			suffix4[b / 64] |= 1ULL << (b % 64);
		}
	}
	memset(tailneed, 255, sizeof tailneed);
	for (size_t k = 0; k < NSUF; k++) {
		const unsigned char *e2 = (const unsigned char *)suffixes[k].s + suffixes[k].n - 2;
		unsigned v = (unsigned)e2[0] << 8 | e2[1];
		if (suffixes[k].n + 3u < tailneed[v])
			tailneed[v] = (unsigned char)(suffixes[k].n + 3);
	}
	for (unsigned v = 0; v < 65536; v++) {
		unsigned last = v & 0xFF;
		if ((last >= '0' && last <= '9') || last == '+' || last == 'x')
			tailneed[v] = 3;
	}
}

/* ---- tokens ---- */

/* lower-case the ASCII letters of 8 bytes at once (bytes >= 0x80 are
 * never passed here) */
static inline uint64_t lower8(uint64_t w)
{
	const uint64_t h = 0x8080808080808080ULL, o = 0x0101010101010101ULL;
	uint64_t ge_a = (w & ~h) + o * (0x80 - 'A');   /* high bit: >= 'A' */
	uint64_t gt_z = (w & ~h) + o * (0x7F - 'Z');   /* high bit: > 'Z' */
	uint64_t up = ge_a & ~gt_z & ~w & h;
	return w | (up >> 2);
}

/* the reference tokenizer's put: jd_fold into the fold buffer, sk_hash_tok */
static void emit(sk_matcher *mt, const char *text, size_t off, size_t len,
		 uint32_t line, uint32_t clause, int linestart, int hyph)
{
	if (mt->ntok == mt->captok) {
		mt->captok = mt->captok ? mt->captok * 2 : 1024;
		mt->tok = jd_xrealloc(mt->tok, mt->captok * sizeof *mt->tok);
	}
	sk_token *k = &mt->tok[mt->ntok++];
	size_t foff = mt->fold.len;
	jd_fold(&mt->fold, text + off, len);
	k->h = sk_hash_tok(mt->fold.p + foff, mt->fold.len - foff);
	k->off = (uint32_t)off;
	k->len = (uint32_t)len;
	k->foff = (uint32_t)foff;
	k->flen = (uint32_t)(mt->fold.len - foff);
	k->line = line;
	k->clause = clause;
	k->linestart = (uint8_t)linestart;
	k->hyph = (uint8_t)hyph;
	k->cue = 0;
	k->heading = 0;
	k->match = -1;
}

/* The tokenizer of lib/jd_text.h (jd_tok_next), re-done with a byte-class
 * table so that ASCII text costs a table lookup per byte instead of a
 * function call; bytes >= 0x80 go through jd_utf8_decode/jd_is_word_cp
 * exactly as jd_tok_next does.  tests/unit/test_skills.c checks that both
 * cut every test string (and random strings) into the same tokens. */
enum { C_WORD = 1, C_LETTER = 2, C_NL = 4, C_PUNCT = 8, C_HI = 16 };
#define HI16(b) [b] = C_HI, [b + 1] = C_HI, [b + 2] = C_HI, [b + 3] = C_HI, \
	[b + 4] = C_HI, [b + 5] = C_HI, [b + 6] = C_HI, [b + 7] = C_HI, \
	[b + 8] = C_HI, [b + 9] = C_HI, [b + 10] = C_HI, [b + 11] = C_HI, \
	[b + 12] = C_HI, [b + 13] = C_HI, [b + 14] = C_HI, [b + 15] = C_HI
static const unsigned char cls[256] = {
	['\n'] = C_NL, ['.'] = C_PUNCT, ['!'] = C_PUNCT, ['?'] = C_PUNCT,
	[';'] = C_PUNCT, [':'] = C_PUNCT,
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1,
	['7'] = 1, ['8'] = 1, ['9'] = 1, ['_'] = 1,
#define L(c) [c] = 3, [c + 32] = 3
	L('A'), L('B'), L('C'), L('D'), L('E'), L('F'), L('G'), L('H'), L('I'),
	L('J'), L('K'), L('L'), L('M'), L('N'), L('O'), L('P'), L('Q'), L('R'),
	L('S'), L('T'), L('U'), L('V'), L('W'), L('X'), L('Y'), L('Z'),
#undef L
	HI16(0x80), HI16(0x90), HI16(0xA0), HI16(0xB0), HI16(0xC0), HI16(0xD0),
	HI16(0xE0), HI16(0xF0),
};
#undef HI16

/* class of the code point at i (C_WORD|C_LETTER bits), *adv its size */
/* jd_is_word_cp of the 2-byte UTF-8 sequences (U+0080..U+07FF: Latin-1,
 * Latin Extended, Greek, Cyrillic), one bit each, filled on first use */
static uint64_t word2[32];
static int word2_ready;

static void word2_init(void)
{
	for (int32_t cp = 0x80; cp < 0x800; cp++)
		if (jd_is_word_cp(cp))
			word2[(cp >> 6) - 2] |= 1ULL << (cp & 63);
	word2_ready = 1;
}

static inline unsigned cls_at(const char *t, size_t len, size_t i, size_t *adv)
{
	if (i >= len) {
		*adv = 0;
		return 0;
	}
	unsigned char c = (unsigned char)t[i];
	if (c < 0x80) {
		*adv = 1;
		return cls[c];
	}
	if (c >= 0xC2 && c <= 0xDF && i + 1 < len && ((unsigned char)t[i + 1] & 0xC0) == 0x80) {
		if (!word2_ready)
			word2_init();
		*adv = 2;
		unsigned lo6 = (unsigned char)t[i + 1] & 63;
		return (word2[(c & 31) - 2] >> lo6) & 1 ? (C_WORD | C_LETTER) : 0;
	}
	int32_t cp = jd_utf8_decode(t + i, len - i, adv);
	return (cp >= 0 && jd_is_word_cp(cp)) ? (C_WORD | C_LETTER) : 0;
}

size_t sk_next_token(const char *t, size_t len, size_t pos, size_t *tlen, unsigned *flags)
{
	size_t i = pos, adv;
	unsigned fl = 0;
	while (i < len) {
		unsigned char c = (unsigned char)t[i];
		unsigned k = cls[c];
		if (!(k & C_HI)) {
			if (k & C_WORD)
				break;
			if (c == '.' && (cls_at(t, len, i + 1, &adv) & C_LETTER))
				break;
			if (k & C_NL)
				fl |= SK_T_NEWLINE;
			else if (k & C_PUNCT)
				fl |= SK_T_CLAUSE;
			i++;
			continue;
		}
		if (cls_at(t, len, i, &adv) & C_WORD)
			break;
		if (c == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80 &&
		    (unsigned char)t[i + 2] == 0xA2)
			fl |= SK_T_CLAUSE;   /* bullet */
		i += adv ? adv : 1;
	}
	*flags = fl;
	if (i >= len)
		return len;
	size_t start = i;
	if (t[i] == '.')
		i++;
	for (;;) {
		for (;;) {
			unsigned k = i < len ? cls[(unsigned char)t[i]] : 0;
			if (k & C_WORD) {
				i++;
				continue;
			}
			if (!(k & C_HI))
				break;
			if (cls_at(t, len, i, &adv) & C_WORD) {
				i += adv;
				fl |= SK_T_NONASCII;
			} else {
				break;
			}
		}
		if (i >= len)
			break;
		char c = t[i];
		if (c == '+' || c == '#') {
			while (i < len && (t[i] == '+' || t[i] == '#'))
				i++;
			break;
		}
		if ((c == '.' || c == '-' || c == '&') && (cls_at(t, len, i + 1, &adv) & C_WORD)) {
			if (c == '-')
				fl |= SK_T_HYPH;
			i++;
			continue;
		}
		if (c == '\'' && i > start && (cls_at(t, len, i + 1, &adv) & C_LETTER)) {
			i++;
			continue;
		}
		break;
	}
	*flags = fl;
	*tlen = i - start;
	return start;
}

/* The straightforward tokenizer (sk_next_token + emit per token): the
 * reference sk_tokenize must agree with (tests/unit/test_skills.c). */
void sk_tokenize_ref(sk_matcher *mt, const char *text, size_t len)
{
	size_t pos = 0, tl, prev = 0;
	uint32_t line = 0, clause = 0;
	int first = 1;
	mt->ntok = 0;
	jd_buf_reset(&mt->fold);
	for (;;) {
		unsigned fl;
		size_t off = sk_next_token(text, len, pos, &tl, &fl);
		if (off >= len)
			break;
		pos = off + tl;
		int newline = first || (fl & SK_T_NEWLINE);
		if (fl & SK_T_NEWLINE)
			for (const char *p = text + prev; (p = memchr(p, '\n', (size_t)(text + off - p))); p++)
				line++;
		prev = pos;
		if ((fl & (SK_T_NEWLINE | SK_T_CLAUSE)) && !first)
			clause++;
		first = 0;
		/* French and Italian elision: d'apprentissage, l'équipe, dell'IA */
		for (size_t j = 1; j <= 4 && j + 2 < tl; j++)
			if (text[off + j] == '\'') {
				off += j + 1;
				tl -= j + 1;
				break;
			}
		if (!(fl & SK_T_HYPH)) {
			emit(mt, text, off, tl, line, clause, newline, 0);
			continue;
		}
		/* split hyphenated tokens (Python-Kenntnisse, go-to-market) */
		const char *s = text + off;
		size_t start = 0, part = 0;
		for (size_t i = 0; i <= tl; i++) {
			if (i == tl || s[i] == '-') {
				if (i > start)
					emit(mt, text, off + start, i - start, line, clause,
					     newline && part == 0, part > 0);
				part++;
				start = i + 1;
			}
		}
	}
}

/* Hash one ASCII token already lower-cased in the fold buffer: the same
 * words sk_hash_tok reads.  At least 8 bytes after p + n are readable (the
 * fold buffer's padding); the bytes past the token are masked off. */
SK_INLINE uint64_t hash_lowered(const char *s, size_t n)
{
	/* keep[n]: the first n bytes of a word in memory order */
	static const uint64_t keep_le[9] = {
		0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFFULL, 0xFFFFFFFFFFFFULL,
		0xFFFFFFFFFFFFFFULL, ~0ULL,
	};
	static const uint64_t keep_be[9] = {
		0, 0xFFULL << 56, 0xFFFFULL << 48, 0xFFFFFFULL << 40, 0xFFFFFFFFULL << 32,
		0xFFFFFFFFFFULL << 24, 0xFFFFFFFFFFFFULL << 16, 0xFFFFFFFFFFFFFFULL << 8, ~0ULL,
	};
	const uint16_t one = 1;
	uint64_t h = SK_HASH_SEED;
	while (n > 8) {
		uint64_t w;
		memcpy(&w, s, 8);
		h = (h ^ w) * SK_HASH_MUL;
		h ^= h >> 29;
		s += 8;
		n -= 8;
	}
	uint64_t w;
	memcpy(&w, s, 8);
	w &= *(const unsigned char *)&one ? keep_le[n] : keep_be[n];
	return sk_hash_end((h ^ w) * SK_HASH_MUL);
}

/* The fold buffer of sk_tokenize: the whole text with ASCII letters
 * lower-cased (the fold of every ASCII token, in place: foff == off),
 * SK_PAD zero bytes (the word scanners read up to 16 bytes past any
 * position <= len and stop at the first zero), then the folds of the
 * non-ASCII tokens appended. */
#define SK_PAD 16
static void lower_text(jd_buf *b, const char *text, size_t len)
{
	jd_buf_reset(b);
	jd_buf_grow(b, len + SK_PAD + 8);
	char *d = b->p;
	size_t i = 0;
#ifdef __SSE2__
	const __m128i bias = _mm_set1_epi8((char)(0x80 - 'A'));
	const __m128i lim = _mm_set1_epi8((char)(-0x80 + 26));
	const __m128i bit = _mm_set1_epi8(0x20);
	for (; i + 16 <= len; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(text + i));
		__m128i up = _mm_cmplt_epi8(_mm_add_epi8(v, bias), lim);   /* A-Z */
		_mm_storeu_si128((__m128i *)(void *)(d + i), _mm_or_si128(v, _mm_and_si128(up, bit)));
	}
#endif
	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, text + i, 8);
		w = lower8(w);
		memcpy(d + i, &w, 8);
	}
	for (; i < len; i++) {
		unsigned char c = (unsigned char)text[i];
		d[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	memset(d + len, 0, SK_PAD);
	b->len = len + SK_PAD;
	d[b->len] = '\0';
}

/* high bit set in each byte of the 8 at s that is not [0-9A-Za-z_]
 * (bytes >= 0x80 included) */
SK_INLINE uint64_t nonword8(const char *s)
{
	const uint64_t h = 0x8080808080808080ULL, o = 0x0101010101010101ULL;
	uint64_t w;
	memcpy(&w, s, 8);
	uint64_t x = w & ~h;                  /* low 7 bits of each byte */
	uint64_t l = x | o * 0x20;            /* A-Z -> a-z (and others moved) */
	uint64_t alpha = (l + o * (0x80 - 'a')) & ~(l + o * (0x7F - 'z'));
	uint64_t digit = (x + o * (0x80 - '0')) & ~(x + o * (0x7F - '9'));
	uint64_t us = ~((x ^ o * '_') + o * 0x7F);   /* high bit: byte == '_' */
	uint64_t word = (alpha | digit | us) & ~w & h;
	return ~word & h;
}

/* index of the first byte (in memory order) with its high bit set in m != 0 */
SK_INLINE unsigned first_byte(uint64_t m)
{
	const uint16_t one = 1;
	if (*(const unsigned char *)&one)
		return (unsigned)__builtin_ctzll(m) / 8;
	return (unsigned)__builtin_clzll(m) / 8;
}

/* The end of the run of [0-9a-z_] starting at lo + i in a lowered,
 * zero-padded buffer (8 bytes at a time; the padding ends every run). */
size_t sk_word_end_swar(const char *lo, size_t i)
{
	for (;;) {
		uint64_t nw = nonword8(lo + i);
		if (nw)
			return i + first_byte(nw);
		i += 8;
	}
}

/* the same, 16 bytes at a time (SSE2 is part of every x86-64) */
#ifdef __SSE2__
/* the constants of word_end_sse2, loaded once per loop by its callers */
typedef struct word_k {
	__m128i ba, la, bd, ld, us;
} word_k;
SK_INLINE word_k word_k_init(void)
{
	return (word_k){
		_mm_set1_epi8((char)(0x80 - 'a')), _mm_set1_epi8((char)(-0x80 + 26)),
		_mm_set1_epi8((char)(0x80 - '0')), _mm_set1_epi8((char)(-0x80 + 10)),
		_mm_set1_epi8('_'),
	};
}
SK_INLINE size_t word_end_k(const char *lo, size_t i, word_k k)
{
	for (;;) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(lo + i));
		__m128i w = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(_mm_add_epi8(v, k.ba), k.la),
						      _mm_cmplt_epi8(_mm_add_epi8(v, k.bd), k.ld)),
					 _mm_cmpeq_epi8(v, k.us));
		unsigned nw = ~(unsigned)_mm_movemask_epi8(w) & 0xFFFFu;
		if (nw)
			return i + (unsigned)__builtin_ctz(nw);
		i += 16;
	}
}
#else
typedef int word_k;
SK_INLINE word_k word_k_init(void)
{
	return 0;
}
SK_INLINE size_t word_end_k(const char *lo, size_t i, word_k k)
{
	(void)k;
	return sk_word_end_swar(lo, i);
}
#endif

SK_INLINE size_t word_end(const char *lo, size_t i)
{
	return word_end_k(lo, i, word_k_init());
}

size_t sk_word_end(const char *lo, size_t i)
{
	return word_end(lo, i);
}

/* What a byte means to sk_tokenize.  In a gap: G_SKIP (space, comma,
 * brackets, '-', '+' ...: nothing to note), G_WORD (a token starts), G_NL,
 * G_PUNCT (. ! ? ; : end a clause; '.' may start ".NET"), G_HI (>= 0x80:
 * decode).  After a run of word bytes: E_END (the token ends), E_JOIN
 * (. - & join when a word character follows), E_APOS, E_PLUS (+ #),
 * E_HI. */
enum { G_SKIP, G_WORD, G_NL, G_PUNCT, G_HI, G_ZERO };
enum { E_END, E_JOIN, E_APOS, E_PLUS, E_HI };
#define R16(x, b) [b] = x, [b + 1] = x, [b + 2] = x, [b + 3] = x, [b + 4] = x, \
	[b + 5] = x, [b + 6] = x, [b + 7] = x, [b + 8] = x, [b + 9] = x, \
	[b + 10] = x, [b + 11] = x, [b + 12] = x, [b + 13] = x, [b + 14] = x, [b + 15] = x
#define R10(x, b) [b] = x, [b + 1] = x, [b + 2] = x, [b + 3] = x, [b + 4] = x, \
	[b + 5] = x, [b + 6] = x, [b + 7] = x, [b + 8] = x, [b + 9] = x
static const unsigned char gap_cls[256] = {
	[0] = G_ZERO, ['\n'] = G_NL, ['.'] = G_PUNCT, ['!'] = G_PUNCT, ['?'] = G_PUNCT,
	[';'] = G_PUNCT, [':'] = G_PUNCT, ['_'] = G_WORD,
	R10(G_WORD, '0'), R16(G_WORD, 'a'), R10(G_WORD, 'a' + 16),
	R16(G_WORD, 'A'), R10(G_WORD, 'A' + 16),
	R16(G_HI, 0x80), R16(G_HI, 0x90), R16(G_HI, 0xA0), R16(G_HI, 0xB0),
	R16(G_HI, 0xC0), R16(G_HI, 0xD0), R16(G_HI, 0xE0), R16(G_HI, 0xF0),
};
static const unsigned char end_cls[256] = {
	['.'] = E_JOIN, ['-'] = E_JOIN, ['&'] = E_JOIN, ['\''] = E_APOS,
	['+'] = E_PLUS, ['#'] = E_PLUS,
	R16(E_HI, 0x80), R16(E_HI, 0x90), R16(E_HI, 0xA0), R16(E_HI, 0xB0),
	R16(E_HI, 0xC0), R16(E_HI, 0xD0), R16(E_HI, 0xE0), R16(E_HI, 0xF0),
};

/* jd_fold of one token, with the 2-byte UTF-8 sequences (Latin-1 and
 * the other European letters) taken from a table jd_fold itself filled:
 * jd_fold works code point by code point, so this is the same fold. */
static unsigned char fold2_len[32 * 64];
static char fold2_out[32 * 64][4];

static void fold2_init(void)
{
	static int ready;
	if (ready)
		return;
	ready = 1;
	jd_buf b = JD_BUF_INIT;
	for (unsigned c0 = 0xC2; c0 <= 0xDF; c0++)
		for (unsigned c1 = 0x80; c1 <= 0xBF; c1++) {
			char in[2] = {(char)c0, (char)c1};
			jd_buf_reset(&b);
			jd_fold(&b, in, 2);
			size_t k = (c0 - 0xC0) * 64 + (c1 - 0x80);
			if (b.len <= 4) {   /* else: left 0, jd_fold is called */
				fold2_len[k] = (unsigned char)b.len;
				memcpy(fold2_out[k], b.p, b.len);
			}
		}
	jd_buf_free(&b);
}

static void fold_token(jd_buf *out, const char *s, size_t n)
{
	/* ASCII bytes and table folds write at most 2 bytes per byte read:
	 * room for that and 8 more (hash_lowered reads 8 bytes past a fold) */
	jd_buf_grow(out, 2 * n + 8);
	char *d = out->p + out->len;
	size_t i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			*d++ = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF && i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
			size_t k = (c - 0xC0) * 64 + ((unsigned char)s[i + 1] - 0x80);
			size_t fl = fold2_len[k];
			if (fl) {
				memcpy(d, fold2_out[k], fl);   /* fl <= 4 */
				d += fl;
				i += 2;
				continue;
			}
		}
		/* anything else one code point at a time through jd_fold, which
		 * may write more: make the room again */
		size_t adv;
		jd_utf8_decode(s + i, n - i, &adv);
		out->len = (size_t)(d - out->p);
		jd_fold(out, s + i, adv);
		i += adv;
		jd_buf_grow(out, 2 * (n - i) + 8);
		d = out->p + out->len;
	}
	out->len = (size_t)(d - out->p);
	out->p[out->len] = '\0';
}

/* room for one more token (and its candidate slot) */
static void grow_tok(sk_matcher *mt)
{
	mt->captok = mt->captok ? mt->captok * 2 : 1024;
	mt->tok = jd_xrealloc(mt->tok, mt->captok * sizeof *mt->tok);
	mt->cand = jd_xrealloc(mt->cand, mt->captok * sizeof *mt->cand);
}

/* Pass 1 of sk_tokenize writes every field of a token but its hash. */

/* one token whose fold is not its lowered bytes: appended to the fold
 * buffer (which may move) */
static void put_tok_nonascii(sk_matcher *mt, const char *text, size_t off, size_t n,
			     uint32_t line, uint32_t clause, int linestart, int hyph)
{
	if (mt->ntok == mt->captok)
		grow_tok(mt);
	size_t at = mt->fold.len;
	fold_token(&mt->fold, text + off, n);
	mt->tok[mt->ntok++] = (sk_token){
		.off = (uint32_t)off, .len = (uint32_t)n, .foff = (uint32_t)at,
		.flen = (uint32_t)(mt->fold.len - at), .clause = clause, .line = line,
		.linestart = (uint8_t)linestart, .hyph = (uint8_t)hyph, .match = -1,
	};
}

SK_INLINE void put_tok(sk_matcher *mt, const char *text, size_t off, size_t n,
		       uint32_t line, uint32_t clause, int linestart, int hyph, int nonascii)
{
	if (nonascii) {
		put_tok_nonascii(mt, text, off, n, line, clause, linestart, hyph);
		return;
	}
	if (mt->ntok == mt->captok)
		grow_tok(mt);
	mt->tok[mt->ntok++] = (sk_token){
		.off = (uint32_t)off, .len = (uint32_t)n, .foff = (uint32_t)off, .flen = (uint32_t)n,
		.clause = clause, .line = line,
		.linestart = (uint8_t)linestart, .hyph = (uint8_t)hyph, .match = -1,
	};
}

/* the tokens of a token that needs more than one put: elision, hyphens,
 * non-ASCII letters */
static void put_tokens_slow(sk_matcher *mt, const char *text, size_t off, size_t tl,
			    unsigned fl, int apos, uint32_t line, uint32_t clause, int newline)
{
	if (apos) {
		/* French and Italian elision: d'apprentissage, l'équipe, dell'IA */
		for (size_t j = 1; j <= 4 && j + 2 < tl; j++)
			if (text[off + j] == '\'') {
				off += j + 1;
				tl -= j + 1;
				break;
			}
	}
	int nonascii = (fl & SK_T_NONASCII) != 0;
	if (!(fl & SK_T_HYPH)) {
		put_tok(mt, text, off, tl, line, clause, newline, 0, nonascii);
		return;
	}
	/* split hyphenated tokens (Python-Kenntnisse, go-to-market) */
	const char *s = text + off;
	size_t ps = 0, part = 0;
	for (size_t j = 0; j <= tl; j++) {
		if (j == tl || s[j] == '-') {
			if (j > ps)
				put_tok(mt, text, off + ps, j - ps, line, clause,
					newline && part == 0, part > 0, nonascii);
			part++;
			ps = j + 1;
		}
	}
}

/* The tokenizer's state between its fast loop and its exact step. */
typedef struct tz_state {
	const char *text;   /* the original bytes */
	const char *lo;     /* the lowered copy (mt->fold.p) */
	size_t len, i;
	uint32_t line, clause;
	unsigned fl;        /* SK_T_* gathered in the current gap, TZ_FIRST at the start */
	size_t nfold;       /* tokens tz_fast() left to tz_fold(), listed in cand[] */
} tz_state;
enum { TZ_FIRST = 0x100 };

/* tz_fast() hands a token back when the array is full: keep room for a
 * few before it runs */
enum { TZ_ROOM = 64 };

/* lowered ASCII bytes: 1 for [0-9a-z_], 2 more for a letter */
static const unsigned char low_cls[256] = {
	['_'] = 1, R10(1, '0'), R16(3, 'a'), R10(3, 'a' + 16),
};

/* is u[i] the start of a 2-byte UTF-8 sequence (U+0080..U+07FF)?  a
 * letter one?  (word2 is filled: sk_tokenize makes sure) */
SK_INLINE int is_two(const unsigned char *u, size_t i)
{
	return u[i] >= 0xC2 && u[i] <= 0xDF && (u[i + 1] & 0xC0) == 0x80;
}
SK_INLINE int is_letter2(const unsigned char *u, size_t i)
{
	return (word2[(u[i] & 31) - 2] >> (u[i + 1] & 63)) & 1;
}

/* tz_fast() leaves the fold of tokens with 2-byte letters (ä, é, ß ...)
 * to tz_fold(): their foff is FOLD_LATER until then */
#define FOLD_LATER UINT32_MAX

/* The straight path: gaps of spaces, commas, brackets, line breaks,
 * . ! ? ; : and 2-byte non-letters (NBSP, «), and tokens of ASCII word
 * bytes and 2-byte letters (hyphenated ones too) that end in such a byte,
 * 16 bytes at a time.  No calls, so the loop state stays in registers; it
 * returns at the first thing it does not handle (a leading '.', a longer
 * UTF-8 sequence or an invalid one, a NUL (lo[len] is one), a '.' & ' + #
 * joining more, a full token array), leaving z->i where tz_step() must go
 * on: inside the gap, or at the start of the token.
 * (A leaf, kept out of sk_tokenize so that its state fits in registers.) */
SK_NOINLINE static void tz_fast(tz_state *z, sk_matcher *mt)
{
	const char *lo = z->lo;
	const unsigned char *u = (const unsigned char *)lo;
	size_t i = z->i;
	uint32_t line = z->line, clause = z->clause;
	unsigned fl = z->fl;
	sk_token *tp = mt->tok + mt->ntok;
	size_t room = mt->captok - mt->ntok;
	/* the tokens left to tz_fold(), listed in cand[] (free until tz_hash) */
	uint32_t *fq = mt->cand + z->nfold;
	const word_k wk = word_k_init();
	for (;;) {
		/* the gap */
		unsigned c = u[i], k;
		while ((k = gap_cls[c]) != G_WORD) {
			if (k == G_SKIP) {
			} else if (k == G_NL) {
				fl |= SK_T_NEWLINE;
				line++;
			} else if (k == G_PUNCT && (c != '.' || !(low_cls[u[i + 1]] & 2 || u[i + 1] >= 0x80))) {
				fl |= SK_T_CLAUSE;   /* not ".NET" */
			} else if (k == G_HI && is_two(u, i)) {
				if (is_letter2(u, i))
					break;   /* Ärger, élan */
				i++;     /* NBSP, « ... */
			} else {
				goto out;   /* NUL, ".NET", other bytes >= 0x80 */
			}
			c = u[++i];
		}
		/* the token: runs of word bytes and 2-byte letters joined by '-',
		 * then a byte that joins nothing; first find where it ends */
		size_t start = i;
		size_t parts = 1;
		unsigned two = 0;   /* it holds 2-byte letters */
		for (;;) {
			i = word_end_k(lo, i, wk);   /* lo[len] is 0: ends every run */
			c = u[i];
			if (end_cls[c] == E_END)
				break;
			if (c >= 0x80) {
				if (!is_two(u, i))
					goto out_token;
				if (!is_letter2(u, i))
					break;   /* a 2-byte non-letter ends it */
				two = 1;
				i += 2;
				continue;
			}
			if (c == '+' || c == '#')
				goto out_token;
			/* what follows the joiner: a word character? a letter? */
			unsigned n1 = u[i + 1], word1, letter1;
			if (n1 >= 0x80) {
				if (!is_two(u, i + 1))
					goto out_token;
				word1 = letter1 = (unsigned)is_letter2(u, i + 1);
			} else {
				word1 = low_cls[n1] & 1;
				letter1 = low_cls[n1] & 2;
			}
			/* O'Reilly, d'apprentissage; Node.js, R&D */
			if (c == '\'' ? letter1 != 0 : word1 && c != '-')
				goto out_token;
			if (c != '-' || !word1)
				break;   /* "end." "R&" "x-": the joiner joins nothing */
			parts++;     /* Python-Kenntnisse, go-to-market */
			i++;
		}
		if (parts > room)
			goto out_token;
		room -= parts;
		clause += (fl & (SK_T_NEWLINE | SK_T_CLAUSE)) && !(fl & TZ_FIRST);
		unsigned newline = (fl & (SK_T_NEWLINE | TZ_FIRST)) != 0;
		fl = 0;
		uint32_t foff_later = two ? FOLD_LATER : 0;   /* or'ed in: FOLD_LATER is all ones */
		if (two)
			for (size_t p = 0; p < parts; p++)
				*fq++ = (uint32_t)(tp - mt->tok) + (uint32_t)p;
		if (parts == 1) {
			*tp++ = (sk_token){
				.off = (uint32_t)start, .len = (uint32_t)(i - start),
				.foff = (uint32_t)start | foff_later, .flen = (uint32_t)(i - start),
				.clause = clause, .line = line, .match = -1,
				.linestart = (uint8_t)newline,
			};
			continue;
		}
		/* one token per part (each ends at its '-' or at i) */
		for (size_t ps = start; ps < i;) {
			size_t pe = ps;
			while (pe < i && u[pe] != '-')
				pe++;
			*tp++ = (sk_token){
				.off = (uint32_t)ps, .len = (uint32_t)(pe - ps),
				.foff = (uint32_t)ps | foff_later, .flen = (uint32_t)(pe - ps),
				.clause = clause, .line = line, .match = -1,
				.linestart = (uint8_t)(newline && ps == start), .hyph = ps != start,
			};
			ps = pe + 1;
		}
		continue;
out_token:
		i = start;
		break;
	}
out:
	z->i = i;
	z->line = line;
	z->clause = clause;
	z->fl = fl;
	z->nfold = (size_t)(fq - mt->cand);
	mt->ntok = (size_t)(tp - mt->tok);
}

/* the folds tz_fast() left (cand[0..n) lists them): appended to the fold
 * buffer, in token order */
static void tz_fold(sk_matcher *mt, const char *text, size_t n)
{
	for (size_t q = 0; q < n; q++) {
		sk_token *t = &mt->tok[mt->cand[q]];
		size_t at = mt->fold.len;
		fold_token(&mt->fold, text + t->off, t->len);
		t->foff = (uint32_t)at;
		t->flen = (uint32_t)(mt->fold.len - at);
	}
}

static const uint64_t no_bloom[SK_BLOOM_WORDS];   /* no taxonomy: no candidates */

/* Pass 2 of sk_tokenize: every token's hash (from its folded bytes, each
 * followed by at least 8 readable bytes), and the candidates for scan():
 * cand[] gets the index of each token whose hash passes the Bloom filter
 * of 1-token keys (CAND_KEY) or in which fallback() may find something
 * (CAND_TAIL).  Branch-free: the filters' answers are not predictable, and
 * the slot is overwritten unless it holds a candidate. */
#define CAND_KEY (1u << 31)
#define CAND_TAIL (1u << 30)
#define CAND_INDEX (CAND_TAIL - 1)
SK_NOINLINE static void tz_hash(sk_matcher *mt, const uint64_t *bloom)
{
	const unsigned char *fold = (const unsigned char *)mt->fold.p;
	sk_token *tok = mt->tok;
	uint32_t *cand = mt->cand;
	size_t n = mt->ntok, nc = 0;
	for (size_t k = 0; k < n; k++) {
		const unsigned char *f = fold + tok[k].foff;
		size_t fl = tok[k].flen;
		uint64_t h = hash_lowered((const char *)f, fl);   /* (fl may be 0: keep[0] is 0) */
		tok[k].h = h;
		size_t b = sk_bloom_bit(h);
		uint32_t key = (uint32_t)((bloom[b / 64] >> (b % 64)) & 1);
		uint32_t tail = fl && may_hide_suffix(f, fl);
		cand[nc] = (uint32_t)k | key << 31 | tail << 30;
		nc += key | tail;
	}
	mt->ncand = nc;
}

/* One gap and its token, exactly as sk_next_token and sk_tokenize_ref cut
 * them; returns 0 at the end of the text. */
SK_NOINLINE static int tz_step(tz_state *z, sk_matcher *mt)
{
	const char *text = z->text;
	const unsigned char *u = (const unsigned char *)text;
	size_t i = z->i, len = z->len, adv;
	unsigned fl = z->fl;
	/* the gap */
	for (;;) {
		if (i >= len) {
			z->i = i;
			return 0;
		}
		unsigned c = u[i], k = gap_cls[c];
		if (k == G_SKIP || k == G_ZERO) {
			i++;
			continue;
		}
		if (k == G_WORD)
			break;
		if (k == G_NL) {
			fl |= SK_T_NEWLINE;
			z->line++;
			i++;
			continue;
		}
		if (k == G_PUNCT) {
			if (c == '.' && (cls_at(text, len, i + 1, &adv) & C_LETTER))
				break;
			fl |= SK_T_CLAUSE;
			i++;
			continue;
		}
		if (cls_at(text, len, i, &adv) & C_WORD)
			break;
		if (c == 0xE2 && i + 2 < len && u[i + 1] == 0x80 && u[i + 2] == 0xA2)
			fl |= SK_T_CLAUSE;   /* bullet */
		i += adv ? adv : 1;
	}
	/* the token */
	size_t start = i;
	int apos = 0;
	if (u[i] == '.')
		i++;
	for (;;) {
		i = word_end(z->lo, i);   /* stops at len: lo[len] is 0 */
		if (i >= len)
			break;
		unsigned c = u[i], k = end_cls[c];
		if (k == E_END)
			break;
		if (k == E_JOIN) {
			if (!(cls_at(text, len, i + 1, &adv) & C_WORD))
				break;
			if (c == '-')
				fl |= SK_T_HYPH;
			i++;
			continue;
		}
		if (k == E_HI) {
			if (!(cls_at(text, len, i, &adv) & C_WORD))
				break;
			i += adv;
			fl |= SK_T_NONASCII;
			continue;
		}
		if (k == E_PLUS) {
			while (i < len && (u[i] == '+' || u[i] == '#'))
				i++;
			break;
		}
		/* E_APOS */
		if (i == start || !(cls_at(text, len, i + 1, &adv) & C_LETTER))
			break;
		apos = 1;
		i++;
	}
	int newline = (fl & (SK_T_NEWLINE | TZ_FIRST)) != 0;
	z->clause += (fl & (SK_T_NEWLINE | SK_T_CLAUSE)) && !(fl & TZ_FIRST);
	put_tokens_slow(mt, text, start, i - start, fl & (SK_T_HYPH | SK_T_NONASCII), apos,
			z->line, z->clause, newline);
	z->lo = mt->fold.p;   /* a fold may have moved it */
	z->i = i;
	z->fl = 0;
	return 1;
}

/* sk_next_token and the token loop of sk_tokenize_ref in one pass over the
 * lowered copy: tz_fast() takes the plain stretches, tz_step() every gap
 * or token it leaves (a '.', a hyphen, an apostrophe, a non-ASCII byte). */
void sk_tokenize(sk_matcher *mt, const char *text, size_t len)
{
	if (!word2_ready)
		word2_init();
	tails_init();
	fold2_init();
	mt->ntok = 0;
	mt->ncand = 0;
	lower_text(&mt->fold, text, len);
	tz_state z = {.text = text, .lo = mt->fold.p, .len = len, .fl = TZ_FIRST};
	for (;;) {
		if (mt->ntok + TZ_ROOM > mt->captok)
			grow_tok(mt);
		tz_fast(&z, mt);
		if (mt->ntok + TZ_ROOM > mt->captok)
			grow_tok(mt);
		if (!tz_step(&z, mt))
			break;
	}
	if (z.nfold)
		tz_fold(mt, text, z.nfold);
	if (mt->ntok)
		tz_hash(mt, mt->tax ? mt->tax->bloom : no_bloom);
}

/* ---- matching ---- */

/* case check: tokens tok[i..i+n) against the alias's original tokens; the
 * last token may be longer when stem > 0 (suffix / version folding) */
/* memcmp(a, b, n) == 0 a word at a time, for two strings that both have 8
 * readable bytes after n (a key of the taxonomy, a token in the fold
 * buffer) */
SK_INLINE int same_padded(const char *a, const char *b, size_t n)
{
	for (; n > 8; a += 8, b += 8, n -= 8) {
		uint64_t x, y;
		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		if (x != y)
			return 0;
	}
	uint64_t x, y;
	memcpy(&x, a, 8);
	memcpy(&y, b, 8);
	const uint16_t one = 1;
	uint64_t keep = *(const unsigned char *)&one ? ~0ULL >> (64 - 8 * n) : ~0ULL << (64 - 8 * n);
	return n == 0 || ((x ^ y) & keep) == 0;
}

static int same_case(const sk_matcher *mt, const char *text, const sk_alias *a,
		     size_t i, size_t n, size_t stemlen)
{
	for (size_t k = 0; k < n; k++) {
		const sk_token *t = &mt->tok[i + k];
		size_t l = (stemlen && k == n - 1) ? stemlen : t->len;
		if (l != a->olen[k] || memcmp(text + t->off, a->otok[k], l) != 0)
			return 0;
	}
	return 1;
}

static int key_equal(const sk_matcher *mt, const sk_entry *e, size_t i, size_t n)
{
	const char *k = e->key;
	size_t kl = e->keylen, p = 0;
	for (size_t j = 0; j < n; j++) {
		const sk_token *t = &mt->tok[i + j];
		if (j) {
			if (p >= kl || k[p] != ' ')
				return 0;
			p++;
		}
		if (p + t->flen > kl || !same_padded(k + p, mt->fold.p + t->foff, t->flen))
			return 0;
		p += t->flen;
	}
	return p == kl;
}

/* first alias of e that passes its case rule; *rule set */
static long pick(const sk_matcher *mt, const char *text, const sk_entry *e,
		 size_t i, size_t n, size_t stemlen, int *exact)
{
	const sk_tax *t = mt->tax;
	for (uint32_t k = 0; k < e->nalias; k++) {
		const sk_alias *a = &t->alias[e->alias[k]];
		if (stemlen && (a->flags & SK_F_NOFOLD))
			continue;
		int same = same_case(mt, text, a, i, n, stemlen);
		if ((a->flags & SK_F_CASE) && !same)
			continue;
		*exact = same;
		return e->alias[k];
	}
	return -1;
}

static void add_match(sk_matcher *mt, long alias, size_t i, size_t n, int rule)
{
	if (mt->nm == mt->capm) {
		mt->capm = mt->capm ? mt->capm * 2 : 64;
		mt->m = jd_xrealloc(mt->m, mt->capm * sizeof *mt->m);
	}
	sk_match *m = &mt->m[mt->nm];
	m->alias = (uint32_t)alias;
	m->tok = (uint32_t)i;
	m->ntok = (uint32_t)n;
	m->off = mt->tok[i].off;
	m->len = mt->tok[i + n - 1].off + mt->tok[i + n - 1].len - m->off;
	m->rule = (uint8_t)rule;
	m->ok = 1;
	m->level = SK_L_REQUIRED;
	m->section = SEC_OTHER;
	m->evid = -1;
	m->evkind = SK_EV_NONE;
	for (size_t k = 0; k < n; k++)
		mt->tok[i + k].match = (int32_t)mt->nm;
	mt->nm++;
}

/* the slot of a 1-token key, through the Bloom filter */
SK_INLINE const sk_slot *look1(const sk_tax *t, uint64_t h)
{
	size_t b = sk_bloom_bit(h);
	return (t->bloom[b / 64] >> (b % 64)) & 1 ? sk_tax_look(t, h, 1) : NULL;
}

static inline const sk_entry *find1(const sk_tax *t, uint64_t h)
{
	const sk_slot *s = look1(t, h);
	return s ? &t->ent[s->ent] : NULL;
}

/* a token that matched nothing: German suffix or a version glued on */
static void fallback(sk_matcher *mt, const char *text, size_t i)
{
	const sk_token *t = &mt->tok[i];
	const char *f = mt->fold.p + t->foff;
	size_t fl = t->flen;
	size_t orig_same = t->len == t->flen;   /* ASCII-like: stem bytes map 1:1 */
	if (fl < 3)
		return;
	unsigned char last = (unsigned char)f[fl - 1];
	if ((last >= '0' && last <= '9') || last == '+' || last == 'x') {
		size_t s = fl;
		while (s > 0 && ((f[s - 1] >= '0' && f[s - 1] <= '9') || f[s - 1] == '.' ||
				 f[s - 1] == '+' || (f[s - 1] == 'x' && s >= 2 && f[s - 2] == '.')))
			s--;
		if (s < fl && s >= 2 && f[s - 1] >= 'a' && f[s - 1] <= 'z' &&
		    f[s] >= '0' && f[s] <= '9') {
			const sk_entry *e = find1(mt->tax, sk_hash_tok(f, s));
			if (e && e->nalias && e->keylen == s && memcmp(e->key, f, s) == 0 && orig_same) {
				int exact;
				long a = pick(mt, text, e, i, 1, s, &exact);
				if (a >= 0) {
					add_match(mt, a, i, 1, SK_R_VERSION);
					return;
				}
			}
		}
		if (last != 'x')
			return;
	}
	if (fl < 5)
		return;
	/* only the suffixes ending in the token's last two bytes, in list order */
	unsigned g = tailgrp[(unsigned char)f[fl - 2] << 8 | (unsigned char)f[fl - 1]];
	if (!g)
		return;
	uint32_t last4;   /* fl >= 5 */
	memcpy(&last4, f + fl - 4, 4);
	for (const unsigned char *kp = tailsuf[g - 1]; *kp; kp++) {
		size_t k = (size_t)*kp - 1;
		size_t sl = suffixes[k].n;
		/* the last 4 bytes first (the group already matched the last 2) */
		if (fl < sl + 3 || (sl >= 4 && last4 != suffix_last4[k]) ||
		    memcmp(f + fl - sl, suffixes[k].s, sl) != 0)
			continue;
		size_t s = fl - sl;
		const sk_entry *e = find1(mt->tax, sk_hash_tok(f, s));
		if (!e || !e->nalias || e->keylen != s || memcmp(e->key, f, s) != 0)
			continue;
		if (!orig_same)
			continue;
		int exact;
		long a = pick(mt, text, e, i, 1, s, &exact);
		if (a >= 0) {
			add_match(mt, a, i, 1, SK_R_SUFFIX);
			return;
		}
	}
}

/* The tokens not in cand[] are neither keys nor prefixes of keys and hide
 * no suffix: for them the loop would do nothing, so only candidates are
 * visited (those inside an accepted match are skipped, as before). */
static void scan(sk_matcher *mt, const char *text)
{
	const sk_tax *tax = mt->tax;
	size_t n = mt->ntok;
	size_t maxtok = tax->maxtok;
	mt->nm = 0;
	mt->nmark = 0;
	size_t next = 0;   /* tokens before it belong to a match */
	for (size_t q = 0; q < mt->ncand; q++) {
		uint32_t c = mt->cand[q];
		size_t i = c & CAND_INDEX;
		if (i < next)
			continue;
		next = i + 1;
		sk_token *t = &mt->tok[i];
		const sk_slot *e = c & CAND_KEY ? sk_tax_look(tax, t->h, 1) : NULL;
		if (!e) {
			if (c & CAND_TAIL)
				fallback(mt, text, i);
			continue;
		}
		size_t best = 0;
		long besta = -1;
		int bestexact = 0;
		t->cue = e->cue;
		t->heading = e->section;
		size_t headlen = e->section || e->cue ? 1 : 0;   /* the longest cue or heading here */
		if ((e->flags & SK_S_ALIAS) && key_equal(mt, &tax->ent[e->ent], i, 1)) {
			int exact;
			long a = pick(mt, text, &tax->ent[e->ent], i, 1, 0, &exact);
			if (a >= 0) {
				best = 1;
				besta = a;
				bestexact = exact;
			}
		}
		uint64_t h = t->h;
		const sk_slot *ee = e;
		for (size_t j = i + 1; (ee->flags & SK_S_PREFIX) && j < n && j - i < maxtok; j++) {
			h = sk_hash_more(h, mt->tok[j].h);
			size_t b2 = sk_bloom_bit(h);
			if (!((tax->bloom2[b2 / 64] >> (b2 % 64)) & 1))
				break;
			ee = sk_tax_look(tax, h, (unsigned)(j - i + 1));
			if (!ee)
				break;
			if (ee->cue)   /* the longest cue phrase decides: "kein Muss" is no "kein" */
				t->cue = ee->cue;
			if (ee->section)
				t->heading = ee->section;
			if (ee->section || ee->cue)
				headlen = j - i + 1;
			if ((ee->flags & SK_S_ALIAS) && key_equal(mt, &tax->ent[ee->ent], i, j - i + 1)) {
				int exact;
				long a = pick(mt, text, &tax->ent[ee->ent], i, j - i + 1, 0, &exact);
				if (a >= 0) {
					best = j - i + 1;
					besta = a;
					bestexact = exact;
				}
			}
		}
		if ((t->cue & (SK_CUE_PREF | SK_CUE_NEGPOST | SK_CUE_NEGPRE | SK_CUE_NEEDED)) ||
		    t->heading) {
			if (mt->nmark == mt->capmark) {
				mt->capmark = mt->capmark ? mt->capmark * 2 : 256;
				mt->mark = jd_xrealloc(mt->mark, mt->capmark * sizeof *mt->mark);
				mt->marklen = jd_xrealloc(mt->marklen, mt->capmark);
			}
			mt->marklen[mt->nmark] = (uint8_t)headlen;
			mt->mark[mt->nmark++] = (uint32_t)i;
		}
		if (best) {
			add_match(mt, besta, i, best, bestexact ? SK_R_EXACT : SK_R_FOLD);
			next = i + best;
		}
	}
}

/* Negative patterns: rejected when a match of the pattern covers the
 * alias occurrence.  The pattern sees the text from 48 bytes before to 48
 * bytes after the occurrence, but a match may only start within the
 * NEG_BEFORE tokens before it, and the text after the NEG_AFTER-th token
 * after it is cut off: the patterns name the words next to the alias ("R
 * & D", "Klasse C", "ready to go", "SAS Institute of Management"), and
 * PCRE2's cost grows with every start position it has to try (and a match
 * starting after the alias cannot cover it: PCRE2's offset limit stops the
 * search there).  Near either
 * end of the text (fewer tokens than that) the whole 48 bytes count. */
enum { NEG_BEFORE = 2, NEG_AFTER = 3, NEG_BYTES = 48 };

static int negative_hit(const sk_matcher *mt, jd_re *re, const char *text, size_t len,
			const sk_match *m)
{
	size_t ws = m->off > NEG_BYTES ? m->off - NEG_BYTES : 0;
	size_t we = m->off + m->len + NEG_BYTES < len ? m->off + m->len + NEG_BYTES : len;
	/* do not start or end inside a UTF-8 sequence */
	while (ws > 0 && ((unsigned char)text[ws] & 0xC0) == 0x80)
		ws--;
	while (we < len && ((unsigned char)text[we] & 0xC0) == 0x80)
		we++;
	size_t from = ws;
	if (m->tok >= NEG_BEFORE && mt->tok[m->tok - NEG_BEFORE].off > ws)
		from = mt->tok[m->tok - NEG_BEFORE].off;
	size_t last = (size_t)m->tok + m->ntok - 1 + NEG_AFTER;
	if (last < mt->ntok && mt->tok[last].off + mt->tok[last].len < we)
		we = mt->tok[last].off + mt->tok[last].len;
	size_t a0 = m->off - ws, a1 = a0 + m->len;
	size_t start = from - ws, ov[2];
	while (start <= we - ws) {
		int rc = jd_re_match_limit(re, text + ws, we - ws, start, a0, ov, 1);
		if (rc <= 0)
			return 0;
		if (ov[0] <= a0 && ov[1] >= a1)
			return 1;
		if (ov[0] > a0)
			return 0;
		start = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
		while (start < we - ws && ((unsigned char)text[ws + start] & 0xC0) == 0x80)
			start++;
	}
	return 0;
}

static void evidence(sk_matcher *mt, const char *text, size_t len)
{
	const sk_tax *tax = mt->tax;
	size_t n = mt->ntok;
	int wc = mt->window_cue, ws = mt->window_skill;
	/* negatives, and mark ambiguous matches as pending */
	for (size_t k = 0; k < mt->nm; k++) {
		sk_match *m = &mt->m[k];
		const sk_alias *a = &tax->alias[m->alias];
		if (m->evkind == SK_EV_NAV)
			continue;
		if (a->neg && negative_hit(mt, a->neg, text, len, m)) {
			m->ok = 0;
			m->evkind = SK_EV_NEGATIVE;
			continue;
		}
		if (!(a->flags & SK_F_CTX))
			continue;
		if (m->rule == SK_R_SUFFIX && !(a->flags & SK_F_STRICT)) {
			m->evkind = SK_EV_CUE;
			m->evid = (int32_t)m->tok;
			continue;
		}
		m->ok = 0;
		m->evkind = SK_EV_MISSING;
		size_t lo = m->tok >= (uint32_t)wc ? m->tok - (size_t)wc : 0;
		size_t hi = m->tok + m->ntok + (size_t)wc;
		if (hi > n)
			hi = n;
		for (size_t j = lo; j < hi && !m->ok; j++) {
			if (j >= m->tok && j < m->tok + m->ntok)
				continue;
			const sk_token *t = &mt->tok[j];
			if (t->match < 0 && (t->cue & SK_CUE_EVID) && !(a->flags & SK_F_STRICT)) {
				m->ok = 1;
				m->evkind = SK_EV_CUE;
				m->evid = (int32_t)j;
			}
			for (uint32_t c = 0; c < a->nctx && !m->ok; c++)
				if (a->ctx[c] == t->h) {
					m->ok = 1;
					m->evkind = SK_EV_CTX;
					m->evid = (int32_t)j;
				}
		}
	}
	/* skill evidence: a nearby accepted tech skill; ambiguous names
	 * accepted this way may vouch for others, so repeat until stable.
	 * The matches are in text order and do not overlap, so their ends are
	 * in order too: the first one ending after lo only moves forward with
	 * k (first), and the scan stops at the first one starting at hi or
	 * later.  Each match looks at the few matches of its window, not at
	 * all of them (a field of 200,000 "R" took minutes). */
	for (int changed = 1, round = 0; changed && round < 8; round++) {
		changed = 0;
		size_t first = 0;
		for (size_t k = 0; k < mt->nm; k++) {
			sk_match *m = &mt->m[k];
			if (m->ok || m->evkind != SK_EV_MISSING)
				continue;
			size_t lo = m->tok >= (uint32_t)ws ? m->tok - (size_t)ws : 0;
			size_t hi = m->tok + m->ntok + (size_t)ws;
			while (first < mt->nm && mt->m[first].tok + mt->m[first].ntok <= lo)
				first++;
			for (size_t q = first; q < mt->nm && mt->m[q].tok < hi; q++) {
				const sk_match *o = &mt->m[q];
				if (q == k || !o->ok)
					continue;
				const sk_alias *oa = &tax->alias[o->alias];
				if (!sk_cat_is_tech(tax->skill[oa->skill].cat))
					continue;
				if (oa->skill == tax->alias[m->alias].skill)
					continue;
				m->ok = 1;
				m->evkind = SK_EV_SKILL;
				m->evid = (int32_t)q;
				changed = 1;
				break;
			}
		}
	}
	/* an ambiguous name accepted somewhere in the ad vouches for its other
	 * mentions ("Use R for graphics" ... "Familiarity with R and SQL"):
	 * the first accepted mention of each skill (not itself accepted this
	 * way), found in one pass and indexed by skill, then one look-up per
	 * rejected match */
	size_t missing = 0;
	for (size_t k = 0; k < mt->nm; k++)
		missing += !mt->m[k].ok && mt->m[k].evkind == SK_EV_MISSING;
	if (!missing)
		return;
	if (mt->capfirstok < tax->nskill) {
		free(mt->firstok);
		mt->capfirstok = tax->nskill;
		mt->firstok = jd_xmalloc(mt->capfirstok * sizeof *mt->firstok);
		memset(mt->firstok, 0xFF, mt->capfirstok * sizeof *mt->firstok);
	}
	for (size_t q = mt->nm; q-- > 0;) {
		const sk_match *o = &mt->m[q];
		if (o->ok && o->evkind != SK_EV_SAME)
			mt->firstok[tax->alias[o->alias].skill] = (uint32_t)q;
	}
	for (size_t k = 0; k < mt->nm; k++) {
		sk_match *m = &mt->m[k];
		if (m->ok || m->evkind != SK_EV_MISSING)
			continue;
		uint32_t q = mt->firstok[tax->alias[m->alias].skill];
		if (q != UINT32_MAX) {
			m->ok = 1;
			m->evkind = SK_EV_SAME;
			m->evid = (int32_t)q;
		}
	}
	for (size_t q = 0; q < mt->nm; q++)   /* back to "none" for the next text */
		mt->firstok[tax->alias[mt->m[q].alias].skill] = UINT32_MAX;
}

/* a menu separator between two tokens: | · › » */
static int menu_gap(const char *text, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c == '|')
			return 1;
		if (i + 1 < to && ((c == 0xC2 && ((unsigned char)text[i + 1] == 0xB7 ||
						  (unsigned char)text[i + 1] == 0xBB)) ||
				   (c == 0xE2 && i + 2 < to && (unsigned char)text[i + 1] == 0x80 &&
				    (unsigned char)text[i + 2] == 0xBA)))
			return 1;
	}
	return 0;
}

/* does the line of token i hold at most 7 tokens?  (tokens of a line
 * are contiguous) */
static int short_line(const sk_matcher *mt, size_t i)
{
	uint32_t ln = mt->tok[i].line;
	size_t c = 1;
	for (size_t j = i; j > 0 && mt->tok[j - 1].line == ln; j--)
		if (++c > 7)
			return 0;
	for (size_t j = i + 1; j < mt->ntok && mt->tok[j].line == ln; j++)
		if (++c > 7)
			return 0;
	return 1;
}

/* is the text between token e and the next one (or the end) blanks and a
 * ':'?  ("Ihr Profil: ...", "Nice to have: Docker") */
static int colon_after(const sk_matcher *mt, const char *text, size_t len, size_t e)
{
	size_t p = mt->tok[e].off + mt->tok[e].len;
	size_t end = e + 1 < mt->ntok ? mt->tok[e + 1].off : len;
	for (; p < end; p++) {
		if (text[p] == ':')
			return 1;
		if (text[p] != ' ' && text[p] != '\t')
			return 0;
	}
	return 0;
}

/* Does heading phrase mark q open a section?  When it starts a line of at
 * most seven tokens ("Your tasks", "Ihr Profil"), or is followed by a ':'
 * and starts a line ("Das bringst du mit: Scala und ...") or, for phrases
 * of two tokens or more, a clause ("... in SQL. Nice to have: Docker"). */
static int opens_section(const sk_matcher *mt, const char *text, size_t len, size_t q)
{
	size_t i = mt->mark[q], hl = mt->marklen[q];
	const sk_token *h = &mt->tok[i];
	if (!h->heading || h->match >= 0)
		return 0;
	if (h->linestart && short_line(mt, i))
		return 1;
	if (!hl || !colon_after(mt, text, len, i + hl - 1))
		return 0;
	return h->linestart || (hl >= 2 && (i == 0 || mt->tok[i - 1].clause != h->clause));
}

static void levels(sk_matcher *mt, const char *text, size_t len)
{
	size_t n = mt->ntok;
	if (!n || !mt->nm)
		return;
	uint32_t ncl = mt->tok[n - 1].clause + 1;
	/* per clause: has a PREF cue; last NEGPOST token (+1); negated
	 * whole by a NEGPOST cue and ':' before it */
	size_t need = (size_t)ncl * 3;
	if (need > mt->capscratch) {
		free(mt->scratch);
		mt->capscratch = need * 2;
		mt->scratch = jd_xmalloc(mt->capscratch * sizeof *mt->scratch);
	}
	memset(mt->scratch, 0, need * sizeof *mt->scratch);
	uint32_t *pref = mt->scratch, *negpost = pref + ncl, *negall = negpost + ncl;
	/* only the tokens scan() gave cue bits can hold PREF / NEGPOST; a
	 * PREF cue followed by ':' covers the next clause too ("Wünschenswert:
	 * Azure", "Preferred: Docker") */
	for (size_t q = 0; q < mt->nmark; q++) {
		size_t i = mt->mark[q];
		const sk_token *t = &mt->tok[i];
		if (t->match >= 0)
			continue;
		if (t->cue & SK_CUE_PREF) {
			pref[t->clause] = 1;
			if (t->clause + 1 < ncl && mt->marklen[q] &&
			    colon_after(mt, text, len, i + mt->marklen[q] - 1))
				pref[t->clause + 1] = 1;
		}
		if (t->cue & SK_CUE_NEGPOST) {
			negpost[t->clause] = (uint32_t)i + 1;
			/* "Not required: Java", "Nicht erforderlich: SAP" */
			if (t->clause + 1 < ncl && mt->marklen[q] &&
			    colon_after(mt, text, len, i + mt->marklen[q] - 1))
				negall[t->clause + 1] = 1;
		}
	}
	int sec = SEC_OTHER, secpref = 0;
	size_t k = 0, q = 0;
	while (k < mt->nm) {
		size_t i = mt->m[k].tok;
		const sk_token *t = &mt->tok[i];
		/* the headings up to and at this match's first token */
		for (; q < mt->nmark && mt->mark[q] <= i; q++) {
			if (opens_section(mt, text, len, q)) {
				const sk_token *h = &mt->tok[mt->mark[q]];
				sec = h->heading & 7;
				secpref = (h->heading & SEC_PREF_REQ) != 0;
			}
		}
		while (k < mt->nm && mt->m[k].tok == i) {
			sk_match *m = &mt->m[k++];
			m->section = (uint8_t)sec;
			size_t after = i + m->ntok;
			/* "Python jobs · Java jobs": a link list (the skill starts
			 * the line or follows another "... jobs") */
			int navlink = after < n && (mt->tok[after].cue & SK_CUE_NAVAFTER) &&
				      mt->tok[after].line == t->line && mt->tok[after].match < 0 &&
				      (t->linestart || i == 0 ||
				       ((mt->tok[i - 1].cue & SK_CUE_NAVAFTER) && mt->tok[i - 1].line == t->line) ||
				       menu_gap(text, mt->tok[i - 1].off + mt->tok[i - 1].len, t->off));
			if (sec == SEC_NAV || navlink) {
				m->ok = 0;
				m->evkind = SK_EV_NAV;
				continue;
			}
			/* negated: "no Java", "keine Java-Kenntnisse" (a negation
			 * at most 2 tokens before); "Python not required", "SAP
			 * nicht erforderlich" (a negated need after, same clause);
			 * "keine Vorkenntnisse in Java erforderlich" (a negation
			 * 3 or 4 tokens before and a need at most 2 after) */
			int neg = 0, negfar = 0;
			for (size_t j = i >= 4 ? i - 4 : 0; j < i; j++)
				if (mt->tok[j].clause == t->clause && mt->tok[j].match < 0 &&
				    (mt->tok[j].cue & SK_CUE_NEGPRE)) {
					if (j + 2 >= i)
						neg = 1;
					else if (!memchr(text + mt->tok[j].off, ',', t->off - mt->tok[j].off))
						negfar = 1;   /* not "no travel, but SQL is required" */
				}
			if (negpost[t->clause] > i + m->ntok || negall[t->clause])
				neg = 1;
			for (size_t j = after; negfar && !neg && j < after + 2 && j < n; j++)
				if (mt->tok[j].clause == t->clause && mt->tok[j].match < 0 &&
				    (mt->tok[j].cue & SK_CUE_NEEDED))
					neg = 1;
			if (neg)
				m->level = SK_L_NEGATED;
			else if (secpref || pref[t->clause])
				m->level = SK_L_PREFERRED;
			else
				m->level = SK_L_REQUIRED;
		}
	}
}

void sk_match_text(sk_matcher *mt, const char *text, size_t len)
{
	sk_tokenize(mt, text, len);
	scan(mt, text);
	if (mt->nm) {
		levels(mt, text, len);   /* sections first: matches in navigation drop out */
		evidence(mt, text, len);
	}
}
