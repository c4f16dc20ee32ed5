/* verbs.c: the pipeline.  Every verb is a stage that receives records
 * (arrays of cells) one at a time and pushes records to the next stage.
 * Filters (where, split, select, distinct, head) stream; aggregates keep
 * one small state per group (counts; for summary/quantile/hist the
 * group's numbers as doubles, since exact quantiles need them) and emit
 * their result table at the end; sort buffers its input.
 *
 * --partial writes the first aggregate's state as CSV records
 *   #jd-stats-partial,1,QUERY     once per producer
 *   G,KEY...,C0,C1                 counts of a group
 *   V,KEY...,X...                  a group's numbers (sorted, %.17g)
 *   D,BYKEY...,N                   freq: records per by-group
 * and --merge adds them up, so merged results (quantiles included) are
 * exactly those of one process. */
#include "stats.h"
#include "jd_csv.h"
#include "jd_err.h"
#include "jd_hash.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- group table: key (cells, length-prefixed) -> group ---- */

typedef struct group {
	size_t koff;
	uint32_t klen;
	uint64_t hash;
	long long c0, c1;
	uint64_t last;          /* last origin record counted (freq) */
	double *v;
	size_t nv, cap;
} group;

typedef struct gtab {
	group *g;
	size_t n, cap;
	uint32_t *slot;         /* group index + 1; 0 = empty */
	size_t nslot;
	jd_buf keys;
} gtab;

static void gt_free(gtab *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->g[i].v);
	free(t->g);
	free(t->slot);
	jd_buf_free(&t->keys);
	memset(t, 0, sizeof *t);
}

static void gt_rehash(gtab *t)
{
	size_t ns = t->nslot ? t->nslot * 2 : 64;
	uint32_t *s = jd_xcalloc(ns, sizeof *s);
	for (size_t i = 0; i < t->n; i++) {
		size_t h = (size_t)t->g[i].hash & (ns - 1);
		while (s[h])
			h = (h + 1) & (ns - 1);
		s[h] = (uint32_t)(i + 1);
	}
	free(t->slot);
	t->slot = s;
	t->nslot = ns;
}

/* find (create when add) the group of key k[0..n) */
static group *gt_get(gtab *t, const char *k, size_t n, int add)
{
	uint64_t h = jd_hash64(k, n, 0);
	if (t->nslot) {
		size_t i = (size_t)h & (t->nslot - 1);
		while (t->slot[i]) {
			group *g = &t->g[t->slot[i] - 1];
			if (g->hash == h && g->klen == n && memcmp(t->keys.p + g->koff, k, n) == 0)
				return g;
			i = (i + 1) & (t->nslot - 1);
		}
	}
	if (!add)
		return NULL;
	if (t->n >= 0xFFFFFFF0u)
		jd_die(JD_EXIT_DATA, "too many groups");
	if ((t->n + 1) * 2 > t->nslot)
		gt_rehash(t);
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 16;
		t->g = jd_xrealloc(t->g, t->cap * sizeof *t->g);
	}
	group *g = &t->g[t->n];
	memset(g, 0, sizeof *g);
	g->koff = t->keys.len;
	g->klen = (uint32_t)n;
	g->hash = h;
	g->last = UINT64_MAX;
	jd_buf_grow(&t->keys, n + 1);
	jd_buf_add(&t->keys, k, n);
	size_t i = (size_t)h & (t->nslot - 1);
	while (t->slot[i])
		i = (i + 1) & (t->nslot - 1);
	t->slot[i] = (uint32_t)(t->n + 1);
	t->n++;
	return g;
}

static void key_add(jd_buf *b, const char *s, size_t n)
{
	uint32_t l = (uint32_t)n;
	jd_buf_add(b, &l, sizeof l);
	jd_buf_add(b, s, n);
}

/* decode nk cells of a key */
static void key_cells(const char *k, int nk, sv *out)
{
	for (int i = 0; i < nk; i++) {
		uint32_t l;
		memcpy(&l, k, sizeof l);
		out[i].p = k + sizeof l;
		out[i].n = l;
		k += sizeof l + l;
	}
}

static void gv_push(group *g, double x)
{
	if (g->nv == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 8;
		g->v = jd_xrealloc(g->v, g->cap * sizeof *g->v);
	}
	g->v[g->nv++] = x;
}

static int dcmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* ---- stages ---- */

struct stage {
	int kind;                /* V_* or -1 for the sink */
	verb *v;
	stage *next, *prev;
	pipeline *pl;
	int (*push)(stage *, const sv *, uint64_t);
	void (*finish)(stage *);
	/* output schema: own names, or those of prev (pass-through) */
	char **names;
	int nnames;
	int passthru;
	/* the columns it reads come from a crosstab, whose columns are the
	 * values of B: bound when that crosstab finishes (bind_after) */
	int deferred;
	int nkey;                /* cells in a group key */
	keyexpr *keys;           /* nkey key expressions (by ..., then value) */
	jd_buf kb;               /* key scratch */
	gtab gt, gt2;
	/* output row builder */
	jd_buf rb;
	size_t *roff;
	int rn, rcap;
	sv *row;
	int rowcap;
	/* split: the items of the current cell, to drop repeats */
	struct item_slot { uint64_t h; const char *p; size_t n; uint32_t gen; } *items;
	size_t itemcap;          /* power of two, or 0 */
	size_t nitems;           /* items of the current cell in the table */
	uint32_t itemgen;        /* the cell being split; slots of other cells are free */
	/* head */
	long long seen;
	/* sort */
	jd_buf sdata;
	size_t *srow;            /* offsets of each row's cells in sdata */
	size_t ns, scap;
	int swidth;
	/* sink */
	sink *snk;
	int stopped;
	int done;
};

struct pipeline {
	stage **st;
	int nst;
	stage *first, *agg, *last;
	popts o;
	query *q;
	uint64_t origin;
	char **in_names;        /* the input's columns (not owned) */
	int nin;
	const double *numcache; /* REPL: parsed numbers of column numcol, by record */
	int numcol;
	size_t numlen;
	int late_failed;        /* a deferred stage named a column crosstab did not make */
	qerr late_err;
};

static void stage_names(stage *s, char ***names, int *n)
{
	while (s->passthru && s->prev)
		s = s->prev;
	if (s->passthru) {   /* the first stage passes the input's columns on */
		*names = s->pl->in_names;
		*n = s->pl->nin;
		return;
	}
	*names = s->names;
	*n = s->nnames;
}

static int push_next(stage *s, const sv *row, uint64_t origin)
{
	if (s->stopped)
		return 1;
	if (s->next->push(s->next, row, origin)) {
		s->stopped = 1;
		return 1;
	}
	return 0;
}

static void finish_next(stage *s)
{
	if (s->next && !s->next->done) {
		s->next->done = 1;
		s->next->finish(s->next);
	}
}

static void rb_reset(stage *s)
{
	jd_buf_reset(&s->rb);
	s->rn = 0;
}

static void rb_add(stage *s, const char *p, size_t n)
{
	if (s->rn == s->rcap) {
		s->rcap = s->rcap ? s->rcap * 2 : 16;
		s->roff = jd_xrealloc(s->roff, (size_t)s->rcap * 2 * sizeof *s->roff);
	}
	s->roff[2 * s->rn] = s->rb.len;
	s->roff[2 * s->rn + 1] = n;
	jd_buf_add(&s->rb, p, n);
	s->rn++;
}

static void rb_num(stage *s, double x)
{
	char b[64];
	int n = num_fmt(b, sizeof b, x);
	rb_add(s, b, (size_t)n);
}

static void rb_int(stage *s, long long x)
{
	char b[32];
	int n = snprintf(b, sizeof b, "%lld", x);
	rb_add(s, b, (size_t)n);
}

static int rb_emit(stage *s, uint64_t origin)
{
	if (s->rn > s->rowcap) {
		s->rowcap = s->rn * 2;
		s->row = jd_xrealloc(s->row, (size_t)s->rowcap * sizeof *s->row);
	}
	if (!s->rb.p)
		jd_buf_grow(&s->rb, 1);
	for (int i = 0; i < s->rn; i++) {
		s->row[i].p = s->rb.p + s->roff[2 * i];
		s->row[i].n = s->roff[2 * i + 1];
	}
	return push_next(s, s->row, origin);
}

/* the group key of a row into s->kb; returns 0 */
static void make_key(stage *s, const sv *row, int nk)
{
	char tmp[16];
	jd_buf_reset(&s->kb);
	for (int i = 0; i < nk; i++) {
		sv v = key_value(&s->keys[i], row, tmp);
		key_add(&s->kb, v.p, v.n);
	}
	if (!s->kb.p)
		jd_buf_grow(&s->kb, 1);
}

/* ---- where, split, select, head, distinct ---- */

static int where_push(stage *s, const sv *row, uint64_t origin)
{
	if (!ex_eval(s->v->where, row))
		return 0;
	return push_next(s, row, origin);
}

static void pass_finish(stage *s)
{
	finish_next(s);
}

/* the first free slot of it.h's probe sequence (a slot is free when its
 * stamp is not the current cell's) */
static void item_put(struct item_slot *tab, size_t cap, struct item_slot it)
{
	for (size_t i = (size_t)it.h & (cap - 1);; i = (i + 1) & (cap - 1))
		if (tab[i].gen != it.gen) {
			tab[i] = it;
			return;
		}
}

/* 1 when a..a+n is an item already seen in the cell being split, else
 * records it ("Python;SQL;Python" counts Python once: freq's share is the
 * share of records naming it) */
static int split_repeat(stage *s, const char *a, size_t n)
{
	uint64_t h = jd_hash64(a, n, 0);
	size_t mask = s->itemcap - 1;
	for (size_t i = (size_t)h & mask; s->items[i].gen == s->itemgen; i = (i + 1) & mask) {
		const struct item_slot *t = &s->items[i];
		if (t->h == h && t->n == n && memcmp(t->p, a, n) == 0)
			return 1;
	}
	if (2 * (s->nitems + 1) > s->itemcap) {   /* grow: at most half full */
		size_t cap = s->itemcap * 2;
		struct item_slot *tab = jd_xcalloc(cap, sizeof *tab);
		for (size_t i = 0; i < s->itemcap; i++)
			if (s->items[i].gen == s->itemgen)
				item_put(tab, cap, s->items[i]);
		free(s->items);
		s->items = tab;
		s->itemcap = cap;
	}
	item_put(s->items, s->itemcap, (struct item_slot){h, a, n, s->itemgen});
	s->nitems++;
	return 0;
}

static int split_push(stage *s, const sv *row, uint64_t origin)
{
	int c = s->v->col.idx, n;
	char **names;
	stage_names(s, &names, &n);
	if (n > s->rowcap) {
		s->rowcap = n;
		s->row = jd_xrealloc(s->row, (size_t)n * sizeof *s->row);
	}
	memcpy(s->row, row, (size_t)n * sizeof *row);
	const char *p = row[c].p, *end = p + row[c].n;
	const char *sep = s->v->sep;
	size_t sl = s->v->seplen;
	int emitted = 0;
	if (!s->itemcap) {
		s->itemcap = 16;
		s->items = jd_xcalloc(s->itemcap, sizeof *s->items);
	}
	s->nitems = 0;
	if (++s->itemgen == 0) {   /* wrapped: every stamp could match again */
		memset(s->items, 0, s->itemcap * sizeof *s->items);
		s->itemgen = 1;
	}
	while (p <= end) {
		const char *q = sl == 1 ? memchr(p, sep[0], (size_t)(end - p)) : NULL;
		if (sl > 1) {
			for (const char *x = p; x + sl <= end; x++)
				if (memcmp(x, sep, sl) == 0) {
					q = x;
					break;
				}
		}
		const char *e = q ? q : end;
		const char *a = p, *b = e;
		while (a < b && (*a == ' ' || *a == '\t'))
			a++;
		while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
			b--;
		if (b > a && !split_repeat(s, a, (size_t)(b - a))) {
			s->row[c].p = a;
			s->row[c].n = (size_t)(b - a);
			emitted = 1;
			if (push_next(s, s->row, origin))
				return 1;
		}
		if (!q)
			break;
		p = q + sl;
	}
	if (!emitted) {   /* an empty list stays one record, with an empty cell */
		s->row[c].p = "";
		s->row[c].n = 0;
		return push_next(s, s->row, origin);
	}
	return 0;
}

static int select_push(stage *s, const sv *row, uint64_t origin)
{
	char tmp[16 * 64];
	int n = s->v->nby;
	if (n > s->rowcap) {
		s->rowcap = n;
		s->row = jd_xrealloc(s->row, (size_t)n * sizeof *s->row);
	}
	for (int i = 0; i < n; i++)
		s->row[i] = key_value(&s->v->by[i], row, tmp + 16 * (i % 64));
	if (n > 64) {   /* week() values share tmp beyond 64 keys: copy them */
		rb_reset(s);
		for (int i = 0; i < n; i++)
			rb_add(s, s->row[i].p, s->row[i].n);
		return rb_emit(s, origin);
	}
	return push_next(s, s->row, origin);
}

static int head_push(stage *s, const sv *row, uint64_t origin)
{
	if (s->seen >= s->v->n)
		return 1;
	s->seen++;
	if (push_next(s, row, origin))
		return 1;
	return s->seen >= s->v->n;
}

static int distinct_push(stage *s, const sv *row, uint64_t origin)
{
	make_key(s, row, s->nkey);
	size_t before = s->gt.n;
	gt_get(&s->gt, s->kb.p, s->kb.len, 1);
	if (s->gt.n == before)
		return 0;
	return select_push(s, row, origin);
}

/* ---- sort ---- */

static stage *sort_ctx;

static int sort_cmp(const void *a, const void *b)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	stage *s = sort_ctx;
	const size_t *ri = (const size_t *)(s->sdata.p + s->srow[i]);
	const size_t *rj = (const size_t *)(s->sdata.p + s->srow[j]);
	const char *base = s->sdata.p;
	for (int k = 0; k < s->v->nby; k++) {
		int c = s->v->by[k].idx;
		const char *x = base + ri[2 * c], *y = base + rj[2 * c];
		size_t xn = ri[2 * c + 1], yn = rj[2 * c + 1];
		int cx = cell_class(x, xn), cy = cell_class(y, yn);
		if (cx != cy)
			return cx < cy ? -1 : 1;   /* numbers, then text, then empty */
		int r = cell_cmp(x, xn, y, yn);
		if (r)
			return s->v->desc[k] ? -r : r;
	}
	return i < j ? -1 : i > j;   /* stable */
}

static int sort_push(stage *s, const sv *row, uint64_t origin)
{
	(void)origin;
	int n;
	char **names;
	stage_names(s, &names, &n);
	s->swidth = n;
	if (s->ns == s->scap) {
		s->scap = s->scap ? s->scap * 2 : 256;
		s->srow = jd_xrealloc(s->srow, s->scap * sizeof *s->srow);
	}
	/* cell table (offset, length) pairs, aligned, then the bytes */
	size_t pad = (sizeof(size_t) - s->sdata.len % sizeof(size_t)) % sizeof(size_t);
	jd_buf_grow(&s->sdata, pad);
	s->sdata.len += pad;
	size_t at = s->sdata.len;
	s->srow[s->ns++] = at;
	size_t tbl = (size_t)n * 2 * sizeof(size_t);
	jd_buf_grow(&s->sdata, tbl);
	s->sdata.len += tbl;
	for (int i = 0; i < n; i++) {
		size_t pair[2] = {s->sdata.len, row[i].n};
		memcpy(s->sdata.p + at + (size_t)i * 2 * sizeof(size_t), pair, sizeof pair);
		jd_buf_add(&s->sdata, row[i].p, row[i].n);
	}
	return 0;
}

static void sort_finish(stage *s)
{
	size_t *ix = jd_xmalloc((s->ns ? s->ns : 1) * sizeof *ix);
	for (size_t i = 0; i < s->ns; i++)
		ix[i] = i;
	sort_ctx = s;
	qsort(ix, s->ns, sizeof *ix, sort_cmp);
	sv *row = jd_xmalloc((size_t)(s->swidth ? s->swidth : 1) * sizeof *row);
	for (size_t k = 0; k < s->ns && !stats_interrupted; k++) {
		const char *r = s->sdata.p + s->srow[ix[k]];
		for (int i = 0; i < s->swidth; i++) {
			size_t pair[2];
			memcpy(pair, r + (size_t)i * 2 * sizeof(size_t), sizeof pair);
			row[i].p = s->sdata.p + pair[0];
			row[i].n = pair[1];
		}
		if (push_next(s, row, k + 1))
			break;
	}
	free(row);
	free(ix);
	finish_next(s);
}

/* ---- aggregates ---- */

static int count_push(stage *s, const sv *row, uint64_t origin)
{
	(void)origin;
	make_key(s, row, s->nkey);
	gt_get(&s->gt, s->kb.p, s->kb.len, 1)->c0++;
	return 0;
}

static int values_push(stage *s, const sv *row, uint64_t origin)
{
	(void)origin;
	char tmp[16];
	make_key(s, row, s->v->nby);
	group *g = gt_get(&s->gt, s->kb.p, s->kb.len, 1);
	double x;
	pipeline *p = s->pl;
	if (!s->prev && p->numcache && s->v->col.fn == KF_COL && s->v->col.idx == p->numcol &&
	    origin >= 1 && origin <= p->numlen) {
		/* the REPL's cached numbers: the record's index is origin - 1 */
		x = p->numcache[origin - 1];
		if (isnan(x))
			g->c0++;
		else
			gv_push(g, x);
		return 0;
	}
	sv v = key_value(&s->v->col, row, tmp);
	if (num_parse(v.p, v.n, &x))
		gv_push(g, x);
	else
		g->c0++;   /* missing */
	return 0;
}

static int freq_push(stage *s, const sv *row, uint64_t origin)
{
	make_key(s, row, s->nkey);
	gt_get(&s->gt, s->kb.p, s->kb.len, 1)->c0++;
	/* the by-key is a prefix of the key */
	size_t blen = 0;
	for (int i = 0; i < s->v->nby; i++) {
		uint32_t l;
		memcpy(&l, s->kb.p + blen, sizeof l);
		blen += sizeof l + l;
	}
	group *d = gt_get(&s->gt2, s->kb.p, blen, 1);
	if (d->last != origin) {
		d->last = origin;
		d->c0++;
	}
	return 0;
}

/* group order: numbers (numerically), then text, then empty keys */
static int key_cmp(const sv *a, const sv *b)
{
	int ca = cell_class(a->p, a->n), cb = cell_class(b->p, b->n);
	if (ca != cb)
		return ca < cb ? -1 : 1;
	return cell_cmp(a->p, a->n, b->p, b->n);
}

/* group order: key cells compared with key_cmp */
static gtab *gsort_tab;
static int gsort_nk;

static int gsort_cmp(const void *a, const void *b)
{
	const group *x = &gsort_tab->g[*(const size_t *)a], *y = &gsort_tab->g[*(const size_t *)b];
	sv kx[64], ky[64];
	int nk = gsort_nk > 64 ? 64 : gsort_nk;
	key_cells(gsort_tab->keys.p + x->koff, nk, kx);
	key_cells(gsort_tab->keys.p + y->koff, nk, ky);
	for (int i = 0; i < nk; i++) {
		int c = key_cmp(&kx[i], &ky[i]);
		if (c)
			return c;
	}
	return x->koff < y->koff ? -1 : x->koff > y->koff;
}

static size_t *sorted_groups(gtab *t, int nk)
{
	size_t *ix = jd_xmalloc((t->n ? t->n : 1) * sizeof *ix);
	for (size_t i = 0; i < t->n; i++)
		ix[i] = i;
	gsort_tab = t;
	gsort_nk = nk;
	qsort(ix, t->n, sizeof *ix, gsort_cmp);
	return ix;
}

static double quant(const double *x, size_t n, double p, int qt)
{
	if (qt == QT_MILLER) {
		double idx = p / 100.0 * (double)n;
		long i = (long)idx;
		if (i < 0)
			i = 0;
		if ((size_t)i >= n)
			i = (long)n - 1;
		return x[i];
	}
	double h = (double)(n - 1) * p / 100.0;
	size_t lo = (size_t)floor(h);
	if (lo >= n - 1)
		return x[n - 1];
	return x[lo] + (h - (double)lo) * (x[lo + 1] - x[lo]);
}

static void key_out(stage *s, gtab *t, group *g, int nk)
{
	sv k[64];
	key_cells(t->keys.p + g->koff, nk, k);
	for (int i = 0; i < nk; i++)
		rb_add(s, k[i].p, k[i].n);
}

static void count_finish(stage *s)
{
	size_t *ix = sorted_groups(&s->gt, s->nkey);
	for (size_t i = 0; i < s->gt.n; i++) {
		group *g = &s->gt.g[ix[i]];
		rb_reset(s);
		key_out(s, &s->gt, g, s->nkey);
		rb_int(s, g->c0);
		if (rb_emit(s, i + 1))
			break;
	}
	free(ix);
	finish_next(s);
}

static void summary_finish(stage *s)
{
	int qt = s->pl->o.qtype;
	size_t *ix = sorted_groups(&s->gt, s->v->nby);
	for (size_t i = 0; i < s->gt.n; i++) {
		group *g = &s->gt.g[ix[i]];
		if (g->nv > 1)
			qsort(g->v, g->nv, sizeof *g->v, dcmp);
		rb_reset(s);
		key_out(s, &s->gt, g, s->v->nby);
		size_t n = g->nv;
		if (s->kind == V_QUANTILE) {
			for (int k = 0; k < s->v->nps; k++)
				if (n)
					rb_num(s, quant(g->v, n, s->v->ps[k], qt));
				else
					rb_add(s, "", 0);
		} else {
			rb_int(s, (long long)n);
			rb_int(s, g->c0);
			if (n == 0) {
				for (int k = 0; k < 8; k++)
					rb_add(s, "", 0);
			} else {
				/* Neumaier sum over the sorted numbers: the same result
				 * however the input was split (--partial/--merge) */
				double sum = 0, comp = 0;
				for (size_t j = 0; j < n; j++) {
					double x = g->v[j], t = sum + x;
					comp += fabs(sum) >= fabs(x) ? (sum - t) + x : (x - t) + sum;
					sum = t;
				}
				double mean = (sum + comp) / (double)n;
				double ss = 0;
				for (size_t j = 0; j < n; j++)
					ss += (g->v[j] - mean) * (g->v[j] - mean);
				rb_num(s, g->v[0]);
				rb_num(s, quant(g->v, n, 25, qt));
				rb_num(s, quant(g->v, n, 50, qt));
				rb_num(s, mean);
				rb_num(s, quant(g->v, n, 75, qt));
				rb_num(s, quant(g->v, n, 90, qt));
				rb_num(s, g->v[n - 1]);
				if (n > 1)
					rb_num(s, sqrt(ss / (double)(n - 1)));
				else
					rb_add(s, "", 0);
			}
		}
		if (rb_emit(s, i + 1))
			break;
	}
	free(ix);
	finish_next(s);
}

static int freq_cmp(const void *a, const void *b)
{
	const group *x = &gsort_tab->g[*(const size_t *)a], *y = &gsort_tab->g[*(const size_t *)b];
	sv kx[65], ky[65];
	int nk = gsort_nk > 65 ? 65 : gsort_nk;
	key_cells(gsort_tab->keys.p + x->koff, nk, kx);
	key_cells(gsort_tab->keys.p + y->koff, nk, ky);
	for (int i = 0; i < nk - 1; i++) {
		int c = key_cmp(&kx[i], &ky[i]);
		if (c)
			return c;
	}
	if (x->c0 != y->c0)
		return x->c0 > y->c0 ? -1 : 1;
	const sv *vx = &kx[nk - 1], *vy = &ky[nk - 1];
	int c = memcmp(vx->p, vy->p, vx->n < vy->n ? vx->n : vy->n);
	if (c)
		return c;
	return vx->n < vy->n ? -1 : vx->n > vy->n;
}

static void freq_finish(stage *s)
{
	int nk = s->nkey, nb = s->v->nby;
	size_t *ix = jd_xmalloc((s->gt.n ? s->gt.n : 1) * sizeof *ix);
	for (size_t i = 0; i < s->gt.n; i++)
		ix[i] = i;
	gsort_tab = &s->gt;
	gsort_nk = nk;
	qsort(ix, s->gt.n, sizeof *ix, freq_cmp);
	size_t prevoff = (size_t)-1, prevlen = 0;
	long long rank = 0;
	double cum = 0;
	for (size_t i = 0; i < s->gt.n; i++) {
		group *g = &s->gt.g[ix[i]];
		const char *k = s->gt.keys.p + g->koff;
		size_t blen = 0;
		for (int j = 0; j < nb; j++) {
			uint32_t l;
			memcpy(&l, k + blen, sizeof l);
			blen += sizeof l + l;
		}
		if (prevoff == (size_t)-1 || blen != prevlen ||
		    memcmp(s->gt.keys.p + prevoff, k, blen) != 0) {
			rank = 0;
			cum = 0;
			prevoff = g->koff;
			prevlen = blen;
		}
		rank++;
		if (s->v->n && rank > s->v->n)
			continue;
		group *d = gt_get(&s->gt2, k, blen, 0);
		double den = d && d->c0 ? (double)d->c0 : 1;
		double share = (double)g->c0 / den;
		cum += share;
		rb_reset(s);
		key_out(s, &s->gt, g, nk);
		rb_int(s, g->c0);
		rb_num(s, share);
		rb_num(s, cum);
		if (rb_emit(s, i + 1))
			break;
	}
	free(ix);
	finish_next(s);
}

static void hist_finish(stage *s)
{
	group *g = s->gt.n ? &s->gt.g[0] : NULL;
	if (!g || g->nv == 0) {
		finish_next(s);
		return;
	}
	if (g->nv > 1)
		qsort(g->v, g->nv, sizeof *g->v, dcmp);
	double lo = g->v[0], hi = g->v[g->nv - 1], w = s->v->width;
	long long nb, first = 0;
	if (w > 0) {
		first = (long long)floor(lo / w);
		double last = floor(hi / w);
		if (last - (double)first >= 100000) {
			jd_warn_data("hist: width %g gives more than 100000 bins", w);
			finish_next(s);
			return;
		}
		nb = (long long)(last - (double)first) + 1;
	} else {
		nb = s->v->n;
		w = (hi - lo) / (double)nb;
		if (w == 0)
			nb = 1;
	}
	long long *cnt = jd_xcalloc((size_t)nb, sizeof *cnt), max = 0;
	for (size_t i = 0; i < g->nv; i++) {
		long long b;
		if (s->v->width > 0)
			b = (long long)floor(g->v[i] / w) - first;
		else
			b = w == 0 ? 0 : (long long)floor((g->v[i] - lo) / w);
		if (b >= nb)
			b = nb - 1;
		if (b < 0)
			b = 0;
		if (++cnt[b] > max)
			max = cnt[b];
	}
	char bar[41];
	for (long long b = 0; b < nb; b++) {
		rb_reset(s);
		if (s->v->width > 0) {
			rb_num(s, (double)(first + b) * w);
			rb_num(s, (double)(first + b + 1) * w);
		} else {
			rb_num(s, lo + (double)b * w);
			rb_num(s, b == nb - 1 ? hi : lo + (double)(b + 1) * w);
		}
		rb_int(s, cnt[b]);
		int len = (int)floor((double)cnt[b] * 40.0 / (double)max + 0.5);
		memset(bar, '#', (size_t)len);
		rb_add(s, bar, (size_t)len);
		if (rb_emit(s, (uint64_t)b + 1))
			break;
	}
	free(cnt);
	finish_next(s);
}

static int sv_in(const sv *a, size_t n, const sv *x)
{
	for (size_t i = 0; i < n; i++)
		if (a[i].n == x->n && memcmp(a[i].p, x->p, x->n) == 0)
			return 1;
	return 0;
}

static int svcmp(const void *a, const void *b)
{
	return key_cmp(a, b);
}

static int bind_after(stage *s);

static void crosstab_finish(stage *s)
{
	/* distinct A and B values, sorted */
	gtab ta, tb;
	memset(&ta, 0, sizeof ta);
	memset(&tb, 0, sizeof tb);
	jd_buf_grow(&s->kb, 1);
	for (size_t i = 0; i < s->gt.n; i++) {
		sv k[2];
		key_cells(s->gt.keys.p + s->gt.g[i].koff, 2, k);
		jd_buf_reset(&s->kb);
		key_add(&s->kb, k[0].p, k[0].n);
		gt_get(&ta, s->kb.p, s->kb.len, 1);
		jd_buf_reset(&s->kb);
		key_add(&s->kb, k[1].p, k[1].n);
		gt_get(&tb, s->kb.p, s->kb.len, 1);
	}
	sv *av = jd_xmalloc((ta.n + 1) * sizeof *av), *bv = jd_xmalloc((tb.n + 1) * sizeof *bv);
	for (size_t i = 0; i < ta.n; i++)
		key_cells(ta.keys.p + ta.g[i].koff, 1, &av[i]);
	for (size_t i = 0; i < tb.n; i++)
		key_cells(tb.keys.p + tb.g[i].koff, 1, &bv[i]);
	qsort(av, ta.n, sizeof *av, svcmp);
	qsort(bv, tb.n, sizeof *bv, svcmp);
	(void)sv_in;
	/* the output columns: A's name, then every B value */
	for (int i = 0; i < s->nnames; i++)
		free(s->names[i]);
	free(s->names);
	s->nnames = (int)tb.n + 1;
	s->names = jd_xcalloc((size_t)s->nnames, sizeof *s->names);
	s->names[0] = jd_xstrdup(key_name(&s->v->col));
	for (size_t j = 0; j < tb.n; j++)
		s->names[j + 1] = jd_xstrndup(bv[j].p, bv[j].n);
	/* the verbs after it can only now find their columns; when one is
	 * missing nothing is written (the caller reports the error) */
	int bound = bind_after(s) == 0;
	for (size_t i = 0; bound && i < ta.n; i++) {
		rb_reset(s);
		rb_add(s, av[i].p, av[i].n);
		for (size_t j = 0; j < tb.n; j++) {
			jd_buf_reset(&s->kb);
			key_add(&s->kb, av[i].p, av[i].n);
			key_add(&s->kb, bv[j].p, bv[j].n);
			group *g = gt_get(&s->gt, s->kb.p, s->kb.len, 0);
			rb_int(s, g ? g->c0 : 0);
		}
		if (rb_emit(s, i + 1))
			break;
	}
	free(av);
	free(bv);
	gt_free(&ta);
	gt_free(&tb);
	if (!s->pl->late_failed)
		finish_next(s);
}

/* ---- partial states ---- */

static void dump_key(jd_out *o, gtab *t, group *g, int nk)
{
	sv k[65];
	key_cells(t->keys.p + g->koff, nk > 65 ? 65 : nk, k);
	for (int i = 0; i < nk && i < 65; i++)
		jd_csv_put(o, k[i].p, k[i].n);
}

static void dump_state(stage *s, jd_out *o)
{
	int nk = s->nkey;
	jd_csv_puts(o, "#jd-stats-partial");
	jd_csv_puts(o, "1");
	jd_csv_puts(o, s->pl->q->text);
	jd_csv_endrow(o);
	size_t *ix = sorted_groups(&s->gt, nk);
	for (size_t i = 0; i < s->gt.n; i++) {
		group *g = &s->gt.g[ix[i]];
		jd_csv_puts(o, "G");
		dump_key(o, &s->gt, g, nk);
		jd_csv_putf(o, "%lld", g->c0);
		jd_csv_putf(o, "%lld", g->c1);
		jd_csv_endrow(o);
		if (g->nv) {
			if (g->nv > 1)
				qsort(g->v, g->nv, sizeof *g->v, dcmp);
			for (size_t j = 0; j < g->nv; j += 512) {
				jd_csv_puts(o, "V");
				dump_key(o, &s->gt, g, nk);
				for (size_t k = j; k < g->nv && k < j + 512; k++)
					jd_csv_putf(o, "%.17g", g->v[k]);
				jd_csv_endrow(o);
			}
		}
	}
	free(ix);
	for (size_t i = 0; i < s->gt2.n; i++) {
		jd_csv_puts(o, "D");
		dump_key(o, &s->gt2, &s->gt2.g[i], s->v->nby);
		jd_csv_putf(o, "%lld", s->gt2.g[i].c0);
		jd_csv_endrow(o);
	}
}

static int parse_ll(const sv *f, long long *out)
{
	double d;
	if (!num_parse(f->p, f->n, &d) || d != floor(d) || d < 0 || d > 9e18)
		return 0;
	*out = (long long)d;
	return 1;
}

int pl_merge_row(pipeline *p, const sv *f, size_t n, const char **why)
{
	stage *s = p->agg;
	size_t nk = (size_t)s->nkey;
	*why = NULL;
	if (n == 0)
		return 0;
	if (f[0].n == 17 && memcmp(f[0].p, "#jd-stats-partial", 17) == 0) {
		if (n != 3 || f[1].n != 1 || f[1].p[0] != '1') {
			*why = "unknown partial-state version";
			return -1;
		}
		if (f[2].n != strlen(p->q->text) || memcmp(f[2].p, p->q->text, f[2].n) != 0) {
			*why = "state of another query";
			return -1;
		}
		return 0;
	}
	if (f[0].n != 1)
		goto bad;
	jd_buf_reset(&s->kb);
	switch (f[0].p[0]) {
	case 'G': {
		if (n != nk + 3)
			goto bad;
		for (size_t i = 0; i < nk; i++)
			key_add(&s->kb, f[1 + i].p, f[1 + i].n);
		long long a, b;
		if (!parse_ll(&f[nk + 1], &a) || !parse_ll(&f[nk + 2], &b))
			goto bad;
		if (!s->kb.p)
			jd_buf_grow(&s->kb, 1);
		group *g = gt_get(&s->gt, s->kb.p, s->kb.len, 1);
		g->c0 += a;
		g->c1 += b;
		return 0;
	}
	case 'V': {
		/* numbers only for the verbs that keep them */
		if (n < nk + 1 || (s->kind != V_SUMMARY && s->kind != V_QUANTILE && s->kind != V_HIST))
			goto bad;
		for (size_t i = 0; i < nk; i++)
			key_add(&s->kb, f[1 + i].p, f[1 + i].n);
		if (!s->kb.p)
			jd_buf_grow(&s->kb, 1);
		/* every number is checked before any is added: a bad record
		 * leaves the state as it was */
		double x;
		for (size_t i = nk + 1; i < n; i++)
			if (!num_parse(f[i].p, f[i].n, &x))
				goto bad;
		group *g = gt_get(&s->gt, s->kb.p, s->kb.len, 1);
		for (size_t i = nk + 1; i < n; i++) {
			num_parse(f[i].p, f[i].n, &x);
			gv_push(g, x);
		}
		return 0;
	}
	case 'D': {
		size_t nb = (size_t)s->v->nby;
		if (s->kind != V_FREQ || n != nb + 2)
			goto bad;
		for (size_t i = 0; i < nb; i++)
			key_add(&s->kb, f[1 + i].p, f[1 + i].n);
		long long a;
		if (!parse_ll(&f[nb + 1], &a))
			goto bad;
		if (!s->kb.p)
			jd_buf_grow(&s->kb, 1);
		gt_get(&s->gt2, s->kb.p, s->kb.len, 1)->c0 += a;
		return 0;
	}
	}
bad:
	*why = "not a jd-stats partial state record";
	return -1;
}

/* ---- the sink stage ---- */

static void sink_open(stage *s)
{
	if (s->snk)
		return;
	char **names;
	int n;
	stage_names(s->prev, &names, &n);
	s->snk = sink_new(s->pl->o.format, s->pl->o.out, names, n);
}

static int sink_push(stage *s, const sv *row, uint64_t origin)
{
	(void)origin;
	sink_open(s);
	sink_row(s->snk, row);
	return 0;
}

static void sink_finish(stage *s)
{
	sink_open(s);
	sink_end(s->snk);
}

/* ---- building ---- */

static void set_names(stage *s, int n)
{
	s->nnames = n;
	s->names = jd_xcalloc((size_t)(n ? n : 1), sizeof *s->names);
}

static int bind_key(keyexpr *k, char **names, int n, qerr *err)
{
	for (int i = 0; i < n; i++)
		if (strcmp(names[i], k->col) == 0) {
			k->idx = i;
			return 0;
		}
	err->pos = k->pos;
	err->no_column = 1;
	int w = snprintf(err->msg, sizeof err->msg, "no column '%.60s' (columns:", k->col);
	for (int i = 0; i < n && w > 0 && (size_t)w < sizeof err->msg - 80; i++)
		w += snprintf(err->msg + w, sizeof err->msg - (size_t)w, "%s %.40s",
			      i ? "," : "", names[i]);
	if (w > 0 && (size_t)w < sizeof err->msg - 6)
		snprintf(err->msg + w, sizeof err->msg - (size_t)w, "%s)",
			 (size_t)w >= sizeof err->msg - 81 ? " ..." : "");
	return -1;
}

static int bind_expr(expr *e, char **names, int n, qerr *err)
{
	if (!e)
		return 0;
	if (e->kind == EX_AND || e->kind == EX_OR || e->kind == EX_NOT)
		return bind_expr(e->a, names, n, err) < 0 || bind_expr(e->b, names, n, err) < 0 ? -1 : 0;
	return bind_key(&e->lhs, names, n, err);
}

/* The group key: by ..., then the value column (freq) or A, B (crosstab). */
static void copy_keys(stage *s)
{
	verb *v = s->v;
	if (v->nby)
		memcpy(s->keys, v->by, (size_t)v->nby * sizeof *v->by);
	if (v->kind == V_FREQ)
		s->keys[v->nby] = v->col;
	if (v->kind == V_CROSSTAB) {
		s->keys[0] = v->col;
		s->keys[1] = v->col2;
	}
}

/* Bind the columns stage s reads to its input columns names[0..n). */
static int bind_stage(stage *s, char **names, int n, qerr *err)
{
	verb *v = s->v;
	switch (v->kind) {
	case V_WHERE:
		return bind_expr(v->where, names, n, err);
	case V_HEAD:
		return 0;
	case V_SPLIT:
		return bind_key(&v->col, names, n, err);
	default:
		for (int k = 0; k < v->nby; k++)
			if (bind_key(&v->by[k], names, n, err) < 0)
				return -1;
		if (v->kind == V_SORT || v->kind == V_SELECT || v->kind == V_DISTINCT)
			break;
		if (v->kind != V_COUNT && bind_key(&v->col, names, n, err) < 0)
			return -1;
		if (v->kind == V_CROSSTAB && bind_key(&v->col2, names, n, err) < 0)
			return -1;
		break;
	}
	if (s->keys)
		copy_keys(s);
	return 0;
}

/* A crosstab has its columns: bind the verbs that read them (those up to
 * and including the next one that makes its own columns).  -1 and
 * pl->late_err, as pl_build would have said, when one is missing. */
static int bind_after(stage *s)
{
	pipeline *p = s->pl;
	for (stage *t = s->next; t && t->deferred; t = t->next) {
		if (bind_stage(t, s->names, s->nnames, &p->late_err) < 0) {
			p->late_failed = 1;
			return -1;
		}
		t->deferred = 0;
		if (!t->passthru)
			break;
	}
	return 0;
}

void pl_free(pipeline *p)
{
	if (!p)
		return;
	for (int i = 0; i < p->nst; i++) {
		stage *s = p->st[i];
		for (int j = 0; j < s->nnames; j++)
			free(s->names[j]);
		free(s->names);
		free(s->keys);
		jd_buf_free(&s->kb);
		jd_buf_free(&s->rb);
		jd_buf_free(&s->sdata);
		free(s->srow);
		free(s->roff);
		free(s->row);
		free(s->items);
		gt_free(&s->gt);
		gt_free(&s->gt2);
		if (s->snk)
			sink_free(s->snk);
		free(s);
	}
	free(p->st);
	free(p);
}

int pl_partial_check(query *q, qerr *err)
{
	int i;
	for (i = 0; i < q->nv && !q_is_aggregate(q->v[i].kind); i++) {
		int k = q->v[i].kind;
		if (k != V_WHERE && k != V_SPLIT && k != V_SELECT) {
			err->pos = q->v[i].pos;
			snprintf(err->msg, sizeof err->msg,
				 "--partial/--merge: only where, split and select can come before the aggregate verb");
			return -1;
		}
	}
	if (i == q->nv) {
		err->pos = 0;
		snprintf(err->msg, sizeof err->msg,
			 "--partial/--merge need an aggregate verb (count, summary, quantile, freq, hist, crosstab)");
		return -1;
	}
	return i;
}

pipeline *pl_build(query *q, char **names, int n, const popts *o, qerr *err)
{
	err->no_column = 0;
	pipeline *p = jd_xcalloc(1, sizeof *p);
	p->o = *o;
	p->q = q;
	p->in_names = names;
	p->nin = n;
	p->st = jd_xcalloc((size_t)q->nv + 1, sizeof *p->st);
	char **cur = names;
	int ncur = n;
	int after_crosstab = 0;   /* cur is a crosstab's: only A's name yet */
	int start = 0;
	if (o->partial || o->merge) {
		start = pl_partial_check(q, err);
		if (start < 0)
			goto fail;
		if (!o->merge)
			start = 0;
	}
	for (int i = start; i <= q->nv; i++) {
		stage *s = jd_xcalloc(1, sizeof *s);
		s->pl = p;
		s->prev = p->nst ? p->st[p->nst - 1] : NULL;
		if (s->prev)
			s->prev->next = s;
		p->st[p->nst++] = s;
		if (i == q->nv) {
			s->kind = -1;
			s->passthru = 1;
			s->push = sink_push;
			s->finish = sink_finish;
			break;
		}
		verb *v = &q->v[i];
		s->kind = v->kind;
		s->v = v;
		int merging = o->merge && i == start;
		/* after a crosstab the columns are the values of B, known only
		 * at its finish; every other verb's input columns are known now */
		s->deferred = !merging && after_crosstab;
		if (v->kind == V_SELECT || v->kind == V_DISTINCT)
			s->nkey = v->nby;
		else if (q_is_aggregate(v->kind))
			s->nkey = v->nby + (v->kind == V_FREQ ? 1 : v->kind == V_CROSSTAB ? 2 : 0);
		if (s->nkey)
			s->keys = jd_xcalloc((size_t)s->nkey + 1, sizeof *s->keys);
		if (merging || s->deferred) {
			if (s->keys)
				copy_keys(s);
		} else if (bind_stage(s, cur, ncur, err) < 0) {
			goto fail;
		}
		switch (v->kind) {
		case V_WHERE:
			s->passthru = 1;
			s->push = where_push;
			s->finish = pass_finish;
			break;
		case V_SPLIT:
			s->passthru = 1;
			s->push = split_push;
			s->finish = pass_finish;
			break;
		case V_HEAD:
			s->passthru = 1;
			s->push = head_push;
			s->finish = pass_finish;
			break;
		case V_SORT:
			s->passthru = 1;
			s->push = sort_push;
			s->finish = sort_finish;
			break;
		case V_SELECT:
		case V_DISTINCT:
			set_names(s, v->nby);
			for (int k = 0; k < v->nby; k++)
				s->names[k] = jd_xstrdup(key_name(&v->by[k]));
			s->push = v->kind == V_SELECT ? select_push : distinct_push;
			s->finish = pass_finish;
			break;
		default: {
			int nout = v->nby;
			switch (v->kind) {
			case V_COUNT: nout += 1; s->push = count_push; s->finish = count_finish; break;
			case V_SUMMARY: nout += 10; s->push = values_push; s->finish = summary_finish; break;
			case V_QUANTILE: nout += v->nps; s->push = values_push; s->finish = summary_finish; break;
			case V_FREQ: nout += 4; s->push = freq_push; s->finish = freq_finish; break;
			case V_HIST: nout = 4; s->push = values_push; s->finish = hist_finish; break;
			case V_CROSSTAB: nout = 1; s->push = count_push; s->finish = crosstab_finish; break;
			}
			set_names(s, nout);
			int k = 0;
			if (v->kind != V_HIST && v->kind != V_CROSSTAB)
				for (; k < v->nby; k++)
					s->names[k] = jd_xstrdup(key_name(&v->by[k]));
			static const char *const sum[] = {"count", "missing", "min", "p25", "median",
				"mean", "p75", "p90", "max", "stddev"};
			static const char *const hist[] = {"lo", "hi", "count", "bar"};
			switch (v->kind) {
			case V_COUNT: s->names[k] = jd_xstrdup("count"); break;
			case V_SUMMARY:
				for (int j = 0; j < 10; j++)
					s->names[k + j] = jd_xstrdup(sum[j]);
				break;
			case V_QUANTILE:
				for (int j = 0; j < v->nps; j++)
					s->names[k + j] = jd_xstrdup(v->pnames[j]);
				break;
			case V_FREQ:
				s->names[k] = jd_xstrdup(key_name(&v->col));
				s->names[k + 1] = jd_xstrdup("count");
				s->names[k + 2] = jd_xstrdup("share");
				s->names[k + 3] = jd_xstrdup("cum_share");
				break;
			case V_HIST:
				for (int j = 0; j < 4; j++)
					s->names[j] = jd_xstrdup(hist[j]);
				break;
			case V_CROSSTAB: s->names[0] = jd_xstrdup(key_name(&v->col)); break;
			}
			/* count/summary/quantile/hist without 'by': one group even
			 * for empty input */
			if (v->nby == 0 && v->kind != V_FREQ && v->kind != V_CROSSTAB) {
				jd_buf_grow(&s->kb, 1);
				gt_get(&s->gt, s->kb.p, 0, 1);
			}
			if (!p->agg)
				p->agg = s;
			break;
		}
		}
		if (!s->passthru) {
			cur = s->names;
			ncur = s->nnames;
			after_crosstab = v->kind == V_CROSSTAB;
		}
	}
	p->first = p->st[0];
	p->last = p->st[p->nst - 1];
	/* --partial: the aggregate writes its state; nothing after it runs */
	return p;
fail:
	pl_free(p);
	return NULL;
}

int pl_numeric_col(pipeline *p)
{
	stage *s = p->first;
	if ((s->kind == V_SUMMARY || s->kind == V_QUANTILE || s->kind == V_HIST) &&
	    s->v->col.fn == KF_COL)
		return s->v->col.idx;
	return -1;
}

void pl_set_numcache(pipeline *p, int col, const double *num, size_t n)
{
	p->numcol = col;
	p->numcache = num;
	p->numlen = n;
}

int pl_push(pipeline *p, const sv *row)
{
	p->origin++;
	if (p->first->done)
		return 1;
	return p->first->push(p->first, row, p->origin);
}

int pl_finish(pipeline *p, qerr *err)
{
	if (p->o.partial && p->agg) {
		/* finish the stages before the aggregate, then dump its state */
		dump_state(p->agg, p->o.out);
		return 0;
	}
	if (!p->first->done) {
		p->first->done = 1;
		p->first->finish(p->first);
	}
	if (p->late_failed) {
		*err = p->late_err;
		return -1;
	}
	return 0;
}

static void expr_maxcol(const expr *e, int *m)
{
	if (!e)
		return;
	if (e->kind == EX_AND || e->kind == EX_OR || e->kind == EX_NOT) {
		expr_maxcol(e->a, m);
		expr_maxcol(e->b, m);
		return;
	}
	if (e->lhs.idx > *m)
		*m = e->lhs.idx;
}

static void key_maxcol(const keyexpr *k, int n, int *m)
{
	for (int i = 0; i < n; i++)
		if (k[i].idx > *m)
			*m = k[i].idx;
}

int pl_input_cols(pipeline *p)
{
	int m = -1;
	for (stage *s = p->first; s; s = s->next) {
		const verb *v = s->v;
		switch (s->kind) {
		case V_WHERE:
			expr_maxcol(v->where, &m);
			break;
		case V_HEAD:
			break;
		case V_SPLIT:
			key_maxcol(&v->col, 1, &m);
			break;
		case V_SORT:
			key_maxcol(v->by, v->nby, &m);
			break;
		case V_SELECT:
		case V_DISTINCT:
			key_maxcol(v->by, v->nby, &m);
			return m + 1;
		case V_COUNT:
		case V_SUMMARY:
		case V_QUANTILE:
		case V_FREQ:
		case V_HIST:
		case V_CROSSTAB:
			key_maxcol(v->by, v->nby, &m);
			if (v->kind != V_COUNT)
				key_maxcol(&v->col, 1, &m);
			if (v->kind == V_CROSSTAB)
				key_maxcol(&v->col2, 1, &m);
			return m + 1;
		default:
			return -1;   /* the sink: whole input records are printed */
		}
	}
	return -1;
}
