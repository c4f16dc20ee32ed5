/* query.c: the jd-stats query language -- lexer and recursive-descent
 * parser producing a pipeline of verbs (stats.h).  Every node keeps the
 * byte offset it came from so errors can put a caret under it. */
#include "stats.h"
#include "jd_err.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

const char *const stats_verbs[] = {
	"where", "count", "summary", "quantile", "freq", "split", "hist",
	"crosstab", "select", "sort", "head", "distinct", NULL
};

enum { T_END, T_WORD, T_STR, T_PIPE, T_LP, T_RP, T_COMMA, T_OP, T_ERR };

typedef struct tok {
	int type;
	int pos, end;     /* byte range in the query */
	char *s;          /* text (decoded for strings), owned by the lexer */
	size_t n;
	int op;           /* OP_* or -1 for '~' */
} tok;

typedef struct parser {
	const char *q;
	int len;
	int pos;
	int have;         /* peeked token valid */
	tok t;
	jd_buf sbuf;      /* text of the current token */
	qerr *err;
	int failed;
} parser;

static void perr(parser *p, int pos, const char *fmt, ...) JD_PRINTF(3, 4);
static void perr(parser *p, int pos, const char *fmt, ...)
{
	if (p->failed)
		return;
	p->failed = 1;
	p->err->pos = pos;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(p->err->msg, sizeof p->err->msg, fmt, ap);
	va_end(ap);
}

static int is_wordc(unsigned char c)
{
	return c > ' ' && !strchr("|(),=!<>~'\"", c);
}

static void skip_space(parser *p)
{
	/* white space and control characters separate tokens */
	while (p->pos < p->len && (unsigned char)p->q[p->pos] <= ' ')
		p->pos++;
}

/* Lex one token at p->pos into p->t.  regex: an unquoted regular
 * expression runs to the next space (parentheses balanced). */
static void lex(parser *p, int regex)
{
	tok *t = &p->t;
	skip_space(p);
	jd_buf_reset(&p->sbuf);
	t->pos = p->pos;
	t->op = 0;
	if (p->pos >= p->len) {
		t->type = T_END;
		t->end = p->pos;
		goto done;
	}
	const char *q = p->q;
	char c = q[p->pos];
	if (c == '\'' || c == '"') {
		int i = p->pos + 1;
		for (;;) {
			if (i >= p->len) {
				perr(p, p->pos, "unterminated string (missing %c)", c);
				t->type = T_ERR;
				t->end = p->len;
				p->pos = p->len;
				goto done;
			}
			if (q[i] == c) {
				i++;
				break;
			}
			if (q[i] == '\\' && i + 1 < p->len &&
			    (q[i + 1] == c || q[i + 1] == '\\')) {
				jd_buf_addc(&p->sbuf, q[i + 1]);
				i += 2;
				continue;
			}
			jd_buf_addc(&p->sbuf, q[i++]);
		}
		t->type = T_STR;
		p->pos = i;
		t->end = i;
		goto done;
	}
	if (regex) {
		int i = p->pos, depth = 0;
		while (i < p->len && (unsigned char)q[i] > ' ') {
			if (q[i] == '\\' && i + 1 < p->len) {
				i += 2;
				continue;
			}
			if (q[i] == '(')
				depth++;
			else if (q[i] == ')' && depth-- == 0)
				break;
			i++;
		}
		if (i > p->len)
			i = p->len;
		jd_buf_add(&p->sbuf, q + p->pos, (size_t)(i - p->pos));
		t->type = T_WORD;
		p->pos = i;
		t->end = i;
		goto done;
	}
	switch (c) {
	case '|': t->type = T_PIPE; p->pos++; break;
	case '(': t->type = T_LP; p->pos++; break;
	case ')': t->type = T_RP; p->pos++; break;
	case ',': t->type = T_COMMA; p->pos++; break;
	case '~': t->type = T_OP; t->op = -1; p->pos++; break;
	case '=':
		t->type = T_OP; t->op = OP_EQ;
		p->pos += (p->pos + 1 < p->len && q[p->pos + 1] == '=') ? 2 : 1;
		break;
	case '!':
		if (p->pos + 1 < p->len && q[p->pos + 1] == '=') {
			t->type = T_OP; t->op = OP_NE; p->pos += 2;
		} else {
			perr(p, p->pos, "unexpected '!' (did you mean '!=' or 'not'?)");
			t->type = T_ERR;
			p->pos++;
		}
		break;
	case '<': case '>': {
		int eq = p->pos + 1 < p->len && q[p->pos + 1] == '=';
		t->type = T_OP;
		t->op = c == '<' ? (eq ? OP_LE : OP_LT) : (eq ? OP_GE : OP_GT);
		p->pos += eq ? 2 : 1;
		break;
	}
	default: {
		int i = p->pos;
		while (i < p->len && is_wordc((unsigned char)q[i]))
			i++;
		if (i == p->pos) {   /* cannot happen for printable input; never loop */
			perr(p, p->pos, "unexpected character");
			t->type = T_ERR;
			p->pos++;
			break;
		}
		jd_buf_add(&p->sbuf, q + p->pos, (size_t)(i - p->pos));
		t->type = T_WORD;
		p->pos = i;
	}
	}
	t->end = p->pos;
done:
	if (!p->sbuf.p)
		jd_buf_grow(&p->sbuf, 1);
	t->s = p->sbuf.p;
	t->n = p->sbuf.len;
	p->have = 1;
}

static tok *peek(parser *p)
{
	if (!p->have)
		lex(p, 0);
	return &p->t;
}

static void take(parser *p)
{
	peek(p);
	p->have = 0;
}

static int is_word(parser *p, const char *w)
{
	tok *t = peek(p);
	return t->type == T_WORD && strlen(w) == t->n && memcmp(t->s, w, t->n) == 0;
}

static const char *describe(tok *t, char *buf, size_t sz)
{
	switch (t->type) {
	case T_END: return "end of query";
	case T_PIPE: return "'|'";
	case T_LP: return "'('";
	case T_RP: return "')'";
	case T_COMMA: return "','";
	case T_OP: return "an operator";
	default:
		snprintf(buf, sz, "'%.40s'", t->s);
		return buf;
	}
}

static void expected(parser *p, const char *what)
{
	char b[64];
	tok *t = peek(p);
	perr(p, t->pos, "expected %s, found %s", what, describe(t, b, sizeof b));
}

/* keywords that end a column list */
static int list_stop(tok *t)
{
	static const char *const kw[] = {"by", "top", "bins", "width", "desc", "asc", NULL};
	if (t->type != T_WORD)
		return 1;
	for (int i = 0; kw[i]; i++)
		if (strlen(kw[i]) == t->n && memcmp(kw[i], t->s, t->n) == 0)
			return 1;
	return 0;
}

static int parse_key(parser *p, keyexpr *k)
{
	tok *t = peek(p);
	memset(k, 0, sizeof *k);
	k->idx = -1;
	if (t->type != T_WORD && t->type != T_STR) {
		expected(p, "a column name");
		return -1;
	}
	k->pos = t->pos;
	int fn = -1;
	if (t->type == T_WORD) {
		if (t->n == 5 && memcmp(t->s, "month", 5) == 0) fn = KF_MONTH;
		else if (t->n == 4 && memcmp(t->s, "week", 4) == 0) fn = KF_WEEK;
		else if (t->n == 4 && memcmp(t->s, "year", 4) == 0) fn = KF_YEAR;
	}
	/* a function only when '(' follows at once */
	if (fn >= 0 && t->end < p->len && p->q[t->end] == '(') {
		take(p);
		take(p);   /* ( */
		t = peek(p);
		if (t->type != T_WORD && t->type != T_STR) {
			expected(p, "a column name");
			return -1;
		}
		k->fn = fn;
		k->col = jd_xstrndup(t->s, t->n);
		take(p);
		if (peek(p)->type != T_RP) {
			expected(p, "')'");
			return -1;
		}
		take(p);
		return 0;
	}
	k->fn = KF_COL;
	k->col = jd_xstrndup(t->s, t->n);
	take(p);
	return 0;
}

static int parse_keys(parser *p, verb *v, int need_one, int allow_order)
{
	for (;;) {
		tok *t = peek(p);
		if (v->nby > 0 && t->type == T_COMMA) {
			take(p);
			t = peek(p);
		} else if (v->nby > 0 && (t->type == T_STR ? 0 : list_stop(t))) {
			if (allow_order && t->type == T_WORD && (is_word(p, "desc") || is_word(p, "asc"))) {
				v->desc[v->nby - 1] = is_word(p, "desc");
				take(p);
				continue;
			}
			break;
		}
		if (v->nby == 0 && t->type != T_WORD && t->type != T_STR) {
			if (need_one)
				expected(p, "a column name");
			return need_one ? -1 : 0;
		}
		v->by = jd_xrealloc(v->by, (size_t)(v->nby + 1) * sizeof *v->by);
		v->desc = jd_xrealloc(v->desc, (size_t)(v->nby + 1) * sizeof *v->desc);
		v->desc[v->nby] = 0;
		v->nby++;   /* counted first: verb_free frees a half-parsed key */
		if (parse_key(p, &v->by[v->nby - 1]) < 0)
			return -1;
	}
	return 0;
}

static int parse_by(parser *p, verb *v)
{
	if (!is_word(p, "by"))
		return 0;
	if (v->nby > 0) {
		perr(p, peek(p)->pos, "'by' given twice");
		return -1;
	}
	take(p);
	return parse_keys(p, v, 1, 0);
}

static int parse_number(parser *p, double *out, const char *what)
{
	tok *t = peek(p);
	if ((t->type != T_WORD && t->type != T_STR) || !num_parse(t->s, t->n, out)) {
		expected(p, what);
		return -1;
	}
	take(p);
	return 0;
}

static int parse_count(parser *p, long *out, const char *what)
{
	tok *t = peek(p);
	double d;
	int pos = t->pos;
	if (parse_number(p, &d, what) < 0)
		return -1;
	if (d < 1 || d > 1e12 || d != (double)(long)d) {
		perr(p, pos, "expected %s, found '%g'", what, d);
		return -1;
	}
	*out = (long)d;
	return 0;
}

static void lit_set(lit *l, const char *s, size_t n)
{
	l->s = jd_xstrndup(s, n);
	l->n = n;
	l->isnum = num_parse(s, n, &l->num);
}

static expr *new_expr(int kind, int pos)
{
	expr *e = jd_xcalloc(1, sizeof *e);
	e->kind = kind;
	e->pos = pos;
	e->lhs.idx = -1;
	return e;
}

static void ex_free(expr *e)
{
	if (!e)
		return;
	ex_free(e->a);
	ex_free(e->b);
	free(e->lhs.col);
	free(e->val.s);
	for (int i = 0; i < e->nlist; i++)
		free(e->list[i].s);
	free(e->list);
	if (e->re)
		jd_re_free(e->re);
	free(e);
}

static expr *parse_or(parser *p, int depth);

static int parse_value(parser *p, lit *l)
{
	tok *t = peek(p);
	if (t->type != T_WORD && t->type != T_STR) {
		expected(p, "a value");
		return -1;
	}
	lit_set(l, t->s, t->n);
	take(p);
	return 0;
}

static expr *parse_primary(parser *p, int depth)
{
	if (depth > 200) {
		perr(p, peek(p)->pos, "expression nested too deeply");
		return NULL;
	}
	tok *t = peek(p);
	if (t->type == T_LP) {
		int pos = t->pos;
		take(p);
		expr *e = parse_or(p, depth + 1);
		if (!e)
			return NULL;
		if (peek(p)->type != T_RP) {
			char b[64];
			perr(p, peek(p)->pos, "expected ')' for the '(' at column %d, found %s",
			     pos + 1, describe(peek(p), b, sizeof b));
			ex_free(e);
			return NULL;
		}
		take(p);
		return e;
	}
	if (t->type != T_WORD && t->type != T_STR) {
		expected(p, "a column name or '('");
		return NULL;
	}
	expr *e = new_expr(EX_CMP, t->pos);
	if (parse_key(p, &e->lhs) < 0)
		goto fail;
	t = peek(p);
	if (t->type == T_OP && t->op >= 0) {
		e->op = t->op;
		take(p);
		if (parse_value(p, &e->val) < 0)
			goto fail;
		return e;
	}
	if (t->type == T_OP) {   /* ~ */
		take(p);
		e->kind = EX_RE;
		lex(p, 1);
		t = &p->t;
		if (t->type != T_WORD && t->type != T_STR) {
			expected(p, "a regular expression");
			goto fail;
		}
		if (t->n == 0) {
			expected(p, "a regular expression");
			goto fail;
		}
		char ebuf[256];
		e->re = jd_re_compile(t->s, 0, ebuf, sizeof ebuf);
		if (!e->re) {
			long off = 0;
			const char *m = ebuf;
			if (sscanf(ebuf, "offset %ld:", &off) == 1) {
				m = strchr(ebuf, ':');
				m = m ? m + 2 : ebuf;
			}
			int at = t->pos + (t->type == T_STR ? 1 : 0) + (int)off;
			if (at > t->end)
				at = t->end;
			perr(p, at, "bad regular expression: %s", m);
			goto fail;
		}
		take(p);
		return e;
	}
	if (is_word(p, "contains")) {
		take(p);
		e->kind = EX_CONTAINS;
		if (parse_value(p, &e->val) < 0)
			goto fail;
		return e;
	}
	int negate = 0;
	if (is_word(p, "not")) {
		take(p);
		if (!is_word(p, "in")) {
			expected(p, "'in' after 'not'");
			goto fail;
		}
		negate = 1;
	}
	if (is_word(p, "in")) {
		take(p);
		e->kind = EX_IN;
		if (peek(p)->type != T_LP) {
			expected(p, "'(' after 'in'");
			goto fail;
		}
		take(p);
		for (;;) {
			e->list = jd_xrealloc(e->list, (size_t)(e->nlist + 1) * sizeof *e->list);
			if (parse_value(p, &e->list[e->nlist]) < 0)
				goto fail;
			e->nlist++;
			if (peek(p)->type == T_COMMA) {
				take(p);
				continue;
			}
			if (peek(p)->type == T_RP) {
				take(p);
				break;
			}
			expected(p, "',' or ')'");
			goto fail;
		}
	} else if (is_word(p, "is")) {
		take(p);
		e->kind = EX_EMPTY;
		if (is_word(p, "not")) {
			take(p);
			negate = 1;
		}
		if (!is_word(p, "empty")) {
			expected(p, "'empty'");
			goto fail;
		}
		take(p);
	} else {
		expected(p, "a comparison (= != < <= > >= ~ contains in is)");
		goto fail;
	}
	if (negate) {
		expr *n = new_expr(EX_NOT, e->pos);
		n->a = e;
		return n;
	}
	return e;
fail:
	ex_free(e);
	return NULL;
}

static expr *parse_not(parser *p, int depth)
{
	if (is_word(p, "not")) {
		int pos = peek(p)->pos;
		take(p);
		if (depth > 200) {
			perr(p, pos, "expression nested too deeply");
			return NULL;
		}
		expr *a = parse_not(p, depth + 1);
		if (!a)
			return NULL;
		expr *e = new_expr(EX_NOT, pos);
		e->a = a;
		return e;
	}
	return parse_primary(p, depth);
}

static expr *parse_and(parser *p, int depth)
{
	expr *e = parse_not(p, depth);
	while (e && is_word(p, "and")) {
		int pos = peek(p)->pos;
		take(p);
		expr *b = parse_not(p, depth);
		if (!b) {
			ex_free(e);
			return NULL;
		}
		expr *n = new_expr(EX_AND, pos);
		n->a = e;
		n->b = b;
		e = n;
	}
	return e;
}

static expr *parse_or(parser *p, int depth)
{
	expr *e = parse_and(p, depth);
	while (e && is_word(p, "or")) {
		int pos = peek(p)->pos;
		take(p);
		expr *b = parse_and(p, depth);
		if (!b) {
			ex_free(e);
			return NULL;
		}
		expr *n = new_expr(EX_OR, pos);
		n->a = e;
		n->b = b;
		e = n;
	}
	return e;
}

static int verb_kind(const char *s, size_t n)
{
	for (int i = 0; stats_verbs[i]; i++)
		if (strlen(stats_verbs[i]) == n && memcmp(stats_verbs[i], s, n) == 0)
			return i;   /* order matches V_* */
	return -1;
}

int q_is_aggregate(int kind)
{
	return kind == V_COUNT || kind == V_SUMMARY || kind == V_QUANTILE ||
	       kind == V_FREQ || kind == V_HIST || kind == V_CROSSTAB;
}

static void pname(double pc, char **out)
{
	char b[64];
	b[0] = 'p';
	num_fmt(b + 1, sizeof b - 1, pc);
	*out = jd_xstrdup(b);
}

static int parse_verb(parser *p, verb *v)
{
	tok *t = peek(p);
	memset(v, 0, sizeof *v);
	v->col.idx = v->col2.idx = -1;
	v->pos = t->pos;
	if (t->type != T_WORD) {
		expected(p, "a verb (where, count, summary, quantile, freq, split, hist, crosstab, select, sort, head, distinct)");
		return -1;
	}
	int k = verb_kind(t->s, t->n);
	if (k < 0) {
		perr(p, t->pos, "unknown verb '%.40s' (verbs: where, count, summary, quantile, freq, split, hist, crosstab, select, sort, head, distinct)", t->s);
		return -1;
	}
	v->kind = k;
	take(p);
	switch (k) {
	case V_WHERE:
		v->where = parse_or(p, 0);
		return v->where ? 0 : -1;
	case V_COUNT:
		return parse_by(p, v);
	case V_SUMMARY:
		if (parse_key(p, &v->col) < 0)
			return -1;
		return parse_by(p, v);
	case V_QUANTILE:
		if (parse_key(p, &v->col) < 0)
			return -1;
		for (;;) {
			t = peek(p);
			if (t->type != T_WORD && t->type != T_STR)
				break;
			if (is_word(p, "by"))
				break;
			double d;
			int pos = t->pos;
			if (parse_number(p, &d, "a percentage (0 to 100)") < 0)
				return -1;
			if (d < 0 || d > 100) {
				perr(p, pos, "expected a percentage from 0 to 100, found '%g'", d);
				return -1;
			}
			v->ps = jd_xrealloc(v->ps, (size_t)(v->nps + 1) * sizeof *v->ps);
			v->pnames = jd_xrealloc(v->pnames, (size_t)(v->nps + 1) * sizeof *v->pnames);
			v->ps[v->nps] = d;
			pname(d, &v->pnames[v->nps]);
			v->nps++;
		}
		if (v->nps == 0) {
			expected(p, "a percentage (0 to 100)");
			return -1;
		}
		return parse_by(p, v);
	case V_FREQ:
		if (parse_key(p, &v->col) < 0)
			return -1;
		for (int i = 0; i < 2; i++) {
			if (is_word(p, "by")) {
				if (parse_by(p, v) < 0)
					return -1;
			} else if (is_word(p, "top")) {
				if (v->n) {
					perr(p, peek(p)->pos, "'top' given twice");
					return -1;
				}
				take(p);
				if (parse_count(p, &v->n, "a whole number after 'top'") < 0)
					return -1;
			}
		}
		return 0;
	case V_SPLIT:
		if (parse_key(p, &v->col) < 0)
			return -1;
		if (v->col.fn != KF_COL) {
			perr(p, v->col.pos, "split needs a plain column");
			return -1;
		}
		t = peek(p);
		if (t->type == T_WORD || t->type == T_STR) {
			if (t->n == 0) {
				perr(p, t->pos, "the separator is empty");
				return -1;
			}
			v->sep = jd_xstrndup(t->s, t->n);
			v->seplen = t->n;
		} else if (t->type == T_COMMA) {
			v->sep = jd_xstrdup(",");
			v->seplen = 1;
		} else {
			expected(p, "a separator (quote it if it is '|' or a space)");
			return -1;
		}
		take(p);
		return 0;
	case V_HIST:
		if (parse_key(p, &v->col) < 0)
			return -1;
		v->n = 10;
		if (is_word(p, "bins")) {
			take(p);
			if (parse_count(p, &v->n, "a whole number of bins") < 0)
				return -1;
			if (v->n > 10000) {
				perr(p, p->t.pos, "at most 10000 bins");
				return -1;
			}
		} else if (is_word(p, "width")) {
			take(p);
			int pos = peek(p)->pos;
			if (parse_number(p, &v->width, "a bin width") < 0)
				return -1;
			if (!(v->width > 0)) {
				perr(p, pos, "the bin width must be above 0");
				return -1;
			}
		}
		return 0;
	case V_CROSSTAB:
		if (parse_key(p, &v->col) < 0 || parse_key(p, &v->col2) < 0)
			return -1;
		return 0;
	case V_SELECT:
	case V_DISTINCT:
		return parse_keys(p, v, 1, 0);
	case V_SORT:
		if (parse_keys(p, v, 1, 1) < 0)
			return -1;
		/* sort orders whole records by their cells; month() etc. are keys
		 * of aggregates and select */
		for (int i = 0; i < v->nby; i++)
			if (v->by[i].fn != KF_COL) {
				perr(p, v->by[i].pos, "sort takes plain columns (select month(COL) first)");
				return -1;
			}
		return 0;
	case V_HEAD:
		return parse_count(p, &v->n, "a whole number of records");
	}
	return -1;
}

static void verb_free(verb *v)
{
	ex_free(v->where);
	free(v->col.col);
	free(v->col2.col);
	for (int i = 0; i < v->nby; i++)
		free(v->by[i].col);
	free(v->by);
	free(v->desc);
	free(v->ps);
	for (int i = 0; i < v->nps; i++)
		free(v->pnames[i]);
	free(v->pnames);
	free(v->sep);
}

void q_free(query *q)
{
	if (!q)
		return;
	for (int i = 0; i < q->nv; i++)
		verb_free(&q->v[i]);
	free(q->v);
	free(q->text);
	free(q);
}

query *q_parse(const char *text, qerr *err)
{
	parser p;
	memset(&p, 0, sizeof p);
	p.q = text;
	size_t len = strlen(text);
	p.len = len > 100000 ? 100000 : (int)len;
	p.err = err;
	err->pos = 0;
	err->msg[0] = '\0';
	query *q = jd_xcalloc(1, sizeof *q);
	q->text = jd_xstrdup(text);
	if (len > 100000) {
		perr(&p, 100000, "query too long");
		goto fail;
	}
	if (peek(&p)->type == T_END) {
		perr(&p, 0, "empty query (try 'count' or 'summary COLUMN by COLUMN')");
		goto fail;
	}
	for (;;) {
		q->v = jd_xrealloc(q->v, (size_t)(q->nv + 1) * sizeof *q->v);
		if (parse_verb(&p, &q->v[q->nv]) < 0 || p.failed) {
			q->nv++;
			goto fail;
		}
		q->nv++;
		tok *t = peek(&p);
		if (t->type == T_END)
			break;
		if (t->type != T_PIPE) {
			expected(&p, "'|' or end of query");
			goto fail;
		}
		take(&p);
	}
	if (p.failed)
		goto fail;
	jd_buf_free(&p.sbuf);
	return q;
fail:
	if (!p.failed)
		perr(&p, p.pos, "syntax error");
	jd_buf_free(&p.sbuf);
	q_free(q);
	return NULL;
}

void q_print_error(FILE *f, const char *text, const qerr *err)
{
	fprintf(f, "%s: %s\n", jd_progname, err->msg);
	/* the query on one line (line breaks and tabs shown as spaces), the
	 * caret under the character at err->pos (counted in code points) */
	size_t len = strlen(text);
	size_t pos = err->pos < 0 ? 0 : (size_t)err->pos;
	if (pos > len)
		pos = len;
	fputs("  ", f);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];
		fputc(c < ' ' ? ' ' : c, f);
	}
	fputs("\n  ", f);
	for (size_t i = 0; i < pos; i++)
		if (((unsigned char)text[i] & 0xC0) != 0x80)
			fputc(' ', f);
	fputs("^\n", f);
}
