/* jd-salary: every salary mention in a job ad, normalised and annualised.
 *
 * Reads the jdkit CSV contract, finds salary mentions in the text column
 * (tools/jd-salary/parse.c), picks the ad's salary (js_choose) and writes
 * every input column plus salary_min, salary_max, salary_currency,
 * salary_period, salary_annual_min, salary_annual_max, salary_raw; or, with
 * --mentions, one row per mention. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jd_csv.h"
#include "jd_tool.h"
#include "jd-salary/parse.h"
#include "jd-salary/rates.h"

extern const unsigned char jd_rates_csv[];
extern const unsigned long jd_rates_csv_len;

static const char usage_fmt[] =
	"Usage: jd-salary [options] [FILE...]\n"
	"Find salary figures in the text column of job-ad CSV (FILE or stdin) and add\n"
	"the ad's salary: salary_min,salary_max,salary_currency,salary_period,\n"
	"salary_annual_min,salary_annual_max,salary_raw (empty cells when none).\n"
	"The ad's salary is the base pay (never a bonus, sign-on, equity, budget,\n"
	"commission or overtime figure): unlabelled or \"base\" figures beat labelled\n"
	"levels (junior, senior ...; of those, average/median first), which beat OTE\n"
	"(on-target earnings); then a figure a salary word introduces (\"Salary:\",\n"
	"\"Gehalt:\"), a figure that is not an estimate, explicit currency, explicit\n"
	"period, a range over a single figure, text order; a range that holds the\n"
	"chosen single figure replaces it.\n"
	"\n"
	"Options:\n"
	"  -t, --text-col NAME    column holding the text (default: text)\n"
	"  -m, --mentions         one row per mention instead: id,n,raw,label,min,max,\n"
	"                         currency,period,annual_min,annual_max,estimate,\n"
	"                         period_source,currency_source\n"
	"  -f, --field            the column holds salary statements only (a scraper's\n"
	"                         \"Salary\" column): bare numbers count as pay\n"
	"  -c, --country CC       country (ISO 3166 alpha-2): what \"$\", \"kr\", \"¥\" and\n"
	"                         bare numbers mean (default: \"$\" USD, \"kr\" SEK, \"¥\" JPY,\n"
	"                         bare numbers have no currency)\n"
	"      --to CUR           add salary_annual_min_CUR,salary_annual_max_CUR\n"
	"                         converted with the rates table\n"
	"      --rates FILE       rates table to use (CSV currency,per_usd,date) instead\n"
	"                         of the bundled data/rates.csv (dated %s;\n"
	"                         approximate reference rates)\n"
	"      --hours-per-year N   for annualising (default 2080)\n"
	"      --days-per-year N    (default 260)\n"
	"      --weeks-per-year N   (default 52)\n"
	"      --months-per-year N  (default 12; an ad that states its count,\n"
	"                           \"14 Gehälter\", \"13th month salary\", uses that)\n"
	"  -v, --verbose          report on stderr how many implausible figures were dropped\n"
	"      --help             this text\n"
	"      --version          version\n"
	"\n"
	"Exit status: 0 ok, 1 data or I/O error (the rest is still processed), 2 usage.\n"
	"\n"
	"Example:\n"
	"  printf 'id,text\\n1,Pay: €55k–€70k p.a.\\n' | jd-salary\n";

enum { OPT_TO = JD_OPT_FIRST_TOOL, OPT_RATES, OPT_HPY, OPT_DPY, OPT_WPY, OPT_MPY };

typedef struct options {
	int mentions, field, verbose;
	const char *country, *to, *rates;
	js_opts po;
} options;

static js_rates rates;

static int process_args(options *o, int argc, char **argv)
{
	static const struct option longopts[] = {
		JD_COMMON_LONGOPTS,
		{"mentions", no_argument, NULL, 'm'},
		{"field", no_argument, NULL, 'f'},
		{"country", required_argument, NULL, 'c'},
		{"verbose", no_argument, NULL, 'v'},
		{"to", required_argument, NULL, OPT_TO},
		{"rates", required_argument, NULL, OPT_RATES},
		{"hours-per-year", required_argument, NULL, OPT_HPY},
		{"days-per-year", required_argument, NULL, OPT_DPY},
		{"weeks-per-year", required_argument, NULL, OPT_WPY},
		{"months-per-year", required_argument, NULL, OPT_MPY},
		{NULL, 0, NULL, 0}
	};
	/* the usage text names the bundled table's date */
	js_rates builtin;
	static char usage[sizeof usage_fmt + 32];
	const char *date = "unknown";
	if (js_rates_read_mem(&builtin, (const char *)jd_rates_csv, jd_rates_csv_len, "data/rates.csv") == 0)
		date = builtin.date;
	snprintf(usage, sizeof usage, usage_fmt, date);
	rates = builtin;

	memset(o, 0, sizeof *o);
	js_opts_default(&o->po);
	int c;
	while ((c = jd_getopt(argc, argv, "mfc:v", longopts, usage)) != -1) {
		switch (c) {
		case 'm': o->mentions = 1; break;
		case 'f': o->field = 1; break;
		case 'v': o->verbose = 1; break;
		case 'c': o->country = optarg; break;
		case OPT_TO: o->to = optarg; break;
		case OPT_RATES: o->rates = optarg; break;
		case OPT_HPY: o->po.hours_per_year = jd_opt_double("--hours-per-year", optarg); break;
		case OPT_DPY: o->po.days_per_year = jd_opt_double("--days-per-year", optarg); break;
		case OPT_WPY: o->po.weeks_per_year = jd_opt_double("--weeks-per-year", optarg); break;
		case OPT_MPY: o->po.months_per_year = jd_opt_double("--months-per-year", optarg); break;
		default: jd_usage_error("unknown option");
		}
	}
	if (o->po.hours_per_year <= 0 || o->po.days_per_year <= 0 || o->po.weeks_per_year <= 0 ||
	    o->po.months_per_year <= 0)
		jd_usage_error("the --*-per-year values must be positive");
	if (o->country && !js_country_currency(o->country))
		jd_usage_error("--country: unknown country code '%s'", o->country);
	o->po.country = o->country;
	o->po.field = o->field;
	if (o->rates) {
		if (!o->to)
			jd_usage_error("--rates needs --to");
		/* a file that cannot be read or holds bad data: status 1, as a
		 * bad --taxonomy in jd-skills (the command line itself was fine) */
		FILE *f = fopen(o->rates, "r");
		if (!f)
			jd_die(JD_EXIT_DATA, "%s:", o->rates);
		int rc = js_rates_read_fd(&rates, fileno(f), o->rates);
		fclose(f);
		if (rc)
			jd_die(JD_EXIT_DATA, "%s: not a usable rates table", o->rates);
	}
	if (o->to) {
		if (!rates.n)
			jd_die(JD_EXIT_DATA, "no rates table");
		if (!js_rates_has(&rates, o->to))
			jd_usage_error("--to: currency '%s' is not in the rates table", o->to);
	}
	return optind;
}

static void put_amount(int has, double v)
{
	if (!has) {
		jd_csv_puts(jd_stdout, NULL);
		return;
	}
	char b[64];
	js_fmt_amount(b, sizeof b, v);
	jd_csv_puts(jd_stdout, b);
}

static void put_converted(const options *o, const js_mention *m, int has, double v)
{
	double x;
	if (has && m->cur[0] && js_rates_convert(&rates, v, m->cur, o->to, &x))
		put_amount(1, x);
	else
		jd_csv_puts(jd_stdout, NULL);
}

/* input columns named like ours (an earlier run's): replaced, not doubled */
static unsigned char *stale;
static size_t nstale;

static void write_header(const options *o, const jd_row *h)
{
	if (o->mentions) {
		jd_csv_puts(jd_stdout, "id");
		static const char *const cols[] = {"n", "raw", "label", "min", "max", "currency", "period",
			"annual_min", "annual_max", "estimate", "period_source", "currency_source"};
		for (size_t i = 0; i < sizeof cols / sizeof *cols; i++)
			jd_csv_puts(jd_stdout, cols[i]);
	} else {
		char to_min[32], to_max[32];
		snprintf(to_min, sizeof to_min, "salary_annual_min_%s", o->to ? o->to : "");
		snprintf(to_max, sizeof to_max, "salary_annual_max_%s", o->to ? o->to : "");
		const char *const cols[] = {"salary_min", "salary_max", "salary_currency", "salary_period",
			"salary_annual_min", "salary_annual_max", "salary_raw", to_min, to_max};
		size_t ncols = o->to ? 9 : 7;
		stale = jd_csv_stale_cols(h, cols, ncols);
		nstale = h->n;
		jd_csv_put_fields_except(jd_stdout, h, stale, nstale);
		for (size_t i = 0; i < ncols; i++)
			jd_csv_puts(jd_stdout, cols[i]);
	}
	jd_csv_endrow(jd_stdout);
}

/* first file's header, kept for comparison */
static jd_row first_header;
static int have_header;

static void keep_header(const jd_row *h)
{
	first_header.n = h->n;
	first_header.f = jd_xcalloc(h->n ? h->n : 1, sizeof *first_header.f);
	first_header.len = jd_xcalloc(h->n ? h->n : 1, sizeof *first_header.len);
	for (size_t i = 0; i < h->n; i++) {
		first_header.f[i] = jd_xstrndup(h->f[i], h->len[i]);
		first_header.len[i] = h->len[i];
	}
	have_header = 1;
}

static unsigned long long recno;

static void process_file(const options *o, js_parser *p, const char *path)
{
	jd_csv_reader *in = jd_csv_open(path, 0);
	const char *name = strcmp(path, "-") ? path : "-";
	if (!in) {
		jd_warn_data("%s:", path);
		return;
	}
	const jd_row *h = jd_csv_header(in);
	if (!h) {
		jd_csv_close(in);
		return;
	}
	if (have_header && !jd_row_equal(&first_header, h)) {
		jd_warn_data("%s: header differs from the first file's; file skipped", name);
		jd_csv_close(in);
		return;
	}
	int tc = jd_csv_col(in, jd_text_col);
	if (tc < 0) {
		jd_warn_data("%s: no column '%s'", name, jd_text_col);
		jd_csv_close(in);
		return;
	}
	if (!have_header) {
		keep_header(h);
		write_header(o, h);
	}
	int idc = jd_csv_col(in, "id");
	const jd_row *row;
	while (jd_csv_next(in, &row)) {
		recno++;
		const js_mention *ms;
		const char *text = row->f[tc];
		size_t n = js_parse(p, text, row->len[tc], &ms);
		if (o->mentions) {
			for (size_t k = 0; k < n; k++) {
				const js_mention *m = &ms[k];
				if (idc >= 0)
					jd_csv_put(jd_stdout, row->f[idc], row->len[idc]);
				else
					jd_csv_putf(jd_stdout, "%llu", recno);
				jd_csv_putf(jd_stdout, "%zu", k + 1);
				jd_csv_put(jd_stdout, text + m->off, m->len);
				jd_csv_puts(jd_stdout, js_label_name(m->label));
				put_amount(m->has_min, m->min);
				put_amount(m->has_max, m->max);
				jd_csv_puts(jd_stdout, m->cur);
				jd_csv_puts(jd_stdout, js_period_name(m->period));
				put_amount(m->has_min, m->annual_min);
				put_amount(m->has_max, m->annual_max);
				jd_csv_puts(jd_stdout, m->estimate ? "1" : "0");
				jd_csv_puts(jd_stdout, js_source_name(m->period_src));
				jd_csv_puts(jd_stdout, js_source_name(m->cur_src));
				jd_csv_endrow(jd_stdout);
			}
			continue;
		}
		jd_csv_put_fields_except(jd_stdout, row, stale, nstale);
		int b = js_choose(ms, n);
		if (b < 0) {
			for (int k = 0; k < 7 + (o->to ? 2 : 0); k++)
				jd_csv_puts(jd_stdout, NULL);
		} else {
			const js_mention *m = &ms[b];
			put_amount(m->has_min, m->min);
			put_amount(m->has_max, m->max);
			jd_csv_puts(jd_stdout, m->cur);
			jd_csv_puts(jd_stdout, js_period_name(m->period));
			put_amount(m->has_min, m->annual_min);
			put_amount(m->has_max, m->annual_max);
			jd_csv_put(jd_stdout, text + m->off, m->len);
			if (o->to) {
				put_converted(o, m, m->has_min, m->annual_min);
				put_converted(o, m, m->has_max, m->annual_max);
			}
		}
		jd_csv_endrow(jd_stdout);
	}
	if (jd_csv_errors(in))
		jd_exit_status = JD_EXIT_DATA;
	jd_csv_close(in);
}

int main(int argc, char **argv)
{
	options o;
	jd_tool_init("jd-salary", argc, argv);
	int i = process_args(&o, argc, argv);
	js_parser *p = js_new(&o.po);
	if (i >= argc)
		process_file(&o, p, "-");
	for (; i < argc; i++)
		process_file(&o, p, argv[i]);
	if (o.verbose)
		jd_warn("%lu implausible figures dropped", js_dropped(p));
	js_free(p);
	for (size_t k = 0; k < first_header.n; k++)
		free(first_header.f[k]);
	free(first_header.f);
	free(first_header.len);
	free(stale);
	return jd_tool_exit();
}
