/* libFuzzer harness: jd-dedupe's text path (words, exact hash, shingles,
 * signature, band keys) and its signature decoder on any bytes.  Checks
 * the invariants that the tool relies on: the fast word scan gives what
 * the byte-at-a-time definition gives; every CPU path gives the same
 * shingles and signature; a text and its upper-case copy share the exact
 * hash and the signature; a decoded signature re-encodes to the same
 * string. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "jd_buf.h"
#include "minhash.h"
#include "shingle.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static dd_u64vec w, sh;
	static jd_buf wb;
	uint32_t sig[DD_HASHES], sig2[DD_HASHES];
	const char *s = (const char *)data;
	static dd_u64vec wr, sh2;
	uint64_t e1 = dd_words(s, size, &w, &wb);
	if (e1 != dd_words_reference(s, size, &wr, &wb) || w.n != wr.n ||
	    (w.n && memcmp(w.v, wr.v, w.n * sizeof *w.v)))
		abort();
	int k = size ? 1 + data[0] % 8 : 5;
	dd_shingles(&w, k, &sh);
	dd_simd_use(0);
	dd_signature(sh.v, sh.n, sig);
	for (int p = 1; p < dd_simd_paths(); p++) {
		dd_simd_use(p);
		dd_shingle_hashes(&w, k, &sh2);
		dd_signature(sh.v, sh.n, sig2);
		if (sh2.n != sh.n || (sh.n && memcmp(sh.v, sh2.v, sh.n * sizeof *sh.v)) ||
		    memcmp(sig, sig2, sizeof sig))
			abort();
	}
	for (int b = 0; b < 21; b++)
		(void)dd_band_key(sig, b, 6);
	/* ASCII upper case does not change words */
	char *up = malloc(size + 1);
	for (size_t i = 0; i < size; i++)
		up[i] = (char)(data[i] >= 'a' && data[i] <= 'z' ? data[i] - 32 : data[i]);
	uint64_t e2 = dd_words(up, size, &w, &wb);
	dd_shingles(&w, k, &sh);
	dd_signature(sh.v, sh.n, sig2);
	if (e1 != e2 || memcmp(sig, sig2, sizeof sig))
		abort();
	free(up);
	/* the decoder never reads past its input and round-trips */
	uint16_t ss[DD_HASHES];
	char enc[DD_SIG_B64 + 1];
	if (dd_sig_decode(s, size, ss) == 0) {
		dd_sig_encode(ss, enc);
		uint16_t ss2[DD_HASHES];
		if (dd_sig_decode(enc, DD_SIG_B64, ss2) != 0 || memcmp(ss, ss2, sizeof ss))
			abort();
	}
	return 0;
}
