/* libFuzzer harness for jd-salary's mention parser: any bytes in, no crash,
 * no overrun, no runaway; mentions must lie inside the text and be sane. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static js_parser *text, *field;
	if (!text) {
		js_opts o;
		js_opts_default(&o);
		text = js_new(&o);
		o.field = 1;
		o.country = "DE";
		field = js_new(&o);
	}
	/* a copy of exactly size bytes, so ASan sees any read past the end */
	char *s = malloc(size ? size : 1);
	if (size)
		memcpy(s, data, size);
	for (int k = 0; k < 2; k++) {
		const js_mention *ms;
		size_t n = js_parse(k ? field : text, s, size, &ms);
		for (size_t i = 0; i < n; i++) {
			if (ms[i].off > size || ms[i].len > size - ms[i].off)
				abort();
			if (!ms[i].has_min && !ms[i].has_max)
				abort();
			if (ms[i].has_min && ms[i].has_max && ms[i].min > ms[i].max)
				abort();
		}
		(void)js_choose(ms, n);
		if (size >= 1) {
			double v;
			size_t l = js_number(s, size, &v);
			if (l > size)
				abort();
		}
	}
	free(s);
	return 0;
}
