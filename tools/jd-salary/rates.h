/* rates: the exchange-rate table for jd-salary --to (data/rates.csv).
 *
 * Format: a CSV with header currency,per_usd,date; one row per ISO 4217
 * code: how many units of it one US dollar buys, and the date the figure
 * refers to.  The values are approximate reference rates for rough
 * comparisons of salaries, not for accounting. */
#ifndef JD_SALARY_RATES_H
#define JD_SALARY_RATES_H

#include <stddef.h>

typedef struct js_rates {
	size_t n;
	char cur[64][4];
	double per_usd[64];
	char date[16];     /* the newest date in the table */
} js_rates;

/* Read a rates CSV from fd (name for messages).  0 ok; -1 after reporting
 * the problem with jd_warn ("jd-salary: NAME:LINE: ..."). */
int js_rates_read_fd(js_rates *r, int fd, const char *name);
/* Read from memory (the embedded table). */
int js_rates_read_mem(js_rates *r, const char *data, size_t len, const char *name);
/* Units of 'to' for v units of 'from'; 0 when a currency is unknown. */
int js_rates_convert(const js_rates *r, double v, const char *from, const char *to, double *out);
int js_rates_has(const js_rates *r, const char *cur);

#endif
