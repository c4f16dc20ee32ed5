#define _GNU_SOURCE 1   /* memmem */
/* eval.c: numbers, cell comparison, key functions (month/week/year) and
 * where-expressions. */
#include "stats.h"
#include "jd_err.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

volatile sig_atomic_t stats_interrupted;
int stats_re_limit_hits;

static const double pow10tab[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

int num_parse(const char *s, size_t n, double *out)
{
	while (n > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n == 0)
		return 0;
	size_t i = 0;
	int neg = 0;
	if (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-';
		i++;
	}
	uint64_t m = 0;
	int nd = 0, frac = 0, any = 0;
	while (i < n && s[i] >= '0' && s[i] <= '9') {
		if (m || s[i] != '0') {
			if (nd < 19)
				m = m * 10 + (uint64_t)(s[i] - '0');
			else
				frac--;   /* digit dropped: scale up */
			nd += m ? 1 : 0;
		}
		any = 1;
		i++;
	}
	if (i < n && s[i] == '.') {
		i++;
		while (i < n && s[i] >= '0' && s[i] <= '9') {
			if (nd < 19) {
				m = m * 10 + (uint64_t)(s[i] - '0');
				frac++;
				if (m)
					nd++;
			}
			any = 1;
			i++;
		}
	}
	if (!any)
		return 0;
	int e = 0;
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		int eneg = 0;
		if (i < n && (s[i] == '-' || s[i] == '+')) {
			eneg = s[i] == '-';
			i++;
		}
		if (i >= n || s[i] < '0' || s[i] > '9')
			return 0;
		while (i < n && s[i] >= '0' && s[i] <= '9') {
			if (e < 100000)
				e = e * 10 + (s[i] - '0');
			i++;
		}
		if (eneg)
			e = -e;
	}
	if (i != n)
		return 0;
	int ex = e - frac;
	double v;
	if (nd <= 15 && ex >= -22 && ex <= 22) {
		v = (double)m;
		v = ex >= 0 ? v * pow10tab[ex] : v / pow10tab[-ex];
	} else {
		char small[128], *buf = n < sizeof small ? small : jd_xmalloc(n + 1);
		memcpy(buf, s, n);
		buf[n] = '\0';
		v = strtod(buf, NULL);
		if (buf != small)
			free(buf);
		if (!isfinite(v))
			return 0;
		*out = v;
		return 1;
	}
	*out = neg ? -v : v;
	return 1;
}

int num_fmt(char *buf, size_t sz, double v)
{
	if (v == 0)
		v = 0;   /* no "-0" */
	if (isnan(v))
		return snprintf(buf, sz, "%s", "");
	if (v == floor(v) && fabs(v) < 1e15)
		return snprintf(buf, sz, "%.0f", v);
	return snprintf(buf, sz, "%.10g", v);
}

static int bytes_cmp(const char *a, size_t an, const char *b, size_t bn)
{
	int c = memcmp(a, b, an < bn ? an : bn);
	if (c)
		return c;
	return an < bn ? -1 : an > bn;
}

int cell_class(const char *a, size_t an)
{
	double x;
	if (num_parse(a, an, &x))
		return 0;
	for (size_t i = 0; i < an; i++)
		if (a[i] != ' ' && a[i] != '\t')
			return 1;
	return 2;
}

int cell_cmp(const char *a, size_t an, const char *b, size_t bn)
{
	double x, y;
	int xa = num_parse(a, an, &x), yb = num_parse(b, bn, &y);
	if (xa && yb)
		return x < y ? -1 : x > y;
	if (xa != yb)
		return xa ? -1 : 1;
	return bytes_cmp(a, an, b, bn);
}

static int digits(const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static int atoin(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

static int leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* day of week, Monday = 1 .. Sunday = 7 (Sakamoto) */
static int weekday(int y, int m, int d)
{
	static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
	if (m < 3)
		y--;
	int w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;   /* 0 = Sunday */
	return w == 0 ? 7 : w;
}

static int iso_weeks(int y)
{
	/* a year has 53 weeks when Jan 1 is a Thursday, or a Wednesday in a leap year */
	int w = weekday(y, 1, 1);
	return (w == 4 || (w == 3 && leap(y))) ? 53 : 52;
}

sv key_value(const keyexpr *k, const sv *row, char *tmp)
{
	sv v = row[k->idx];
	sv none = {"", 0};
	if (k->fn == KF_COL)
		return v;
	const char *s = v.p;
	size_t n = v.n;
	while (n > 0 && *s == ' ') {
		s++;
		n--;
	}
	/* the cell must be a whole date, or its year or month: YYYY, YYYY-MM,
	 * or YYYY-MM-DD (a valid day) with nothing after it but a time (T or
	 * space); year(), month() and week() then agree on what is a date */
	static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (n < 4 || !digits(s, 4) || (n > 4 && s[4] != '-'))
		return none;
	int y = atoin(s, 4), mo = 0, d = 0;
	if (n > 4) {
		if (n < 7 || !digits(s + 5, 2) || (n > 7 && s[7] != '-'))
			return none;
		mo = atoin(s + 5, 2);
		if (mo < 1 || mo > 12)
			return none;
	}
	if (n > 7) {
		if (n < 10 || !digits(s + 8, 2) || (n > 10 && s[10] != 'T' && s[10] != ' '))
			return none;
		d = atoin(s + 8, 2);
		if (y < 1 || d < 1 || d > mdays[mo - 1] + (mo == 2 && leap(y)))
			return none;
	}
	if (k->fn == KF_YEAR) {
		sv r = {s, 4};
		return r;
	}
	if (!mo)
		return none;
	if (k->fn == KF_MONTH) {
		sv r = {s, 7};
		return r;
	}
	/* week: ISO 8601 week of YYYY-MM-DD */
	if (!d)
		return none;
	int doy = d;
	for (int i = 0; i < mo - 1; i++)
		doy += mdays[i] + (i == 1 && leap(y));
	int wd = weekday(y, mo, d);
	int wk = (doy - wd + 10) / 7;
	if (wk < 1) {
		y--;
		wk = iso_weeks(y);
	} else if (wk > iso_weeks(y)) {
		y++;
		wk = 1;
	}
	snprintf(tmp, 16, "%04d-W%02d", y, wk);
	sv r = {tmp, 8};
	return r;
}

const char *key_name(const keyexpr *k)
{
	switch (k->fn) {
	case KF_MONTH: return "month";
	case KF_WEEK: return "week";
	case KF_YEAR: return "year";
	default: return k->col;
	}
}

static int lit_cmp(const sv *v, const lit *l, int *numeric)
{
	double x;
	if (l->isnum && num_parse(v->p, v->n, &x)) {
		*numeric = 1;
		return x < l->num ? -1 : x > l->num;
	}
	*numeric = 0;
	return bytes_cmp(v->p, v->n, l->s, l->n);
}

static int blank(sv v)
{
	for (size_t i = 0; i < v.n; i++)
		if (v.p[i] != ' ' && v.p[i] != '\t')
			return 0;
	return 1;
}

int ex_eval(const expr *e, const sv *row)
{
	char tmp[16];
	int numeric;
	switch (e->kind) {
	case EX_AND: return ex_eval(e->a, row) && ex_eval(e->b, row);
	case EX_OR: return ex_eval(e->a, row) || ex_eval(e->b, row);
	case EX_NOT: return !ex_eval(e->a, row);
	case EX_EMPTY: return blank(key_value(&e->lhs, row, tmp));
	case EX_CMP: {
		sv v = key_value(&e->lhs, row, tmp);
		int c = lit_cmp(&v, &e->val, &numeric);
		/* a number compared for order with a cell that is not one (empty,
		 * "n/a"): the cell is missing, so the comparison is false */
		if (e->val.isnum && !numeric && e->op != OP_EQ && e->op != OP_NE)
			return 0;
		switch (e->op) {
		case OP_EQ: return c == 0;
		case OP_NE: return c != 0;
		case OP_LT: return c < 0;
		case OP_LE: return c <= 0;
		case OP_GT: return c > 0;
		default: return c >= 0;
		}
	}
	case EX_RE: {
		sv v = key_value(&e->lhs, row, tmp);
		size_t ov[2];
		int rc = jd_re_match(e->re, v.p, v.n, 0, ov, 1);
		if (rc == JD_RE_LIMIT)
			stats_re_limit_hits++;
		return rc > 0;
	}
	case EX_CONTAINS: {
		sv v = key_value(&e->lhs, row, tmp);
		if (e->val.n == 0)
			return 1;
		return v.n >= e->val.n && memmem(v.p, v.n, e->val.s, e->val.n) != NULL;
	}
	case EX_IN: {
		sv v = key_value(&e->lhs, row, tmp);
		for (int i = 0; i < e->nlist; i++)
			if (lit_cmp(&v, &e->list[i], &numeric) == 0)
				return 1;
		return 0;
	}
	}
	return 0;
}
