/* jd-corpus-files: a gen-corpus CSV as a folder tree of scraped pages, the
 * input scripts/bench gives jd-extract's file rows.
 *
 *   jd-corpus-files [--txt DIR] [--html DIR] [--dirs N] [--bytes SIZE] CORPUS.csv
 *
 * Record R (1-based) goes to DIR/FF/RRRRRR.txt and/or DIR/FF/RRRRRR.html,
 * FF = (R - 1) mod N (N folders, default 100).  Every folder is one "site"
 * (one of four page templates, by folder number), so jd-extract's template
 * detection sees what it sees on a real scrape: the same furniture in each
 * document of a folder.
 *   .txt   what a copy of the page text looks like: a site line, the title,
 *          labelled fields, the ad, then furniture (apply/share buttons, a
 *          newsletter line, a cookie notice, a list of similar jobs)
 *   .html  a page: head with <title>, meta charset, canonical link, CSS and
 *          scripts (one template also JSON-LD); a header with the site's
 *          nav, a cookie banner, an article with <h1>, a table of facts and
 *          the ad as <h2>/<p>/<ul><li> (blank-line paragraphs, "- " bullet
 *          lines, "...:" headings), share buttons, a related-jobs aside, a
 *          footer with a newsletter form and legal links
 * Deterministic: the files depend only on the CSV and the options.
 * --bytes SIZE stops after the record whose text brings the total of the
 * ads' text to SIZE (suffixes K, M, G), so a slice of a big corpus is cheap.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "jd_buf.h"
#include "jd_csv.h"
#include "jd_tool.h"

static const char usage[] =
"usage: jd-corpus-files [--txt DIR] [--html DIR] [--dirs N] [--bytes SIZE] CORPUS.csv\n"
"\n"
"Writes each ad of a gen-corpus CSV (columns title, company, location, posted,\n"
"employment, lang, source, text) as a scraped page: DIR/FF/RRRRRR.txt (--txt)\n"
"and/or DIR/FF/RRRRRR.html (--html), R the record number, FF = (R - 1) mod N.\n"
"Each folder is one site: its pages share nav, footer and furniture lines.\n"
"\n"
"Options:\n"
"  --txt DIR      write plain-text pages under DIR\n"
"  --html DIR     write HTML pages under DIR\n"
"  --dirs N       number of folders (default 100)\n"
"  --bytes SIZE   stop after the ads' text reaches SIZE bytes (K, M, G)\n"
"  --help, --version\n"
"Prints \"records txt-bytes html-bytes\" on standard output.\n"
"Exit status: 0 ok, 1 I/O error, 2 usage error.\n";

/* ---- one record's fields ---- */
enum { C_TITLE, C_COMPANY, C_LOCATION, C_POSTED, C_EMPLOYMENT, C_LANG, C_SOURCE, C_TEXT, C_N };
static const char *const col_names[C_N] = {
	"title", "company", "location", "posted", "employment", "lang", "source", "text",
};

typedef struct ad {
	const char *f[C_N];
	size_t len[C_N];
	unsigned long long rec;
	unsigned site;
	int de;                /* German furniture */
} ad;

/* the titles of the last few ads: a site's "similar jobs" list */
enum { NRECENT = 4 };
static jd_buf recent[NRECENT];   /* empty until NRECENT ads are seen */

static void remember_title(const ad *a)
{
	jd_buf *b = &recent[a->rec % NRECENT];
	jd_buf_reset(b);
	jd_buf_add(b, a->f[C_TITLE], a->len[C_TITLE]);
}

/* ---- the four sites ---- */
typedef struct site {
	const char *host, *name;
	const char *nav[5];
	const char *txt_head;            /* first line of a .txt page */
	const char *apply, *share, *save;
	const char *news, *cookie, *similar;
	const char *legal;
	int jsonld;
} site;

static const site sites[4] = {
	{"jobs.northboard.example", "Northboard Jobs",
	 {"Jobs", "Companies", "Salaries", "Career advice", "Post a job"},
	 "Northboard Jobs | Sign in | Post a job",
	 "Apply now", "Share this job", "Save job",
	 "Subscribe to our newsletter and get new jobs in your inbox every week.",
	 "We use cookies to improve your experience on our website. By continuing you accept our cookie policy.",
	 "Similar jobs", "Privacy policy | Terms of use | Contact", 0},
	{"www.stellenwerk.example", "Stellenwerk",
	 {"Jobs", "Unternehmen", "Gehalt", "Ratgeber", "Stelle inserieren"},
	 "Stellenwerk | Anmelden | Registrieren",
	 "Jetzt bewerben", "Stelle teilen", "Stelle merken",
	 "Abonnieren Sie unseren Newsletter und verpassen Sie keine neuen Stellen.",
	 "Wir verwenden Cookies, um Ihnen die bestmögliche Erfahrung auf unserer Webseite zu bieten.",
	 "Ähnliche Jobs", "Impressum | Datenschutz | AGB", 1},
	{"careers.talentline.example", "Talentline",
	 {"Find jobs", "Remote jobs", "Companies", "Blog", "For employers"},
	 "Talentline - Find jobs | Log in",
	 "Apply for this job", "Share on LinkedIn", "Save",
	 "Sign up for our newsletter: the best jobs, no spam, unsubscribe at any time.",
	 "This website uses cookies and analytics to improve your browsing experience. Accept all",
	 "Related jobs", "Privacy | Imprint | Cookie settings", 1},
	{"www.jobfinder.example", "Jobfinder",
	 {"Home", "Search jobs", "Job alerts", "Companies", "Login"},
	 "Jobfinder | Home | Search jobs",
	 "Apply online", "Share", "Print",
	 "Newsletter: sign up and get matching jobs by e-mail.",
	 "Our website uses cookies. Accept cookies or change your cookie settings.",
	 "Recommended jobs", "Legal notice | Privacy | Sitemap", 0},
};

/* ---- output ---- */
static int write_file(const char *path, const jd_buf *b)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		return -1;
	size_t off = 0;
	while (off < b->len) {
		ssize_t w = write(fd, b->p + off, b->len - off);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			close(fd);
			return -1;
		}
		off += (size_t)w;
	}
	return close(fd);
}

/* mkdir -p */
static void make_dir(const char *path)
{
	jd_buf p = JD_BUF_INIT;
	jd_buf_adds(&p, path);
	for (size_t i = 1; i <= p.len; i++) {
		if (p.p[i] != '/' && p.p[i] != '\0')
			continue;
		char c = p.p[i];
		p.p[i] = '\0';
		if (mkdir(p.p, 0755) < 0 && errno != EEXIST)
			jd_die(1, "%s:", p.p);
		p.p[i] = c;
	}
	jd_buf_free(&p);
}

static void add(jd_buf *b, const char *s, size_t n) { jd_buf_add(b, s, n); }
static void adds(jd_buf *b, const char *s) { jd_buf_adds(b, s); }

/* text into HTML: & < > and " escaped */
static void add_esc(jd_buf *b, const char *s, size_t n)
{
	size_t run = 0;
	for (size_t i = 0; i < n; i++) {
		const char *e = NULL;
		switch (s[i]) {
		case '&': e = "&amp;"; break;
		case '<': e = "&lt;"; break;
		case '>': e = "&gt;"; break;
		case '"': e = "&quot;"; break;
		}
		if (!e)
			continue;
		add(b, s + run, i - run);
		adds(b, e);
		run = i + 1;
	}
	add(b, s + run, n - run);
}

static void add_field(jd_buf *b, const ad *a, int c) { add(b, a->f[c], a->len[c]); }
static void add_field_esc(jd_buf *b, const ad *a, int c) { add_esc(b, a->f[c], a->len[c]); }

static void txt_page(jd_buf *b, const ad *a)
{
	const site *s = &sites[a->site];
	jd_buf_reset(b);
	adds(b, s->txt_head);
	adds(b, "\n\n");
	add_field(b, a, C_TITLE);
	adds(b, "\n");
	if (a->len[C_COMPANY]) {
		adds(b, a->de ? "Unternehmen: " : "Company: ");
		add_field(b, a, C_COMPANY);
		adds(b, "\n");
	}
	if (a->len[C_LOCATION]) {
		adds(b, a->de ? "Standort: " : "Location: ");
		add_field(b, a, C_LOCATION);
		adds(b, "\n");
	}
	adds(b, "\n");
	add_field(b, a, C_TEXT);
	adds(b, "\n\n");
	adds(b, s->apply);
	adds(b, "\n");
	adds(b, s->share);
	adds(b, "\n");
	adds(b, s->save);
	adds(b, "\n\n");
	adds(b, s->news);
	adds(b, "\n\n");
	adds(b, s->similar);
	adds(b, "\n");
	for (unsigned i = 0; i < NRECENT; i++) {
		if (!recent[i].len)
			continue;
		adds(b, "- ");
		add(b, recent[i].p, recent[i].len);
		adds(b, "\n");
	}
	adds(b, "\n");
	adds(b, s->cookie);
	adds(b, "\n");
	adds(b, s->legal);
	adds(b, "\n");
}

static const char css[] =
	"body{margin:0;font-family:system-ui,sans-serif;color:#222;background:#fafafa}"
	".site-header{display:flex;align-items:center;padding:0 24px;height:64px;background:#fff;"
	"border-bottom:1px solid #e5e5e5}.site-header nav a{margin:0 12px;color:#333;text-decoration:none}"
	".cookie-banner{position:fixed;bottom:0;left:0;right:0;padding:16px;background:#333;color:#fff}"
	"article.job{max-width:760px;margin:32px auto;padding:32px;background:#fff;border-radius:8px}"
	"table.facts td,table.facts th{padding:4px 12px 4px 0;text-align:left}"
	".btn{display:inline-block;padding:10px 20px;background:#0a66c2;color:#fff;border-radius:4px}"
	"footer{padding:32px;background:#222;color:#ccc}footer a{color:#ccc}";

static const char js_head[] =
	"(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
	"var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';"
	"j.async=true;j.src='https://tags.example/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);"
	"})(window,document,'script','dataLayer','GTM-XXXX');";

static const char js_tail[] =
	"document.querySelectorAll('.cookie-banner button').forEach(function(b){"
	"b.addEventListener('click',function(){document.cookie='consent=1;path=/;max-age=31536000';"
	"b.closest('.cookie-banner').remove();});});"
	"if(window.innerWidth<600){document.body.classList.add('mobile');}";

/* the ad's text as HTML: blank lines end paragraphs, "- " lines are list
 * items, a line that starts a paragraph and ends in ':' (or is short and
 * has no full stop) is a heading */
static void html_body(jd_buf *b, const char *t, size_t n)
{
	size_t i = 0;
	int in_list = 0, in_p = 0;
	while (i <= n) {
		const char *nl = i < n ? memchr(t + i, '\n', n - i) : NULL;
		size_t e = nl ? (size_t)(nl - t) : n;
		const char *l = t + i;
		size_t ll = e - i;
		int blank = ll == 0;
		int bullet = ll >= 2 && l[0] == '-' && l[1] == ' ';
		if ((blank || bullet) && in_p) {
			adds(b, "</p>\n");
			in_p = 0;
		}
		if (!bullet && in_list) {
			adds(b, "</ul>\n");
			in_list = 0;
		}
		if (bullet) {
			if (!in_list)
				adds(b, "<ul>\n");
			in_list = 1;
			adds(b, "<li>");
			add_esc(b, l + 2, ll - 2);
			adds(b, "</li>\n");
		} else if (!blank) {
			int heading = !in_p && ll < 80 &&
				(l[ll - 1] == ':' || (ll < 40 && l[ll - 1] != '.'));
			if (heading) {
				adds(b, "<h2>");
				add_esc(b, l, ll);
				adds(b, "</h2>\n");
			} else {
				adds(b, in_p ? "<br>" : "<p>");
				add_esc(b, l, ll);
				in_p = 1;
			}
		}
		if (!nl)
			break;
		i = e + 1;
	}
	if (in_p)
		adds(b, "</p>\n");
	if (in_list)
		adds(b, "</ul>\n");
}

static void html_page(jd_buf *b, const ad *a)
{
	const site *s = &sites[a->site];
	jd_buf_reset(b);
	adds(b, "<!DOCTYPE html>\n<html lang=\"");
	if (a->len[C_LANG])
		add_field_esc(b, a, C_LANG);
	else
		adds(b, "en");
	adds(b, "\">\n<head>\n<meta charset=\"utf-8\">\n"
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
	add_field_esc(b, a, C_TITLE);
	if (a->len[C_COMPANY]) {
		adds(b, " - ");
		add_field_esc(b, a, C_COMPANY);
	}
	adds(b, " | ");
	adds(b, s->name);
	jd_buf_printf(b, "</title>\n<link rel=\"canonical\" href=\"https://%s/job/%llu\">\n", s->host, a->rec);
	adds(b, "<link rel=\"stylesheet\" href=\"/static/site.css\">\n<style>");
	adds(b, css);
	adds(b, "</style>\n<script>");
	adds(b, js_head);
	adds(b, "</script>\n");
	if (s->jsonld) {
		adds(b, "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
			"\"@type\":\"JobPosting\",\"title\":\"");
		add_field_esc(b, a, C_TITLE);
		adds(b, "\",\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"");
		add_field_esc(b, a, C_COMPANY);
		adds(b, "\"},\"datePosted\":\"");
		add_field_esc(b, a, C_POSTED);
		adds(b, "\",\"jobLocation\":{\"@type\":\"Place\",\"address\":{\"@type\":\"PostalAddress\","
			"\"addressLocality\":\"");
		add_field_esc(b, a, C_LOCATION);
		adds(b, "\"}}}</script>\n");
	}
	adds(b, "</head>\n<body class=\"job-page\">\n<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n"
		"<header class=\"site-header\">\n<div class=\"logo\"><a href=\"/\">");
	adds(b, s->name);
	adds(b, "</a></div>\n<nav><ul>");
	for (int k = 0; k < 5; k++)
		jd_buf_printf(b, "<li><a href=\"/%d\">%s</a></li>", k, s->nav[k]);
	adds(b, "</ul></nav>\n</header>\n<div id=\"cookie-consent\" class=\"cookie-banner\" role=\"dialog\"><p>");
	adds(b, s->cookie);
	adds(b, "</p><button>OK</button><button>Settings</button></div>\n<main id=\"main\">\n"
		"<div class=\"breadcrumb\"><a href=\"/\">Home</a> &rsaquo; <a href=\"/jobs\">Jobs</a> &rsaquo; ");
	add_field_esc(b, a, C_TITLE);
	adds(b, "</div>\n<article class=\"job\">\n<h1>");
	add_field_esc(b, a, C_TITLE);
	adds(b, "</h1>\n<table class=\"facts\">\n");
	static const char *const en_lab[] = {"Company", "Location", "Posted", "Employment type"};
	static const char *const de_lab[] = {"Unternehmen", "Standort", "Veröffentlicht", "Anstellungsart"};
	static const int fact_col[] = {C_COMPANY, C_LOCATION, C_POSTED, C_EMPLOYMENT};
	for (int k = 0; k < 4; k++) {
		if (!a->len[fact_col[k]])
			continue;
		jd_buf_printf(b, "<tr><th>%s:</th><td>", a->de ? de_lab[k] : en_lab[k]);
		add_field_esc(b, a, fact_col[k]);
		adds(b, "</td></tr>\n");
	}
	adds(b, "</table>\n<div class=\"description\">\n");
	html_body(b, a->f[C_TEXT], a->len[C_TEXT]);
	jd_buf_printf(b, "</div>\n<p class=\"apply\"><a class=\"btn\" href=\"/apply/%llu\">", a->rec);
	adds(b, s->apply);
	adds(b, "</a></p>\n<div class=\"share-buttons\">");
	adds(b, s->share);
	adds(b, ": <a href=\"#\">LinkedIn</a> <a href=\"#\">X</a> <a href=\"#\">Facebook</a></div>\n"
		"</article>\n<aside class=\"related-jobs\">\n<h2>");
	adds(b, s->similar);
	adds(b, "</h2>\n<ul>\n");
	for (unsigned i = 0; i < NRECENT; i++) {
		if (!recent[i].len)
			continue;
		jd_buf_printf(b, "<li><a href=\"/job/%u\">", i);
		add_esc(b, recent[i].p, recent[i].len);
		adds(b, "</a></li>\n");
	}
	adds(b, "</ul>\n</aside>\n</main>\n<footer>\n<form class=\"newsletter\" action=\"/subscribe\"><p>");
	adds(b, s->news);
	adds(b, "</p><input type=\"email\" name=\"email\"><button>OK</button></form>\n<p>");
	adds(b, s->legal);
	adds(b, "</p>\n<p>&copy; 2026 ");
	adds(b, s->name);
	adds(b, "</p>\n</footer>\n<script>");
	adds(b, js_tail);
	adds(b, "</script>\n</body>\n</html>\n");
}

int main(int argc, char **argv)
{
	enum { OPT_TXT = JD_OPT_FIRST_TOOL, OPT_HTML, OPT_DIRS, OPT_BYTES };
	static const struct option longopts[] = {
		JD_COMMON_LONGOPTS,
		{"txt", required_argument, NULL, OPT_TXT},
		{"html", required_argument, NULL, OPT_HTML},
		{"dirs", required_argument, NULL, OPT_DIRS},
		{"bytes", required_argument, NULL, OPT_BYTES},
		{NULL, 0, NULL, 0},
	};
	const char *dir[2] = {NULL, NULL};   /* txt, html */
	long ndirs = 100;
	unsigned long long limit = 0;
	jd_tool_init("jd-corpus-files", argc, argv);
	int c;
	while ((c = jd_getopt(argc, argv, "", longopts, usage)) != -1) {
		switch (c) {
		case OPT_TXT: dir[0] = optarg; break;
		case OPT_HTML: dir[1] = optarg; break;
		case OPT_DIRS: ndirs = jd_opt_long("--dirs", optarg, 1, 10000); break;
		case OPT_BYTES: limit = jd_opt_size("--bytes", optarg); break;
		default: jd_usage_error("unknown option");
		}
	}
	if (argc - optind != 1)
		jd_usage_error("expected one CORPUS.csv");
	if (!dir[0] && !dir[1])
		jd_usage_error("nothing to write: give --txt DIR and/or --html DIR");

	jd_csv_reader *r = jd_csv_open(argv[optind], 0);
	if (!r)
		jd_die(1, "%s:", argv[optind]);
	if (!jd_csv_header(r))
		jd_die(1, "%s: empty", argv[optind]);
	int col[C_N];
	for (int k = 0; k < C_N; k++)
		col[k] = jd_csv_col(r, col_names[k]);
	if (col[C_TEXT] < 0)
		jd_die(1, "%s: no column 'text'", argv[optind]);

	jd_buf path = JD_BUF_INIT, page = JD_BUF_INIT;
	for (int d = 0; d < 2; d++) {
		if (!dir[d])
			continue;
		make_dir(dir[d]);
		for (long k = 0; k < ndirs; k++) {
			jd_buf_reset(&path);
			jd_buf_printf(&path, "%s/%02ld", dir[d], k);
			make_dir(path.p);
		}
	}
	unsigned long long rec = 0, text_bytes = 0, out_bytes[2] = {0, 0};
	const jd_row *row;
	while ((!limit || text_bytes < limit) && jd_csv_next(r, &row)) {
		ad a;
		a.rec = ++rec;
		for (int k = 0; k < C_N; k++) {
			int i = col[k];
			a.f[k] = i >= 0 && (size_t)i < row->n ? row->f[i] : "";
			a.len[k] = i >= 0 && (size_t)i < row->n ? row->len[i] : 0;
		}
		long folder = (long)((rec - 1) % (unsigned long long)ndirs);
		a.site = (unsigned)(folder % 4);
		a.de = a.len[C_LANG] == 2 && !memcmp(a.f[C_LANG], "de", 2);
		text_bytes += a.len[C_TEXT];
		for (int d = 0; d < 2; d++) {
			if (!dir[d])
				continue;
			if (d == 0)
				txt_page(&page, &a);
			else
				html_page(&page, &a);
			jd_buf_reset(&path);
			jd_buf_printf(&path, "%s/%02ld/%06llu.%s", dir[d], folder, rec, d ? "html" : "txt");
			if (write_file(path.p, &page) < 0)
				jd_die(1, "%s:", path.p);
			out_bytes[d] += page.len;
		}
		remember_title(&a);
	}
	if (jd_csv_errors(r))
		jd_exit_status = JD_EXIT_DATA;
	jd_csv_close(r);
	jd_out_printf(jd_stdout, "%llu %llu %llu\n", rec, out_bytes[0], out_bytes[1]);
	jd_buf_free(&path);
	jd_buf_free(&page);
	for (int i = 0; i < NRECENT; i++)
		jd_buf_free(&recent[i]);
	return jd_tool_exit();
}
