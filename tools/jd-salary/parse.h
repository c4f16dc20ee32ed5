/* parse: find and normalise salary mentions in free text (jd-salary).
 *
 * js_parse() scans UTF-8 text (any bytes: NULs and invalid UTF-8 are
 * safe) and returns every salary mention it finds, in text order, with its
 * byte offsets, amounts, ISO currency, period, label and provenance.  No
 * I/O, no global state: all state lives in a js_parser (compiled patterns,
 * the mention array), so one parser per thread.
 *
 * How it works: a memchr-style scan finds digit runs; each is read by the
 * hand-written number reader (js_number: 1,234.56 / 1.234,56 / 1 234 /
 * 1'234 / 12,00,000 / ,- endings), multipliers (k, T, Tsd., thousand,
 * lakh, crore, LPA, 万) and currency tokens around it are read by table,
 * ranges and one-sided words are joined, and context words (periods,
 * labels, negatives such as "million", "%", "bonus", "employees") are
 * matched with PCRE2 patterns, run only on short windows next to each
 * candidate, and there only where a word that can start a match begins
 * (anchored matches; see scan_head).  Each pattern is a table of rows;
 * per start byte the parser uses a pattern of only the rows that can start
 * with that byte (PCRE2's start-byte analysis), compiled the first time it
 * is needed.  Digits are found 16 bytes at a time; most digit runs are
 * dropped by cheap table checks (number reader, currency tokens by
 * first/last byte, range connectors) before any pattern runs.
 */
#ifndef JD_SALARY_PARSE_H
#define JD_SALARY_PARSE_H

#include <stddef.h>

enum js_period { JS_P_NONE, JS_P_HOUR, JS_P_DAY, JS_P_WEEK, JS_P_MONTH, JS_P_YEAR };

enum js_label {
	JS_L_NONE, JS_L_ENTRY, JS_L_JUNIOR, JS_L_MID, JS_L_SENIOR, JS_L_LEAD,
	JS_L_AVERAGE, JS_L_MEDIAN, JS_L_TOP, JS_L_STARTING, JS_L_BASE,
	JS_L_FREELANCE, JS_L_OTE, JS_L_COUNT
};

enum js_source { JS_SRC_NONE, JS_SRC_EXPLICIT, JS_SRC_INFERRED };

enum js_flag {
	JS_F_BONUS = 1,        /* bonus, sign-on, equity, 401(k), budgets */
	JS_F_IMPLAUSIBLE = 2,  /* annual figure outside the currency's bounds */
};

typedef struct js_mention {
	size_t off, len;        /* raw text: text[off .. off+len) */
	double min, max;        /* amounts in currency units (multipliers applied) */
	int has_min, has_max;   /* one-sided: only one set; single figure: both */
	char cur[4];            /* ISO 4217 code, "" when unknown */
	int period;             /* enum js_period */
	int label;              /* enum js_label */
	int estimate;           /* 1: "Glassdoor est." and the like */
	int keyword;            /* 1: a salary word introduces it ("Salary:", "Gehalt", a pay stipend) */
	int period_src, cur_src;/* enum js_source */
	int flags;              /* enum js_flag */
	double annual_min, annual_max; /* valid when has_min / has_max */
} js_mention;

typedef struct js_opts {
	const char *country;    /* ISO 3166 alpha-2 or NULL: what "$", "kr", bare numbers mean */
	int field;              /* 1: the text is a salary statement; bare numbers count */
	double hours_per_year, days_per_year, weeks_per_year, months_per_year;
} js_opts;

typedef struct js_parser js_parser;

/* Defaults: 2080 h, 260 d, 52 w, 12 m, no country, text mode. */
void js_opts_default(js_opts *o);
js_parser *js_new(const js_opts *o);
void js_free(js_parser *p);

/* Parse text[0..len).  Returns the number of mentions; *out points to an
 * array owned by the parser, valid until the next js_parse or js_free.
 * Mentions flagged JS_F_IMPLAUSIBLE are not returned; they are counted in
 * js_dropped().  Bonus-type figures (bonus, sign-on, equity, 401(k),
 * budgets) are never returned. */
size_t js_parse(js_parser *p, const char *text, size_t len, const js_mention **out);
/* Implausible figures dropped so far by this parser. */
unsigned long js_dropped(const js_parser *p);

/* The ad's salary among ms[0..n): index or -1.  Rule in the man page. */
int js_choose(const js_mention *ms, size_t n);

/* Read one number at s[0..n) (s[0] is a digit).  Returns the bytes used
 * (0: not a number, e.g. a version "1.2.3" or a date), value in *v. */
size_t js_number(const char *s, size_t n, double *v);

/* Names for output. */
const char *js_period_name(int p);
const char *js_label_name(int l);
const char *js_source_name(int s);
/* Format an amount: at most 2 decimals, no trailing zeros; buf >= 32. */
void js_fmt_amount(char *buf, size_t sz, double v);
/* Currency implied by a country code (for bare amounts), or NULL. */
const char *js_country_currency(const char *cc);

#endif
