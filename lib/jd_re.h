/* jd_re: PCRE2 behind one small interface.
 *
 * Every pattern is compiled with UTF + UCP (so \w, \b and case-insensitive
 * matching know "für" and "Straße") and PCRE2_MATCH_INVALID_UTF (so a
 * subject with invalid UTF-8 is matched safely instead of being refused),
 * then JIT-compiled where the platform has a JIT.  Each match runs under a
 * match limit, a depth limit and a heap limit, so a hostile subject ends
 * in JD_RE_LIMIT instead of a hang.
 *
 * Ownership: jd_re owns its code, match data and contexts; free it with
 * jd_re_free().  A jd_re is not thread-safe (one match data per pattern).
 */
#ifndef JD_RE_H
#define JD_RE_H

#include <stddef.h>
#include <stdint.h>

typedef struct jd_re jd_re;

enum {
	JD_RE_CASELESS = 1,
	JD_RE_MULTILINE = 2,
	JD_RE_EXTENDED = 4,   /* PCRE2_EXTENDED: whitespace and # comments */
	JD_RE_DOTALL = 8,
	JD_RE_OFFSET_LIMIT = 16,   /* may be matched with jd_re_match_limit */
};

enum { JD_RE_NOMATCH = 0, JD_RE_LIMIT = -1, JD_RE_ERROR = -2 };

/* Compile.  On error returns NULL and writes "offset N: message" into
 * err (errsz bytes), N being the byte offset in the pattern. */
jd_re *jd_re_compile(const char *pattern, unsigned flags, char *err, size_t errsz);
/* Like jd_re_compile but a bad pattern is a fatal program error (for the
 * tools' own built-in patterns). */
jd_re *jd_re_compile_or_die(const char *pattern, unsigned flags);

/* Match against s[0..len) starting at byte start.  On a match returns the
 * number of captured pairs (>= 1) and fills ov[0..2*nov) with byte offsets
 * (unset groups are (size_t)-1); JD_RE_NOMATCH, JD_RE_LIMIT when a limit
 * was hit, JD_RE_ERROR on any other failure. */
int jd_re_match(jd_re *re, const char *s, size_t len, size_t start,
		size_t *ov, int nov);
/* Like jd_re_match, but a match must start at or before byte limit: the
 * search gives up there instead of trying every later start.  Same
 * results as jd_re_match minus the matches that start after limit.  Needs
 * a pattern compiled with JD_RE_OFFSET_LIMIT (else JD_RE_ERROR). */
int jd_re_match_limit(jd_re *re, const char *s, size_t len, size_t start, size_t limit,
		      size_t *ov, int nov);
/* Name -> group number, or -1. */
int jd_re_group(const jd_re *re, const char *name);
int jd_re_has_jit(const jd_re *re);
/* The bytes a match of pattern (compiled with flags, as jd_re_compile
 * would) can start with: out[b] = 1, from PCRE2's own start-of-match
 * analysis (the first code unit, or the start bitmap it computes; UTF-8
 * lead bytes for non-ASCII characters); every byte when PCRE2 cannot
 * tell.  -1 when the pattern does not compile.  Lets a tool dispatch on a
 * byte to the few patterns that can match there. */
int jd_re_start_bytes(const char *pattern, unsigned flags, unsigned char out[256]);
void jd_re_free(jd_re *re);

/* Limits used for every match (exposed for tests). */
#define JD_RE_MATCH_LIMIT 1000000u
#define JD_RE_DEPTH_LIMIT 10000u
#define JD_RE_HEAP_LIMIT_KIB 65536u

#endif
