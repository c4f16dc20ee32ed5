#define PCRE2_CODE_UNIT_WIDTH 8
#include "jd_re.h"
#include "jd_err.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct jd_re {
	pcre2_code *code;
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *jstack;
	int jit;
};

static uint32_t pcre2_options(unsigned flags)
{
	uint32_t opt = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF;
	if (flags & JD_RE_CASELESS) opt |= PCRE2_CASELESS;
	if (flags & JD_RE_MULTILINE) opt |= PCRE2_MULTILINE;
	if (flags & JD_RE_EXTENDED) opt |= PCRE2_EXTENDED;
	if (flags & JD_RE_DOTALL) opt |= PCRE2_DOTALL;
	if (flags & JD_RE_OFFSET_LIMIT) opt |= PCRE2_USE_OFFSET_LIMIT;
	return opt;
}

jd_re *jd_re_compile(const char *pattern, unsigned flags, char *err, size_t errsz)
{
	uint32_t opt = pcre2_options(flags);
	int ec;
	PCRE2_SIZE eoff;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
					 opt, &ec, &eoff, NULL);
	if (!code) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(ec, msg, sizeof msg);
		if (err && errsz)
			snprintf(err, errsz, "offset %zu: %s", (size_t)eoff, (char *)msg);
		return NULL;
	}
	jd_re *re = jd_xcalloc(1, sizeof *re);
	re->code = code;
	re->jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
	re->md = pcre2_match_data_create_from_pattern(code, NULL);
	re->mctx = pcre2_match_context_create(NULL);
	if (!re->md || !re->mctx)
		jd_die(JD_EXIT_DATA, "out of memory compiling a pattern");
	pcre2_set_match_limit(re->mctx, JD_RE_MATCH_LIMIT);
	pcre2_set_depth_limit(re->mctx, JD_RE_DEPTH_LIMIT);
	pcre2_set_heap_limit(re->mctx, JD_RE_HEAP_LIMIT_KIB);
	if (re->jit) {
		re->jstack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
		if (re->jstack)
			pcre2_jit_stack_assign(re->mctx, NULL, re->jstack);
	}
	return re;
}

jd_re *jd_re_compile_or_die(const char *pattern, unsigned flags)
{
	char err[300];
	jd_re *re = jd_re_compile(pattern, flags, err, sizeof err);
	if (!re)
		jd_die(JD_EXIT_DATA, "internal pattern error at %s", err);
	return re;
}

int jd_re_match(jd_re *re, const char *s, size_t len, size_t start,
		size_t *ov, int nov)
{
	if (start > len)
		return JD_RE_NOMATCH;
	int rc = pcre2_match(re->code, (PCRE2_SPTR)s, len, start, 0, re->md, re->mctx);
	if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL)
		return JD_RE_NOMATCH;
	if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
	    rc == PCRE2_ERROR_HEAPLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
		return JD_RE_LIMIT;
	if (rc < 0)
		return JD_RE_ERROR;
	uint32_t pairs = pcre2_get_ovector_count(re->md);
	PCRE2_SIZE *v = pcre2_get_ovector_pointer(re->md);
	if (rc == 0)   /* ovector too small: every pair was filled */
		rc = (int)pairs;
	for (int i = 0; i < nov; i++) {
		if ((uint32_t)i < pairs && i < rc) {
			ov[2 * i] = v[2 * i] == PCRE2_UNSET ? (size_t)-1 : v[2 * i];
			ov[2 * i + 1] = v[2 * i + 1] == PCRE2_UNSET ? (size_t)-1 : v[2 * i + 1];
		} else {
			ov[2 * i] = ov[2 * i + 1] = (size_t)-1;
		}
	}
	return rc;
}

int jd_re_match_limit(jd_re *re, const char *s, size_t len, size_t start, size_t limit,
		      size_t *ov, int nov)
{
	if (pcre2_set_offset_limit(re->mctx, limit) != 0)
		return JD_RE_ERROR;
	int rc = jd_re_match(re, s, len, start, ov, nov);
	pcre2_set_offset_limit(re->mctx, PCRE2_UNSET);
	return rc;
}

int jd_re_group(const jd_re *re, const char *name)
{
	int n = pcre2_substring_number_from_name(re->code, (PCRE2_SPTR)name);
	return n < 0 ? -1 : n;
}

int jd_re_has_jit(const jd_re *re)
{
	return re->jit;
}

void jd_re_free(jd_re *re)
{
	if (!re)
		return;
	pcre2_match_data_free(re->md);
	pcre2_match_context_free(re->mctx);
	if (re->jstack)
		pcre2_jit_stack_free(re->jstack);
	pcre2_code_free(re->code);
	free(re);
}

int jd_re_start_bytes(const char *pattern, unsigned flags, unsigned char out[256])
{
	int ec;
	PCRE2_SIZE eoff;
	/* no JIT: only the compiler's start-of-match analysis is wanted */
	pcre2_code *c = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
				      pcre2_options(flags), &ec, &eoff, NULL);
	if (!c)
		return -1;
	uint32_t type = 0, unit = 0;
	const uint8_t *bits = NULL;
	pcre2_pattern_info(c, PCRE2_INFO_FIRSTCODETYPE, &type);
	pcre2_pattern_info(c, PCRE2_INFO_FIRSTCODEUNIT, &unit);
	pcre2_pattern_info(c, PCRE2_INFO_FIRSTBITMAP, &bits);
	memset(out, 0, 256);
	if (type == 1 && unit < 256) {
		/* one first code unit; when caseless, an ASCII letter's partner
		 * too (PCRE2 gives a bitmap, not one unit, for letters with
		 * non-ASCII case partners such as "k" and U+212A) */
		out[unit] = 1;
		int letter = (unit | 0x20) >= 'a' && (unit | 0x20) <= 'z';
		if ((flags & JD_RE_CASELESS) && letter)
			out[unit ^ 0x20] = 1;
	} else if (bits) {
		for (int b = 0; b < 256; b++)
			out[b] = (bits[b / 8] >> (b % 8)) & 1;
	} else {
		memset(out, 1, 256);
	}
	pcre2_code_free(c);
	return 0;
}
