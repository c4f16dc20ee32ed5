/* unit tests for the modules of jd-extract (tools/jd-extract/) */
#include "unit.h"
#include "jd_buf.h"
#include "../../tools/jd-extract/extract.h"

#include "jd_text.h"

#include <stdlib.h>

/* s = up to maxp - 1 pieces picked at random (the piece "\0" is one NUL
 * byte); returns the length.  s must have room for that many of the
 * longest piece. */
static size_t random_pieces(char *s, const char *const *piece, size_t np, unsigned maxp,
			    unsigned *seed)
{
	size_t n = 0;
	int len = (int)(*seed % maxp);
	for (int k = 0; k < len; k++) {
		*seed = *seed * 1103515245u + 12345u;
		const char *p = piece[(*seed >> 16) % np];
		size_t pl = p[0] ? strlen(p) : 1;
		memcpy(s + n, p, pl);
		n += pl;
	}
	*seed = *seed * 1103515245u + 12345u;
	return n;
}

/* the fast paths (jdx_fold, jdx_fold_id_words, jdx_utf8_valid) against the
 * library functions they stand for, on strings built from awkward pieces */
static int fast_paths_agree(void)
{
	static const char *const piece[] = {
		"a", "Z", " ", "\n", "\n\n", "\t", "_", "9", "-", "$", "\xC3\xA4", "\xC3\x84",
		"\xC3\x9F", "\xC3\xA9", "\xC2\xA0", "\xE2\x82\xAC", "\xE2\x80\x93", "\xC3",
		"\xE2\x82", "\x80", "\xFF", "\xF0\x9F\x98\x80", "\xCE\xA9", "\x01", "\0", "Ab",
		"Stra\xC3\x9F\x65", "\xC5\x81\xC3\x93", "\xED\xA0\x80",
	};
	enum { NP = sizeof piece / sizeof piece[0] };
	unsigned seed = 12345;
	int bad = 0;
	for (int round = 0; round < 3000 && !bad; round++) {
		char s[256];
		size_t n = random_pieces(s, piece, NP, 24, &seed);
		jd_buf a = JD_BUF_INIT, b = JD_BUF_INIT, c = JD_BUF_INIT;
		jd_fold(&a, s, n);
		jdx_fold(&b, s, n);
		if (a.len != b.len || (a.len && memcmp(a.p, b.p, a.len)))
			bad |= 1;
		/* the id text: folded, each line break a space unless one came before */
		size_t o = 0;
		for (size_t k = 0; k < a.len; k++) {
			char ch = a.p[k];
			if (ch == '\n') {
				if (o && a.p[o - 1] == ' ')
					continue;
				ch = ' ';
			}
			a.p[o++] = ch;
		}
		size_t w = jdx_fold_id_words(&c, s, n);
		if (w != jdx_word_count(s, n) || c.len != o || (o && memcmp(a.p, c.p, o)))
			bad |= 2;
		if (jdx_word_count(s, n) != jd_word_count(s, n))
			bad |= 8;
		if (jdx_utf8_valid(s, n) != jd_utf8_valid(s, n))
			bad |= 4;
		jd_buf_free(&a);
		jd_buf_free(&b);
		jd_buf_free(&c);
	}
	return bad;
}

/* the one-pass phrase search against a strstr() per phrase, on lines made
 * of phrase pieces, their parts and noise */
static int phrase_search_agrees(void)
{
	static const char *const piece[] = {
		"apply now", "apply", " now", "jetzt bewerben", "subscribe", "subscr", "ibe",
		"abonnieren", "newsletter", "news", "letter", "cookie", "cookies", "we use",
		"website", "akzept", "consent", "miss", "mission", "inbox", "e-mail", "email",
		"similar jobs", "related posts", "fazit", "summary", "aehnliche jobs", "copyright",
		"privacy", "impressum", "datenschutz", "share on", "follow us", "job alert",
		"jobalarm", "job-alarm", " ", "a", "x", "\xC3\xA4", "\xE2\x80\xA2", "|", "-",
		"no spam", "keine werbung", "jederzeit", "unsubscribe", "erfahrung", "analytics",
	};
	enum { NP = sizeof piece / sizeof piece[0] };
	unsigned seed = 777;
	int bad = 0;
	for (int round = 0; round < 20000 && !bad; round++) {
		char s[512];
		size_t n = random_pieces(s, piece, NP, 9, &seed);
		s[n] = '\0';
		if (jdx_phrase_kinds(s, n) != jdx_phrase_kinds_slow(s))
			bad = 1;
		/* a NUL byte ends the line for both */
		if (n > 2) {
			s[n / 2] = '\0';
			if (jdx_phrase_kinds(s, n) != jdx_phrase_kinds_slow(s))
				bad = 2;
		}
	}
	return bad;
}

/* jdx_doc_lines' white-space collapsing against jd_ws_normalize on each
 * line (lines start with 'x': no bullets; no '$', euro or pound: no
 * splits) and its word count against the spaces of the result */
static int lines_agree(void)
{
	static const char *const piece[] = {
		"a", "Z", " ", "  ", "\n", "\n\n", "\t", "\r", "\v", "\f", "word", "longerword",
		"eight888", "_", "9", "-", "\xC3\xA4", "\xC2\xA0", "\xE2\x80\x89", "\xE3\x80\x80",
		"\xE2\x80\x93", "\xC3", "\x80", "\xFF", "\x01", "\x7F", "Hello world, this is text.",
	};
	enum { NP = sizeof piece / sizeof piece[0] };
	unsigned seed = 4242;
	int bad = 0;
	for (int round = 0; round < 5000 && !bad; round++) {
		char s[1024];
		size_t n = 0;
		int len = (int)(seed % 40);
		s[n++] = 'x';
		for (int k = 0; k < len; k++) {
			seed = seed * 1103515245u + 12345u;
			const char *p = piece[(seed >> 16) % NP];
			memcpy(s + n, p, strlen(p));
			n += strlen(p);
			if (!strcmp(p, "\n") || !strcmp(p, "\n\n"))
				s[n++] = 'x';
		}
		seed = seed * 1103515245u + 12345u;
		jdx_doc d;
		memset(&d, 0, sizeof d);
		jdx_doc_lines(&d, s, n);
		size_t line = 0, i = 0;
		while (i <= n && !bad) {
			const char *nl = memchr(s + i, '\n', n - i);
			size_t e = nl ? (size_t)(nl - s) : n;
			jd_buf want = JD_BUF_INIT;
			jd_ws_normalize(&want, s + i, e - i, 0);
			if (want.len) {
				size_t spaces = 0;
				for (size_t k = 0; k < want.len; k++)
					spaces += want.p[k] == ' ';
				if (line >= d.nlines || d.lines[line].len != want.len ||
				    memcmp(d.text.p + d.lines[line].off, want.p, want.len) ||
				    d.lines[line].words != spaces + 1 || d.lines[line].bullet)
					bad = 1;
				line++;
			}
			jd_buf_free(&want);
			if (!nl)
				break;
			i = e + 1;
		}
		if (line != d.nlines)
			bad |= 2;
		jd_buf_free(&d.text);
		jd_buf_free(&d.fold);
		free(d.lines);
	}
	return bad;
}

/* what jdx_doc_lines keeps of each line besides its text (the folded
 * line, its word count, whether it holds a NUL byte), and the id text
 * and word count made from them, against the functions they stand for:
 * on lines with bullets, '$' and euro splits, NUL bytes and letters
 * beyond ASCII, with some lines dropped */
static int line_facts_agree(void)
{
	static const char *const piece[] = {
		"a", "Z", "o", " ", "  ", "\n", "\n\n", "\t", "word", "Longer Words", "eight888",
		"_", "9", "-", "- ", "* ", "o ", "+ ", "\xE2\x80\xA2 ", "\xC2\xB7 ", "\xC2\xBB ",
		"$", "$5", "Salary$75,000", "Gehalt\xE2\x82\xAC" "5", "x\xC2\xA3" "9", "\xC3\xA4",
		"\xC3\x84", "\xC3\x9F", "\xE1\xBA\x9E", "\xC3\xA9", "\xC2\xA0", "\xE2\x80\x93",
		"\xE2\x84\xAA", "\xC4\xB0", "\xF0\x9F\x99\x82", "\0", "\x01", "Stra\xC3\x9F" "e",
		"Hello world, this is text with several words in it.", "a_b c", "\r",
	};
	enum { NP = sizeof piece / sizeof piece[0] };
	unsigned seed = 99;
	int bad = 0;
	for (int round = 0; round < 5000 && !bad; round++) {
		char s[2048];
		size_t n = random_pieces(s, piece, NP, 60, &seed);
		jdx_doc d;
		memset(&d, 0, sizeof d);
		jdx_doc_lines(&d, s, n);
		for (size_t i = 0; i < d.nlines; i++) {
			const jdx_line *l = &d.lines[i];
			const char *t = d.text.p + l->off;
			jd_buf f = JD_BUF_INIT;
			jd_fold(&f, t, l->len);
			if (f.len != l->flen || (f.len && memcmp(f.p, d.fold.p + l->foff, f.len)))
				bad |= 1;
			if (l->wcount != jd_word_count(t, l->len))
				bad |= 2;
			if (l->nul != (memchr(t, '\0', l->len) != NULL))
				bad |= 4;
			jd_buf_free(&f);
			d.lines[i].drop = (unsigned char)((seed >> (i % 16)) & 1);
		}
		jd_buf r = JD_BUF_INIT, want = JD_BUF_INIT, got = JD_BUF_INIT;
		jdx_doc_render(&d, &r);
		size_t ww = jdx_fold_id_words(&want, r.p ? r.p : "", r.len);
		size_t gw = jdx_doc_id_words(&d, &got);
		if (ww != gw || want.len != got.len || (want.len && memcmp(want.p, got.p, want.len)))
			bad |= 8;
		jd_buf_free(&r);
		jd_buf_free(&want);
		jd_buf_free(&got);
		jd_buf_free(&d.text);
		jd_buf_free(&d.fold);
		free(d.lines);
	}
	return bad;
}

/* the cue scan's ASCII fast path against the byte-by-byte tokenizer, on
 * text made of cue and stop words in any case, their parts, words too
 * long to be keys, digits and letters beyond ASCII next to them */
static int scan_paths_agree(void)
{
	static const char *const piece[] = {
		" ", "  ", "-", ".", ",", "\n", "/", "_", "(", "full", "time", "Full-Time", "FULL TIME",
		"part", "Teilzeit", "teilzeitkraft", "Vollzeitstelle", "werkstudententaetigkeit",
		"Praktikumsstelle", "praktikant", "Homeofficeregelung", "home", "office", "remote",
		"fully", "100", "2", "days", "a", "week", "Tage", "pro", "kein", "no", "not", "vor", "Ort",
		"hybrid", "senior", "level", "entry", "mid", "Staff", "Engineer", "team", "lead",
		"the", "and", "der", "die", "und", "le", "la", "el", "il", "het", "een", "in", "on", "en",
		"da", "remoto", "smart", "working", "student", "Entwicklerin", "engineers", "x1y2",
		"abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq",
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
		"\xC3\xA4", "\xC3\x9F", "\xC3\x9C" "ber", "f\xC3\xBC" "r", "\xE2\x80\x93",
		"\xC2\xA0", "\xE2\x80\xA6", "\xC3\xA9", "\xE2\x84\xAA", "\xC3", "\xFF",
		"B\xC3\xBC" "ro", "Pr\xC3\xA4senz", "Homeoffice\xC3\xA4", "t\xC3\xA9l\xC3\xA9travail",
	};
	enum { NP = sizeof piece / sizeof piece[0] };
	unsigned seed = 31337;
	int bad = 0;
	for (int round = 0; round < 20000 && !bad; round++) {
		char s[4096];
		size_t n = random_pieces(s, piece, NP, 120, &seed);
		if (!jdx_scan_paths_agree(s, n))
			bad = 1;
	}
	return bad;
}

static const char *date(const char *s)
{
	static char out[11];
	if (!jdx_parse_date(s, strlen(s), out))
		return "";
	return out;
}

static char *html(const char *s)
{
	jd_buf b = JD_BUF_INIT;
	jdx_meta m;
	memset(&m, 0, sizeof m);
	jdx_html_text(s, strlen(s), &b, &m);
	jdx_meta_free(&m);
	if (!b.p)
		return strdup("");
	return jd_buf_take(&b);
}

static char *utf8(const char *s, size_t n, int ishtml, size_t *rep, int *enc)
{
	jd_buf b = JD_BUF_INIT;
	*enc = jdx_to_utf8(s, n, ishtml, &b, rep);
	if (!b.p)
		return strdup("");
	return jd_buf_take(&b);
}

static jdx_doc *doc(const char *text)
{
	jdx_doc *d = calloc(1, sizeof *d);
	d->source = strdup("t");
	d->group = strdup("g");
	jdx_doc_lines(d, text, strlen(text));
	jdx_boiler_mark(d);
	jdx_fields(d, NULL, NULL);
	return d;
}

int main(void)
{
	CHECK("fast fold, id text, word count and UTF-8 check agree with libjd", fast_paths_agree() == 0);
	CHECK("one-pass phrase search finds what strstr per phrase finds", phrase_search_agrees() == 0);
	CHECK("line collapsing agrees with jd_ws_normalize per line", lines_agree() == 0);
	CHECK("folded lines, line word counts and the id text agree with libjd", line_facts_agree() == 0);
	CHECK("cue scan: the ASCII fast path reads what the tokenizer reads", scan_paths_agree() == 0);
	CHECK_STR("date iso", date("2026-10-03"), "2026-10-03");
	CHECK_STR("date iso with time", date("2026-10-03T08:00:00Z"), "2026-10-03");
	CHECK_STR("date dotted", date("03.10.2026"), "2026-10-03");
	CHECK_STR("date dotted short", date("3.1.2026"), "2026-01-03");
	CHECK_STR("date month first", date("October 3, 2026"), "2026-10-03");
	CHECK_STR("date abbreviated", date("Oct. 3 2026"), "2026-10-03");
	CHECK_STR("date day first", date("3 Oct 2026"), "2026-10-03");
	CHECK_STR("date ordinal", date("16th April 2023"), "2023-04-16");
	CHECK_STR("date german", date("3. Oktober 2026"), "2026-10-03");
	CHECK_STR("date german maerz", date("1. M\xC3\xA4rz 2026"), "2026-03-01");
	CHECK_STR("date leap day", date("29.02.2028"), "2028-02-29");
	CHECK_STR("date not leap", date("29.02.2026"), "");
	CHECK_STR("date bad month", date("2026-13-01"), "");
	CHECK_STR("date no year", date("3 Oct"), "");
	CHECK_STR("date garbage", date("yesterday"), "");

	const char *en = "We are looking for a developer who will work with our team on the new product and you can work from home.";
	const char *de = "Wir suchen eine Entwicklerin, die mit unserem Team an der neuen Plattform arbeitet und sich auf die Zukunft freut.";
	CHECK_STR("lang en", jdx_lang(en, strlen(en)), "en");
	CHECK_STR("lang de", jdx_lang(de, strlen(de)), "de");
	CHECK("lang unsure", jdx_lang("Python SQL Docker", 17) == NULL);

	char *t = html("<ul><li>One</li><li>Two</li></ul><table><tr><td>Junior Salary</td><td>$75,000</td></tr></table>");
	CHECK_STR("html list and cells", t, "- One\n- Two\n\nJunior Salary $75,000");
	free(t);
	t = html("<p>A&amp;B&nbsp;C</p><script>x()</script><nav>Menu</nav><div class=\"cookie-notice\">We use cookies</div><p>End</p>");
	CHECK_STR("html entities, script, nav, cookie box", t, "A&B\xC2\xA0" "C\n\nEnd");
	free(t);
	t = html("");
	CHECK_STR("html empty", t, "");
	free(t);

	size_t rep;
	int enc;
	t = utf8("K\xF6ln \x80 5", 8, 0, &rep, &enc);
	CHECK_STR("cp1252 converted", t, "K\xC3\xB6ln \xE2\x82\xAC 5");
	CHECK("cp1252 kind", enc == JDX_ENC_CP1252 && rep == 0);
	free(t);
	t = utf8("K\xC3\xB6ln K\xC3\xB6ln \xFF", 13, 0, &rep, &enc);
	CHECK("mostly utf-8 is repaired", enc == JDX_ENC_REPAIRED && rep == 1);
	free(t);
	t = utf8("\xFF\xFEH\0i\0", 6, 0, &rep, &enc);
	CHECK_STR("utf-16le", t, "Hi");
	free(t);
	CHECK("binary", jdx_is_binary("\x89PNG\0\0\x01\x02", 8));
	CHECK("utf-16 is not binary", !jdx_is_binary("H\0e\0l\0l\0o\0", 10));

	jdx_doc *d = doc("Apply now\n\nSenior Data Engineer (m/w/d)\nStandort: Berlin | Vollzeit\n\n"
			 "Wir bieten Homeoffice an zwei Tagen pro Woche und ein Team, das sich auf dich freut. "
			 "Du arbeitest mit Python und SQL an der Plattform.\n\nSimilar jobs\nData Analyst\n");
	CHECK_STR("title", d->f[JDX_TITLE], "Senior Data Engineer (m/w/d)");
	CHECK_STR("location from a packed line", d->f[JDX_LOCATION], "Berlin");
	CHECK_STR("employment", d->f[JDX_EMPLOYMENT], "full-time");
	CHECK_STR("seniority", d->f[JDX_SENIORITY], "senior");
	CHECK_STR("remote", d->f[JDX_REMOTE], "hybrid");
	CHECK_STR("lang", d->f[JDX_LANG], "de");
	jd_buf r = JD_BUF_INIT;
	jdx_doc_render(d, &r);
	CHECK("boilerplate gone", r.p && !strstr(r.p, "Apply") && !strstr(r.p, "Similar") && !strstr(r.p, "Analyst"));
	jd_buf_free(&r);
	jdx_doc_free(d);
	return unit_failed != 0;
}
