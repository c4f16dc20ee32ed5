/* enc.c: raw bytes to UTF-8.
 *
 * Rules (man page, ENCODINGS):
 *   - a UTF-16 byte-order mark, or a first 8 KiB where every other byte is
 *     NUL, means UTF-16 (converted);
 *   - valid UTF-8 stays as it is (a UTF-8 BOM is dropped);
 *   - otherwise Windows-1252 (which covers Latin-1) when an HTML meta
 *     charset names windows-1252/iso-8859-1/latin1, or when most high bytes
 *     are Windows-1252 letters and punctuation that make no valid UTF-8;
 *   - otherwise the invalid bytes are replaced by U+FFFD and counted.
 */
#include "extract.h"
#include "jd_text.h"

#include <string.h>
#include <strings.h>

static int utf16_order(const char *p, size_t n)   /* 1 LE, 2 BE, 0 no */
{
	const unsigned char *u = (const unsigned char *)p;
	if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE)
		return 1;
	if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF)
		return 2;
	size_t m = n < 8192 ? n : 8192, z[2] = {0, 0};
	if (m < 4 || !memchr(p, '\0', m))
		return 0;
	for (size_t i = 0; i < m; i++)
		if (!u[i])
			z[i & 1]++;
	if (z[1] * 10 >= (m / 2) * 9 && z[0] * 10 < m / 2)
		return 1;
	if (z[0] * 10 >= (m / 2) * 9 && z[1] * 10 < m / 2)
		return 2;
	return 0;
}

int jdx_is_binary(const char *p, size_t n)
{
	size_t m = n < 8192 ? n : 8192;
	if (!memchr(p, '\0', m))
		return 0;
	return utf16_order(p, n) == 0;
}

static size_t utf16_to_utf8(const char *p, size_t n, int order, jd_buf *out)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i = 0, bad = 0;
	if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
		i = 2;
	while (i + 1 < n) {
		unsigned c = order == 1 ? (unsigned)(u[i] | u[i + 1] << 8) : (unsigned)(u[i] << 8 | u[i + 1]);
		i += 2;
		if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n) {
			unsigned d = order == 1 ? (unsigned)(u[i] | u[i + 1] << 8) : (unsigned)(u[i] << 8 | u[i + 1]);
			if (d >= 0xDC00 && d <= 0xDFFF) {
				i += 2;
				jd_utf8_encode(out, (int32_t)(0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00)));
				continue;
			}
		}
		if ((c >= 0xD800 && c <= 0xDFFF) || c == 0) {
			jd_buf_add(out, "\xEF\xBF\xBD", 3);
			bad++;
			continue;
		}
		jd_utf8_encode(out, (int32_t)c);
	}
	if (i < n) {
		jd_buf_add(out, "\xEF\xBF\xBD", 3);
		bad++;
	}
	return bad;
}

/* the charset an HTML document declares in its first 4 KiB: 1 for a
 * single-byte Western charset, 0 otherwise */
static int meta_says_latin(const char *p, size_t n)
{
	size_t m = n < 4096 ? n : 4096;
	static const char key[] = "charset=";
	for (size_t i = 0; i + sizeof key - 1 < m; i++) {
		if (strncasecmp(p + i, key, sizeof key - 1))
			continue;
		size_t j = i + sizeof key - 1;
		while (j < m && (p[j] == '"' || p[j] == '\'' || p[j] == ' '))
			j++;
		static const char *const names[] = {
			"windows-1252", "cp1252", "iso-8859-1", "iso-8859-15",
			"latin1", "latin-1", "us-ascii", NULL,
		};
		for (int k = 0; names[k]; k++) {
			size_t l = strlen(names[k]);
			if (j + l <= m && !strncasecmp(p + j, names[k], l))
				return 1;
		}
		return 0;
	}
	return 0;
}

/* Windows-1252 rather than damaged UTF-8: the invalid bytes outnumber the
 * valid multi-byte sequences and are nearly all defined cp1252 characters */
static int looks_cp1252(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;
	size_t i = 0, adv, valid = 0, bad = 0, undefined = 0;
	while (i < n) {
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		if (jd_utf8_decode(p + i, n - i, &adv) >= 0) {
			valid++;
			i += adv;
			continue;
		}
		bad++;
		if (u[i] == 0x81 || u[i] == 0x8D || u[i] == 0x8F || u[i] == 0x90 || u[i] == 0x9D)
			undefined++;
		i++;
	}
	return bad > valid && undefined * 10 <= bad;
}

int jdx_to_utf8(const char *p, size_t n, int html, jd_buf *out, size_t *repaired)
{
	const char *text;
	size_t len;
	int enc = jdx_utf8_text(p, n, html, out, &text, &len, repaired);
	if (enc == JDX_ENC_UTF8)
		jd_buf_add(out, text, len);
	return enc;
}

int jdx_utf8_text(const char *p, size_t n, int html, jd_buf *out,
		  const char **text, size_t *len, size_t *repaired)
{
	*repaired = 0;
	int order = utf16_order(p, n);
	if (order) {
		*repaired = utf16_to_utf8(p, n, order, out);
		goto converted;
	}
	if (n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) {
		p += 3;
		n -= 3;
	}
	if (jdx_utf8_valid(p, n)) {
		*text = p;   /* the common case: no copy */
		*len = n;
		return JDX_ENC_UTF8;
	}
	int enc;
	if (!memchr(p, '\0', n) && ((html && meta_says_latin(p, n)) || looks_cp1252(p, n))) {
		jd_cp1252_to_utf8(out, p, n);
		enc = JDX_ENC_CP1252;
	} else {
		*repaired = jd_utf8_repair(out, p, n);
		enc = JDX_ENC_REPAIRED;
	}
	*text = out->p ? out->p : "";
	*len = out->len;
	return enc;
converted:
	*text = out->p ? out->p : "";
	*len = out->len;
	return JDX_ENC_UTF16;
}

