/* jd-extract: scraped job ads in, one canonical CSV record per ad out.
 *
 * The story: every input (a file, a folder walked in sorted order, a
 * scraper's CSV export or JSON Lines, standard input) becomes documents;
 * each document is decoded to UTF-8, turned from HTML into text when it
 * is HTML, split into normalised lines and stripped of site furniture.
 * Documents are held in a batch (one folder, or one export file) so that
 * lines recurring across the batch can be dropped as a site template;
 * then each gets its fields and goes out as one CSV record.
 */
#include "jd_buf.h"
#include "jd_csv.h"
#include "jd_err.h"
#include "jd_hash.h"
#include "jd_text.h"
#include "jd_tool.h"
#include "jd-extract/extract.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

static const char usage[] =
	"Usage: jd-extract [options] [PATH...]\n"
	"Turn scraped job ads into one CSV record per ad:\n"
	"  id,source,lang,title,company,location,posted,employment,seniority,remote,words,text\n"
	"PATH is a file or a folder (walked recursively in sorted order); no PATH or '-'\n"
	"reads standard input.  Plain text, HTML (.html/.htm or sniffed), JSON Lines\n"
	"(.jsonl/.ndjson or sniffed) and scraper CSV exports (--csv, or a .csv file\n"
	"named on the command line) are read; Windows-1252/Latin-1 is converted.\n"
	"\n"
	"Options:\n"
	"  --csv                  read the inputs as scraper CSV exports (also .csv files\n"
	"                         found in folders, which are skipped otherwise)\n"
	"  --jsonl                read standard input and unsuffixed files as JSON Lines\n"
	"  -t, --text-col NAME    export column / JSON key with the ad text (default: text)\n"
	"  --map FIELD=COL,...    export columns / JSON keys for title, company, location,\n"
	"                         posted and source (default: the same names; posted also\n"
	"                         'date', source also 'url')\n"
	"  --date YYYY-MM-DD      posted date for ads that carry none\n"
	"  --min-words N          skip documents with fewer than N words (default: 20)\n"
	"  --keep-boilerplate     keep site furniture and template lines in text\n"
	"  -v, --verbose          summary (and repaired bytes per file) on stderr\n"
	"  --help                 this help\n"
	"  --version              version\n"
	"\n"
	"Exit status: 0 ok, 1 a file or record could not be read, 2 usage error.\n"
	"\n"
	"Example:\n"
	"  jd-extract --date 2026-10-03 scraped/ > ads.csv\n";

enum { OPT_CSV = JD_OPT_FIRST_TOOL, OPT_JSONL, OPT_MAP, OPT_DATE, OPT_MINW, OPT_KEEP };

enum { M_TITLE, M_COMPANY, M_LOCATION, M_POSTED, M_SOURCE, M_N };
static const char *const map_names[M_N] = {"title", "company", "location", "posted", "source"};
static const int map_field[M_N] = {JDX_TITLE, JDX_COMPANY, JDX_LOCATION, JDX_POSTED, -1};

static struct {
	int csv, jsonl, keep, verbose;
	long min_words;
	const char *date;
	const char *map[M_N];       /* NULL: defaults */
	char *map_buf;
} opt = {.min_words = 20};

static struct {
	size_t files, records, skipped, repaired, csv_skipped;
} stats;

/* ---- the batch ---- */
enum { BATCH_MAX = 50000 };
static jdx_doc **batch;
static size_t nbatch, capbatch;
static char *batch_group;
static jd_buf scratch, scratch2, render, norm1;

static void flush_batch(void)
{
	if (!opt.keep)
		jdx_template_mark(batch, nbatch);
	for (size_t i = 0; i < nbatch; i++) {
		jdx_doc *d = batch[i];
		jd_buf_reset(&render);
		jdx_doc_render(d, &render);
		jdx_fields(d, opt.date, &render);
		/* id: the folded text with its line breaks as single spaces (the
		 * lines themselves are already white-space normalised) */
		jd_buf_reset(&norm1);
		size_t words = jdx_doc_id_words(d, &norm1);
		if ((long)words < opt.min_words) {
			stats.skipped++;
			jdx_doc_free(d);
			continue;
		}
		size_t o = norm1.len;
		char id[17];
		jd_hex64(jd_hash64(norm1.p ? norm1.p : "", o, 0), id);
		jd_csv_puts(jd_stdout, id);
		jd_csv_puts(jd_stdout, d->meta.url ? d->meta.url : d->source);
		for (int f = 0; f < JDX_NF; f++)
			jd_csv_puts(jd_stdout, d->f[f]);
		jd_csv_putf(jd_stdout, "%zu", words);
		jd_csv_put(jd_stdout, render.p ? render.p : "", render.len);
		jd_csv_endrow(jd_stdout);
		stats.records++;
		jdx_doc_free(d);
	}
	nbatch = 0;
	free(batch_group);
	batch_group = NULL;
}

static void push_doc(jdx_doc *d)
{
	if (nbatch && (nbatch >= BATCH_MAX || strcmp(batch_group, d->group)))
		flush_batch();
	if (!batch_group)
		batch_group = jd_xstrdup(d->group);
	if (nbatch == capbatch) {
		capbatch = capbatch ? capbatch * 2 : 64;
		batch = jd_xrealloc(batch, capbatch * sizeof *batch);
	}
	batch[nbatch++] = d;
}

static char *dir_of(const char *path)
{
	const char *s = strrchr(path, '/');
	if (!s)
		return jd_xstrdup(".");
	return jd_xstrndup(path, (size_t)(s - path) + (s == path));
}

/* one document from raw bytes; hints (may be NULL) are moved into it */
static void add_doc(const char *raw, size_t n, const char *source, const char *group,
		    jdx_meta *hints, int html, const char *where)
{
	size_t repaired, tn;
	const char *text;
	jd_buf_reset(&scratch);
	if (html < 0)
		html = jdx_looks_html(raw, n);
	jdx_utf8_text(raw, n, html, &scratch, &text, &tn, &repaired);
	if (repaired) {
		stats.repaired += repaired;
		if (opt.verbose)
			jd_warn("%s: %zu invalid byte%s repaired", where, repaired, repaired == 1 ? "" : "s");
	}
	jdx_doc *d = jd_xcalloc(1, sizeof *d);
	d->source = jd_xstrdup(source);
	d->group = jd_xstrdup(group);
	if (hints) {
		d->meta = *hints;
		memset(hints, 0, sizeof *hints);
	}
	if (html) {
		jdx_meta m;
		memset(&m, 0, sizeof m);
		jd_buf_reset(&scratch2);
		jdx_html_text(text, tn, &scratch2, &m);
		for (int f = 0; f < JDX_NF; f++)
			if (!d->meta.f[f]) {
				d->meta.f[f] = m.f[f];
				m.f[f] = NULL;
			}
		if (!d->meta.url) { d->meta.url = m.url; m.url = NULL; }
		d->meta.h1 = m.h1; m.h1 = NULL;
		d->meta.title_tag = m.title_tag; m.title_tag = NULL;
		jdx_meta_free(&m);
		text = scratch2.p ? scratch2.p : "";
		tn = scratch2.len;
	}
	jdx_doc_lines(d, text, tn);
	if (!opt.keep)
		jdx_boiler_mark(d);
	push_doc(d);
}

/* ---- exports: CSV and JSON Lines ---- */
static char *host_group(const char *file, const char *url)
{
	jd_buf b = JD_BUF_INIT;
	jd_buf_adds(&b, file);
	jd_buf_addc(&b, '\t');
	if (url) {
		const char *p = strstr(url, "://");
		if (p) {
			p += 3;
			size_t l = strcspn(p, "/?#");
			jd_buf_add(&b, p, l);
		}
	}
	return jd_buf_take(&b);
}

static void export_doc(const char *file, long line, const char *text, size_t tn,
		       const char *const val[M_N], const size_t vlen[M_N])
{
	jdx_meta m;
	memset(&m, 0, sizeof m);
	for (int k = 0; k < M_N; k++) {
		if (!val[k] || !vlen[k])
			continue;
		jd_buf b = JD_BUF_INIT;
		jd_ws_normalize(&b, val[k], vlen[k], 0);
		if (!b.len) {
			jd_buf_free(&b);
			continue;
		}
		if (k == M_SOURCE)
			m.url = jd_buf_take(&b);
		else
			m.f[map_field[k]] = jd_buf_take(&b);
	}
	char src[64];
	jd_buf s = JD_BUF_INIT;
	snprintf(src, sizeof src, ":%ld", line);
	jd_buf_adds(&s, file);
	jd_buf_adds(&s, src);
	char *g = host_group(file, m.url);
	add_doc(text, tn, s.p, g, &m, -1, s.p);
	free(g);
	jd_buf_free(&s);
}

static const char *map_col(int k)
{
	return opt.map[k] ? opt.map[k] : map_names[k];
}

static void read_csv_export(const char *path)
{
	jd_csv_reader *r = jd_csv_open(path, JD_CSV_RAW);
	const char *name = path;   /* "-" for standard input, as in the reader's own messages */
	if (!r) {
		jd_warn_data("%s:", name);
		return;
	}
	stats.files++;
	if (!jd_csv_header(r)) {
		jd_csv_close(r);
		return;
	}
	int tc = jd_csv_col(r, jd_text_col), col[M_N];
	if (tc < 0) {
		jd_warn_data("%s: no column '%s'", name, jd_text_col);
		jd_csv_close(r);
		return;
	}
	for (int k = 0; k < M_N; k++) {
		col[k] = jd_csv_col(r, map_col(k));
		if (!opt.map[k] && col[k] < 0 && k == M_POSTED)
			col[k] = jd_csv_col(r, "date");
		if (!opt.map[k] && col[k] < 0 && k == M_SOURCE)
			col[k] = jd_csv_col(r, "url");
		if (opt.map[k] && col[k] < 0) {
			jd_warn_data("%s: no column '%s'", name, opt.map[k]);
			jd_csv_close(r);
			return;
		}
	}
	const jd_row *row;
	while (jd_csv_next(r, &row)) {
		const char *val[M_N];
		size_t vlen[M_N];
		for (int k = 0; k < M_N; k++) {
			val[k] = col[k] >= 0 ? row->f[col[k]] : NULL;
			vlen[k] = col[k] >= 0 ? row->len[col[k]] : 0;
		}
		export_doc(name, row->line, row->f[tc], row->len[tc], val, vlen);
	}
	if (jd_csv_errors(r))
		jd_exit_status = JD_EXIT_DATA;
	jd_csv_close(r);
	flush_batch();
}

static int has_bom(const char *p, size_t n)
{
	return n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3);
}

static void read_jsonl(const char *name, const char *p, size_t n)
{
	long line = 0;
	size_t i = has_bom(p, n) ? 3 : 0;   /* editors on Windows write one */
	while (i < n) {
		const char *nl = memchr(p + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - p) : n;
		line++;
		size_t a = i;
		i = nl ? e + 1 : n;
		while (a < e && (p[a] == ' ' || p[a] == '\t' || p[a] == '\r'))
			a++;
		if (a == e)
			continue;
		json_error_t err;
		json_t *j = json_loadb(p + a, e - a, 0, &err);
		if (!j || !json_is_object(j)) {
			jd_warn_data("%s:%ld: %s%s; record skipped", name, line,
				     j ? "not a JSON object" : "invalid JSON: ", j ? "" : err.text);
			json_decref(j);
			continue;
		}
		json_t *t = json_object_get(j, jd_text_col);
		if (!json_is_string(t)) {
			jd_warn_data("%s:%ld: no field '%s'; record skipped", name, line, jd_text_col);
			json_decref(j);
			continue;
		}
		const char *val[M_N];
		size_t vlen[M_N];
		for (int k = 0; k < M_N; k++) {
			json_t *v = json_object_get(j, map_col(k));
			if (!v && !opt.map[k] && k == M_POSTED)
				v = json_object_get(j, "date");
			if (!v && !opt.map[k] && k == M_SOURCE)
				v = json_object_get(j, "url");
			val[k] = json_is_string(v) ? json_string_value(v) : NULL;
			vlen[k] = json_is_string(v) ? json_string_length(v) : 0;
		}
		export_doc(name, line, json_string_value(t), json_string_length(t), val, vlen);
		json_decref(j);
	}
	flush_batch();
}

/* ---- files ---- */
enum { K_SNIFF, K_TEXT, K_HTML, K_JSONL, K_CSV };

static int ends_with(const char *s, const char *suf)
{
	size_t a = strlen(s), b = strlen(suf);
	return a >= b && !strcasecmp(s + a - b, suf);
}

static int kind_by_name(const char *path)
{
	if (ends_with(path, ".html") || ends_with(path, ".htm") || ends_with(path, ".xhtml"))
		return K_HTML;
	if (ends_with(path, ".txt") || ends_with(path, ".text"))
		return K_TEXT;
	if (ends_with(path, ".jsonl") || ends_with(path, ".ndjson"))
		return K_JSONL;
	if (ends_with(path, ".csv"))
		return K_CSV;
	return K_SNIFF;
}

static jd_buf filebuf;   /* reused for every file */

/* the whole of fd into filebuf.  A regular file is read with one read()
 * when it fits: a short read of a regular file means its end (POSIX). */
static int slurp(int fd, int regular)
{
	jd_buf_reset(&filebuf);
	for (;;) {
		jd_buf_grow(&filebuf, 1 << 16);
		size_t want = filebuf.cap - filebuf.len - 1;
		ssize_t r = read(fd, filebuf.p + filebuf.len, want);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (r == 0)
			break;
		filebuf.len += (size_t)r;
		if (regular && (size_t)r < want)
			break;
	}
	filebuf.p[filebuf.len] = '\0';
	return 0;
}

static int looks_jsonl(const char *p, size_t n)
{
	size_t i = has_bom(p, n) ? 3 : 0;
	while (i < n && (p[i] == ' ' || p[i] == '\n' || p[i] == '\r' || p[i] == '\t'))
		i++;
	return i < n && p[i] == '{';
}

/* regular: path is known to name a regular file; at: a folder's
 * descriptor and the file's name in it (a shorter lookup), or -1 */
static void read_doc_file(const char *path, int kind, int regular, int at, const char *leaf)
{
	int is_stdin = !strcmp(path, "-");
	const char *name = path;   /* "-" for standard input, as in every tool's messages */
	if (kind == K_CSV) {
		read_csv_export(path);
		return;
	}
	int fd = is_stdin ? 0 : at >= 0 ? openat(at, leaf, O_RDONLY) : open(path, O_RDONLY);
	if (fd < 0) {
		jd_warn_data("%s:", name);
		return;
	}
	int rc = slurp(fd, regular && !is_stdin);
	int saved = errno;
	if (!is_stdin)
		close(fd);
	if (rc < 0) {
		errno = saved;
		jd_warn_data("%s:", name);
		return;
	}
	stats.files++;
	if (jdx_is_binary(filebuf.p, filebuf.len)) {
		jd_warn_data("%s: binary file skipped", name);
		return;
	}
	if (kind == K_SNIFF && (opt.jsonl || looks_jsonl(filebuf.p, filebuf.len)))
		kind = K_JSONL;
	if (kind == K_JSONL) {
		read_jsonl(name, filebuf.p, filebuf.len);
		return;
	}
	char *group = is_stdin ? jd_xstrdup("-") : dir_of(path);
	add_doc(filebuf.p, filebuf.len, is_stdin ? "-" : path, group, NULL,
		kind == K_HTML ? 1 : kind == K_TEXT ? 0 : -1, name);
	free(group);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk(const char *dir, int depth)
{
	DIR *dp = opendir(dir);
	if (!dp) {
		jd_warn_data("%s:", dir);
		return;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *de;
	while ((de = readdir(dp))) {
		if (de->d_name[0] == '.')
			continue;   /* hidden files, "." and ".." */
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			names = jd_xrealloc(names, cap * sizeof *names);
		}
		/* the type rides after the name's NUL: sorting keeps them together */
		size_t l = strlen(de->d_name);
		char *e = jd_xmalloc(l + 2);
		memcpy(e, de->d_name, l + 1);
		e[l + 1] = (char)de->d_type;
		names[n++] = e;
	}
	qsort(names, n, sizeof *names, cmp_str);
	/* files first, then subfolders: each folder is one template batch */
	char **dirs = jd_xmalloc((n ? n : 1) * sizeof *dirs);
	size_t nd = 0;
	jd_buf p = JD_BUF_INIT;
	size_t dlen = strlen(dir);
	for (size_t i = 0; i < n; i++) {
		jd_buf_reset(&p);
		jd_buf_adds(&p, dir);
		if (dir[dlen - 1] != '/')
			jd_buf_addc(&p, '/');
		jd_buf_adds(&p, names[i]);
		/* readdir's type saves a stat(); links and unknown types get one */
		unsigned char type = (unsigned char)names[i][strlen(names[i]) + 1];
		int is_dir = type == DT_DIR, is_reg = type == DT_REG;
		if (!is_dir && !is_reg) {
			struct stat st;
			if (stat(p.p, &st) < 0) {
				jd_warn_data("%s:", p.p);
				continue;
			}
			is_dir = S_ISDIR(st.st_mode);
			is_reg = S_ISREG(st.st_mode);
		}
		if (is_dir) {
			dirs[nd++] = jd_xstrdup(p.p);
			continue;
		}
		if (!is_reg)
			continue;
		int k = kind_by_name(p.p);
		if (k == K_CSV && !opt.csv) {
			stats.csv_skipped++;
			if (opt.verbose)
				jd_warn("%s: CSV file skipped (--csv reads exports)", p.p);
			continue;
		}
		read_doc_file(p.p, k, 1, dirfd(dp), names[i]);
	}
	closedir(dp);
	flush_batch();
	for (size_t i = 0; i < nd; i++) {
		if (depth < 64)
			walk(dirs[i], depth + 1);
		else
			jd_warn_data("%s: folders nested too deep", dirs[i]);
		free(dirs[i]);
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(dirs);
	jd_buf_free(&p);
}

static void read_path(const char *path)
{
	if (!strcmp(path, "-")) {
		read_doc_file(path, opt.csv ? K_CSV : opt.jsonl ? K_JSONL : K_SNIFF, 0, -1, NULL);
		return;
	}
	struct stat st;
	if (stat(path, &st) < 0) {
		jd_warn_data("%s:", path);
		return;
	}
	if (S_ISDIR(st.st_mode)) {
		flush_batch();
		walk(path, 0);
		return;
	}
	int k = opt.csv ? K_CSV : kind_by_name(path);
	if (k == K_SNIFF && opt.jsonl)
		k = K_JSONL;
	read_doc_file(path, k, S_ISREG(st.st_mode), -1, NULL);
}

/* ---- options ---- */
static void parse_map(char *arg)
{
	opt.map_buf = arg;
	char *save = NULL;
	for (char *it = strtok_r(arg, ",", &save); it; it = strtok_r(NULL, ",", &save)) {
		char *eq = strchr(it, '=');
		if (!eq || eq == it || !eq[1])
			jd_usage_error("--map: expected FIELD=COLUMN, got '%s'", it);
		*eq = '\0';
		int k;
		const char *key = it;
		if (!strcmp(key, "date"))
			key = "posted";
		if (!strcmp(key, "url"))
			key = "source";
		for (k = 0; k < M_N; k++)
			if (!strcmp(key, map_names[k]))
				break;
		if (k == M_N)
			jd_usage_error("--map: unknown field '%s'; fields are title, company, location, posted, source", it);
		opt.map[k] = eq + 1;
	}
}

static void process_args(int argc, char **argv)
{
	static const struct option longopts[] = {
		JD_COMMON_LONGOPTS,
		{"csv", no_argument, NULL, OPT_CSV},
		{"jsonl", no_argument, NULL, OPT_JSONL},
		{"map", required_argument, NULL, OPT_MAP},
		{"date", required_argument, NULL, OPT_DATE},
		{"min-words", required_argument, NULL, OPT_MINW},
		{"keep-boilerplate", no_argument, NULL, OPT_KEEP},
		{"verbose", no_argument, NULL, 'v'},
		{NULL, 0, NULL, 0},
	};
	int c;
	char d[11];
	while ((c = jd_getopt(argc, argv, "v", longopts, usage)) != -1) {
		switch (c) {
		case OPT_CSV: opt.csv = 1; break;
		case OPT_JSONL: opt.jsonl = 1; break;
		case OPT_MAP: parse_map(optarg); break;
		case OPT_DATE:
			if (strlen(optarg) != 10 || optarg[4] != '-' || jdx_parse_date(optarg, 10, d) != 10)
				jd_usage_error("--date: expected a date YYYY-MM-DD, got '%s'", optarg);
			opt.date = optarg;
			break;
		case OPT_MINW: opt.min_words = jd_opt_long("--min-words", optarg, 0, 1000000000L); break;
		case OPT_KEEP: opt.keep = 1; break;
		case 'v': opt.verbose = 1; break;
		default: jd_usage_error("unknown option");
		}
	}
}

int main(int argc, char **argv)
{
	jd_tool_init("jd-extract", argc, argv);
	process_args(argc, argv);
	jdx_xml_memory();
	LIBXML_TEST_VERSION
	jd_csv_puts(jd_stdout, "id");
	static const char *const cols[] = {"source", "lang", "title", "company", "location", "posted",
					   "employment", "seniority", "remote", "words", "text"};
	for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
		jd_csv_puts(jd_stdout, cols[i]);
	jd_csv_endrow(jd_stdout);

	if (optind >= argc)
		read_path("-");
	for (int i = optind; i < argc; i++)
		read_path(argv[i]);
	flush_batch();

	if (stats.skipped)
		jd_warn("skipped %zu document%s under %ld word%s", stats.skipped,
			stats.skipped == 1 ? "" : "s", opt.min_words, opt.min_words == 1 ? "" : "s");
	if (opt.verbose)
		jd_warn("%zu file%s read, %zu record%s written, %zu skipped, %zu repaired byte%s",
			stats.files, stats.files == 1 ? "" : "s", stats.records,
			stats.records == 1 ? "" : "s", stats.skipped, stats.repaired,
			stats.repaired == 1 ? "" : "s");
	free(batch);
	jd_buf_free(&scratch);
	jd_buf_free(&scratch2);
	jd_buf_free(&render);
	jd_buf_free(&norm1);
	jd_buf_free(&filebuf);
	xmlCleanupParser();
	jdx_xml_release();
	return jd_tool_exit();
}
