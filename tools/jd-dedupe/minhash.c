#include "minhash.h"

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

/* The hot loop: 128 multiply-add-min lanes per shingle.  Built for AVX2
 * and AVX-512 too where the compiler supports function multi-versioning
 * (the results are the same integers on every path). */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__SANITIZE_ADDRESS__) && \
	!defined(JD_NO_CLONES) && (defined(__clang__) ? __clang_major__ >= 14 : __GNUC__ >= 8)
__attribute__((target_clones("avx512f", "avx2", "default")))
#endif
static void signature_impl(const uint64_t *sh, size_t n, uint32_t *sig)
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

void dd_signature(const uint64_t *sh, size_t n, uint32_t *sig)
{
	if (!coef_ready)
		init_coef();
	signature_impl(sh, n, sig);
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
