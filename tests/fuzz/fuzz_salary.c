/* libFuzzer harness for jd-salary's mention parser: any bytes in, no crash,
 * no overrun, no runaway; mentions must lie inside the text, in text order,
 * and be sane; parsing the same text twice gives the same mentions (no
 * state leaks from one text into the next). */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

static void check(js_parser *p, const char *s, size_t size)
{
	const js_mention *ms;
	size_t n = js_parse(p, s, size, &ms);
	size_t prev_off = 0;
	for (size_t i = 0; i < n; i++) {
		const js_mention *m = &ms[i];
		if (m->off > size || m->len > size - m->off || m->len == 0)
			abort();
		if (m->off < prev_off)
			abort();
		prev_off = m->off;
		if (!m->has_min && !m->has_max)
			abort();
		if (m->has_min && m->has_max && m->min > m->max)
			abort();
		if ((m->has_min && !(m->min > 0 && isfinite(m->annual_min))) ||
		    (m->has_max && !(m->max > 0 && isfinite(m->annual_max))))
			abort();
		if (m->period < JS_P_HOUR || m->period > JS_P_YEAR || m->label < 0 || m->label >= JS_L_COUNT)
			abort();
		if (m->cur[0] && (strlen(m->cur) != 3 || m->cur_src == JS_SRC_NONE))
			abort();
		if (m->period_src != JS_SRC_EXPLICIT && m->period_src != JS_SRC_INFERRED)
			abort();
		if (m->flags & JS_F_BONUS)
			abort();      /* bonus-type figures are never returned */
	}
	(void)js_choose(ms, n);
	/* the same text again: the same mentions */
	js_mention *copy = malloc((n ? n : 1) * sizeof *copy);
	if (n)
		memcpy(copy, ms, n * sizeof *copy);
	size_t n2 = js_parse(p, s, size, &ms);
	if (n2 != n || (n && memcmp(copy, ms, n * sizeof *copy)))
		abort();
	free(copy);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static js_parser *text, *field, *ca;
	if (!text) {
		js_opts o;
		js_opts_default(&o);
		text = js_new(&o);
		o.field = 1;
		o.country = "DE";
		field = js_new(&o);
		js_opts_default(&o);
		o.country = "CA";
		o.months_per_year = 13;
		ca = js_new(&o);
	}
	/* a copy of exactly size bytes, so ASan sees any read past the end */
	char *s = malloc(size ? size : 1);
	if (size)
		memcpy(s, data, size);
	check(text, s, size);
	check(field, s, size);
	check(ca, s, size);
	if (size >= 1) {
		double v;
		size_t l = js_number(s, size, &v);
		if (l > size)
			abort();
	}
	free(s);
	return 0;
}
