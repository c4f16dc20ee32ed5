/* Unit tests for jd-salary's number reader and mention parser. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "unit.h"
#include "../../tools/jd-salary/parse.h"
#include "../../tools/jd-salary/rates.h"

static void num(const char *s, size_t want_len, double want)
{
	double v = -1;
	size_t n = js_number(s, strlen(s), &v);
	char name[128];
	snprintf(name, sizeof name, "number '%s' length", s);
	CHECK(name, n == want_len);
	if (want_len) {
		snprintf(name, sizeof name, "number '%s' value", s);
		CHECK(name, fabs(v - want) < 1e-9);
	}
}

/* the text as part of a test name: one line ("\n" shown as "|") */
static void flat(char *b, size_t sz, const char *text)
{
	size_t k = 0;
	for (; text[k] && k + 1 < sz; k++)
		b[k] = text[k] == '\n' ? '|' : text[k];
	b[k] = '\0';
}

/* one mention expected: min/max (NAN = absent), currency, period, label */
static void one(js_parser *p, const char *text, double mn, double mx, const char *cur,
		int period, int label)
{
	const js_mention *ms;
	size_t n = js_parse(p, text, strlen(text), &ms);
	char name[256], shown[200];
	flat(shown, sizeof shown, text);
	snprintf(name, sizeof name, "'%s': one mention", shown);
	CHECK(name, n == 1);
	if (n != 1)
		return;
	snprintf(name, sizeof name, "'%s': min", shown);
	CHECK(name, isnan(mn) ? !ms[0].has_min : ms[0].has_min && fabs(ms[0].min - mn) < 1e-9);
	snprintf(name, sizeof name, "'%s': max", shown);
	CHECK(name, isnan(mx) ? !ms[0].has_max : ms[0].has_max && fabs(ms[0].max - mx) < 1e-9);
	snprintf(name, sizeof name, "'%s': currency", shown);
	CHECK_STR(name, ms[0].cur, cur);
	snprintf(name, sizeof name, "'%s': period", shown);
	CHECK_STR(name, js_period_name(ms[0].period), js_period_name(period));
	snprintf(name, sizeof name, "'%s': label", shown);
	CHECK_STR(name, js_label_name(ms[0].label), js_label_name(label));
}

static void none(js_parser *p, const char *text)
{
	const js_mention *ms;
	size_t n = js_parse(p, text, strlen(text), &ms);
	char name[256], shown[200];
	flat(shown, sizeof shown, text);
	snprintf(name, sizeof name, "'%s': no mention", shown);
	CHECK(name, n == 0);
}

int main(void)
{
	/* number formats */
	num("1,234.56", 8, 1234.56);
	num("1.234,56", 8, 1234.56);
	num("45.000", 6, 45000);
	num("45,000", 6, 45000);
	num("45.000,00", 9, 45000);
	num("45.000,- EUR", 8, 45000);
	num("45.000,-- EUR", 9, 45000);
	num("1 234", 5, 1234);
	num("1\xc2\xa0" "234", 6, 1234);
	num("1\xe2\x80\xaf" "234", 7, 1234);
	num("1'234'567", 9, 1234567);
	num("95\xe2\x80\x99" "000", 8, 95000);
	num("12,00,000", 9, 1200000);
	num("1,20,00,000", 11, 12000000);
	num("7.40", 4, 7.4);
	num("21.5", 4, 21.5);
	num("12,5", 4, 12.5);
	num("1 234,56", 8, 1234.56);
	num("2022 2023", 4, 2022);        /* not a grouping: stops */
	num("22 85 96", 2, 22);
	num("1.2.3", 0, 0);                /* version */
	num("01.02.2023", 0, 0);           /* date */
	num("1,2,3", 0, 0);
	num("45,000, and", 6, 45000);
	num("45.", 2, 45);
	num("1234567890123456789", 0, 0);  /* too many digits */
	num("0", 1, 0);
	/* the plain-digit-run fast path ends where the full reader does */
	num("45,- EUR", 4, 45);
	num("45.-", 4, 45);
	num("1234, and", 4, 1234);
	num("1234 Euro", 4, 1234);
	num("1234\t5", 4, 1234);
	num("1234 -", 4, 1234);
	num("1234' x", 4, 1234);
	num("1234\xc2\xa0" "Euro", 4, 1234);
	num("12 345", 6, 12345);
	num("0000000000000001234", 19, 1234);   /* leading zeros do not count */
	num("123456789012345", 15, 123456789012345.0);
	num("1234567890123456", 0, 0);
	num("2026-06-15", 4, 2026);

	js_opts o;
	js_opts_default(&o);
	js_parser *p = js_new(&o);
	one(p, "Salary $60,000 - $80,000 per year", 60000, 80000, "USD", JS_P_YEAR, JS_L_NONE);
	one(p, "\xe2\x82\xac" "55k\xe2\x80\x93\xe2\x82\xac" "70k", 55000, 70000, "EUR", JS_P_YEAR, JS_L_NONE);
	one(p, "$120K AUD", 120000, 120000, "AUD", JS_P_YEAR, JS_L_NONE);
	one(p, "bis zu 65.000 \xe2\x82\xac im Jahr", NAN, 65000, "EUR", JS_P_YEAR, JS_L_NONE);
	one(p, "ab 4.000 \xe2\x82\xac brutto monatlich", 4000, NAN, "EUR", JS_P_MONTH, JS_L_NONE);
	one(p, "Junior Salary$75,000", 75000, 75000, "USD", JS_P_YEAR, JS_L_JUNIOR);
	one(p, "between $33 and $106/hour", 33, 106, "USD", JS_P_HOUR, JS_L_NONE);
	one(p, "Gehalt 72 T\xe2\x82\xac", 72000, 72000, "EUR", JS_P_YEAR, JS_L_NONE);
	one(p, "CTC 12 LPA", 1200000, 1200000, "INR", JS_P_YEAR, JS_L_NONE);
	one(p, "$21-$34 Per Hour(Glassdoor est.)", 21, 34, "USD", JS_P_HOUR, JS_L_NONE);
	/* a range with the thousands written once; not when the first
	 * figure carries its own currency */
	one(p, "Gehalt: 70-80.000 EUR", 70000, 80000, "EUR", JS_P_YEAR, JS_L_NONE);
	one(p, "Gehalt 4 bis 5.000 \xe2\x82\xac monatlich", 4000, 5000, "EUR", JS_P_MONTH, JS_L_NONE);
	none(p, "Salary: $40 - $60,000");
	one(p, "Gehalt: 60 - 70 TEUR", 60000, 70000, "EUR", JS_P_YEAR, JS_L_NONE);
	one(p, "Salary: AUD $120,000 + super", 120000, 120000, "AUD", JS_P_YEAR, JS_L_NONE);
	one(p, "Gehalt max. 80.000 \xe2\x82\xac", NAN, 80000, "EUR", JS_P_YEAR, JS_L_NONE);
	one(p, "L\xc3\xb6n: 120 000 kr/\xc3\xa5r", 120000, 120000, "SEK", JS_P_YEAR, JS_L_NONE);
	one(p, "Salaire : 45 000 \xe2\x82\xac bruts annuels", 45000, 45000, "EUR", JS_P_YEAR, JS_L_NONE);
	one(p, "Salaire : 80 000 CHF par ann\xc3\xa9" "e", 80000, 80000, "CHF", JS_P_YEAR, JS_L_NONE);
	one(p, "Graduates start at \xc2\xa3" "28,000.", 28000, 28000, "GBP", JS_P_YEAR, JS_L_ENTRY);
	/* a word before the next figure is that figure's: base pay here */
	one(p, "Annual bonus of $10,000, base pay $80,000.", 80000, 80000, "USD", JS_P_YEAR, JS_L_BASE);
	/* a table row under a header that names a salary and a level */
	one(p, "Job Branch Avg. US Salary\nData Engineer Engineering 128,500 USD", 128500, 128500, "USD",
	    JS_P_YEAR, JS_L_AVERAGE);
	one(p, "Senior Data Engineer\n\xe2\x82\xac" "90,000 per year", 90000, 90000, "EUR", JS_P_YEAR, JS_L_NONE);
	one(p, "Average salary 2024\nBerlin 65.000 \xe2\x82\xac", 65000, 65000, "EUR", JS_P_YEAR, JS_L_NONE);
	none(p, "We raised $50 million Series B");
	none(p, "a $2bn company");
	none(p, "up to 20% bonus");
	none(p, "5+ years of experience since 2019");
	none(p, "call 040 - 22 85 96 16");
	none(p, "Python 3.11.2");
	none(p, "$10,000 sign-on bonus");
	none(p, "");
	{
		const js_mention *ms;
		const char *t = "$53K-$91K (Glassdoor est.)";
		size_t n = js_parse(p, t, strlen(t), &ms);
		CHECK("glassdoor estimate flag", n == 1 && ms[0].estimate == 1);
		CHECK("glassdoor annual", n == 1 && ms[0].annual_min == 53000 && ms[0].annual_max == 91000);
	}
	{
		/* NUL bytes and invalid UTF-8 are safe */
		const char t[] = "Salary \xff\xfe $50,000\0 \xc3 \xe2\x82 per year";
		const js_mention *ms;
		size_t n = js_parse(p, t, sizeof t - 1, &ms);
		CHECK("binary text: one mention", n == 1 && ms[0].min == 50000);
	}
	/* ad-level choice */
	{
		const js_mention *ms;
		const char *t = "Junior $70,000. Average $90,000. Senior $120,000.";
		size_t n = js_parse(p, t, strlen(t), &ms);
		int b = js_choose(ms, n);
		CHECK("choose average in a level table", n == 3 && b == 1);
		t = "Average $90,000. We pay $100,000 - $110,000.";
		n = js_parse(p, t, strlen(t), &ms);
		b = js_choose(ms, n);
		CHECK("choose the unlabelled range", n == 2 && b == 1);
		CHECK("choose nothing", js_choose(ms, 0) == -1);
		t = "\xe2\x82\xac" "65,000 per year. Salary: \xe2\x82\xac" "60,000";
		n = js_parse(p, t, strlen(t), &ms);
		b = js_choose(ms, n);
		CHECK("keyword flag", n == 2 && !ms[0].keyword && ms[1].keyword);
		CHECK("choose the figure a salary word introduces", n == 2 && b == 1);
		t = "OTE of $120k, base salary $70k";
		n = js_parse(p, t, strlen(t), &ms);
		b = js_choose(ms, n);
		CHECK("OTE label", n == 2 && ms[0].label == JS_L_OTE && ms[1].label == JS_L_BASE);
		CHECK("choose base over OTE", n == 2 && b == 1);
		CHECK_STR("OTE label name", js_label_name(JS_L_OTE), "ote");
	}
	/* a currency between two numbers belongs to the one it is glued to */
	one(p, "Band 5 \xc2\xa3" "28,407", 28407, 28407, "GBP", JS_P_YEAR, JS_L_NONE);
	one(p, "Ab 2026 \xe2\x82\xac 1.500 monatlich", 1500, 1500, "EUR", JS_P_MONTH, JS_L_NONE);
	one(p, "Stundenlohn 20 \xe2\x82\xac 40 Stunden", 20, 20, "EUR", JS_P_HOUR, JS_L_NONE);
	one(p, "Level 2 - \xc2\xa3" "45,000", 45000, 45000, "GBP", JS_P_YEAR, JS_L_NONE);
	/* stipends: the pay when they head the figure, else perks */
	one(p, "Stipend 1.200 \xe2\x82\xac / month", 1200, 1200, "EUR", JS_P_MONTH, JS_L_NONE);
	none(p, "Learning stipend: $1,000 per year");
	none(p, "Stipend for equipment: $300");
	none(p, "Overtime paid at $30/hour");
	none(p, "Unsere Kunden sparen bis zu 3.000 \xe2\x82\xac pro Jahr");
	{
		/* an unmatched "(" is cut from the raw text */
		const js_mention *ms;
		const char *t = "bis zu 85.000\xe2\x82\xac (brutto/Jahr";
		size_t n = js_parse(p, t, strlen(t), &ms);
		CHECK("raw without an unmatched bracket", n == 1 && ms[0].len == strlen("bis zu 85.000\xe2\x82\xac"));
	}
	js_free(p);

	/* field mode: bare numbers count, currency from the country */
	o.field = 1;
	o.country = "GB";
	p = js_new(&o);
	one(p, "20000 - 24000", 20000, 24000, "GBP", JS_P_YEAR, JS_L_NONE);
	one(p, "12 to 13 per hour", 12, 13, "GBP", JS_P_HOUR, JS_L_NONE);
	one(p, "Up to 7.40 p.h.", NAN, 7.4, "GBP", JS_P_HOUR, JS_L_NONE);
	none(p, "Competitive");
	js_free(p);

	/* formatting */
	char b[32];
	js_fmt_amount(b, sizeof b, 45000);
	CHECK_STR("fmt integer", b, "45000");
	js_fmt_amount(b, sizeof b, 21.5);
	CHECK_STR("fmt one decimal", b, "21.5");
	js_fmt_amount(b, sizeof b, 1234.567);
	CHECK_STR("fmt rounds to 2", b, "1234.57");
	js_fmt_amount(b, sizeof b, 0.001);
	CHECK_STR("fmt tiny", b, "0");
	js_fmt_amount(b, sizeof b, -0.0);
	CHECK_STR("fmt negative zero", b, "0");
	js_fmt_amount(b, sizeof b, -1250);
	CHECK_STR("fmt negative integer", b, "-1250");
	js_fmt_amount(b, sizeof b, 0);
	CHECK_STR("fmt zero", b, "0");
	js_fmt_amount(b, sizeof b, 300000000);
	CHECK_STR("fmt large integer", b, "300000000");
	js_fmt_amount(b, sizeof b, 123456789012345.0);
	CHECK_STR("fmt 15 digits", b, "123456789012345");
	js_fmt_amount(b, sizeof b, 1e15);
	CHECK_STR("fmt 1e15 (printf path)", b, "1000000000000000");
	js_fmt_amount(b, sizeof b, 99.999);
	CHECK_STR("fmt rounds up to an integer", b, "100");

	/* rates */
	js_rates r;
	const char csv[] = "currency,per_usd,date\nUSD,1,2026-01-01\nEUR,0.5,2026-02-01\n";
	CHECK("rates read", js_rates_read_mem(&r, csv, sizeof csv - 1, "mem") == 0);
	CHECK_STR("rates date is the newest", r.date, "2026-02-01");
	double x = 0;
	CHECK("rates convert", js_rates_convert(&r, 100, "USD", "EUR", &x) && x == 50);
	CHECK("rates unknown", !js_rates_convert(&r, 100, "USD", "JPY", &x));
	return unit_failed != 0;
}
