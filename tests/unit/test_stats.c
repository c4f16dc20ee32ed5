/* test_stats: jd-stats's number parsing and formatting, date keys and
 * query parser (linked with the tools/jd-stats modules). */
#include <math.h>
#include <stdlib.h>
#include "unit.h"
#include "jd_err.h"
#include "../../tools/jd-stats/stats.h"

static int parses(const char *s, double want)
{
	double d;
	return num_parse(s, strlen(s), &d) && d == want;
}

static int rejects(const char *s)
{
	double d;
	return !num_parse(s, strlen(s), &d);
}

static const char *fmt(double v)
{
	static char b[64];
	num_fmt(b, sizeof b, v);
	return b;
}

static const char *key(int fn, const char *cell)
{
	static char tmp[16], out[32];
	keyexpr k = {fn, "c", 0, 0};
	sv row[1] = {{cell, strlen(cell)}};
	sv v = key_value(&k, row, tmp);
	snprintf(out, sizeof out, "%.*s", (int)v.n, v.p);
	return out;
}

static int err_at(const char *q, int pos, const char *msg_start)
{
	qerr e;
	query *p = q_parse(q, &e);
	if (p) {
		q_free(p);
		return 0;
	}
	return e.pos == pos && strncmp(e.msg, msg_start, strlen(msg_start)) == 0;
}

int main(void)
{
	jd_progname = "test_stats";
	CHECK("num 42", parses("42", 42));
	CHECK("num -3.5", parses("-3.5", -3.5));
	CHECK("num spaces", parses("  7 ", 7));
	CHECK("num exponent", parses("1.5e3", 1500));
	CHECK("num 0.1 exact", parses("0.1", 0.1));
	CHECK("num many digits", parses("12345678901234567890", 12345678901234567890.0));
	CHECK("num .5", parses(".5", 0.5));
	CHECK("num 5.", parses("5.", 5));
	CHECK("num rejects empty", rejects(""));
	CHECK("num rejects n/a", rejects("n/a"));
	CHECK("num rejects 1,000", rejects("1,000"));
	CHECK("num rejects hex", rejects("0x10"));
	CHECK("num rejects nan", rejects("nan"));
	CHECK("num rejects inf", rejects("inf"));
	CHECK("num rejects 1e", rejects("1e"));
	CHECK("num rejects -", rejects("-"));
	CHECK("num rejects 1e999", rejects("1e999"));
	CHECK_STR("fmt integer", fmt(85000), "85000");
	CHECK_STR("fmt -0", fmt(-0.0), "0");
	CHECK_STR("fmt fraction", fmt(1.0 / 3), "0.3333333333");
	CHECK_STR("fmt big", fmt(1e20), "1e+20");
	CHECK_STR("fmt 1e14", fmt(1e14), "100000000000000");
	CHECK_STR("month", key(KF_MONTH, "2024-03-05"), "2024-03");
	CHECK_STR("year", key(KF_YEAR, "2024-03-05"), "2024");
	CHECK_STR("week mid-year", key(KF_WEEK, "2024-06-30"), "2024-W26");
	CHECK_STR("week belongs to next year", key(KF_WEEK, "2024-12-30"), "2025-W01");
	CHECK_STR("week belongs to last year", key(KF_WEEK, "2021-01-03"), "2020-W53");
	CHECK_STR("week 53", key(KF_WEEK, "2020-12-31"), "2020-W53");
	CHECK_STR("week with time", key(KF_WEEK, "2024-01-01T08:00:00Z"), "2024-W01");
	CHECK_STR("week of a bad day", key(KF_WEEK, "2023-02-29"), "");
	CHECK_STR("week leap day", key(KF_WEEK, "2024-02-29"), "2024-W09");
	CHECK_STR("month of text", key(KF_MONTH, "soon"), "");
	CHECK_STR("month 13", key(KF_MONTH, "2024-13-01"), "");
	CHECK("cell_cmp numeric", cell_cmp("9", 1, "10", 2) < 0);
	CHECK("cell_cmp numbers before text", cell_cmp("100", 3, "abc", 3) < 0);
	CHECK("cell_cmp text", cell_cmp("de", 2, "en", 2) < 0);
	CHECK("parse ok", err_at("count", -1, "x") == 0);
	CHECK("error: unknown verb at 0", err_at("cont", 0, "unknown verb 'cont'"));
	CHECK("error: after by", err_at("count by", 8, "expected a column name"));
	CHECK("error: in second verb", err_at("count | head x", 13, "expected a whole number"));
	CHECK("error: regex offset", err_at("where a ~ ab(c", 14, "bad regular expression"));
	CHECK("error: unterminated string", err_at("where a = 'x", 10, "unterminated string"));
	CHECK("error: sort by a date function", err_at("sort month(d)", 5, "sort takes plain columns"));
	CHECK("sort by plain columns parses", err_at("sort a desc, b", -1, "x") == 0);
	char deep[400];
	strcpy(deep, "where ");
	for (int i = 0; i < 300; i++)
		strcat(deep, "(");
	strcat(deep, "a = 1");
	CHECK("error: nested too deep", err_at(deep, 6 + 201, "expression nested too deeply"));
	qerr e;
	query *q = q_parse("where (x ~ (?i)a|b) and y in (1, 'two') | split s ; | freq s by month(d) top 3", &e);
	CHECK("complex query parses", q != NULL);
	if (q) {
		CHECK("three verbs", q->nv == 3);
		CHECK("freq top 3", q->v[2].kind == V_FREQ && q->v[2].n == 3);
		CHECK("freq by month()", q->v[2].nby == 1 && q->v[2].by[0].fn == KF_MONTH);
		CHECK_STR("split separator", q->v[1].sep, ";");
		q_free(q);
	} else {
		printf("FAIL parse error: %s at %d\n", e.msg, e.pos);
	}
	/* a quoted value as the REPL's completion writes it: \' and \\ */
	q = q_parse("where a = 'O\\'Neil \\\\ Co' | count", &e);
	CHECK("quoted value with escapes parses", q != NULL);
	if (q) {
		CHECK_STR("quoted value decoded", q->v[0].where->val.s, "O'Neil \\ Co");
		q_free(q);
	}
	return unit_failed != 0;
}
