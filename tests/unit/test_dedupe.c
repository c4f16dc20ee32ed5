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

/* a deterministic PRNG for the differential tests */
static uint64_t rng_state = 0x853c49e6748fea9bULL;
static uint64_t rng(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* Random text from pieces that stress dd_words: ASCII words of every
 * length (also across 64-byte blocks), separators, Latin-1 letters,
 * other UTF-8 (word and non-word), × and ÷, invalid bytes, NULs. */
static size_t random_text(char *t, size_t cap)
{
	static const char *const pieces[] = {
		" ", "  ", "\n", ",", "-", "_", "'", ".", "\t", "ä", "Ö", "ß", "é", "É", "ñ", "ç", "ð", "Þ", "ÿ",
		"×", "÷", "–", "€", "£", "\xc2\xa0", "œ", "Ω", "и", "中", "\xf0\x9f\x98\x80", "\xff", "\xc3",
		"\xc3(", "\x80", "\xe2\x80", "\0", "ª", "²", "µ", "¿",
	};
	size_t n = 0, want = rng() % cap;
	while (n + 40 < want) {
		uint64_t r = rng();
		if (r % 3) {
			size_t len = 1 + (r >> 8) % (r % 7 == 0 ? 40 : 12);
			for (size_t i = 0; i < len; i++) {
				static const char az[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
				t[n++] = az[rng() % 63];
			}
		} else if ((r >> 40) % 2) {
			/* any of U+00C0..U+00FF */
			t[n++] = '\xc3';
			t[n++] = (char)(0x80 + (r >> 8) % 64);
		} else {
			const char *p = pieces[(r >> 8) % (sizeof pieces / sizeof *pieces)];
			size_t len = *p ? strlen(p) : 1;
			memcpy(t + n, p, len);
			n += len;
		}
	}
	return n;
}

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

	/* the fast word scan = the byte-at-a-time definition */
	{
		dd_u64vec w1 = {0}, w2 = {0};
		jd_buf b1 = JD_BUF_INIT, b2 = JD_BUF_INIT;
		char *t = malloc(4096);
		int same = 1, tries = 0;
		size_t words = 0;
		for (int k = 0; k < 20000 && same; k++, tries++) {
			size_t tn = random_text(t, 4096);
			/* every length from 0 to 130 of the same text, too */
			size_t len = k < 131 ? (size_t)k < tn ? (size_t)k : tn : tn;
			uint64_t e1 = dd_words(t, len, &w1, &b1), e2 = dd_words_reference(t, len, &w2, &b2);
			same = e1 == e2 && w1.n == w2.n && (!w1.n || memcmp(w1.v, w2.v, w1.n * sizeof *w1.v) == 0);
			words += w1.n;
			if (!same)
				printf("differs on a text of %zu bytes (try %d)\n", len, k);
		}
		printf("%d random texts, %zu words\n", tries, words);
		CHECK("words: dd_words = dd_words_reference on random texts", same);
		/* folding for U+00C0..U+00FF is jd_fold's */
		int fold_ok = 1;
		for (int cp = 0xc0; cp <= 0xff; cp++) {
			jd_buf u = JD_BUF_INIT, f = JD_BUF_INIT;
			jd_utf8_encode(&u, cp);
			jd_fold(&f, u.p, u.len);
			const char *want = jd_is_word_cp(cp) ? f.p : NULL;
			const char *got = dd_latin1_fold[cp - 0xc0];
			if (!(want ? got && strcmp(got, want) == 0 : !got)) {
				printf("U+%04X: table '%s', jd_fold '%s'\n", cp, got ? got : "(none)", f.p);
				fold_ok = 0;
			}
			jd_buf_free(&u), jd_buf_free(&f);
		}
		CHECK("words: Latin-1 fold table = jd_fold", fold_ok);
		free(t), free(w1.v), free(w2.v);
		jd_buf_free(&b1), jd_buf_free(&b2);
	}

	/* every CPU path gives the same shingles and signatures */
	{
		int paths = dd_simd_paths();
		printf("%d CPU paths:", paths);
		for (int p = 0; p < paths; p++)
			printf(" %s", dd_simd_use(p));
		printf("\n");
		dd_u64vec w = {0}, ref = {0}, sh = {0};
		uint32_t want[DD_HASHES], got[DD_HASHES];
		int same_sh = 1, same_sig = 1;
		for (int k = 0; k < 3000; k++) {
			size_t nw = k < 300 ? (size_t)k % 40 : rng() % 600;
			int shingle = 1 + (int)(rng() % 8);
			dd_u64_reserve(&w, nw);
			for (size_t i = 0; i < nw; i++)
				w.v[i] = rng() % 50 == 0 ? 0 : rng();
			w.n = nw;
			dd_shingles(&w, shingle, &ref);
			dd_simd_use(0);
			dd_signature(ref.v, ref.n, want);
			for (int p = 0; p < paths; p++) {
				dd_simd_use(p);
				dd_shingle_hashes(&w, shingle, &sh);
				same_sh &= sh.n == ref.n && (!sh.n || memcmp(sh.v, ref.v, sh.n * sizeof *sh.v) == 0);
				dd_signature(ref.v, ref.n, got);
				same_sig &= memcmp(got, want, sizeof got) == 0;
			}
		}
		dd_simd_use(paths - 1);
		CHECK("paths: shingle hashes the same on every CPU path", same_sh);
		CHECK("paths: signatures the same on every CPU path", same_sig);
		free(w.v), free(ref.v), free(sh.v);
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
