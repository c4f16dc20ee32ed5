/* Unit tests for libjd's buffers, text helpers, regex wrapper and hash. */
#include <stdlib.h>
#include "jd_buf.h"
#include "jd_hash.h"
#include "jd_re.h"
#include "jd_text.h"
#include "jd_tool.h"
#include "unit.h"

static char *fold(const char *s)
{
	jd_buf b = JD_BUF_INIT;
	jd_fold(&b, s, strlen(s));
	return jd_buf_take(&b);
}

static char *lower(const char *s)
{
	jd_buf b = JD_BUF_INIT;
	jd_lower(&b, s, strlen(s));
	return jd_buf_take(&b);
}

static char *ws(const char *s, unsigned flags)
{
	jd_buf b = JD_BUF_INIT;
	jd_ws_normalize(&b, s, strlen(s), flags);
	return jd_buf_take(&b);
}

/* tokens joined by '|' */
static char *toks(const char *s)
{
	jd_buf b = JD_BUF_INIT;
	jd_tokenizer t;
	jd_tok k;
	jd_tok_init(&t, s, strlen(s));
	while (jd_tok_next(&t, &k)) {
		if (b.len)
			jd_buf_addc(&b, '|');
		jd_buf_add(&b, k.s, k.len);
	}
	return jd_buf_take(&b);
}

#define CHECK_FREE(name, expr, want) do { char *s_ = (expr); CHECK_STR(name, s_, want); free(s_); } while (0)

int main(void)
{
	/* jd_buf */
	jd_buf b = JD_BUF_INIT;
	for (int i = 0; i < 1000; i++)
		jd_buf_printf(&b, "%d,", i);
	CHECK("buf grows", b.len == 3890 && b.p[b.len] == '\0');
	CHECK("buf printf long", strncmp(b.p + b.len - 4, "999,", 4) == 0);
	jd_buf_reset(&b);
	jd_buf_printf(&b, "%s", "0123456789012345678901234567890123456789012345678901234567890123456789"
		      "0123456789012345678901234567890123456789012345678901234567890123456789"
		      "0123456789012345678901234567890123456789012345678901234567890123456789"
		      "0123456789012345678901234567890123456789012345678901234567890123456789");
	CHECK("buf printf beyond small buffer", b.len == 280);
	jd_buf_free(&b);
	CHECK("buf free", b.p == NULL && b.len == 0);
	CHECK("opt size: plain, K, M, G, B", jd_opt_size("-s", "500") == 500 &&
	      jd_opt_size("-s", "64K") == 65536 && jd_opt_size("-s", "100m") == 104857600 &&
	      jd_opt_size("-s", "1GB") == 1073741824 && jd_opt_size("-s", "7b") == 7);

	/* UTF-8 */
	size_t adv;
	CHECK("decode 2-byte", jd_utf8_decode("\xC3\xA4", 2, &adv) == 0xE4 && adv == 2);
	CHECK("decode 4-byte", jd_utf8_decode("\xF0\x9F\x98\x80", 4, &adv) == 0x1F600 && adv == 4);
	CHECK("reject overlong", jd_utf8_decode("\xC0\xAF", 2, &adv) < 0 && adv == 1);
	CHECK("reject surrogate", jd_utf8_decode("\xED\xA0\x80", 3, &adv) < 0);
	CHECK("reject truncated", jd_utf8_decode("\xE2\x82", 2, &adv) < 0);
	CHECK("valid", jd_utf8_valid("Gr\xC3\xBC\xC3\x9F" "e", 7));
	CHECK("invalid lone byte", !jd_utf8_valid("f\xFCr", 3));
	CHECK("NUL is not valid text", !jd_utf8_valid("a\0b", 3));
	jd_buf r = JD_BUF_INIT;
	size_t bad = jd_utf8_repair(&r, "f\xFCr\0x\xE2\x82", 7);
	CHECK("repair counts", bad == 4);
	CHECK_STR("repair replaces with U+FFFD", r.p, "f\xEF\xBF\xBDr\xEF\xBF\xBDx\xEF\xBF\xBD\xEF\xBF\xBD");
	jd_buf_free(&r);
	jd_cp1252_to_utf8(&r, "Gr\xF6\xDF" "e \x80 \x93x\x94", 11);
	CHECK_STR("cp1252 to UTF-8", r.p, "Gr\xC3\xB6\xC3\x9F" "e \xE2\x82\xAC \xE2\x80\x9Cx\xE2\x80\x9D");
	jd_buf_free(&r);

	/* case folding */
	CHECK_FREE("lower German", lower("\xC3\x84RGER \xC3\x96L \xC3\x9C" "BER STRA\xE1\xBA\x9E" "E"),
		   "\xC3\xA4rger \xC3\xB6l \xC3\xBC" "ber stra\xC3\x9F" "e");
	CHECK_FREE("fold umlauts", fold("Teamf\xC3\xA4higkeit"), "teamfaehigkeit");
	CHECK_FREE("fold sharp s", fold("Gro\xC3\x9F"), "gross");
	CHECK_FREE("fold accents", fold("Caf\xC3\xA9 Se\xC3\xB1or \xC5\x81\xC3\xB3" "d\xC5\xBA"), "cafe senor lodz");
	CHECK_FREE("fold keeps invalid bytes", fold("A\xFF" "B"), "a\xFF" "b");

	/* white space */
	CHECK_FREE("ws collapse", ws("  a \t b\n\nc\xC2\xA0" "d\xE2\x80\xAF" "e  ", 0), "a b c d e");
	CHECK_FREE("ws keep lines", ws(" a  b \n\n\n\n c\r\nd \n", JD_WS_KEEP_LINES), "a b\n\nc\nd");
	CHECK_FREE("ws drops invisible", ws("Kuber\xC2\xADnetes Java\xE2\x80\x8BScript \xEF\xBB\xBFgo\xE2\x81\xA0lang \xC2\xAD x", 0),
		   "Kubernetes JavaScript golang x");
	CHECK("invisible cp", jd_is_invisible_cp(0xAD) && jd_is_invisible_cp(0x200B) && !jd_is_invisible_cp(0xA0) &&
	      !jd_is_invisible_cp('-'));
	CHECK("word count", jd_word_count("Hallo Welt, f\xC3\xBCr 3 Jahre!", 26) == 5);

	/* tokenizer */
	CHECK_FREE("tokens keep C++ C# .NET Node.js", toks("C++, C#/.NET and Node.js."), "C++|C#|.NET|and|Node.js");
	CHECK_FREE("tokens split slashes and brackets", toks("Hadoop/Hive/HBase (Java/Kotlin) C/C++"),
		   "Hadoop|Hive|HBase|Java|Kotlin|C|C++");
	CHECK_FREE("tokens keep compounds and R&D", toks("Python-Kenntnisse; R&D go-to-market"),
		   "Python-Kenntnisse|R&D|go-to-market");
	CHECK_FREE("tokens versions", toks("Python 3.11, Angular 2+ HTML5"), "Python|3.11|Angular|2+|HTML5");
	CHECK_FREE("tokens UTF-8 words", toks("f\xC3\xBCr Stra\xC3\x9F" "e\xE2\x80\x94" "gut"),
		   "f\xC3\xBCr|Stra\xC3\x9F" "e|gut");
	CHECK_FREE("tokens end of sentence", toks("We use Go. Also R."), "We|use|Go|Also|R");

	/* regex */
	char err[200];
	{
		size_t lov[2];
		jd_re *lim = jd_re_compile("R&D|R", JD_RE_OFFSET_LIMIT, err, sizeof err);
		CHECK("offset limit: a match starting in time", jd_re_match_limit(lim, "xx R&D", 6, 0, 3, lov, 1) == 1 && lov[0] == 3 && lov[1] == 6);
		CHECK("offset limit: none starting later", jd_re_match_limit(lim, "xx R&D", 6, 0, 2, lov, 1) == JD_RE_NOMATCH);
		CHECK("offset limit: reset after the call", jd_re_match(lim, "xxxxx R", 7, 0, lov, 1) == 1 && lov[0] == 6);
		jd_re_free(lim);
	}
	{
		unsigned char sb[256];
		CHECK("start bytes: one literal", jd_re_start_bytes("Gehalt", 0, sb) == 0 &&
		      sb['G'] && !sb['g'] && !sb['x']);
		CHECK("start bytes: caseless adds the partner", jd_re_start_bytes("gehalt", JD_RE_CASELESS, sb) == 0 &&
		      sb['G'] && sb['g'] && !sb['h']);
		CHECK("start bytes: alternation gives a set", jd_re_start_bytes("(?:\xE2\x82\xAC|EUR|\\$)", 0, sb) == 0 &&
		      sb[0xE2] && sb['E'] && sb['$'] && !sb['U'] && !sb['e']);
		CHECK("start bytes: unknown start is every byte", jd_re_start_bytes("(?=x)|\\w", 0, sb) == 0 &&
		      sb['a'] && sb['x']);
		CHECK("start bytes: bad pattern", jd_re_start_bytes("(", 0, sb) == -1);
	}
	jd_re *re = jd_re_compile("\\bR\\b", 0, err, sizeof err);
	size_t ov[4];
	CHECK("re compiles", re != NULL);
	CHECK("UCP: R not inside f\xC3\xBCR", jd_re_match(re, "f\xC3\xBCR", 4, 0, ov, 2) == JD_RE_NOMATCH);
	CHECK("UCP: R as a word", jd_re_match(re, "in R und", 8, 0, ov, 2) == 1 && ov[0] == 3);
	CHECK("invalid UTF-8 subject is fine", jd_re_match(re, "\xFF R \xFE", 5, 0, ov, 2) == 1 && ov[0] == 2);
	jd_re_free(re);
	re = jd_re_compile("stra\xC3\x9F" "e", JD_RE_CASELESS, err, sizeof err);
	CHECK("caseless UTF", jd_re_match(re, "STRASSE STRA\xC3\x9F" "E", 15, 0, ov, 2) == 1 && ov[0] == 8);
	jd_re_free(re);
	re = jd_re_compile("(?<num>\\d+)", 0, err, sizeof err);
	CHECK("named group", jd_re_group(re, "num") == 1 && jd_re_group(re, "x") == -1);
	jd_re_free(re);
	CHECK("compile error", jd_re_compile("ab(c", 0, err, sizeof err) == NULL);
	CHECK_STR("compile error names the offset", err, "offset 4: missing closing parenthesis");
	re = jd_re_compile("(a+)+$", 0, err, sizeof err);
	char evil[64];
	memset(evil, 'a', 40);
	evil[40] = 'b';
	CHECK("catastrophic backtracking stops at the limit", jd_re_match(re, evil, 41, 0, ov, 2) == JD_RE_LIMIT);
	jd_re_free(re);

	/* hash: fixed values so ids are the same on every machine */
	char hex[17];
	jd_hex64(jd_hash64("", 0, 0), hex);
	CHECK_STR("XXH3 of empty input", hex, "2d06800538d394c2");
	jd_hex64(jd_hash64("jdkit", 5, 0), hex);
	CHECK("hash hex has 16 digits", strlen(hex) == 16);
	CHECK("seed changes hash", jd_hash64("a", 1, 0) != jd_hash64("a", 1, 1));
	return unit_failed != 0;
}
