#include "minhash.h"
#include "shingle.h"

#include <math.h>
#include <string.h>

static uint32_t coef_a[DD_HASHES], coef_b[DD_HASHES], coef_c[DD_HASHES];
static int coef_ready;

static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static void init_coef(void)
{
	uint64_t x = 0x6a64646564757065ULL;
	for (int i = 0; i < DD_HASHES; i++) {
		uint64_t r = splitmix64(&x);
		coef_a[i] = (uint32_t)r | 1u;
		coef_c[i] = (uint32_t)(r >> 32) | 1u;
		coef_b[i] = (uint32_t)splitmix64(&x);
	}
	coef_ready = 1;
}

void dd_choose_bands(dd_params *p)
{
	double t = p->threshold;
	p->rows = 1;
	p->bands = DD_HASHES;
	p->p_catch = 1 - pow(1 - t, DD_HASHES);
	for (int r = 2; r <= DD_HASHES; r++) {
		int b = DD_HASHES / r;
		double pc = 1 - pow(1 - pow(t, r), b);
		if (pc < 0.99)
			break;
		p->rows = r;
		p->bands = b;
		p->p_catch = pc;
	}
}

/* The hot loop: 128 multiply-add-min lanes per shingle.  The portable
 * loop is the definition; where the CPU has them, AVX-512 and AVX2
 * versions keep the running minima in registers (the same integers, so
 * the same signature on every path: the unit test compares them all). */
static void sig_portable(const uint64_t *sh, size_t n, uint32_t *sig)
{
	uint32_t m[DD_HASHES];
	for (int i = 0; i < DD_HASHES; i++)
		m[i] = 0xffffffffu;
	for (size_t k = 0; k < n; k++) {
		uint32_t lo = (uint32_t)sh[k], hi = (uint32_t)(sh[k] >> 32);
		for (int i = 0; i < DD_HASHES; i++) {
			uint32_t v = lo * coef_a[i] + hi * coef_c[i] + coef_b[i];
			m[i] = v < m[i] ? v : m[i];
		}
	}
	memcpy(sig, m, sizeof m);
}

#if defined(__x86_64__) && (defined(__clang__) ? __clang_major__ >= 8 : defined(__GNUC__) && __GNUC__ >= 8)
#define DD_SIG_X86 1
#include <immintrin.h>

/* 8 vectors of 16 lanes: all 128 minima in 8 of the 32 zmm registers */
__attribute__((target("avx512f")))
static void sig_avx512(const uint64_t *sh, size_t n, uint32_t *sig)
{
#define DD_LANES(j) \
	__m512i a##j = _mm512_loadu_si512((const void *)(coef_a + 16 * j)); \
	__m512i c##j = _mm512_loadu_si512((const void *)(coef_c + 16 * j)); \
	__m512i m##j = _mm512_set1_epi32(-1)
	DD_LANES(0); DD_LANES(1); DD_LANES(2); DD_LANES(3);
	DD_LANES(4); DD_LANES(5); DD_LANES(6); DD_LANES(7);
#undef DD_LANES
	for (size_t k = 0; k < n; k++) {
		__m512i lo = _mm512_set1_epi32((int)(uint32_t)sh[k]);
		__m512i hi = _mm512_set1_epi32((int)(uint32_t)(sh[k] >> 32));
#define DD_STEP(j) \
	m##j = _mm512_min_epu32(m##j, _mm512_add_epi32(_mm512_add_epi32(_mm512_mullo_epi32(lo, a##j), \
		_mm512_mullo_epi32(hi, c##j)), _mm512_loadu_si512((const void *)(coef_b + 16 * j))))
		DD_STEP(0); DD_STEP(1); DD_STEP(2); DD_STEP(3);
		DD_STEP(4); DD_STEP(5); DD_STEP(6); DD_STEP(7);
#undef DD_STEP
	}
#define DD_STORE(j) _mm512_storeu_si512((void *)(sig + 16 * j), m##j)
	DD_STORE(0); DD_STORE(1); DD_STORE(2); DD_STORE(3);
	DD_STORE(4); DD_STORE(5); DD_STORE(6); DD_STORE(7);
#undef DD_STORE
}

/* 16 ymm registers cannot hold 128 minima and the operands: two passes
 * over the shingles, 64 lanes each */
__attribute__((target("avx2")))
static void sig_avx2(const uint64_t *sh, size_t n, uint32_t *sig)
{
	for (int half = 0; half < 2; half++) {
		const uint32_t *ca = coef_a + 64 * half, *cb = coef_b + 64 * half, *cc = coef_c + 64 * half;
#define DD_LANES(j) __m256i m##j = _mm256_set1_epi32(-1)
		DD_LANES(0); DD_LANES(1); DD_LANES(2); DD_LANES(3);
		DD_LANES(4); DD_LANES(5); DD_LANES(6); DD_LANES(7);
#undef DD_LANES
		for (size_t k = 0; k < n; k++) {
			__m256i lo = _mm256_set1_epi32((int)(uint32_t)sh[k]);
			__m256i hi = _mm256_set1_epi32((int)(uint32_t)(sh[k] >> 32));
#define DD_LOAD(p, j) _mm256_loadu_si256((const __m256i *)(const void *)((p) + 8 * j))
#define DD_STEP(j) \
	m##j = _mm256_min_epu32(m##j, _mm256_add_epi32(_mm256_add_epi32(_mm256_mullo_epi32(lo, DD_LOAD(ca, j)), \
		_mm256_mullo_epi32(hi, DD_LOAD(cc, j))), DD_LOAD(cb, j)))
			DD_STEP(0); DD_STEP(1); DD_STEP(2); DD_STEP(3);
			DD_STEP(4); DD_STEP(5); DD_STEP(6); DD_STEP(7);
#undef DD_STEP
#undef DD_LOAD
		}
		uint32_t *out = sig + 64 * half;
#define DD_STORE(j) _mm256_storeu_si256((__m256i *)(void *)(out + 8 * j), m##j)
		DD_STORE(0); DD_STORE(1); DD_STORE(2); DD_STORE(3);
		DD_STORE(4); DD_STORE(5); DD_STORE(6); DD_STORE(7);
#undef DD_STORE
	}
}
#endif

/* Shingle hashes (the definition is dd_shingles in shingle.h).  AVX-512:
 * 8 shingles at a time, 64-bit multiplies (AVX-512DQ) and rotates. */
static size_t shingles_portable(const uint64_t *w, size_t count, size_t k, uint64_t *out)
{
	(void)w, (void)count, (void)k, (void)out;
	return 0;   /* all of them are left to dd_shingles_tail */
}

#ifdef DD_SIG_X86
__attribute__((target("avx512f,avx512dq")))
static size_t shingles_avx512(const uint64_t *w, size_t count, size_t k, uint64_t *out)
{
	const __m512i start = _mm512_set1_epi64((long long)DD_SHINGLE_START),
		      golden = _mm512_set1_epi64((long long)0x9e3779b97f4a7c15ULL),
		      f1 = _mm512_set1_epi64((long long)0xff51afd7ed558ccdULL),
		      f2 = _mm512_set1_epi64((long long)0xc4ceb9fe1a85ec53ULL);
	size_t i = 0;
	for (; i + 8 <= count; i += 8) {
		__m512i h = start;
		for (size_t j = 0; j < k; j++) {
			__m512i x = _mm512_loadu_si512((const void *)(w + i + j));
			h = _mm512_rol_epi64(_mm512_mullo_epi64(_mm512_xor_si512(h, x), golden), 23);
		}
		h = _mm512_xor_si512(h, _mm512_srli_epi64(h, 33));
		h = _mm512_mullo_epi64(h, f1);
		h = _mm512_xor_si512(h, _mm512_srli_epi64(h, 33));
		h = _mm512_mullo_epi64(h, f2);
		h = _mm512_xor_si512(h, _mm512_srli_epi64(h, 33));
		_mm512_storeu_si512((void *)(out + i), h);
	}
	return i;
}
#endif

/* The implementations, in order; the first npaths run on this CPU, and
 * `path` is the one used (the last of them unless a test chose). */
typedef void sig_fn(const uint64_t *sh, size_t n, uint32_t *sig);
typedef size_t shingles_fn(const uint64_t *w, size_t count, size_t k, uint64_t *out);
static const struct impl {
	const char *name;
	sig_fn *signature;
	shingles_fn *shingles;   /* how many of the first shingles it did */
} impls[] = {
	{"portable", sig_portable, shingles_portable},
#ifdef DD_SIG_X86
	{"avx2", sig_avx2, shingles_portable},
	{"avx512", sig_avx512, shingles_avx512},
#endif
};
static int npaths, path;

static void init_paths(void)
{
	init_coef();
	npaths = 1;
#ifdef DD_SIG_X86
	__builtin_cpu_init();
	if (__builtin_cpu_supports("avx2")) {
		npaths = 2;
		if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq"))
			npaths = 3;
	}
#endif
	path = npaths - 1;
}

void dd_signature(const uint64_t *sh, size_t n, uint32_t *sig)
{
	if (!coef_ready)
		init_paths();
	impls[path].signature(sh, n, sig);
}

void dd_shingle_hashes(const dd_u64vec *words, int k, dd_u64vec *sh)
{
	if (!coef_ready)
		init_paths();
	size_t count, kk = dd_shingle_count(words->n, k, &count);
	dd_u64_reserve(sh, count);
	size_t done = impls[path].shingles(words->v, count, kk, sh->v);
	dd_shingles_tail(words->v, done, count, kk, sh->v);
	sh->n = count;
}

int dd_simd_paths(void)
{
	if (!coef_ready)
		init_paths();
	return npaths;
}

const char *dd_simd_use(int p)
{
	if (!coef_ready)
		init_paths();
	if (p < 0 || p >= npaths)
		return NULL;
	path = p;
	return impls[p].name;
}

uint64_t dd_band_key(const uint32_t *sig, int b, int rows)
{
	uint64_t h = 0x452821e638d01377ULL ^ ((uint64_t)b * 0x9e3779b97f4a7c15ULL);
	for (int j = 0; j < rows; j++) {
		h ^= sig[b * rows + j];
		h *= 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
	}
	h ^= h >> 29;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 32;
	return h;
}

void dd_sig_short(const uint32_t *sig, uint16_t *ssig)
{
	for (int i = 0; i < DD_HASHES; i++)
		ssig[i] = (uint16_t)sig[i];
}

int dd_sig_equal(const uint16_t *a, const uint16_t *b)
{
	int eq = 0;
	for (int i = 0; i < DD_HASHES; i++)
		eq += a[i] == b[i];
	return eq;
}

int dd_sig_reaches(const uint16_t *a, const uint16_t *b, int need)
{
	int allowed = DD_HASHES - need, differ = 0;
	for (int c = 0; c < DD_HASHES; c += 32) {
		for (int i = c; i < c + 32; i++)
			differ += a[i] != b[i];
		if (differ > allowed)
			return 0;
	}
	return 1;
}

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void dd_sig_encode(const uint16_t *ssig, char out[DD_SIG_B64 + 1])
{
	unsigned char by[DD_HASHES * 2 + 2];
	for (int i = 0; i < DD_HASHES; i++) {
		by[2 * i] = (unsigned char)(ssig[i] >> 8);
		by[2 * i + 1] = (unsigned char)ssig[i];
	}
	by[DD_HASHES * 2] = by[DD_HASHES * 2 + 1] = 0;
	size_t o = 0, n = DD_HASHES * 2;
	for (size_t i = 0; i < n; i += 3) {
		uint32_t v = (uint32_t)by[i] << 16 | (uint32_t)by[i + 1] << 8 | by[i + 2];
		out[o++] = b64[v >> 18];
		out[o++] = b64[(v >> 12) & 63];
		out[o++] = i + 1 < n ? b64[(v >> 6) & 63] : '=';
		out[o++] = i + 2 < n ? b64[v & 63] : '=';
	}
	out[o] = '\0';
}

static int b64val(unsigned char c)
{
	if (c >= 'A' && c <= 'Z') return c - 'A';
	if (c >= 'a' && c <= 'z') return c - 'a' + 26;
	if (c >= '0' && c <= '9') return c - '0' + 52;
	if (c == '+') return 62;
	if (c == '/') return 63;
	return -1;
}

int dd_sig_decode(const char *s, size_t n, uint16_t *ssig)
{
	unsigned char by[DD_HASHES * 2 + 2];
	size_t o = 0;
	if (n != DD_SIG_B64)
		return -1;
	for (size_t i = 0; i < n; i += 4) {
		uint32_t x = 0;
		for (int j = 0; j < 4; j++) {
			int v = b64val((unsigned char)s[i + j]);
			if (v < 0) {
				/* padding only where the byte count ends */
				if (s[i + j] != '=' || i + 4 != n || j < 2)
					return -1;
				v = 0;
			}
			x = x << 6 | (uint32_t)v;
		}
		by[o++] = (unsigned char)(x >> 16);
		by[o++] = (unsigned char)(x >> 8);
		by[o++] = (unsigned char)x;
	}
	for (int i = 0; i < DD_HASHES; i++)
		ssig[i] = (uint16_t)(by[2 * i] << 8 | by[2 * i + 1]);
	return 0;
}
