#include "jd_text.h"

#include <string.h>

int32_t jd_utf8_decode(const char *s, size_t n, size_t *adv)
{
	const unsigned char *u = (const unsigned char *)s;
	*adv = 1;
	if (n == 0)
		return -1;
	unsigned c = u[0];
	if (c < 0x80)
		return (int32_t)c;
	size_t need;
	int32_t cp, min;
	if (c >= 0xC2 && c <= 0xDF) { need = 2; cp = c & 0x1F; min = 0x80; }
	else if (c >= 0xE0 && c <= 0xEF) { need = 3; cp = c & 0x0F; min = 0x800; }
	else if (c >= 0xF0 && c <= 0xF4) { need = 4; cp = c & 0x07; min = 0x10000; }
	else return -1;
	if (n < need)
		return -1;
	for (size_t i = 1; i < need; i++) {
		if ((u[i] & 0xC0) != 0x80)
			return -1;
		cp = (cp << 6) | (u[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return -1;
	*adv = need;
	return cp;
}

void jd_utf8_encode(jd_buf *out, int32_t cp)
{
	char b[4];
	size_t n;
	if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80) { b[0] = (char)cp; n = 1; }
	else if (cp < 0x800) { b[0] = (char)(0xC0 | (cp >> 6)); b[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
	else if (cp < 0x10000) {
		b[0] = (char)(0xE0 | (cp >> 12)); b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
	} else {
		b[0] = (char)(0xF0 | (cp >> 18)); b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		b[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); b[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
	}
	jd_buf_add(out, b, n);
}

int jd_utf8_valid(const char *s, size_t n)
{
	size_t i = 0, adv;
	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			if (s[i] == '\0')
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

size_t jd_utf8_repair(jd_buf *out, const char *s, size_t n)
{
	size_t i = 0, start = 0, bad = 0, adv;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80 ? jd_utf8_decode(s + i, n - i, &adv) >= 0 : c != 0) {
			i += c >= 0x80 ? adv : 1;
			continue;
		}
		jd_buf_add(out, s + start, i - start);
		jd_buf_add(out, "\xEF\xBF\xBD", 3);
		bad++;
		i++;
		start = i;
	}
	jd_buf_add(out, s + start, n - start);
	return bad;
}

/* Windows-1252 0x80..0x9F; 0 marks the five undefined bytes (kept as
 * their C1 code point, as browsers do). */
static const uint16_t cp1252_hi[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

void jd_cp1252_to_utf8(jd_buf *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80)
			jd_buf_addc(out, (char)c);
		else if (c < 0xA0)
			jd_utf8_encode(out, cp1252_hi[c - 0x80] ? cp1252_hi[c - 0x80] : c);
		else
			jd_utf8_encode(out, c);
	}
}

int32_t jd_lower_cp(int32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
	if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7))
		return cp + 32;
	if (cp >= 0x100 && cp <= 0x17F) {
		/* Latin Extended-A pairs: even upper, odd lower, except a few
		 * ranges where the pairing is shifted by one */
		if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
			return (cp & 1) ? cp + 1 : cp;
		if (cp == 0x178)
			return 0xFF;
		if (cp == 0x130)
			return 'i';
		return (cp & 1) ? cp : cp + 1;
	}
	if (cp == 0x1E9E)
		return 0xDF;
	if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2)
		return cp + 32;
	if (cp >= 0x410 && cp <= 0x42F)
		return cp + 32;
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 80;
	return cp;
}

void jd_lower(jd_buf *out, const char *s, size_t n)
{
	size_t i = 0, adv;
	jd_buf_grow(out, n);
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			jd_buf_addc(out, (char)((c >= 'A' && c <= 'Z') ? c + 32 : c));
			i++;
			continue;
		}
		int32_t cp = jd_utf8_decode(s + i, n - i, &adv);
		if (cp < 0)
			jd_buf_add(out, s + i, 1);   /* invalid bytes pass through */
		else
			jd_utf8_encode(out, jd_lower_cp(cp));
		i += adv;
	}
}

/* Base letter of a lower-case Latin-1 / Latin Extended-A letter, or 0. */
static const char *fold_latin(int32_t cp)
{
	switch (cp) {
	case 0xE4: return "ae";
	case 0xF6: return "oe";
	case 0xFC: return "ue";
	case 0xDF: return "ss";
	case 0xE6: return "ae";
	case 0x153: return "oe";
	case 0xF8: return "o";
	case 0xE5: return "a";
	case 0xE7: return "c";
	case 0xF1: return "n";
	case 0xFF: return "y";
	case 0xFD: return "y";
	}
	if (cp >= 0xE0 && cp <= 0xE3) return "a";
	if (cp >= 0xE8 && cp <= 0xEB) return "e";
	if (cp >= 0xEC && cp <= 0xEF) return "i";
	if ((cp >= 0xF2 && cp <= 0xF5)) return "o";
	if (cp >= 0xF9 && cp <= 0xFB) return "u";
	if (cp >= 0x100 && cp <= 0x17F) {
		static const char base[] =
			"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
			"lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
		size_t k = (size_t)(cp - 0x100);
		static char one[2];
		if (k < sizeof base - 1) {
			one[0] = base[k];
			one[1] = '\0';
			return one;
		}
	}
	return NULL;
}

void jd_fold(jd_buf *out, const char *s, size_t n)
{
	size_t i = 0, adv;
	jd_buf_grow(out, n);
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			jd_buf_addc(out, (char)((c >= 'A' && c <= 'Z') ? c + 32 : c));
			i++;
			continue;
		}
		int32_t cp = jd_utf8_decode(s + i, n - i, &adv);
		if (cp < 0) {
			jd_buf_add(out, s + i, 1);
		} else {
			cp = jd_lower_cp(cp);
			const char *f = fold_latin(cp);
			if (f)
				jd_buf_adds(out, f);
			else
				jd_utf8_encode(out, cp);
		}
		i += adv;
	}
}

int jd_is_space_cp(int32_t cp)
{
	switch (cp) {
	case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
	case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
	case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
		return 1;
	}
	return cp >= 0x2000 && cp <= 0x200B;
}

int jd_is_invisible_cp(int32_t cp)
{
	return cp == 0xAD || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF;
}

int jd_is_word_cp(int32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		       (cp >= '0' && cp <= '9') || cp == '_';
	if (cp < 0xC0)
		return cp == 0xAA || cp == 0xB5 || cp == 0xBA || (cp >= 0xB2 && cp <= 0xB3) || cp == 0xB9;
	if (cp == 0xD7 || cp == 0xF7)
		return 0;
	if (jd_is_space_cp(cp))
		return 0;
	if (cp >= 0x2000 && cp <= 0x2BFF)   /* punctuation, symbols, arrows, currency */
		return 0;
	if (cp >= 0x3000 && cp <= 0x303F)
		return 0;
	if (cp >= 0xFE30 && cp <= 0xFE4F)
		return 0;
	if (cp == 0xFFFD)
		return 0;
	return 1;
}

void jd_ws_normalize(jd_buf *out, const char *s, size_t n, unsigned flags)
{
	int keep_lines = flags & JD_WS_KEEP_LINES;
	size_t i = 0, adv;
	int pending_space = 0;   /* a space is due before the next word */
	int pending_nl = 0;      /* line breaks due before the next word */
	int at_start = 1;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		int32_t cp;
		if (c < 0x80) {
			cp = c;
			adv = 1;
		} else {
			cp = jd_utf8_decode(s + i, n - i, &adv);
			if (jd_is_invisible_cp(cp)) {
				i += adv;
				continue;
			}
		}
		if (cp >= 0 && jd_is_space_cp(cp)) {
			if (keep_lines && (cp == '\n' || cp == 0x2028 || cp == 0x2029 ||
					   (cp == '\r' && !(i + 1 < n && s[i + 1] == '\n')))) {
				pending_nl++;
				pending_space = 0;
			} else if (!pending_nl) {
				pending_space = 1;
			}
			i += adv;
			continue;
		}
		if (!at_start) {
			if (pending_nl)
				jd_buf_add(out, "\n\n", pending_nl > 1 ? 2 : 1);
			else if (pending_space)
				jd_buf_addc(out, ' ');
		}
		pending_nl = pending_space = 0;
		at_start = 0;
		jd_buf_add(out, s + i, adv);
		i += adv;
	}
}

size_t jd_word_count(const char *s, size_t n)
{
	size_t i = 0, adv, words = 0;
	int in_word = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		int32_t cp = c < 0x80 ? (adv = 1, (int32_t)c) : jd_utf8_decode(s + i, n - i, &adv);
		int w = cp >= 0 && jd_is_word_cp(cp);
		if (w && !in_word)
			words++;
		in_word = w;
		i += adv;
	}
	return words;
}

void jd_tok_init(jd_tokenizer *t, const char *text, size_t len)
{
	t->text = text;
	t->len = len;
	t->pos = 0;
}

/* word code point at byte i? sets *adv */
static int word_at(const jd_tokenizer *t, size_t i, size_t *adv)
{
	if (i >= t->len) {
		*adv = 0;
		return 0;
	}
	unsigned char c = (unsigned char)t->text[i];
	if (c < 0x80) {
		*adv = 1;
		return jd_is_word_cp(c);
	}
	int32_t cp = jd_utf8_decode(t->text + i, t->len - i, adv);
	return cp >= 0 && jd_is_word_cp(cp);
}

static int is_letter_at(const jd_tokenizer *t, size_t i)
{
	size_t adv;
	if (i >= t->len)
		return 0;
	unsigned char c = (unsigned char)t->text[i];
	if (c >= '0' && c <= '9')
		return 0;
	return word_at(t, i, &adv) && c != '_';
}

int jd_tok_next(jd_tokenizer *t, jd_tok *tok)
{
	size_t i = t->pos, adv;
	/* skip to the start of a token */
	while (i < t->len) {
		if (word_at(t, i, &adv))
			break;
		/* leading '.' before a letter after a non-word: .NET */
		if (t->text[i] == '.' && is_letter_at(t, i + 1))
			break;
		i += adv ? adv : 1;
	}
	if (i >= t->len) {
		t->pos = t->len;
		return 0;
	}
	size_t start = i;
	if (t->text[i] == '.')
		i++;
	for (;;) {
		while (word_at(t, i, &adv))
			i += adv;
		if (i >= t->len)
			break;
		char c = t->text[i];
		if (c == '+' || c == '#') {
			/* C++, C#, Angular 2+: keep a run of + or # after a word */
			while (i < t->len && (t->text[i] == '+' || t->text[i] == '#'))
				i++;
			break;
		}
		if ((c == '.' || c == '-' || c == '&') && word_at(t, i + 1, &adv)) {
			i++;
			continue;
		}
		if (c == '\'' && is_letter_at(t, i + 1) && i > start) {
			i++;
			continue;
		}
		break;
	}
	tok->s = t->text + start;
	tok->len = i - start;
	tok->off = start;
	t->pos = i;
	return 1;
}
