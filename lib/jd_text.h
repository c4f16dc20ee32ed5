/* jd_text: UTF-8 and text helpers shared by the tools.
 *
 * All functions take (pointer, length) and never read past it; NUL bytes
 * and invalid UTF-8 are handled, never trusted.  Functions that produce
 * text append to a caller-owned jd_buf (they do not reset it).
 */
#ifndef JD_TEXT_H
#define JD_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include "jd_buf.h"

/* Decode one code point at s[0..n).  Returns it and sets *adv to the bytes
 * used; an invalid or truncated sequence returns -1 with *adv = 1. */
int32_t jd_utf8_decode(const char *s, size_t n, size_t *adv);
/* Append code point cp as UTF-8. */
void jd_utf8_encode(jd_buf *out, int32_t cp);
/* 1 when s[0..n) is valid UTF-8 without NUL bytes. */
int jd_utf8_valid(const char *s, size_t n);
/* Append s with every invalid byte and every NUL replaced by U+FFFD;
 * returns how many bytes were replaced. */
size_t jd_utf8_repair(jd_buf *out, const char *s, size_t n);
/* Append s converted from Windows-1252 (a superset of Latin-1 for the
 * printable range) to UTF-8. */
void jd_cp1252_to_utf8(jd_buf *out, const char *s, size_t n);

/* Lower case: ASCII, Latin-1 Supplement, Latin Extended-A, Greek and
 * Cyrillic basics; capital sharp s (U+1E9E) becomes "ß". */
int32_t jd_lower_cp(int32_t cp);
void jd_lower(jd_buf *out, const char *s, size_t n);
/* Matching key: lower case, then German umlauts to two letters (ä->ae,
 * ö->oe, ü->ue, ß->ss) and other Latin diacritics dropped (é->e, ñ->n).
 * "Teamfähigkeit", "TEAMFAEHIGKEIT" and "teamfaehigkeit" share one key. */
void jd_fold(jd_buf *out, const char *s, size_t n);

/* 1 for Unicode white space, including NBSP (U+00A0), narrow NBSP
 * (U+202F), thin and other U+2000..U+200A spaces, U+3000 and line breaks. */
int jd_is_space_cp(int32_t cp);
/* 1 for a letter or digit (any code point >= 0x80 that is neither space
 * nor in the general/CJK punctuation blocks counts as a letter). */
int jd_is_word_cp(int32_t cp);

/* 1 for the invisible characters that sit inside words in scraped HTML:
 * soft hyphen (U+00AD, "Kuber&shy;netes"), zero-width space (U+200B),
 * word joiner (U+2060) and U+FEFF.  Text normalisation drops them. */
int jd_is_invisible_cp(int32_t cp);

enum { JD_WS_KEEP_LINES = 1 };
/* Drop invisible characters (jd_is_invisible_cp), collapse every run of
 * white space into one space and trim both ends.
 * With JD_WS_KEEP_LINES, line breaks survive: spaces are collapsed within
 * each line, lines are trimmed, and more than one blank line becomes one. */
void jd_ws_normalize(jd_buf *out, const char *s, size_t n, unsigned flags);

/* Count words (runs of word code points) in s. */
size_t jd_word_count(const char *s, size_t n);

/* Tokenizer for skill and salary matching.  A token is a run of word code
 * points, plus joiners that belong to names:
 *   '+' and '#' right after a word  (C++, C#, F#, Angular 2+)
 *   '.' between word characters, or leading before a letter  (Node.js, .NET, 3.11)
 *   '-' and '&' between word characters  (Python-Kenntnisse, R&D, go-to-market)
 *   '\'' between letters  (O'Reilly)
 * Everything else splits: white space, '/', ',', ';', ':', brackets,
 * quotes, '!' '?' and a sentence-final '.'. */
typedef struct jd_tok {
	const char *s;   /* points into the text */
	size_t len;
	size_t off;      /* byte offset in the text */
} jd_tok;

typedef struct jd_tokenizer {
	const char *text;
	size_t len;
	size_t pos;
} jd_tokenizer;

void jd_tok_init(jd_tokenizer *t, const char *text, size_t len);
int jd_tok_next(jd_tokenizer *t, jd_tok *tok);   /* 1 = token, 0 = end */

#endif
