/* unit.h: the unit tests' whole framework.  Each CHECK prints one
 * "PASS name" or "FAIL name: detail" line; tests/run counts them.
 * main() ends with `return unit_failed != 0;`. */
#ifndef UNIT_H
#define UNIT_H
#include <stdio.h>
#include <string.h>

static int unit_failed;

#define CHECK(name, cond) do { \
	if (cond) printf("PASS %s\n", name); \
	else { printf("FAIL %s: %s (%s:%d)\n", name, #cond, __FILE__, __LINE__); unit_failed++; } \
} while (0)

#define CHECK_STR(name, got, want) do { \
	const char *g_ = (got), *w_ = (want); \
	if (g_ && w_ && strcmp(g_, w_) == 0) printf("PASS %s\n", name); \
	else { printf("FAIL %s: got \"%s\", want \"%s\" (%s:%d)\n", name, g_ ? g_ : "(null)", w_ ? w_ : "(null)", __FILE__, __LINE__); unit_failed++; } \
} while (0)

#define CHECK_MEM(name, got, glen, want, wlen) do { \
	if ((glen) == (wlen) && memcmp((got), (want), (glen)) == 0) printf("PASS %s\n", name); \
	else { printf("FAIL %s: got \"%.*s\" (%zu bytes), want \"%.*s\" (%zu bytes) (%s:%d)\n", name, \
		(int)(glen), (const char *)(got), (size_t)(glen), (int)(wlen), (const char *)(want), (size_t)(wlen), __FILE__, __LINE__); unit_failed++; } \
} while (0)

#endif
