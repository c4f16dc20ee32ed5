/* jd-stats: salary surveys and skill-demand tables from jdkit CSV, as a
 * batch filter (one query per run) or an interactive REPL.
 *
 *   jd-stats [options] QUERY [FILE...]
 *   jd-stats [options] -i [FILE...]
 *
 * The query language is in tools/jd-stats/query.c, the verbs in
 * tools/jd-stats/verbs.c; this file holds the options and the batch
 * loop (streaming: records flow from the CSV reader through the stages;
 * only sort and the numbers of summary/quantile/hist are kept). */
#include "jd_csv.h"
#include "jd_tool.h"
#include "jd-stats/stats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] =
	"Usage: jd-stats [OPTION]... QUERY [FILE]...\n"
	"       jd-stats [OPTION]... -i [FILE]...\n"
	"Run a query (verbs chained with '|') over CSV records and print the result\n"
	"table; with -i (or no query, on a terminal) start an interactive shell.\n"
	"\n"
	"Verbs:\n"
	"  where EXPR                     keep records: = != < <= > >= (numeric when both\n"
	"                                 sides are numbers), ~ REGEX, contains TEXT,\n"
	"                                 in (A, B), is [not] empty, and, or, not, ( )\n"
	"  count [by COLS]                records per group\n"
	"  summary COL [by COLS]          count missing min p25 median mean p75 p90 max stddev\n"
	"  quantile COL P... [by COLS]    percentiles P (0-100), columns pP\n"
	"  freq COL [by COLS] [top N]     values by count, with share and cum_share\n"
	"  split COL SEP                  one record per item of a SEP-joined list\n"
	"  hist COL [bins N | width W]    histogram: lo, hi, count, bar\n"
	"  crosstab A B                   counts, A down, values of B across\n"
	"  select COLS | distinct COLS | sort COL [desc], ... | head N\n"
	"A column in 'by', 'select' and 'where' may be month(COL), week(COL) or year(COL)\n"
	"of an ISO date (YYYY-MM-DD).  Numbers that do not parse count as missing.\n"
	"\n"
	"Options:\n"
	"  -i, --interactive        REPL on the files, loaded once into memory\n"
	"  -f, --format FMT         csv, table or json (default: table on a terminal,\n"
	"                           csv otherwise)\n"
	"      --quantile-type T    7 (default: linear interpolation, as datamash and R)\n"
	"                           or miller (element floor(p/100*n), as mlr stats1)\n"
	"      --partial            write the first aggregate's mergeable state\n"
	"      --merge              read states written by --partial and finish the query\n"
	"  -t, --text-col COL       (common jdkit option; not used by jd-stats)\n"
	"      --help               this help\n"
	"      --version            version\n"
	"\n"
	"Numbers print as integers when whole (below 1e15), else with 10 significant\n"
	"digits.  History of the REPL: ~/.jd_stats_history (or $JD_STATS_HISTORY).\n"
	"\n"
	"Exit status: 0 ok, 1 data or I/O error (unreadable file, bad record, no such\n"
	"column), 2 usage error (bad option, bad query).\n"
	"\n"
	"Example:\n"
	"  jd-stats 'where lang = de | summary salary_annual_max by seniority' ads.csv\n";

enum { OPT_QTYPE = JD_OPT_FIRST_TOOL, OPT_PARTIAL, OPT_MERGE };

typedef struct options {
	popts p;
	int interactive;
	int format_set;
	const char *query;
	char **files;
	int nfiles;
} options;

static void process_args(int argc, char **argv, options *o)
{
	static const struct option longopts[] = {
		{"interactive", no_argument, NULL, 'i'},
		{"format", required_argument, NULL, 'f'},
		{"quantile-type", required_argument, NULL, OPT_QTYPE},
		{"partial", no_argument, NULL, OPT_PARTIAL},
		{"merge", no_argument, NULL, OPT_MERGE},
		JD_COMMON_LONGOPTS,
		{NULL, 0, NULL, 0}
	};
	int c;
	while ((c = jd_getopt(argc, argv, "if:", longopts, usage)) != -1) {
		switch (c) {
		case 'i':
			o->interactive = 1;
			break;
		case 'f':
			if (strcmp(optarg, "csv") == 0)
				o->p.format = FMT_CSV;
			else if (strcmp(optarg, "table") == 0)
				o->p.format = FMT_TABLE;
			else if (strcmp(optarg, "json") == 0)
				o->p.format = FMT_JSON;
			else
				jd_usage_error("--format: expected csv, table or json, got '%s'", optarg);
			o->format_set = 1;
			break;
		case OPT_QTYPE:
			if (strcmp(optarg, "7") == 0 || strcmp(optarg, "linear") == 0)
				o->p.qtype = QT_7;
			else if (strcmp(optarg, "miller") == 0)
				o->p.qtype = QT_MILLER;
			else
				jd_usage_error("--quantile-type: expected 7 or miller, got '%s'", optarg);
			break;
		case OPT_PARTIAL:
			o->p.partial = 1;
			break;
		case OPT_MERGE:
			o->p.merge = 1;
			break;
		default:
			jd_usage_error("unknown option");
		}
	}
	if (o->p.partial && o->p.merge)
		jd_usage_error("--partial and --merge do not go together");
	if (!o->interactive && optind < argc)
		o->query = argv[optind++];
	o->files = argv + optind;
	o->nfiles = argc - optind;
	if (!o->interactive && !o->query) {
		if (isatty(0) && isatty(1))
			o->interactive = 1;
		else
			jd_usage_error("no query given");
	}
	if (o->interactive && (o->p.partial || o->p.merge))
		jd_usage_error("--partial/--merge are for batch runs, not -i");
	if (!o->format_set)
		o->p.format = isatty(1) ? FMT_TABLE : FMT_CSV;
	if (o->p.partial || o->p.merge)
		o->p.format = o->p.partial ? FMT_CSV : o->p.format;
}

/* --merge: every input record is part of a partial state */
static void run_merge(options *o, query *q, char **files, int nfiles)
{
	qerr err;
	pipeline *pl = pl_build(q, NULL, 0, &o->p, &err);
	if (!pl) {
		q_print_error(stderr, q->text, &err);
		exit(err.no_column ? JD_EXIT_DATA : JD_EXIT_USAGE);   /* as in a batch run */
	}
	sv *cells = NULL;
	size_t cap = 0;
	for (int i = 0; i < nfiles; i++) {
		jd_csv_reader *r = jd_csv_open(files[i], JD_CSV_NOHEADER);
		if (!r) {
			jd_warn_data("%s:", files[i]);
			continue;
		}
		const jd_row *row;
		while (jd_csv_next(r, &row) == 1) {
			if (row->n > cap) {
				cap = row->n * 2;
				cells = jd_xrealloc(cells, cap * sizeof *cells);
			}
			for (size_t k = 0; k < row->n; k++) {
				cells[k].p = row->f[k];
				cells[k].n = row->len[k];
			}
			const char *why;
			if (pl_merge_row(pl, cells, row->n, &why) < 0) {
				jd_warn_data("%s:%ld: %s; rest of the file skipped", jd_csv_name(r), row->line, why);
				break;
			}
		}
		jd_csv_close(r);
	}
	free(cells);
	qerr err2;
	if (pl_finish(pl, &err2) < 0) {
		/* a column after crosstab that the merged states do not have */
		q_print_error(stderr, q->text, &err2);
		jd_exit_status = JD_EXIT_DATA;
	}
	pl_free(pl);
}

/* "jd-stats: FILE: no column ..." with the query and a caret */
static void print_column_error(const char *file, const char *text, qerr *err)
{
	char msg[sizeof err->msg];
	memcpy(msg, err->msg, sizeof msg);
	snprintf(err->msg, sizeof err->msg, "%.100s: %.290s", file, msg);
	q_print_error(stderr, text, err);
}

static void run_batch(options *o, query *q, char **files, int nfiles)
{
	pipeline *pl = NULL;
	char *first_name = NULL;   /* the file whose header the query was bound to */
	jd_row first = {0};
	int have_first = 0, stop = 0;
	sv *cells = NULL;
	for (int i = 0; i < nfiles && !stop; i++) {
		jd_csv_reader *r = jd_csv_open(files[i], 0);
		if (!r) {
			jd_warn_data("%s:", files[i]);
			continue;
		}
		const jd_row *h = jd_csv_header(r);
		if (!h) {
			/* not even a header: an upstream step failed or wrote
			 * nothing; a cron job must see that, not an empty result */
			if (!jd_csv_errors(r))
				jd_warn_data("%s: empty input (no header line)", jd_csv_name(r));
			jd_csv_close(r);
			continue;
		}
		if (!have_first) {
			have_first = 1;
			/* "id,text,text" (a stage run twice by a foreign tool): names
			 * resolve to the first such column, which may be the stale one */
			for (size_t a = 0; a < h->n; a++) {
				size_t earlier = 0;
				for (size_t b = 0; b < a; b++)
					earlier += h->len[a] == h->len[b] && !memcmp(h->f[a], h->f[b], h->len[a]);
				if (earlier == 1)   /* once per name */
					jd_warn("%s: column '%.*s' appears more than once; the first is used",
						jd_csv_name(r), (int)h->len[a], h->f[a]);
			}
			first.n = h->n;
			first.f = jd_xcalloc(h->n, sizeof *first.f);
			first.len = jd_xcalloc(h->n, sizeof *first.len);
			for (size_t k = 0; k < h->n; k++) {
				first.f[k] = jd_xstrndup(h->f[k], h->len[k]);
				first.len[k] = h->len[k];
			}
			qerr err;
			pl = pl_build(q, first.f, (int)first.n, &o->p, &err);
			if (!pl) {
				print_column_error(jd_csv_name(r), q->text, &err);
				exit(JD_EXIT_DATA);
			}
			first_name = jd_xstrdup(jd_csv_name(r));
			cells = jd_xcalloc(h->n ? h->n : 1, sizeof *cells);
		} else if (!jd_row_equal(h, &first)) {
			jd_warn_data("%s: header differs from the first file's; file skipped", jd_csv_name(r));
			jd_csv_close(r);
			continue;
		}
		/* projection: libcsv stops at the last column the query reads
		 * (the long text column at the end is skipped) */
		int need = pl_input_cols(pl);
		if (need >= 0)
			jd_csv_need_cols(r, need > 0 ? (size_t)need : 1);
		const jd_row *row;
		while (jd_csv_next(r, &row) == 1) {
			size_t k;
			for (k = 0; k < row->n; k++) {
				cells[k].p = row->f[k];
				cells[k].n = row->len[k];
			}
			for (; k < first.n; k++) {   /* columns not read (projected rows) */
				cells[k].p = "";
				cells[k].n = 0;
			}
			if (pl_push(pl, cells)) {
				stop = 1;
				break;
			}
		}
		jd_csv_close(r);
	}
	if (!pl) {
		/* no input at all: run on an empty table when the query needs no
		 * column (count), otherwise print nothing */
		qerr err;
		pl = pl_build(q, NULL, 0, &o->p, &err);
	}
	if (pl) {
		qerr err;
		if (pl_finish(pl, &err) < 0) {
			/* a verb after crosstab names a column crosstab did not
			 * make: the same error, and status, as pl_build's */
			if (first_name)
				print_column_error(first_name, q->text, &err);
			else
				q_print_error(stderr, q->text, &err);
			jd_exit_status = JD_EXIT_DATA;
		}
		pl_free(pl);
	}
	free(first_name);
	for (size_t k = 0; k < first.n; k++)
		free(first.f[k]);
	free(first.f);
	free(first.len);
	free(cells);
}

int main(int argc, char **argv)
{
	jd_tool_init("jd-stats", argc, argv);
	options o;
	memset(&o, 0, sizeof o);
	o.p.out = jd_stdout;
	process_args(argc, argv, &o);
	static char *stdin_only[] = {"-"};
	if (o.interactive) {
		int st = repl_main(o.files, o.nfiles, &o.p);
		jd_tool_exit();
		return st;
	}
	qerr err;
	query *q = q_parse(o.query, &err);
	if (!q) {
		q_print_error(stderr, o.query, &err);
		return JD_EXIT_USAGE;
	}
	if ((o.p.partial || o.p.merge) && pl_partial_check(q, &err) < 0) {
		q_print_error(stderr, o.query, &err);
		q_free(q);
		return JD_EXIT_USAGE;
	}
	char **files = o.nfiles ? o.files : stdin_only;
	int nfiles = o.nfiles ? o.nfiles : 1;
	if (o.p.merge)
		run_merge(&o, q, files, nfiles);
	else
		run_batch(&o, q, files, nfiles);
	if (stats_re_limit_hits)
		jd_warn("%d match(es) hit the regular-expression limit and counted as no match",
			stats_re_limit_hits);
	q_free(q);
	return jd_tool_exit();
}
