/* jd-stats internals: query AST (query.c), where-expressions and numbers
 * (eval.c), pipeline stages and aggregates (verbs.c), output sinks
 * (output.c), the columnar store (table.c) and the REPL (repl.c). */
#ifndef JD_STATS_H
#define JD_STATS_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "jd_buf.h"
#include "jd_out.h"
#include "jd_re.h"

typedef struct sv {
	const char *p;
	size_t n;
} sv;

/* ---- query AST (query.c) ---- */

enum { KF_COL, KF_MONTH, KF_WEEK, KF_YEAR };

typedef struct keyexpr {
	int fn;          /* KF_* */
	char *col;       /* column name */
	int pos;         /* byte offset of the name (or function) in the query */
	int idx;         /* bound column index, -1 before binding */
} keyexpr;

enum { EX_AND, EX_OR, EX_NOT, EX_CMP, EX_RE, EX_CONTAINS, EX_IN, EX_EMPTY };
enum { OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE };

typedef struct lit {
	char *s;
	size_t n;
	double num;
	int isnum;
} lit;

typedef struct expr {
	int kind;        /* EX_* */
	int op;          /* OP_* for EX_CMP */
	struct expr *a, *b;
	keyexpr lhs;
	lit val;         /* EX_CMP, EX_CONTAINS */
	lit *list;       /* EX_IN */
	int nlist;
	jd_re *re;       /* EX_RE */
	int pos;
} expr;

enum {
	V_WHERE, V_COUNT, V_SUMMARY, V_QUANTILE, V_FREQ, V_SPLIT, V_HIST,
	V_CROSSTAB, V_SELECT, V_SORT, V_HEAD, V_DISTINCT
};

typedef struct verb {
	int kind;        /* V_* */
	int pos;         /* offset of the verb word */
	expr *where;
	keyexpr col;     /* summary/quantile/freq/split/hist column; crosstab A */
	keyexpr col2;    /* crosstab B */
	keyexpr *by;     /* by columns; select/distinct/sort columns */
	int nby;
	int *desc;       /* sort: per column */
	double *ps;      /* quantile percentages */
	char **pnames;   /* "p90" ... */
	int nps;
	long n;          /* head N, freq top N (0 none), hist bins */
	double width;    /* hist width (0 = use bins) */
	char *sep;       /* split separator */
	size_t seplen;
} verb;

typedef struct query {
	verb *v;
	int nv;
	char *text;
} query;

typedef struct qerr {
	int pos;
	int no_column;   /* a column the input (or the verb before) lacks: status 1, not 2 */
	char msg[400];
} qerr;

extern const char *const stats_verbs[];   /* NULL-terminated, for completion */

query *q_parse(const char *text, qerr *err);
void q_free(query *q);
/* "jd-stats: MSG\n  QUERY\n  ^" on f */
void q_print_error(FILE *f, const char *text, const qerr *err);
int q_is_aggregate(int kind);

/* ---- values (eval.c) ---- */

/* 1 and *out when s[0..n) is a decimal number (optional sign, digits,
 * fraction, exponent; spaces around allowed); 0 otherwise. */
int num_parse(const char *s, size_t n, double *out);
/* Format a number: integers below 1e15 in full, else %.10g.  Returns len. */
int num_fmt(char *buf, size_t sz, double v);
/* Compare two cells: numbers numerically and before text, text bytewise. */
int cell_cmp(const char *a, size_t an, const char *b, size_t bn);
/* 0 number, 1 text, 2 empty (sort puts them in this order either way) */
int cell_class(const char *a, size_t an);
/* Value of a key expression on a row; tmp holds at least 16 bytes. */
sv key_value(const keyexpr *k, const sv *row, char *tmp);
const char *key_name(const keyexpr *k);
/* Evaluate a where-expression; 1 true, 0 false. */
int ex_eval(const expr *e, const sv *row);

extern volatile sig_atomic_t stats_interrupted;
extern int stats_re_limit_hits;

/* ---- pipeline (verbs.c) ---- */

enum { QT_7 = 0, QT_MILLER = 1 };
enum { FMT_CSV, FMT_TABLE, FMT_JSON };

typedef struct stage stage;
typedef struct pipeline pipeline;

typedef struct popts {
	int qtype;       /* QT_* */
	int format;      /* FMT_* */
	int partial;     /* write the first aggregate's state and stop */
	int merge;       /* input is partial states */
	jd_out *out;
} popts;

/* Bind q to the input columns names[0..n).  NULL and *err (position into
 * the query) when a column is unknown or the query cannot run so.  Verbs
 * reading a crosstab's columns are checked by pl_finish instead. */
pipeline *pl_build(query *q, char **names, int n, const popts *o, qerr *err);
/* --partial/--merge: index of the aggregate verb whose state is passed,
 * or -1 and *err when the query cannot be split so. */
int pl_partial_check(query *q, qerr *err);
/* The column whose numbers the first verb reads (summary, quantile,
 * hist right on the input), or -1; the REPL then hands over its cached
 * numbers (NAN = missing) for records 0..n-1, pushed in that order. */
int pl_numeric_col(pipeline *p);
void pl_set_numcache(pipeline *p, int col, const double *num, size_t n);
/* How many leading input columns the query reads (the highest index any
 * verb up to the first that changes the columns uses, plus one), or -1
 * when whole input records reach the output (no projection possible). */
int pl_input_cols(pipeline *p);
/* Push one input record; returns 1 when no more input is wanted. */
int pl_push(pipeline *p, const sv *row);
/* Merge mode: feed one record of a partial state (fields f[0..n)). 0 ok,
 * -1 when it is not a state of this query (message in *why). */
int pl_merge_row(pipeline *p, const sv *f, size_t n, const char **why);
/* End of input: aggregates emit, the sink writes.  0 ok; -1 and *err
 * (as pl_build gives it) when a verb after crosstab names a column that
 * crosstab did not produce: those are bound only at crosstab's finish,
 * its columns being the values of B, and then nothing is written. */
int pl_finish(pipeline *p, qerr *err);
void pl_free(pipeline *p);

/* ---- output (output.c) ---- */

typedef struct sink sink;
sink *sink_new(int format, jd_out *out, char **names, int n);
void sink_row(sink *s, const sv *row);
void sink_end(sink *s);
void sink_free(sink *s);

/* ---- columnar store (table.c) ---- */

typedef struct column {
	char *name;
	jd_buf data;     /* cells, each NUL-terminated */
	size_t *off;     /* off[i]: start of cell i; cell length from off[i+1]-1 */
	double *num;     /* lazily parsed numbers (NAN = missing) */
	long nmissing, nnum;
	char **values;   /* lazily: up to 200 distinct values, for completion */
	size_t nvalues;
} column;

typedef struct table {
	column *c;
	int nc;
	size_t nrows, caprows;
} table;

table *table_new(void);
/* Load a CSV file into t (the first file sets the columns).  0 ok, -1 on
 * error (reported). */
int table_load(table *t, const char *path);
void table_free(table *t);
void table_stats(table *t, int col);   /* fills num, nmissing, nnum */
void table_values(table *t, int col);  /* fills values */
/* Run a query on t; returns the exit status the query would give. */
int table_run(table *t, query *q, const popts *o);

/* ---- REPL (repl.c) ---- */
int repl_main(char **files, int nfiles, popts *o);

#endif
