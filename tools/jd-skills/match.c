/* match.c: one pass over an ad's tokens against the taxonomy's n-gram
 * table, then evidence for ambiguous names, negative patterns, levels and
 * sections.  Nothing here loops over the taxonomy. */
#include "skills.h"

#include <stdlib.h>
#include <string.h>

#include "jd_text.h"

#if defined(__GNUC__) || defined(__clang__)
#define SK_INLINE static inline __attribute__((always_inline))
#else
#define SK_INLINE static inline
#endif

static void tails_init(void);

void sk_matcher_init(sk_matcher *mt, const sk_tax *t)
{
	memset(mt, 0, sizeof *mt);
	mt->tax = t;
	mt->window_cue = 4;
	mt->window_skill = 8;
	tails_init();
}

void sk_matcher_free(sk_matcher *mt)
{
	free(mt->tok);
	free(mt->m);
	free(mt->scratch);
	free(mt->mark);
	jd_buf_free(&mt->fold);
	memset(mt, 0, sizeof *mt);
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

static void emit(sk_matcher *mt, const char *text, size_t textlen, size_t off, size_t len,
		 uint32_t line, uint32_t clause, int linestart, int hyph, unsigned nonascii)
{
	if (mt->ntok == mt->captok) {
		mt->captok = mt->captok ? mt->captok * 2 : 1024;
		mt->tok = jd_xrealloc(mt->tok, mt->captok * sizeof *mt->tok);
	}
	sk_token *k = &mt->tok[mt->ntok++];
	const char *s = text + off;
	size_t foff = mt->fold.len;
	if (mt->fold.cap < foff + len + 9)
		jd_buf_grow(&mt->fold, len + 9);
	if (!nonascii) {
		/* fold and hash 8 bytes at a time: the same words sk_hash_tok
		 * would read from the folded copy */
		char *d = mt->fold.p + foff;
		uint64_t h = 0x6a64736b696c6c73ULL ^ ((uint64_t)len * 0x9E3779B97F4A7C15ULL);
		size_t n = len;
		while (n >= 8) {
			uint64_t w;
			memcpy(&w, s, 8);
			w = lower8(w);
			memcpy(d, &w, 8);
			h = (h ^ w) * 0xff51afd7ed558ccdULL;
			h ^= h >> 32;
			s += 8;
			d += 8;
			n -= 8;
		}
		if (n) {
			uint64_t w = 0;
			if (s + 8 <= text + textlen) {
				/* one load and a mask instead of a byte copy (which
				 * stalls on store forwarding) */
				const uint16_t one = 1;
				memcpy(&w, s, 8);
				uint64_t keep = (1ULL << (8 * n)) - 1;
				if (*(const unsigned char *)&one)
					w &= keep;
				else
					w &= ~(~0ULL >> (8 * n));
			} else {
				memcpy(&w, s, n);
			}
			w = lower8(w);
			memcpy(d, &w, 8);   /* room for 8: the zero bytes are overwritten later */
			h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
			h ^= h >> 29;
		}
		h *= 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
		mt->fold.len = foff + len;
		mt->fold.p[mt->fold.len] = '\0';
		k->h = h ? h : 1;
	} else {
		jd_fold(&mt->fold, s, len);
		k->h = sk_hash_tok(mt->fold.p + foff, mt->fold.len - foff);
	}
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
	k->cuelen = 0;
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
			emit(mt, text, len, off, tl, line, clause, newline, 0, fl & SK_T_NONASCII);
			continue;
		}
		/* split hyphenated tokens (Python-Kenntnisse, go-to-market) */
		const char *s = text + off;
		size_t start = 0, part = 0;
		for (size_t i = 0; i <= tl; i++) {
			if (i == tl || s[i] == '-') {
				if (i > start)
					emit(mt, text, len, off + start, i - start, line, clause,
					     newline && part == 0, part > 0, fl & SK_T_NONASCII);
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
	uint64_t h = 0x6a64736b696c6c73ULL ^ ((uint64_t)n * 0x9E3779B97F4A7C15ULL);
	while (n >= 8) {
		uint64_t w;
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
		s += 8;
		n -= 8;
	}
	if (n) {
		const uint16_t one = 1;
		uint64_t w;
		memcpy(&w, s, 8);
		if (*(const unsigned char *)&one)
			w &= (1ULL << (8 * n)) - 1;
		else
			w &= ~(~0ULL >> (8 * n));
		h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
		h ^= h >> 29;
	}
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 32;
	return h ? h : 1;
}

/* The fold buffer of sk_tokenize: the whole text with ASCII letters
 * lower-cased (the fold of every ASCII token, in place: foff == off),
 * 8 zero bytes, then the folds of the non-ASCII tokens appended. */
static void lower_text(jd_buf *b, const char *text, size_t len)
{
	jd_buf_reset(b);
	jd_buf_grow(b, len + 16);
	char *d = b->p;
	size_t i = 0;
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
	memset(d + len, 0, 8);
	b->len = len + 8;
	d[b->len] = '\0';
}

SK_INLINE void put_tok(sk_matcher *mt, const char *text, size_t off, size_t n,
		       uint32_t line, uint32_t clause, int linestart, int hyph, int nonascii)
{
	if (mt->ntok == mt->captok) {
		mt->captok = mt->captok ? mt->captok * 2 : 1024;
		mt->tok = jd_xrealloc(mt->tok, mt->captok * sizeof *mt->tok);
	}
	sk_token *k = &mt->tok[mt->ntok++];
	if (!nonascii) {
		k->h = hash_lowered(mt->fold.p + off, n);
		k->foff = (uint32_t)off;
		k->flen = (uint32_t)n;
	} else {
		size_t foff = mt->fold.len;
		jd_fold(&mt->fold, text + off, n);
		k->h = sk_hash_tok(mt->fold.p + foff, mt->fold.len - foff);
		k->foff = (uint32_t)foff;
		k->flen = (uint32_t)(mt->fold.len - foff);
		/* keep 8 readable bytes after every fold */
		jd_buf_grow(&mt->fold, 8);
	}
	k->off = (uint32_t)off;
	k->len = (uint32_t)n;
	k->line = line;
	k->clause = clause;
	k->linestart = (uint8_t)linestart;
	k->hyph = (uint8_t)hyph;
	k->cue = 0;
	k->heading = 0;
	k->cuelen = 0;
	k->match = -1;
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

/* sk_next_token and the token loop of sk_tokenize_ref in one pass: ASCII
 * bytes cost a table lookup, line breaks are counted in the gaps, the
 * elision and hyphen checks run only for tokens holding ' or -. */
void sk_tokenize(sk_matcher *mt, const char *text, size_t len)
{
	const unsigned char *u = (const unsigned char *)text;
	size_t i = 0, adv;
	uint32_t line = 0, clause = 0;
	int first = 1;
	mt->ntok = 0;
	lower_text(&mt->fold, text, len);
	for (;;) {
		unsigned fl = 0;
		/* the gap */
		for (;;) {
			if (i >= len)
				return;
			unsigned c = u[i], k = cls[c];
			if (!k) {       /* space, comma, brackets ...: nothing to note */
				i++;
				continue;
			}
			if (k & C_WORD)
				break;
			if (!(k & C_HI)) {
				if (c == '.' && (cls_at(text, len, i + 1, &adv) & C_LETTER))
					break;
				if (k & C_NL) {
					fl |= SK_T_NEWLINE;
					line++;
				} else if (k & C_PUNCT) {
					fl |= SK_T_CLAUSE;
				}
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
			/* 8 bytes at a time while they are all [0-9A-Za-z_] */
			int stopped = 0;
			while (i + 8 <= len) {
				uint64_t nw = nonword8(text + i);
				if (nw) {
					i += first_byte(nw);
					stopped = 1;
					break;
				}
				i += 8;
			}
			if (!stopped)
				while (i < len && (cls[u[i]] & C_WORD))
					i++;
			if (i >= len)
				break;
			unsigned c = u[i];
			if (c >= 0x80) {
				if (cls_at(text, len, i, &adv) & C_WORD) {
					i += adv;
					fl |= SK_T_NONASCII;
					continue;
				}
				break;
			}
			if (c == '+' || c == '#') {
				while (i < len && (u[i] == '+' || u[i] == '#'))
					i++;
				break;
			}
			if ((c == '.' || c == '-' || c == '&') && (cls_at(text, len, i + 1, &adv) & C_WORD)) {
				if (c == '-')
					fl |= SK_T_HYPH;
				i++;
				continue;
			}
			if (c == '\'' && i > start && (cls_at(text, len, i + 1, &adv) & C_LETTER)) {
				apos = 1;
				i++;
				continue;
			}
			break;
		}
		size_t off = start, tl = i - start;
		int newline = first || (fl & SK_T_NEWLINE);
		if ((fl & (SK_T_NEWLINE | SK_T_CLAUSE)) && !first)
			clause++;
		first = 0;
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
			continue;
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
}

/* ---- matching ---- */

/* case check: tokens tok[i..i+n) against the alias's original tokens; the
 * last token may be longer when stem > 0 (suffix / version folding) */
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
		if (p + t->flen > kl || memcmp(k + p, mt->fold.p + t->foff, t->flen) != 0)
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

static const struct { const char *s; unsigned char n; } suffixes[] = {
	{"kenntnisse", 10}, {"kenntnissen", 11}, {"kenntnis", 8},
	{"erfahrung", 9}, {"erfahrungen", 11}, {"entwickler", 10},
	{"entwicklerin", 12}, {"entwicklung", 11}, {"programmierung", 14},
	{"programmierer", 13}, {"datenbank", 9}, {"datenbanken", 11},
	{"umgebung", 8}, {"umgebungen", 10}, {"anwendungen", 11},
	{"projekte", 8}, {"projekten", 9}, {"skills", 6}, {"experte", 7},
	{"expertise", 9}, {"architektur", 11}, {"'s", 2},
};

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

static inline const sk_entry *find1(const sk_tax *t, uint64_t h)
{
	size_t b = sk_bloom_bit(h);
	return (t->bloom[b / 64] >> (b % 64)) & 1 ? sk_tax_find(t, h, 1) : NULL;
}

/* the suffixes grouped by their last two bytes: tailgrp[b1 << 8 | b2] is
 * 0 or 1 + a group; tailsuf[group] lists 1 + suffix index, in list order,
 * 0-terminated (filled by sk_matcher_init) */
#define NSUF (sizeof suffixes / sizeof suffixes[0])
static unsigned char tailgrp[65536];
static unsigned char tailsuf[NSUF][NSUF + 1];

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
	}
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
	for (const unsigned char *kp = tailsuf[g - 1]; *kp; kp++) {
		size_t k = (size_t)*kp - 1;
		size_t sl = suffixes[k].n;
		if (fl < sl + 3 || memcmp(f + fl - sl, suffixes[k].s, sl) != 0)
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

/* could fallback() find anything for this token?  (the cheap tests first,
 * inline: most tokens stop here) */
static inline int fallback_worth(const sk_matcher *mt, const sk_token *t)
{
	size_t fl = t->flen;
	if (fl < 3)
		return 0;
	const unsigned char *f = (const unsigned char *)mt->fold.p + t->foff;
	unsigned last = f[fl - 1];
	if ((last >= '0' && last <= '9') || last == '+' || last == 'x')
		return 1;
	return fl >= 5 && tailgrp[f[fl - 2] << 8 | last];
}

static void scan(sk_matcher *mt, const char *text)
{
	const sk_tax *tax = mt->tax;
	size_t n = mt->ntok;
	size_t maxtok = tax->maxtok;
	mt->nm = 0;
	mt->nmark = 0;
	for (size_t i = 0; i < n;) {
		sk_token *t = &mt->tok[i];
		size_t bb = sk_bloom_bit(t->h);
		const sk_entry *e = (tax->bloom[bb / 64] >> (bb % 64)) & 1 ? sk_tax_find(tax, t->h, 1) : NULL;
		size_t best = 0;
		long besta = -1;
		int bestexact = 0;
		if (e) {
			t->cue |= e->cue;
			if (e->cue)
				t->cuelen = 1;
			if (e->section)
				t->heading = e->section;
			if (e->nalias && key_equal(mt, e, i, 1)) {
				int exact;
				long a = pick(mt, text, e, i, 1, 0, &exact);
				if (a >= 0) {
					best = 1;
					besta = a;
					bestexact = exact;
				}
			}
			uint64_t h = t->h;
			const sk_entry *ee = e;
			for (size_t j = i + 1; ee->prefix && j < n && j - i < maxtok; j++) {
				h = sk_hash_more(h, mt->tok[j].h);
				size_t b2 = sk_bloom_bit(h);
				if (!((tax->bloom2[b2 / 64] >> (b2 % 64)) & 1))
					break;
				ee = sk_tax_find(tax, h, (uint16_t)(j - i + 1));
				if (!ee)
					break;
				if (ee->cue) {
					t->cue |= ee->cue;
					t->cuelen = (uint8_t)(j - i + 1);
				}
				if (ee->section)
					t->heading = ee->section;
				if (ee->nalias && key_equal(mt, ee, i, j - i + 1)) {
					int exact;
					long a = pick(mt, text, ee, i, j - i + 1, 0, &exact);
					if (a >= 0) {
						best = j - i + 1;
						besta = a;
						bestexact = exact;
					}
				}
			}
		}
		if ((t->cue & (SK_CUE_PREF | SK_CUE_NEGPOST)) || t->heading) {
			if (mt->nmark == mt->capmark) {
				mt->capmark = mt->capmark ? mt->capmark * 2 : 256;
				mt->mark = jd_xrealloc(mt->mark, mt->capmark * sizeof *mt->mark);
			}
			mt->mark[mt->nmark++] = (uint32_t)i;
		}
		if (best) {
			add_match(mt, besta, i, best, bestexact ? SK_R_EXACT : SK_R_FOLD);
			i += best;
		} else {
			if (!e && fallback_worth(mt, t))
				fallback(mt, text, i);
			i++;
		}
	}
}

/* negative patterns: rejected when a match of the pattern, searched in a
 * window of 48 bytes either side, covers the alias occurrence */
static int negative_hit(jd_re *re, const char *text, size_t len, const sk_match *m)
{
	size_t ws = m->off > 48 ? m->off - 48 : 0;
	size_t we = m->off + m->len + 48 < len ? m->off + m->len + 48 : len;
	/* do not start or end inside a UTF-8 sequence */
	while (ws > 0 && ((unsigned char)text[ws] & 0xC0) == 0x80)
		ws--;
	while (we < len && ((unsigned char)text[we] & 0xC0) == 0x80)
		we++;
	size_t a0 = m->off - ws, a1 = a0 + m->len;
	size_t start = 0, ov[2];
	while (start <= we - ws) {
		int rc = jd_re_match(re, text + ws, we - ws, start, ov, 1);
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
		if (a->neg && negative_hit(a->neg, text, len, m)) {
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
	 * accepted this way may vouch for others, so repeat until stable */
	for (int changed = 1, round = 0; changed && round < 8; round++) {
		changed = 0;
		for (size_t k = 0; k < mt->nm; k++) {
			sk_match *m = &mt->m[k];
			if (m->ok || m->evkind != SK_EV_MISSING)
				continue;
			size_t lo = m->tok >= (uint32_t)ws ? m->tok - (size_t)ws : 0;
			size_t hi = m->tok + m->ntok + (size_t)ws;
			for (size_t q = 0; q < mt->nm; q++) {
				const sk_match *o = &mt->m[q];
				if (q == k || !o->ok || o->tok + o->ntok <= lo || o->tok >= hi)
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
	 * mentions ("Use R for graphics" ... "Familiarity with R and SQL") */
	for (size_t k = 0; k < mt->nm; k++) {
		sk_match *m = &mt->m[k];
		if (m->ok || m->evkind != SK_EV_MISSING)
			continue;
		uint32_t sk = tax->alias[m->alias].skill;
		for (size_t q = 0; q < mt->nm; q++) {
			const sk_match *o = &mt->m[q];
			if (q != k && o->ok && o->evkind != SK_EV_SAME && tax->alias[o->alias].skill == sk) {
				m->ok = 1;
				m->evkind = SK_EV_SAME;
				m->evid = (int32_t)q;
				break;
			}
		}
	}
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

static void levels(sk_matcher *mt, const char *text)
{
	size_t n = mt->ntok;
	if (!n || !mt->nm)
		return;
	uint32_t ncl = mt->tok[n - 1].clause + 1;
	/* per clause: has a PREF cue; last NEGPOST token (+1) */
	size_t need = (size_t)ncl * 2;
	if (need > mt->capscratch) {
		free(mt->scratch);
		mt->capscratch = need * 2;
		mt->scratch = jd_xmalloc(mt->capscratch * sizeof *mt->scratch);
	}
	memset(mt->scratch, 0, need * sizeof *mt->scratch);
	uint32_t *pref = mt->scratch, *negpost = pref + ncl;
	/* only the tokens scan() gave cue bits can hold PREF / NEGPOST */
	for (size_t q = 0; q < mt->nmark; q++) {
		size_t i = mt->mark[q];
		const sk_token *t = &mt->tok[i];
		if (t->match >= 0)
			continue;
		if (t->cue & SK_CUE_PREF)
			pref[t->clause] = 1;
		if (t->cue & SK_CUE_NEGPOST)
			negpost[t->clause] = (uint32_t)i + 1;
	}
	int sec = SEC_OTHER, secpref = 0;
	size_t k = 0, q = 0;
	while (k < mt->nm) {
		size_t i = mt->m[k].tok;
		const sk_token *t = &mt->tok[i];
		/* the headings up to and at this match's first token */
		for (; q < mt->nmark && mt->mark[q] <= i; q++) {
			const sk_token *h = &mt->tok[mt->mark[q]];
			if (h->heading && h->linestart && h->match < 0 && short_line(mt, mt->mark[q])) {
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
			int neg = 0;
			for (size_t j = i >= 2 ? i - 2 : 0; j < i; j++)
				if (mt->tok[j].clause == t->clause && mt->tok[j].match < 0 &&
				    (mt->tok[j].cue & SK_CUE_NEGPRE))
					neg = 1;
			if (negpost[t->clause] > i + m->ntok)
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
		levels(mt, text);   /* sections first: matches in navigation drop out */
		evidence(mt, text, len);
	}
}
