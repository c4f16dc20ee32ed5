/* jd_hash: stable 64-bit hashing (xxHash's XXH3, from Debian's
 * libxxhash-dev).  XXH3's output is fixed by its specification since
 * xxHash 0.8.0: the same on every run, machine and endianness, which is
 * what record ids and MinHash signatures need. */
#ifndef JD_HASH_H
#define JD_HASH_H

#include <stddef.h>
#include <stdint.h>

uint64_t jd_hash64(const void *p, size_t n, uint64_t seed);
/* 16 lower-case hex digits and a NUL into out[17]. */
void jd_hex64(uint64_t h, char out[17]);

#endif
