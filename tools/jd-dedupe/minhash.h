/* minhash.h: MinHash signatures, LSH band keys and the choice of bands.
 *
 * A signature has DD_HASHES (128) 32-bit values.  Each shingle hash s
 * (64 bits, see shingle.h) is hashed once; permutation i is then the cheap
 * mix  v_i(s) = lo(s) * A_i + hi(s) * C_i + B_i  (mod 2^32)  with fixed odd
 * constants A_i, C_i and B_i drawn from splitmix64(0x6a64646564757065)
 * ("jddedupe"), and the signature keeps min_i over the shingles.  Integer
 * arithmetic only: the same on every machine and byte order.
 * The estimated Jaccard of two texts is the fraction of equal positions.
 *
 * LSH: the first bands*rows positions are cut into bands of `rows` values;
 * two records are candidates when some band is equal.  dd_choose_bands()
 * takes the largest `rows` (fewest false candidates) for which a pair with
 * Jaccard exactly t is a candidate with probability
 *     P(t) = 1 - (1 - t^rows)^bands >= 0.99,   bands = floor(128 / rows).
 * For the default t = 0.8 that is rows = 6, bands = 21, P = 0.9983.
 */
#ifndef JD_DEDUPE_MINHASH_H
#define JD_DEDUPE_MINHASH_H

#include <stddef.h>
#include <stdint.h>

enum { DD_HASHES = 128 };

typedef struct dd_params {
	int shingle;       /* words per shingle */
	double threshold;  /* estimated Jaccard that counts as a duplicate */
	int bands, rows;
	double p_catch;    /* P(threshold) */
} dd_params;

void dd_choose_bands(dd_params *p);
/* min-hash of n shingle hashes into sig[DD_HASHES] (all 0xffffffff when n = 0) */
void dd_signature(const uint64_t *sh, size_t n, uint32_t *sig);
/* dd_shingles() (shingle.h), faster where the CPU allows */
struct dd_u64vec;
void dd_shingle_hashes(const struct dd_u64vec *words, int k, struct dd_u64vec *sh);
/* dd_signature and dd_shingle_hashes have implementations for several
 * CPUs: 0 portable C, 1 AVX2, 2 AVX-512 (F and DQ); they give the same
 * bits.  dd_simd_paths() is how many of them this CPU runs (the best is
 * used); dd_simd_use(p) switches to path p < dd_simd_paths() and returns
 * its name (NULL for other p) -- for tests that compare them. */
int dd_simd_paths(void);
const char *dd_simd_use(int p);
/* 64-bit key of band b of sig */
uint64_t dd_band_key(const uint32_t *sig, int b, int rows);
/* Stored signatures keep the low 16 bits of each value (b-bit MinHash):
 * half the memory; two different values agree by chance with probability
 * 2^-16, which moves an estimate by less than 0.0001 on average. */
void dd_sig_short(const uint32_t *sig, uint16_t *ssig);
/* number of equal positions (0..DD_HASHES) */
int dd_sig_equal(const uint16_t *a, const uint16_t *b);
/* dd_sig_equal(a, b) >= need, stopping as soon as too many positions
 * differ (most candidate pairs fail within the first 64 positions) */
int dd_sig_reaches(const uint16_t *a, const uint16_t *b, int need);
/* base64 (RFC 4648, with padding) of a short signature as 256 big-endian
 * bytes: 344 characters + NUL */
enum { DD_SIG_B64 = 344 };
void dd_sig_encode(const uint16_t *ssig, char out[DD_SIG_B64 + 1]);
/* 0 on success, -1 on a malformed string */
int dd_sig_decode(const char *s, size_t n, uint16_t *ssig);

#endif
