/* boiler.c: site furniture.
 *
 * Line rules (on the folded line: lower case, umlauts as ae/oe/ue/ss,
 * trailing punctuation and arrows removed):
 *   - furniture phrases on a line of their own ("apply now", "jetzt
 *     bewerben", "sign in", "share", "impressum", "read more", ...);
 *   - short lines (<= 12 words) holding a call to action ("apply now",
 *     "jetzt bewerben", "subscribe", "sign in"), a copyright notice or
 *     legal links ("privacy", "impressum", "datenschutz");
 *   - lines made only of social-network / share words ("Facebook Twitter
 *     LinkedIn", "Teilen Drucken");
 *   - cookie notices (a line naming cookies and consent/website/browser);
 *   - newsletter lines, and the whole paragraph around one when it is
 *     short (<= 40 words);
 *   - sections of other jobs or posts ("Similar jobs", "Related jobs",
 *     "Other interesting job profiles", "Recent posts", "Ähnliche Jobs",
 *     "Weitere Stellenangebote", "Newsletter", ...): the heading and every
 *     line after it, up to a concluding heading ("Fazit", "Conclusion",
 *     "Summary", "Zusammenfassung") or the end.
 * Template detection (jdx_template_mark): within one group (the folder of
 * the files, or one export file), a line that is not a heading, has at
 * least two words and occurs in at least 3 documents and in more than half
 * of the group's documents is dropped.
 */
#define _GNU_SOURCE   /* memmem */
#include "extract.h"
#include "jd_hash.h"
#include "jd_text.h"

#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

static const char *const exact[] = {
	"apply", "apply now", "apply today", "apply online", "apply here", "apply for this job",
	"apply for this position", "apply for job", "easy apply", "quick apply", "jetzt bewerben",
	"bewerben", "jetzt online bewerben", "online bewerben", "hier bewerben", "zur bewerbung",
	"subscribe", "subscribe now", "sign in", "sign up", "log in", "login", "logout", "register",
	"anmelden", "registrieren", "einloggen", "share", "share this", "share this job",
	"share this post", "share job", "teilen", "job teilen", "stelle teilen", "tweet", "print",
	"drucken", "save", "save job", "job speichern", "stelle merken", "merken", "back",
	"back to top", "back to search", "back to jobs", "zurueck", "zurueck zur suche",
	"nach oben", "menu", "menue", "home", "startseite", "search", "suche", "search jobs",
	"jobs suchen", "jobsuche", "find jobs", "blog", "kategorien", "categories",
	"recent posts", "neueste beitraege", "legal notice", "privacy", "privacy policy",
	"imprint", "impressum", "datenschutz", "datenschutzerklaerung", "agb", "terms",
	"terms of use", "terms of service", "terms and conditions", "contact", "contact us",
	"kontakt", "sitemap", "book a call", "got any questions", "do not miss out",
	"don't miss out", "read more", "mehr erfahren", "weiterlesen", "learn more",
	"show more", "show less", "mehr anzeigen", "weniger anzeigen", "load more", "next",
	"previous", "weiter", "zurueck zur uebersicht", "become a partner", "post a job",
	"for employers", "fuer arbeitgeber", "accept", "accept all", "accept cookies",
	"alle akzeptieren", "akzeptieren", "ablehnen", "decline", "reject all", "settings",
	"cookie settings", "einstellungen", "close", "schliessen", "skip to content",
	"skip to main content", "zum inhalt springen", "newsletter", "follow us", "folge uns",
	"folgen sie uns", "jobs", "job alert", "create job alert", "job-alarm",
	"jobalarm erstellen", "jobs for you", "jobs fuer dich", "more jobs", NULL,
};

static const char *const cta[] = {
	"apply now", "jetzt bewerben", "subscribe", "abonnieren",
	"sign in", "sign up", "log in", "copyright", "all rights reserved",
	"alle rechte vorbehalten", "legal notice", "privacy", "impressum", "datenschutz",
	"share on", "teilen auf", "follow us", "folge uns", "newsletter", "job alert",
	"jobalarm", "job-alarm", NULL,
};

static const char *const social[] = {
	"facebook", "twitter", "linkedin", "xing", "whatsapp", "email", "e", "mail",
	"instagram", "youtube", "pinterest", "share", "teilen", "print", "drucken",
	"copy", "link", "kopieren", "x", "tiktok", "telegram", "reddit", "on", "auf", NULL,
};

static const char *const section[] = {
	"similar jobs", "similar positions", "similar roles", "related jobs", "related positions",
	"more jobs", "other jobs", "other interesting job", "more job profiles", "recommended jobs",
	"jobs you might", "you might also like", "you may also like", "people also viewed",
	"explore job descriptions", "explore our latest", "recent posts", "related posts",
	"related articles", "latest jobs", "latest job", "aktuelle jobs", "aktuelle stellenangebote",
	"aehnliche jobs", "aehnliche stellen", "aehnliche stellenangebote", "weitere jobs",
	"weitere stellenangebote", "weitere stellen", "das koennte sie auch interessieren",
	"das koennte dich auch interessieren", "passende jobs", "top jobs", "neueste jobs",
	"newsletter", "more from", "mehr von", "andere jobs", "other job profiles", NULL,
};

static const char *const news_with[] = {
	"subscribe", "abonn", "sign up", "anmelden", "verpassen", "miss", "inbox", "e-mail",
	"email", "keine werbung", "no spam", "jederzeit", "unsubscribe", NULL,
};

static const char *const resume[] = {
	"fazit", "conclusion", "summary", "zusammenfassung", "in summary", NULL,
};

/* phrase lists as hash sets */
enum { XSET = 512 };
typedef struct strset {
	const char *slot[XSET];
	int ready;
} strset;
static strset exact_set, social_set;

static unsigned xhash(const char *s)
{
	unsigned h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static int in_set(strset *set, const char *const *list, const char *s)
{
	if (!set->ready) {
		set->ready = 1;
		for (int k = 0; list[k]; k++) {
			unsigned p = xhash(list[k]) & (XSET - 1);
			while (set->slot[p])
				p = (p + 1) & (XSET - 1);
			set->slot[p] = list[k];
		}
	}
	unsigned p = xhash(s) & (XSET - 1);
	while (set->slot[p]) {
		if (!strcmp(set->slot[p], s))
			return 1;
		p = (p + 1) & (XSET - 1);
	}
	return 0;
}

/* nul: s[0..n) holds a NUL byte */
static int in_exact(const char *s, size_t n, int nul)
{
	static size_t longest;
	if (!longest)
		for (int k = 0; exact[k]; k++)
			if (strlen(exact[k]) > longest)
				longest = strlen(exact[k]);
	/* a longer line cannot be one (n may count bytes past a NUL: then
	 * the string is shorter still, and the set is asked) */
	if (n > longest && !nul)
		return 0;
	return in_set(&exact_set, exact, s);
}

/* ---- one pass over a folded line for every phrase list ----
 * The lists searched as substrings (cta, news_with, cookie_with and the
 * single words) and the ones that must start the line (section, resume)
 * share one table, bucketed by a hash of a phrase's first four bytes
 * (every phrase has at least four).  line_kinds() looks at each position
 * of the line once and returns the P_ bits of every phrase found there:
 * the same answers as a strstr() per phrase, in one pass. */
enum {
	P_CTA = 1, P_NEWS_WITH = 2, P_COOKIE_WITH = 4, P_COOKIE = 8, P_NEWSLETTER = 16,
	P_SUBSCRIBE = 32, P_ABONNIEREN = 64,
	P_SECTION = 128, P_RESUME = 256,    /* only at the start of the line */
};

static const char *const cookie_with[] = {
	"website", "webseite", "accept", "akzept", "consent", "zustimm", "einwillig",
	"browser", "we use", "wir verwenden", "nutzen", "privacy", "datenschutz",
	"settings", "einstellungen", "experience", "erfahrung", "analytics", NULL,
};
static const char *const w_cookie[] = {"cookie", NULL};
static const char *const w_newsletter[] = {"newsletter", NULL};
static const char *const w_subscribe[] = {"subscribe", NULL};
static const char *const w_abonnieren[] = {"abonnieren", NULL};

enum { NPHRASE = 192, NBUCKET = 1024 };
typedef struct phrase {
	const char *s;
	unsigned short len, kinds;
	short next;          /* index + 1 of the next phrase in its bucket */
} phrase;
static phrase phrases[NPHRASE];
static short bucket[NBUCKET];   /* index + 1 of the bucket's first phrase */
static int nphrases;
/* 1 for each hash of the first four bytes of some phrase: most positions
 * of a line start no phrase and fail this one test */
static unsigned char quad_hit[4096];

static unsigned key4(const char *s)   /* 12 bits; the bucket: the low 10 */
{
	uint32_t k;
	memcpy(&k, s, 4);
	return (k * 2654435761u) >> 20;
}

static void add_phrases(const char *const *list, unsigned kind)
{
	for (int k = 0; list[k]; k++) {
		size_t l = strlen(list[k]);
		int i;
		for (i = 0; i < nphrases; i++)
			if (phrases[i].len == l && !memcmp(phrases[i].s, list[k], l))
				break;
		if (i == nphrases) {
			if (nphrases == NPHRASE || l < 4)   /* the lists above are wrong */
				jd_die(1, "boiler.c: cannot index phrase '%s'", list[k]);
			unsigned h = key4(list[k]), b = h & (NBUCKET - 1);
			quad_hit[h] = 1;
			phrases[i].s = list[k];
			phrases[i].len = (unsigned short)l;
			phrases[i].next = bucket[b];
			bucket[b] = (short)(i + 1);
			nphrases++;
		}
		phrases[i].kinds |= (unsigned short)kind;
	}
}

static void phrases_init(void)
{
	if (nphrases)
		return;
	add_phrases(cta, P_CTA);
	add_phrases(news_with, P_NEWS_WITH);
	add_phrases(cookie_with, P_COOKIE_WITH);
	add_phrases(w_cookie, P_COOKIE);
	add_phrases(w_newsletter, P_NEWSLETTER);
	add_phrases(w_subscribe, P_SUBSCRIBE);
	add_phrases(w_abonnieren, P_ABONNIEREN);
	add_phrases(section, P_SECTION);
	add_phrases(resume, P_RESUME);
}

/* the P_ bits of the phrases in s[0..n), which holds no NUL byte */
static unsigned phrase_kinds(const char *s, size_t n)
{
	unsigned kinds = 0;
	if (n < 4)
		return 0;
	const char *end = s + n - 3;   /* positions with four bytes left */
	for (const char *q = s; q < end; q++) {
		unsigned h = key4(q);
		if (!quad_hit[h])
			continue;
		size_t i = (size_t)(q - s);
		for (int k = bucket[h & (NBUCKET - 1)]; k; k = phrases[k - 1].next) {
			const phrase *p = &phrases[k - 1];
			if (p->len > n - i || memcmp(q, p->s, p->len))
				continue;
			kinds |= i ? p->kinds & ~(unsigned)(P_SECTION | P_RESUME) : p->kinds;
		}
	}
	return kinds;
}

/* the same for a NUL-terminated s of length n, up to a NUL byte in it
 * (strstr would stop there too) */
static unsigned line_kinds(const char *s, size_t n)
{
	const char *nul = memchr(s, '\0', n);
	return phrase_kinds(s, nul ? (size_t)(nul - s) : n);
}

unsigned jdx_phrase_kinds(const char *s, size_t n)
{
	phrases_init();
	return line_kinds(s, n);
}

/* the same by one strstr() (or prefix test) per phrase: what the one pass
 * stands for (the unit tests compare the two) */
unsigned jdx_phrase_kinds_slow(const char *s)
{
	static const struct { const char *const *list; unsigned kind; } lists[] = {
		{cta, P_CTA}, {news_with, P_NEWS_WITH}, {cookie_with, P_COOKIE_WITH},
		{w_cookie, P_COOKIE}, {w_newsletter, P_NEWSLETTER}, {w_subscribe, P_SUBSCRIBE},
		{w_abonnieren, P_ABONNIEREN}, {section, P_SECTION}, {resume, P_RESUME},
	};
	unsigned kinds = 0;
	for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
		for (int k = 0; lists[i].list[k]; k++) {
			const char *p = lists[i].list[k];
			int prefix = lists[i].kind == P_SECTION || lists[i].kind == P_RESUME;
			if (prefix ? !strncmp(s, p, strlen(p)) : strstr(s, p) != NULL)
				kinds |= lists[i].kind;
		}
	return kinds;
}

/* the folded line ln, cut of trailing punctuation, arrows and spaces,
 * into f (NUL-terminated) */
static void fold_line(jd_buf *f, const jdx_doc *d, const jdx_line *ln)
{
	const unsigned char *u = (const unsigned char *)d->fold.p + ln->foff;
	size_t l = ln->flen;
	while (l) {
		unsigned char c = u[l - 1];
		if (c == '.' || c == '!' || c == '?' || c == ':' || c == ' ' || c == '>' || c == ')')
			l--;
		/* multi-byte arrows and similar symbols: U+2190..U+21FF, U+2192 etc. */
		else if (l >= 3 && u[l - 3] == 0xE2)
			l -= 3;
		else if (l >= 2 && u[l - 2] == 0xC2 && c == 0xBB)   /* » */
			l -= 2;
		else
			break;
	}
	jd_buf_reset(f);
	jd_buf_add(f, u, l);
}

/* memmem(s, n, "ookie", 5) and memmem(s, n, "ewsletter", 9), in one pass
 * that looks for "ki" and "ws", sixteen positions a step with SSE2 */
static void cookie_news(const char *s, size_t n, int *ck, int *nw)
{
	*ck = *nw = 0;
	size_t i = 0;
#ifdef __SSE2__
	/* "ki" is at 2 in "ookie", "ws" at 1 in "ewsletter" */
	for (; i + 17 <= n; i += 16) {
		__m128i a = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 1));
		unsigned ki = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('k')),
									_mm_cmpeq_epi8(b, _mm_set1_epi8('i'))));
		unsigned ws = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('w')),
									_mm_cmpeq_epi8(b, _mm_set1_epi8('s'))));
		for (; ki; ki &= ki - 1) {
			size_t p = i + (size_t)__builtin_ctz(ki);
			if (p >= 2 && p + 3 <= n && !memcmp(s + p - 2, "ookie", 5))
				*ck = 1;
		}
		for (; ws; ws &= ws - 1) {
			size_t p = i + (size_t)__builtin_ctz(ws);
			if (p >= 1 && p + 8 <= n && !memcmp(s + p - 1, "ewsletter", 9))
				*nw = 1;
		}
	}
#endif
	for (; i + 1 < n; i++) {
		if (s[i] == 'k' && s[i + 1] == 'i' && i >= 2 && i + 3 <= n && !memcmp(s + i - 2, "ookie", 5))
			*ck = 1;
		if (s[i] == 'w' && s[i + 1] == 's' && i >= 1 && i + 8 <= n && !memcmp(s + i - 1, "ewsletter", 9))
			*nw = 1;
	}
}

/* memmem(s, n, w, wl) != NULL, by memchr for w[at] (a rare letter) */
static int has_sub(const char *s, size_t n, const char *w, size_t wl, size_t at)
{
	if (n < wl)
		return 0;
	const char *p = s + at, *end = s + n - (wl - 1 - at);
	while (p < end && (p = memchr(p, w[at], (size_t)(end - p)))) {
		if (!memcmp(p - at, w, wl))
			return 1;
		p++;
	}
	return 0;
}

static int only_social(const char *s)
{
	char w[32];
	size_t k = 0, n = 0;
	for (const char *p = s;; p++) {
		char c = *p;
		if ((c >= 'a' && c <= 'z') || (c & 0x80)) {
			/* the social words are ASCII and at most 9 letters long:
			 * a word that is not cannot be one of them */
			if (k == 9 || (c & 0x80))
				return 0;
			w[k++] = c;
			continue;
		}
		if (k) {
			w[k] = '\0';
			if (!in_set(&social_set, social, w))
				return 0;
			n++;
			k = 0;
		}
		if (!c)
			break;
	}
	return n >= 2;
}

/* "Python jobs · Java jobs · Remote jobs": a row of short links */
static int link_row(const char *s)
{
	size_t segs = 0, words = 0, maxw = 0;
	const char *p = s;
	for (;;) {
		size_t l = strcspn(p, "|");
		const char *dot = strstr(p, "\xC2\xB7");
		const char *bul = strstr(p, "\xE2\x80\xA2");
		size_t cut = l, skip = 1;
		if (dot && (size_t)(dot - p) < cut) { cut = (size_t)(dot - p); skip = 2; }
		if (bul && (size_t)(bul - p) < cut) { cut = (size_t)(bul - p); skip = 3; }
		words = 0;
		int in = 0;
		for (size_t i = 0; i < cut; i++) {
			int w = p[i] != ' ';
			if (w && !in)
				words++;
			in = w;
		}
		if (words > maxw)
			maxw = words;
		if (words)
			segs++;
		if (!p[cut])
			break;
		p += cut + skip;
	}
	return segs >= 3 && maxw <= 3;
}

/* a cookie notice: "cookie" and a word about consent, the website, ... */
static int cookie_notice(unsigned kinds)
{
	return (kinds & P_COOKIE) && (kinds & P_COOKIE_WITH);
}

void jdx_boiler_mark(jdx_doc *d)
{
	phrases_init();
	jd_buf f = JD_BUF_INIT;
	int in_section = 0;
	size_t para_start = 0;
	int para_news = 0;
	size_t para_words = 0;
	for (size_t i = 0; i <= d->nlines; i++) {
		jdx_line *l = i < d->nlines ? &d->lines[i] : NULL;
		if (!l || l->para) {
			/* close the paragraph [para_start, i) */
			if (para_news && para_words <= 40)
				for (size_t k = para_start; k < i; k++)
					d->lines[k].drop = 1;
			para_start = i;
			para_news = 0;
			para_words = 0;
		}
		if (!l)
			break;
		const char *s = d->text.p + l->off;
		size_t words = l->words;
		para_words += words;
		if (in_section && words > 10) {
			l->drop = 1;
			continue;
		}
		if (words > 24) {
			/* a sentence or paragraph: only cookie and newsletter notices */
			int ck, nw;
			cookie_news(s, l->len, &ck, &nw);
			ck &= words <= 60;
			nw &= words <= 40;
			if (ck || nw) {
				fold_line(&f, d, l);
				unsigned kinds = line_kinds(f.p, f.len);
				if ((ck && cookie_notice(kinds)) || (nw && (kinds & P_NEWS_WITH))) {
					l->drop = 1;
					para_news |= nw;
				}
			}
			continue;
		}
		fold_line(&f, d, l);
		const char *t = f.p;
		/* past 12 words only the cookie and newsletter rules look at
		 * phrases (the section ones want 10 words at most); a NUL
		 * byte ends the line for them */
		unsigned kinds = 0;
		if (words <= 12 || has_sub(t, f.len, "cookie", 6, 4) || has_sub(t, f.len, "newsletter", 10, 3))
			kinds = l->nul ? line_kinds(t, f.len) : phrase_kinds(t, f.len);
		if (in_section) {
			if (words <= 10 && (kinds & P_RESUME)) {
				in_section = 0;
			} else {
				l->drop = 1;
				continue;
			}
		}
		if (words <= 10 && !l->bullet && (kinds & P_SECTION)) {
			in_section = 1;
			l->drop = 1;
			continue;
		}
		/* link_row needs two '|', '·' or '•' separators (the last bytes
		 * of U+00B7 and U+2022) */
		if (!*t || (words <= 8 && in_exact(t, f.len, l->nul)) || (words <= 12 && (kinds & P_CTA)) ||
		    !strncmp(t, "\xC2\xA9", 2) || !strncmp(t, "(c) ", 4) ||
		    (words <= 8 && only_social(t)) ||
		    ((memchr(t, '|', f.len) || memchr(t, 0xB7, f.len) || memchr(t, 0xA2, f.len)) && link_row(t)) ||
		    cookie_notice(kinds)) {
			l->drop = 1;
		}
		int news = (kinds & P_NEWSLETTER) != 0;
		if ((words <= 12 && (kinds & (P_NEWSLETTER | P_SUBSCRIBE | P_ABONNIEREN))) ||
		    (news && (kinds & P_NEWS_WITH))) {
			l->drop = 1;
			para_news = 1;
		}
	}
	jd_buf_free(&f);
}

/* ---- template detection ---- */

typedef struct slot {
	uint64_t h;
	uint32_t count;
	uint32_t last;   /* doc index + 1 */
} slot;

static int cmp_group(const void *a, const void *b)
{
	const jdx_doc *x = *(jdx_doc *const *)a, *y = *(jdx_doc *const *)b;
	return strcmp(x->group ? x->group : "", y->group ? y->group : "");
}

static int is_heading(const jdx_doc *d, size_t i)
{
	const jdx_line *l = &d->lines[i];
	const char *s = d->text.p + l->off;
	if (l->len && s[l->len - 1] == ':')
		return 1;
	if (l->words > 6 || l->bullet)
		return 0;
	char c = l->len ? s[l->len - 1] : '.';
	if (c == '.' || c == '!')
		return 0;
	/* followed by a list or a real paragraph */
	if (i + 1 < d->nlines) {
		const jdx_line *n = &d->lines[i + 1];
		if (n->bullet || n->words >= 15)
			return 1;
	}
	return 0;
}

static void template_group(jdx_doc **docs, size_t n)
{
	size_t total = 0;
	for (size_t i = 0; i < n; i++)
		total += docs[i]->nlines;
	if (!total)
		return;
	/* the lines' hashes first (0: not a candidate); then two passes over
	 * the table, which is larger than the caches: each slot is fetched
	 * some lines ahead of its use */
	enum { AHEAD = 16 };
	uint64_t *hs = jd_xmalloc(total * sizeof *hs);
	size_t k = 0, m = 0;
	for (size_t i = 0; i < n; i++) {
		jdx_doc *d = docs[i];
		for (size_t j = 0; j < d->nlines; j++, k++) {
			jdx_line *l = &d->lines[j];
			hs[k] = 0;
			if (l->drop || l->words < 2 || is_heading(d, j))
				continue;
			/* a template repeats its lines byte for byte */
			hs[k] = jd_hash64(d->text.p + l->off, l->len, 0) | 1;
			m++;
		}
	}
	size_t cap = 64;
	while (cap < m * 2)
		cap *= 2;
	slot *tab = jd_xcalloc(cap, sizeof *tab);
	k = 0;
	for (size_t i = 0; i < n; i++) {
		jdx_doc *d = docs[i];
		for (size_t j = 0; j < d->nlines; j++, k++) {
			if (k + AHEAD < total && hs[k + AHEAD])
				__builtin_prefetch(&tab[hs[k + AHEAD] & (cap - 1)], 1);
			uint64_t h = hs[k];
			if (!h)
				continue;
			size_t p = (size_t)h & (cap - 1);
			while (tab[p].h && tab[p].h != h)
				p = (p + 1) & (cap - 1);
			tab[p].h = h;
			if (tab[p].last != i + 1) {
				tab[p].last = (uint32_t)(i + 1);
				tab[p].count++;
			}
		}
	}
	k = 0;
	for (size_t i = 0; i < n; i++) {
		jdx_doc *d = docs[i];
		for (size_t j = 0; j < d->nlines; j++, k++) {
			if (k + AHEAD < total && hs[k + AHEAD])
				__builtin_prefetch(&tab[hs[k + AHEAD] & (cap - 1)], 0);
			if (!hs[k])
				continue;
			size_t p = (size_t)hs[k] & (cap - 1);
			while (tab[p].h != hs[k])
				p = (p + 1) & (cap - 1);
			if (tab[p].count >= 3 && (size_t)tab[p].count * 2 > n)
				d->lines[j].drop = 2;
		}
	}
	free(hs);
	free(tab);
}

void jdx_template_mark(jdx_doc **docs, size_t n)
{
	if (n < 3)
		return;
	/* a folder's batch is one group: no sort needed */
	size_t same = 1;
	while (same < n && !cmp_group(&docs[0], &docs[same]))
		same++;
	if (same == n) {
		template_group(docs, n);
		return;
	}
	jdx_doc **v = jd_xmalloc(n * sizeof *v);
	memcpy(v, docs, n * sizeof *v);
	qsort(v, n, sizeof *v, cmp_group);
	size_t i = 0;
	while (i < n) {
		size_t j = i + 1;
		while (j < n && !cmp_group(&v[i], &v[j]))
			j++;
		if (j - i >= 3)
			template_group(v + i, j - i);
		i = j;
	}
	free(v);
}
