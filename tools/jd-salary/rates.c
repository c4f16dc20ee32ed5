/* rates: see rates.h */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "jd_csv.h"
#include "jd_err.h"
#include "rates.h"

static int find(const js_rates *r, const char *cur)
{
	for (size_t i = 0; i < r->n; i++)
		if (!strcmp(r->cur[i], cur))
			return (int)i;
	return -1;
}

int js_rates_has(const js_rates *r, const char *cur) { return find(r, cur) >= 0; }

int js_rates_read_fd(js_rates *r, int fd, const char *name)
{
	memset(r, 0, sizeof *r);
	jd_csv_reader *in = jd_csv_open_fd(fd, name, 0);
	if (!in) {
		jd_warn("%s:", name);
		return -1;
	}
	int ccur = jd_csv_col(in, "currency"), crate = jd_csv_col(in, "per_usd"), cdate = jd_csv_col(in, "date");
	if (ccur < 0 || crate < 0 || cdate < 0) {
		jd_warn("%s: rates table needs the columns currency,per_usd,date", name);
		jd_csv_close(in);
		return -1;
	}
	const jd_row *row;
	int bad = 0;
	while (jd_csv_next(in, &row)) {
		const char *c = row->f[ccur], *v = row->f[crate], *d = row->f[cdate];
		char *end;
		errno = 0;
		double x = strtod(v, &end);
		if (strlen(c) != 3 || !*v || *end || errno || !isfinite(x) || x <= 0 || strlen(d) >= sizeof r->date) {
			jd_warn("%s:%ld: bad rate row", name, row->line);
			bad = 1;
			continue;
		}
		if (r->n == sizeof r->cur / sizeof *r->cur) {
			jd_warn("%s:%ld: too many currencies", name, row->line);
			bad = 1;
			break;
		}
		memcpy(r->cur[r->n], c, 4);
		r->per_usd[r->n++] = x;
		if (strcmp(d, r->date) > 0)
			strcpy(r->date, d);
	}
	if (jd_csv_errors(in))
		bad = 1;
	jd_csv_close(in);
	return bad || r->n == 0 ? -1 : 0;
}

int js_rates_read_mem(js_rates *r, const char *data, size_t len, const char *name)
{
	FILE *f = tmpfile();
	if (!f) {
		jd_warn("tmpfile:");
		return -1;
	}
	if (fwrite(data, 1, len, f) != len || fflush(f) != 0 || fseek(f, 0, SEEK_SET) != 0) {
		jd_warn("tmpfile:");
		fclose(f);
		return -1;
	}
	int rc = js_rates_read_fd(r, fileno(f), name);
	fclose(f);
	return rc;
}

int js_rates_convert(const js_rates *r, double v, const char *from, const char *to, double *out)
{
	int a = find(r, from), b = find(r, to);
	if (a < 0 || b < 0)
		return 0;
	*out = round(v / r->per_usd[a] * r->per_usd[b] * 100) / 100;
	return 1;
}
