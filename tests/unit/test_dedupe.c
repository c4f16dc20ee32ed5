/* Unit tests of jd-dedupe's modules: words, shingles, signatures, bands,
 * base64, the containers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "unit.h"
#include "jd_hash.h"
#include "../../tools/jd-dedupe/minhash.h"
#include "../../tools/jd-dedupe/shingle.h"
#include "../../tools/jd-dedupe/table.h"

static uint64_t exact_of(const char *s, size_t *nwords)
{
	dd_u64vec w = {0};
	jd_buf b = JD_BUF_INIT;
	uint64_t h = dd_words(s, strlen(s), &w, &b);
	if (nwords)
		*nwords = w.n;
	free(w.v);
	jd_buf_free(&b);
	return h;
}

static double jac(const char *a, const char *b, int k)
{
	dd_u64vec w = {0}, x = {0}, y = {0};
	jd_buf wb = JD_BUF_INIT;
	dd_words(a, strlen(a), &w, &wb);
	dd_shingles(&w, k, &x);
	dd_sort_unique(&x);
	dd_words(b, strlen(b), &w, &wb);
	dd_shingles(&w, k, &y);
	dd_sort_unique(&y);
	double j = dd_jaccard_sorted(&x, &y);
	free(w.v), free(x.v), free(y.v);
	jd_buf_free(&wb);
	return j;
}

static void sig_of(const char *s, uint32_t *sig)
{
	dd_u64vec w = {0}, sh = {0};
	jd_buf wb = JD_BUF_INIT;
	dd_words(s, strlen(s), &w, &wb);
	dd_shingles(&w, 5, &sh);
	dd_signature(sh.v, sh.n, sig);
	free(w.v), free(sh.v);
	jd_buf_free(&wb);
}

int main(void)
{
	size_t n;
	/* words and the exact hash */
	CHECK("words: count", (exact_of("Data-Engineer (m/w/d), Berlin!", &n), n == 6));
	CHECK("exact: case, spaces and punctuation fold",
	      exact_of("Data Engineer, Berlin", NULL) == exact_of("  data-ENGINEER\n\nberlin.", NULL));
	CHECK("exact: umlauts fold", exact_of("Teamfähigkeit Größe", NULL) == exact_of("TEAMFAEHIGKEIT groesse", NULL));
	CHECK("exact: accents dropped", exact_of("Ingénieur", NULL) == exact_of("ingenieur", NULL));
	CHECK("exact: word order matters", exact_of("a b", NULL) != exact_of("b a", NULL));
	CHECK("exact: word boundaries matter", exact_of("ab c", NULL) != exact_of("a bc", NULL));
	CHECK("exact: empty texts", exact_of("", NULL) == exact_of(" ,.- ", NULL));
	CHECK("words: invalid UTF-8 separates", (exact_of("abc\xff" "def", &n), n == 2));
	CHECK("words: long ASCII word equals its folded form",
	      exact_of("Donaudampfschifffahrtsgesellschaftskapitaen", NULL) ==
	      exact_of("DONAUDAMPFSCHIFFFAHRTSGESELLSCHAFTSKAPITÄN", NULL));
	{
		dd_u64vec w = {0};
		jd_buf b = JD_BUF_INIT;
		dd_words("Hello wörld", 12, &w, &b);
		CHECK("word hash: fast path = byte path", w.n == 2 && w.v[0] == dd_word_hash_bytes("hello", 5) &&
		      w.v[1] == dd_word_hash_bytes("woerld", 6));
		free(w.v);
		jd_buf_free(&b);
	}

	/* shingles and true Jaccard */
	CHECK("jaccard: same text", jac("one two three four five six", "One, two; three four five six.", 5) == 1.0);
	CHECK("jaccard: one shingle of six words", jac("a b c d e f", "a b c d e x", 5) == 1.0 / 3);
	CHECK("jaccard: short texts are one shingle", jac("a b", "a b", 5) == 1.0);
	CHECK("jaccard: disjoint", jac("a b c d e", "f g h i j", 5) == 0.0);
	CHECK("jaccard: K = 1 is word sets", jac("a b c", "c b a", 1) == 1.0);

	/* signatures */
	uint32_t s1[DD_HASHES], s2[DD_HASHES], s3[DD_HASHES];
	uint16_t t1[DD_HASHES], t2[DD_HASHES], t3[DD_HASHES];
	const char *text = "We are looking for a data engineer to join our team in Berlin. You will build "
		"pipelines in Python and SQL, run them on Spark and keep our dashboards fresh. "
		"Excellent communication skills and three years of experience are required.";
	sig_of(text, s1);
	sig_of("WE ARE LOOKING for a data engineer to join our team in Berlin - you will build "
	       "pipelines in python and sql, run them on spark and keep our dashboards fresh; "
	       "excellent communication skills and three years of experience are required", s2);
	sig_of("Completely different: a nurse for the intensive care unit in Leipzig, night shifts, "
	       "German B2, a caring attitude and a valid licence.", s3);
	dd_sig_short(s1, t1), dd_sig_short(s2, t2), dd_sig_short(s3, t3);
	CHECK("signature: equal texts agree everywhere", dd_sig_equal(t1, t2) == DD_HASHES);
	CHECK("signature: different texts barely agree", dd_sig_equal(t1, t3) < 10);
	/* fixed values: a change of hash, constants or mixing breaks stored
	 * key files, so it must be deliberate */
	char hex[17];
	jd_hex64(dd_band_key(s1, 0, 6), hex);
	CHECK_STR("signature: fixed band key", hex, "1b79f6647d06cfb8");
	CHECK("signature: fixed value", s1[0] == 0x0a88942fu);
	CHECK("signature: empty text is all ones", (dd_signature(NULL, 0, s3), s3[0] == 0xffffffffu && s3[127] == 0xffffffffu));

	/* estimate close to the truth on a near duplicate */
	char *a = malloc(20000), *b = malloc(20000);
	a[0] = b[0] = '\0';
	for (int i = 0; i < 400; i++) {
		char w[32];
		snprintf(w, sizeof w, "w%d ", (i * 7919) % 1000);
		strcat(a, w);
		if (i % 40 == 17)
			strcat(b, "changed ");
		else
			strcat(b, w);
	}
	double tj = jac(a, b, 5);
	sig_of(a, s1), sig_of(b, s2);
	dd_sig_short(s1, t1), dd_sig_short(s2, t2);
	double ej = (double)dd_sig_equal(t1, t2) / DD_HASHES;
	printf("true %.3f estimated %.3f\n", tj, ej);
	CHECK("signature: estimate within 0.12 of the true Jaccard", ej > tj - 0.12 && ej < tj + 0.12);
	free(a), free(b);

	/* bands */
	dd_params p = {5, 0.8, 0, 0, 0};
	dd_choose_bands(&p);
	CHECK("bands: 0.8 -> 21 bands of 6 rows", p.bands == 21 && p.rows == 6);
	CHECK("bands: P(0.8) >= 0.99", p.p_catch >= 0.99 && p.p_catch < 0.999);
	p.threshold = 0.5;
	dd_choose_bands(&p);
	CHECK("bands: 0.5 -> 42 bands of 3 rows", p.bands == 42 && p.rows == 3);
	p.threshold = 0.95;
	dd_choose_bands(&p);
	CHECK("bands: rows * bands <= 128", p.bands * p.rows <= DD_HASHES && p.p_catch >= 0.99);

	/* base64 */
	char enc[DD_SIG_B64 + 1];
	for (int i = 0; i < DD_HASHES; i++)
		t1[i] = (uint16_t)(i * 517 + 3);
	dd_sig_encode(t1, enc);
	CHECK("base64: length", strlen(enc) == DD_SIG_B64);
	CHECK("base64: padding", enc[DD_SIG_B64 - 1] == '=' && enc[DD_SIG_B64 - 2] == '=');
	CHECK("base64: round trip", dd_sig_decode(enc, strlen(enc), t2) == 0 && memcmp(t1, t2, sizeof t1) == 0);
	enc[5] = '*';
	CHECK("base64: bad character", dd_sig_decode(enc, strlen(enc), t2) == -1);
	CHECK("base64: bad length", dd_sig_decode("AAAA", 4, t2) == -1);
	CHECK("base64: start of encoding", (t1[0] = 0xfb00, dd_sig_encode(t1, enc), strncmp(enc, "+w", 2) == 0));

	/* containers */
	dd_map m = {0};
	for (uint32_t i = 0; i < 10000; i++)
		*dd_map_slot(&m, (uint64_t)i * 0x10000) = i;
	int okm = 1;
	for (uint32_t i = 0; i < 10000; i++)
		okm &= dd_map_get(&m, (uint64_t)i * 0x10000) == i;
	CHECK("map: 10000 keys", okm && m.n == 10000 && dd_map_get(&m, 12345) == DD_NONE);
	dd_map_free(&m);
	uint32_t par[6] = {0, 1, 2, 3, 4, 5};
	dd_union(par, 4, 2), dd_union(par, 5, 4), dd_union(par, 3, 1);
	CHECK("union-find: root is the smallest", dd_find(par, 5) == 2 && dd_find(par, 3) == 1 && dd_find(par, 0) == 0);
	dd_strtab st = {0};
	int isnew;
	uint32_t x1 = dd_str_intern(&st, "abc", 3, &isnew);
	uint32_t x2 = dd_str_intern(&st, "abd", 3, NULL);
	uint32_t x3 = dd_str_intern(&st, "abc", 3, &isnew);
	CHECK("strtab: intern", x1 == 0 && x2 == 1 && x3 == 0 && !isnew && strcmp(dd_str_get(&st, 1), "abd") == 0);
	CHECK("strtab: find", dd_str_find(&st, "zz", 2) == DD_NONE && dd_str_count(&st) == 2);
	dd_str_free(&st);
	return unit_failed != 0;
}
