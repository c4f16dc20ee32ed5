#include "jd_hash.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

uint64_t jd_hash64(const void *p, size_t n, uint64_t seed)
{
	return XXH3_64bits_withSeed(p, n, seed);
}

void jd_hex64(uint64_t h, char out[17])
{
	static const char hex[] = "0123456789abcdef";
	for (int i = 15; i >= 0; i--) {
		out[i] = hex[h & 15];
		h >>= 4;
	}
	out[16] = '\0';
}
