/* jd-skills: the skills each job ad asks for, from a bundled taxonomy,
 * English and German.
 *
 * Story: load the taxonomy (compiled in, or --taxonomy / --add files) into
 * one token n-gram hash table; for every input record tokenize the text
 * column once, look each token run up in the table (never a loop over the
 * aliases), keep ambiguous names (R, Go, C, Spark ...) only with evidence
 * nearby, then write the skills (default), one row per skill (--long) or
 * the evidence per match (--explain). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jd_csv.h"
#include "jd_tool.h"
#include "jd-skills/skills.h"

extern const unsigned char jd_skills_csv[];
extern const unsigned long jd_skills_csv_len;

enum { MODE_DEFAULT, MODE_LONG, MODE_EXPLAIN };

static struct {
	int mode;
	int list;
	const char *taxonomy;
	const char **add;
	size_t nadd;
	const char *id_col;
	unsigned catmask;    /* bit per category; 0 = all */
} opt = {.id_col = "id"};

static const char usage[] =
	"Usage: jd-skills [options] [FILE...]\n"
	"Find the skills each job ad asks for, in English and German, from a taxonomy\n"
	"compiled into the program (over 1,000 skills).  Reads CSV with a text column;\n"
	"no FILE or '-' reads standard input.\n"
	"\n"
	"Output (default): every input column plus 'skills' (canonical names joined by\n"
	"';', in order of first appearance; skills the ad only rules out, such as\n"
	"\"no Java\", are left out) and 'skill_count'.\n"
	"\n"
	"Options:\n"
	"  -t, --text-col NAME  the column holding the ad text (default: text)\n"
	"      --id-col NAME    the id column for --long/--explain (default: id; without\n"
	"                       it, the record number)\n"
	"  -l, --long           one row per ad and skill: id,skill,category,mentions,\n"
	"                       level,section (level: required, preferred, negated;\n"
	"                       section: tasks, requirements, benefits, company, other)\n"
	"  -e, --explain        one row per match: id,skill,offset,matched,alias,rule\n"
	"                       (rejected ambiguous matches included, with the reason)\n"
	"  -c, --category LIST  keep only these categories (comma-separated): language,\n"
	"                       framework, database, cloud, tool, data-tool, ml-method,\n"
	"                       data-concept, practice, office, soft-skill, domain\n"
	"      --list           print the taxonomy as CSV and exit\n"
	"      --taxonomy FILE  use FILE instead of the built-in taxonomy\n"
	"      --add FILE       add the skills and aliases of FILE (repeatable)\n"
	"      --help           show this help and exit\n"
	"      --version        show the version and exit\n"
	"\n"
	"Taxonomy format (CSV): skill,category,alias,flags,context,negative -- see\n"
	"jd-skills(1).\n"
	"\n"
	"Exit status: 0 ok, 1 data or I/O error, 2 usage error.\n"
	"\n"
	"Example:\n"
	"  printf 'id,text\\n1,Python-Kenntnisse und R; kein R&D\\n' | jd-skills\n";

enum { OPT_LIST = JD_OPT_FIRST_TOOL, OPT_TAXONOMY, OPT_ADD, OPT_ID_COL };

static const struct option longopts[] = {
	JD_COMMON_LONGOPTS,
	{"long", no_argument, NULL, 'l'},
	{"explain", no_argument, NULL, 'e'},
	{"category", required_argument, NULL, 'c'},
	{"list", no_argument, NULL, OPT_LIST},
	{"taxonomy", required_argument, NULL, OPT_TAXONOMY},
	{"add", required_argument, NULL, OPT_ADD},
	{"id-col", required_argument, NULL, OPT_ID_COL},
	{NULL, 0, NULL, 0},
};

static void parse_categories(const char *s)
{
	const char *p = s;
	for (;;) {
		const char *q = strchr(p, ',');
		size_t n = q ? (size_t)(q - p) : strlen(p);
		int c = sk_cat_lookup(p, n);
		if (c < 0)
			jd_usage_error("unknown category '%.*s'", (int)n, p);
		opt.catmask |= 1u << c;
		if (!q)
			break;
		p = q + 1;
	}
}

static int process_args(int argc, char **argv)
{
	int c;
	while ((c = jd_getopt(argc, argv, "lec:", longopts, usage)) != -1) {
		switch (c) {
		case 'l':
			if (opt.mode == MODE_EXPLAIN)
				jd_usage_error("--long and --explain exclude each other");
			opt.mode = MODE_LONG;
			break;
		case 'e':
			if (opt.mode == MODE_LONG)
				jd_usage_error("--long and --explain exclude each other");
			opt.mode = MODE_EXPLAIN;
			break;
		case 'c':
			parse_categories(optarg);
			break;
		case OPT_LIST:
			opt.list = 1;
			break;
		case OPT_TAXONOMY:
			opt.taxonomy = optarg;
			break;
		case OPT_ADD:
			opt.add = jd_xrealloc(opt.add, (opt.nadd + 1) * sizeof *opt.add);
			opt.add[opt.nadd++] = optarg;
			break;
		case OPT_ID_COL:
			if (!*optarg)
				jd_usage_error("--id-col needs a column name");
			opt.id_col = optarg;
			break;
		default:
			jd_usage_error("unknown option");
		}
	}
	return optind;
}

static void load_file(sk_tax *t, const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		jd_die(JD_EXIT_DATA, "%s:", path);
	long e = sk_tax_load_fd(t, fileno(f), path);
	fclose(f);
	if (e)
		jd_die(JD_EXIT_DATA, "%s: %ld error%s in the taxonomy", path, e, e == 1 ? "" : "s");
}

static void load_taxonomy(sk_tax *t)
{
	sk_tax_init(t);
	if (opt.taxonomy) {
		load_file(t, opt.taxonomy);
	} else {
		long e = sk_tax_load_mem(t, jd_skills_csv, jd_skills_csv_len, "built-in taxonomy");
		if (e)
			jd_die(JD_EXIT_DATA, "built-in taxonomy: %ld errors", e);
	}
	for (size_t i = 0; i < opt.nadd; i++)
		load_file(t, opt.add[i]);
}

static void list_taxonomy(const sk_tax *t)
{
	jd_csv_puts(jd_stdout, "skill");
	jd_csv_puts(jd_stdout, "category");
	jd_csv_puts(jd_stdout, "alias");
	jd_csv_puts(jd_stdout, "flags");
	jd_csv_puts(jd_stdout, "context");
	jd_csv_puts(jd_stdout, "negative");
	jd_csv_endrow(jd_stdout);
	for (size_t i = 0; i < t->nalias; i++) {
		const sk_alias *a = &t->alias[i];
		const sk_skill *s = &t->skill[a->skill];
		if (opt.catmask && !(opt.catmask & (1u << s->cat)))
			continue;
		jd_csv_puts(jd_stdout, s->name);
		jd_csv_puts(jd_stdout, sk_cat_names[s->cat]);
		jd_csv_puts(jd_stdout, a->text);
		jd_csv_puts(jd_stdout, a->flagsrc);
		jd_csv_puts(jd_stdout, a->ctxsrc);
		jd_csv_puts(jd_stdout, a->negsrc);
		jd_csv_endrow(jd_stdout);
	}
}

/* per-skill aggregation for one record, reset by a generation stamp */
typedef struct agg {
	uint32_t stamp;
	uint32_t mentions;
	uint32_t first;      /* match index of the first mention */
	uint8_t levels;      /* bit per SK_L_* */
} agg;

static sk_tax tax;
static sk_matcher mt;
static agg *aggs;
static uint32_t stamp;
static uint32_t *order;   /* skills of this record in order of first mention */
static size_t norder;
static int negseen;       /* some accepted mention of this record is negated */
static jd_buf joined = JD_BUF_INIT;
/* input columns named skills / skill_count: an earlier run's, replaced */
static unsigned char *stale;
static size_t nstale;

static int keep_cat(int cat)
{
	return !opt.catmask || (opt.catmask & (1u << cat));
}

static void collect(void)
{
	if (++stamp == 0) {
		memset(aggs, 0, tax.nskill * sizeof *aggs);
		stamp = 1;
	}
	norder = 0;
	negseen = 0;
	for (size_t k = 0; k < mt.nm; k++) {
		const sk_match *m = &mt.m[k];
		if (!m->ok)
			continue;
		uint32_t s = tax.alias[m->alias].skill;
		if (!keep_cat(tax.skill[s].cat))
			continue;
		agg *g = &aggs[s];
		if (g->stamp != stamp) {
			g->stamp = stamp;
			g->mentions = 0;
			g->first = (uint32_t)k;
			g->levels = 0;
			order[norder++] = s;
		}
		g->mentions++;
		g->levels |= (uint8_t)(1u << m->level);
		negseen |= m->level == SK_L_NEGATED;
	}
}

/* a skill's level in the ad: required if any mention is, else preferred
 * if any is, else negated (--long's level; the default column leaves the
 * negated ones out) */
static int ad_level(const agg *g)
{
	return (g->levels & (1u << SK_L_REQUIRED)) ? SK_L_REQUIRED :
	       (g->levels & (1u << SK_L_PREFERRED)) ? SK_L_PREFERRED : SK_L_NEGATED;
}

/* a small count as a field, without printf (once per record) */
static void put_count(size_t n)
{
	char d[24];
	size_t k = sizeof d;
	do {
		d[--k] = (char)('0' + n % 10);
		n /= 10;
	} while (n);
	jd_csv_put(jd_stdout, d + k, sizeof d - k);
}

static void put_id(const jd_row *row, int idcol, unsigned long long recno)
{
	if (idcol >= 0)
		jd_csv_put(jd_stdout, row->f[idcol], row->len[idcol]);
	else
		jd_csv_putf(jd_stdout, "%llu", recno);
}

static void write_record(const jd_row *row, int textcol, int idcol, unsigned long long recno)
{
	const char *text = row->f[textcol];
	size_t len = row->len[textcol];
	sk_match_text(&mt, text, len);
	if (opt.mode == MODE_EXPLAIN) {
		for (size_t k = 0; k < mt.nm; k++) {
			const sk_match *m = &mt.m[k];
			const sk_alias *a = &tax.alias[m->alias];
			if (!keep_cat(tax.skill[a->skill].cat))
				continue;
			put_id(row, idcol, recno);
			jd_csv_puts(jd_stdout, tax.skill[a->skill].name);
			jd_csv_putf(jd_stdout, "%u", m->off);
			jd_csv_put(jd_stdout, text + m->off, m->len);
			jd_csv_puts(jd_stdout, a->text);
			jd_buf rule = JD_BUF_INIT;
			jd_buf_adds(&rule, sk_rule_names[m->rule]);
			switch (m->evkind) {
			case SK_EV_SKILL:
				jd_buf_printf(&rule, "+context:skill %s",
					      tax.skill[tax.alias[mt.m[m->evid].alias].skill].name);
				break;
			case SK_EV_CUE:
			case SK_EV_CTX: {
				const sk_token *t = &mt.tok[m->evid];
				jd_buf_printf(&rule, "+context:%s %.*s",
					      m->evkind == SK_EV_CUE ? "cue" : "word",
					      (int)t->len, text + t->off);
				break;
			}
			case SK_EV_SAME:
				jd_buf_printf(&rule, "+context:same skill at %u", mt.m[m->evid].off);
				break;
			case SK_EV_NEGATIVE:
				jd_buf_adds(&rule, "+rejected:negative");
				break;
			case SK_EV_MISSING:
				jd_buf_adds(&rule, "+rejected:no-evidence");
				break;
			case SK_EV_NAV:
				jd_buf_adds(&rule, "+rejected:navigation");
				break;
			default:
				break;
			}
			jd_csv_put(jd_stdout, rule.p, rule.len);
			jd_buf_free(&rule);
			jd_csv_endrow(jd_stdout);
		}
		return;
	}
	collect();
	if (opt.mode == MODE_LONG) {
		for (size_t i = 0; i < norder; i++) {
			const agg *g = &aggs[order[i]];
			const sk_skill *s = &tax.skill[order[i]];
			put_id(row, idcol, recno);
			jd_csv_puts(jd_stdout, s->name);
			jd_csv_puts(jd_stdout, sk_cat_names[s->cat]);
			jd_csv_putf(jd_stdout, "%u", g->mentions);
			jd_csv_puts(jd_stdout, sk_level_names[ad_level(g)]);
			jd_csv_puts(jd_stdout, sk_sec_names[mt.m[g->first].section]);
			jd_csv_endrow(jd_stdout);
		}
		return;
	}
	/* the skills the ad asks for: not those it only names to rule out
	 * ("No Java needed"), or demand reports would count them */
	if (negseen) {
		size_t nasked = 0;
		for (size_t i = 0; i < norder; i++)
			if (ad_level(&aggs[order[i]]) != SK_L_NEGATED)
				order[nasked++] = order[i];
		norder = nasked;
	}
	jd_buf_reset(&joined);
	for (size_t i = 0; i < norder; i++) {
		if (i)
			jd_buf_addc(&joined, ';');
		jd_buf_add(&joined, tax.skill[order[i]].name, tax.skill[order[i]].namelen);
	}
	jd_csv_put_fields_except(jd_stdout, row, stale, nstale);
	jd_csv_put(jd_stdout, joined.p ? joined.p : "", joined.len);
	put_count(norder);
	jd_csv_endrow(jd_stdout);
}

static void write_header(const jd_row *h)
{
	if (opt.mode == MODE_LONG) {
		jd_out_puts(jd_stdout, "id,skill,category,mentions,level,section\n");
	} else if (opt.mode == MODE_EXPLAIN) {
		jd_out_puts(jd_stdout, "id,skill,offset,matched,alias,rule\n");
	} else {
		static const char *const added[] = {"skills", "skill_count"};
		stale = jd_csv_stale_cols(h, added, 2);
		nstale = h->n;
		jd_csv_put_fields_except(jd_stdout, h, stale, nstale);
		jd_csv_puts(jd_stdout, "skills");
		jd_csv_puts(jd_stdout, "skill_count");
		jd_csv_endrow(jd_stdout);
	}
}

int main(int argc, char **argv)
{
	jd_tool_init("jd-skills", argc, argv);
	int first = process_args(argc, argv);
	load_taxonomy(&tax);
	if (opt.list) {
		list_taxonomy(&tax);
		sk_tax_free(&tax);
		return jd_tool_exit();
	}
	sk_matcher_init(&mt, &tax);
	aggs = jd_xcalloc(tax.nskill ? tax.nskill : 1, sizeof *aggs);
	order = jd_xcalloc(tax.nskill ? tax.nskill : 1, sizeof *order);

	static char *stdin_only[] = {"-"};
	char **files = first < argc ? argv + first : stdin_only;
	int nfiles = first < argc ? argc - first : 1;
	jd_row first_header = {0};
	char **hcopy = NULL;
	int have_header = 0;
	unsigned long long recno = 0;
	for (int fi = 0; fi < nfiles; fi++) {
		const char *path = files[fi];
		jd_csv_reader *r = jd_csv_open(path, 0);
		if (!r) {
			jd_warn_data("%s:", path);
			continue;
		}
		const jd_row *h = jd_csv_header(r);
		if (!h) {
			jd_csv_close(r);
			continue;
		}
		if (!hcopy) {
			/* keep a copy: the header must outlive its reader */
			first_header.n = h->n;
			first_header.f = hcopy = jd_xcalloc(h->n, sizeof *hcopy);
			first_header.len = jd_xcalloc(h->n, sizeof *first_header.len);
			for (size_t i = 0; i < h->n; i++) {
				hcopy[i] = jd_xstrndup(h->f[i], h->len[i]);
				first_header.len[i] = h->len[i];
			}
		} else if (!jd_row_equal(&first_header, h)) {
			jd_warn_data("%s: header differs from the first file's; file skipped", path);
			jd_csv_close(r);
			continue;
		}
		int textcol = jd_csv_col(r, jd_text_col);
		if (textcol < 0) {
			jd_warn_data("%s: no column '%s'", path, jd_text_col);
			jd_csv_close(r);
			continue;
		}
		int idcol = jd_csv_col(r, opt.id_col);
		if (!have_header) {
			write_header(h);
			have_header = 1;
		}
		const jd_row *row;
		while (jd_csv_next(r, &row) == 1) {
			recno++;
			write_record(row, textcol, idcol, recno);
		}
		jd_csv_close(r);
	}
	free(stale);
	if (hcopy) {
		for (size_t i = 0; i < first_header.n; i++)
			free(hcopy[i]);
		free(hcopy);
		free(first_header.len);
	}
	free(aggs);
	free(order);
	free(opt.add);
	jd_buf_free(&joined);
	sk_matcher_free(&mt);
	sk_tax_free(&tax);
	return jd_tool_exit();
}
