/* sched_getaffinity (how many CPUs this process may run on) is a GNU
 * extension. */
#define _GNU_SOURCE
#include "jd_csv.h"
#include "jd_buf.h"
#include "jd_err.h"

#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define READ_SIZE (1u << 20)   /* large reads: one csv_parse call per MiB */
/* Batches in flight with the parser thread: the one the caller reads, up
 * to two parsed ahead, the one being parsed.  More would only hold memory:
 * whichever side is slower sets the pace. */
#define NBATCH 4

typedef struct pending_row {
	size_t first;   /* index of its first field in foff/flen */
	size_t n;
	size_t nall;    /* fields the record had, or 0 when cut short (projection) */
	long line;
} pending_row;

/* The records parsed from one or more input chunks.  The parser fills a
 * batch; the caller is handed its rows one at a time.  With the parser
 * thread, one batch is being filled while the caller reads another. */
typedef struct batch {
	jd_buf data;                /* field bytes, each NUL-terminated */
	size_t *foff, *flen, nfield, capfield;
	pending_row *rows;
	size_t nrows, caprows;
	jd_buf notes;               /* warnings met while parsing it, each NUL-
				     * terminated: printed before its rows, where a
				     * parse on the caller's thread would print them */
	unsigned long long bytes;   /* input bytes read once it was complete */
	int last;                   /* the input ends with this batch */
} batch;

struct jd_csv_reader {
	/* ---- the parser's side: the parser thread's alone once it runs ---- */
	struct csv_parser p;
	int fd;
	int own_fd;
	const char *mem;            /* jd_csv_open_mem: input bytes, or NULL */
	size_t memlen, mempos;
	char *name;
	unsigned flags;
	char *rbuf;
	int eof;
	int first_chunk;
	unsigned long long bytes;
	batch *b;                   /* the batch being filled */
	size_t row_first;           /* first field (in b) of the record being parsed */
	jd_buf carry;               /* fields of a record a batch ended in the */
	size_t *carry_len, ncarry, capcarry;   /* middle of, for the next batch */

	/* physical line tracking */
	long line;                  /* line on which the next record starts */
	long nl_in_row;             /* line feeds inside the current record */
	int last_term;              /* terminator of the previous record */

	/* projection (jd_csv_need_cols) */
	size_t need;                /* fields wanted per record, 0 = all */
	size_t rcarry;              /* bytes of an unfinished line at rbuf's start */
	int at_bol;                 /* the next byte fed to libcsv starts a line */
	int proj_active;            /* feeding a line that may be cut short */
	size_t proj_drop;           /* fields past need seen in that line */
	size_t proj_bytes;          /* bytes of the wanted fields in that line */
	size_t proj_hint;           /* ... in the last line cut short */

	/* ---- the caller's side ---- */
	batch *cb;                  /* the batch rows are handed out from */
	size_t nextrow;
	long errors;
	unsigned long long cbytes;  /* input bytes behind the rows handed out */
	jd_row cur;
	size_t curcap;
	jd_row header;
	int have_header;
	int opening;                /* reading the header: no thread yet */
	int may_thread;             /* want_thread(), asked at open */

	/* ---- the parser thread (slots[0] alone without it) ---- */
	batch slots[NBATCH];
	int threaded;
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t ready;       /* a batch was published */
	pthread_cond_t freed;       /* the caller took one (so one is free) */
	unsigned long published;    /* batches the thread has filled */
	unsigned long taken;        /* batches the caller has taken */
	int stop;                   /* jd_csv_close: the thread must end */
};

static int never_space(unsigned char c)
{
	(void)c;
	return 0;   /* keep spaces around unquoted fields: they are data */
}

size_t jd_csv_decode_inplace(char *s, size_t n)
{
	char *bs = memchr(s, '\\', n);
	if (!bs)
		return n;
	size_t i = (size_t)(bs - s), o = i;
	while (i < n) {
		/* s[i] is a backslash */
		char d = i + 1 < n ? s[i + 1] : '\0';
		if (d == 'n' || d == 'r' || d == '\\') {
			s[o++] = d == 'n' ? '\n' : d == 'r' ? '\r' : '\\';
			i += 2;
		} else {
			s[o++] = '\\';   /* not one of ours: kept as it is */
			i++;
		}
		/* the run up to the next backslash moves in one piece */
		char *nx = i < n ? memchr(s + i, '\\', n - i) : NULL;
		size_t end = nx ? (size_t)(nx - s) : n;
		memmove(s + o, s + i, end - i);
		o += end - i;
		i = end;
	}
	s[o] = '\0';
	return o;
}

/* A warning met while parsing: kept with the batch (see batch.notes).
 * A format ending in ':' appends strerror(errno), as jd_warn does. */
JD_PRINTF(2, 3) static void note(jd_csv_reader *r, const char *fmt, ...)
{
	int saved = errno;
	va_list ap;
	char msg[1024];
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	jd_buf_adds(&r->b->notes, msg);
	size_t n = strlen(fmt);
	if (n > 0 && fmt[n - 1] == ':') {
		jd_buf_addc(&r->b->notes, ' ');
		jd_buf_adds(&r->b->notes, strerror(saved));
	}
	jd_buf_addc(&r->b->notes, '\0');
}

/* Append one field (already decoded) to batch b. */
static void batch_add_field(batch *b, const char *s, size_t len)
{
	if (b->nfield == b->capfield) {
		b->capfield = b->capfield ? b->capfield * 2 : 256;
		b->foff = jd_xrealloc(b->foff, b->capfield * sizeof *b->foff);
		b->flen = jd_xrealloc(b->flen, b->capfield * sizeof *b->flen);
	}
	b->foff[b->nfield] = b->data.len;
	b->flen[b->nfield] = len;
	b->nfield++;
	jd_buf_add(&b->data, s, len);
	jd_buf_addc(&b->data, '\0');
}

static pending_row *batch_add_row(batch *b)
{
	if (b->nrows == b->caprows) {
		b->caprows = b->caprows ? b->caprows * 2 : 64;
		b->rows = jd_xrealloc(b->rows, b->caprows * sizeof *b->rows);
	}
	return &b->rows[b->nrows++];
}

static void on_field(void *s, size_t len, void *ctx)
{
	jd_csv_reader *r = ctx;
	batch *b = r->b;
	if (r->proj_active && b->nfield - r->row_first >= r->need) {
		r->proj_drop++;   /* past the wanted prefix: only counted */
		return;
	}
	r->proj_bytes += len + 1;
	const char *p = s, *end = p + len;
	while (p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		r->nl_in_row++;
		p++;
	}
	size_t off = b->data.len;
	batch_add_field(b, s, len);
	if (!(r->flags & JD_CSV_RAW))
		b->flen[b->nfield - 1] = jd_csv_decode_inplace(b->data.p + off, len);
}

static void on_row(int c, void *ctx)
{
	jd_csv_reader *r = ctx;
	size_t n = r->b->nfield - r->row_first;
	if (n == 0) {
		/* a line break outside any record (CSV_REPALL_NL): blank line, or
		 * the LF of a CRLF that already ended a record */
		if (!(c == '\n' && r->last_term == '\r'))
			r->line++;
		r->last_term = (c == '\r') ? '\r' : 0;
		return;
	}
	pending_row *pr = batch_add_row(r->b);
	pr->first = r->row_first;
	pr->n = n;
	pr->nall = n + r->proj_drop;
	pr->line = r->line;
	r->proj_drop = 0;
	r->proj_active = 0;
	r->line += r->nl_in_row + (c == -1 ? 0 : 1);
	r->nl_in_row = 0;
	r->last_term = (c == '\r') ? '\r' : 0;
	r->row_first = r->b->nfield;
}

static jd_csv_reader *reader_new(int fd, const char *mem, size_t memlen,
				 const char *name, unsigned flags);
static int want_thread(void);

jd_csv_reader *jd_csv_open_fd(int fd, const char *name, unsigned flags)
{
	return reader_new(fd, NULL, 0, name, flags);
}

jd_csv_reader *jd_csv_open_mem(const char *data, size_t len, const char *name, unsigned flags)
{
	return reader_new(-1, data, len, name, flags);
}

static jd_csv_reader *reader_new(int fd, const char *mem, size_t memlen,
				 const char *name, unsigned flags)
{
	jd_csv_reader *r = jd_xcalloc(1, sizeof *r);
	r->mem = mem;
	r->memlen = memlen;
	if (csv_init(&r->p, CSV_REPALL_NL | CSV_STRICT_FINI) != 0)
		jd_die(JD_EXIT_DATA, "out of memory");
	csv_set_space_func(&r->p, never_space);
	csv_set_blk_size(&r->p, 64 * 1024);
	r->fd = fd;
	r->name = jd_xstrdup(name);
	r->flags = flags;
	r->rbuf = jd_xmalloc(READ_SIZE);
	r->first_chunk = 1;
	r->line = 1;
	r->at_bol = 1;
	r->b = r->cb = &r->slots[0];
	r->may_thread = !mem && want_thread();
	if (!(flags & JD_CSV_NOHEADER)) {
		const jd_row *h;
		r->opening = 1;
		if (jd_csv_next(r, &h) == 1) {
			/* copy the header: it must outlive the batch it came from */
			r->header.n = h->n;
			r->header.line = h->line;
			r->header.f = jd_xcalloc(h->n, sizeof *r->header.f);
			r->header.len = jd_xcalloc(h->n, sizeof *r->header.len);
			for (size_t i = 0; i < h->n; i++) {
				r->header.f[i] = jd_xstrndup(h->f[i], h->len[i]);
				r->header.len[i] = h->len[i];
			}
			r->have_header = 1;
		}
		r->opening = 0;
	}
	return r;
}

jd_csv_reader *jd_csv_open(const char *path, unsigned flags)
{
	if (strcmp(path, "-") == 0)
		return jd_csv_open_fd(0, "-", flags);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	jd_csv_reader *r = jd_csv_open_fd(fd, path, flags);
	r->own_fd = 1;
	return r;
}

const jd_row *jd_csv_header(jd_csv_reader *r)
{
	return r->have_header ? &r->header : NULL;
}

int jd_csv_col(jd_csv_reader *r, const char *name)
{
	if (!r->have_header)
		return -1;
	for (size_t i = 0; i < r->header.n; i++)
		if (strcmp(r->header.f[i], name) == 0)
			return (int)i;
	return -1;
}

static void feed(jd_csv_reader *r, const char *s, size_t n)
{
	if (n == 0)
		return;
	if (csv_parse(&r->p, s, n, on_field, on_row, r) != n)
		jd_die(JD_EXIT_DATA, "%s:%ld: %s", r->name, r->line,
		       csv_strerror(csv_error(&r->p)));
	r->at_bol = s[n - 1] == '\n';
}

/* Projection: lines shorter than this are parsed in full (nothing to win). */
#define PROJ_MIN 256
#define PROJ_PIECE 64

/* One physical line s[0..n) (ending in '\n', except the last line of the
 * input) under jd_csv_need_cols.  A line that starts between records and
 * holds an even number of '"' and no '\r' but a final one before the '\n'
 * is one complete record under the jdkit contract: libcsv gets it in
 * growing pieces until it has produced r->need fields, and the rest of the
 * line is skipped.  Any other line goes to libcsv in full. */
static void proj_line(jd_csv_reader *r, const char *s, size_t n)
{
	batch *b = r->b;
	/* pstate 0 is libcsv's ROW_NOT_BEGUN (libcsv.c, stable since 3.0) */
	if (!r->need || !r->at_bol || r->p.pstate != 0 || n < PROJ_MIN || b->nfield != r->row_first) {
		feed(r, s, n);
		return;
	}
	size_t body = n;
	if (s[body - 1] == '\n')
		body--;
	if (body && s[body - 1] == '\r')
		body--;
	if (memchr(s, '\r', body)) {
		feed(r, s, n);
		return;
	}
	size_t quotes = 0;
	for (const char *q = s, *end = s + body; (q = memchr(q, '"', (size_t)(end - q))) != NULL; q++)
		quotes++;
	if (quotes & 1) {
		feed(r, s, n);   /* a quoted field goes on past this line */
		return;
	}
	r->proj_active = 1;
	r->proj_drop = 0;
	r->proj_bytes = 0;
	/* the first piece: about what the wanted fields took on the last line
	 * cut short (each extra csv_parse byte costs more than a call) */
	size_t pos = 0, piece = r->proj_hint ? r->proj_hint + r->proj_hint / 8 + 16 : PROJ_PIECE;
	while (pos < n) {
		size_t m = n - pos < piece ? n - pos : piece;
		if (csv_parse(&r->p, s + pos, m, on_field, on_row, r) != m)
			jd_die(JD_EXIT_DATA, "%s:%ld: %s", r->name, r->line,
			       csv_strerror(csv_error(&r->p)));
		pos += m;
		if (!r->proj_active)
			break;   /* the record ended on its own (on_row ran) */
		if (b->nfield - r->row_first >= r->need) {
			/* enough fields: end the record here.  Resetting libcsv to
			 * "between records" relies on its public struct fields
			 * (pstate 0 = ROW_NOT_BEGUN; libcsv.c, stable since 3.0). */
			r->p.pstate = 0;
			r->p.quoted = 0;
			r->p.entry_pos = 0;
			r->p.spaces = 0;
			pending_row *pr = batch_add_row(b);
			pr->first = r->row_first;
			pr->n = b->nfield - r->row_first;
			pr->nall = 0;
			pr->line = r->line;
			r->line++;
			r->nl_in_row = 0;
			r->last_term = 0;
			r->row_first = b->nfield;
			r->proj_active = 0;
			r->proj_drop = 0;
			r->proj_hint = r->proj_bytes;
			r->at_bol = 1;
			return;
		}
		piece = pos < 4 * PROJ_PIECE ? PROJ_PIECE : pos;   /* then 64, 64, ... doubling */
	}
	r->proj_active = 0;
	r->proj_drop = 0;
	if (pos < n)
		feed(r, s + pos, n - pos);   /* after a CR that ended it: the LF */
	else
		r->at_bol = s[n - 1] == '\n';
}

/* On the parser thread, read() is the one point where jd_csv_close may
 * cancel it (a pipe may never deliver another byte): no lock is held and
 * no allocation is under way there. */
static ssize_t read_input(jd_csv_reader *r, char *buf, size_t n)
{
	if (!r->threaded)
		return read(r->fd, buf, n);
	int old;
	pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, &old);
	ssize_t got = read(r->fd, buf, n);
	pthread_setcancelstate(old, NULL);
	return got;
}

/* Read and parse one more chunk into r->b; sets r->eof at the end. */
static void fill(jd_csv_reader *r)
{
	if (r->eof)
		return;
	size_t base = r->rcarry, got = 0;
	for (;;) {
		ssize_t n;
		size_t room = READ_SIZE - base - got;
		if (r->mem) {
			size_t left = r->memlen - r->mempos;
			n = (ssize_t)(left < room ? left : room);
			memcpy(r->rbuf + base + got, r->mem + r->mempos, (size_t)n);
			r->mempos += (size_t)n;
		} else {
			n = read_input(r, r->rbuf + base + got, room);
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			note(r, "%s: read error:", r->name);
			n = 0;
		}
		got += (size_t)n;
		/* the BOM check needs three bytes; a pipe may deliver fewer */
		if (n == 0 || !r->first_chunk || got >= 3)
			break;
	}
	char *p = r->rbuf;
	size_t len = base + got;
	r->bytes += got;
	if (r->first_chunk) {
		r->first_chunk = 0;
		if (got >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
			p += 3;
			len -= 3;
		}
	}
	if (got == 0) {
		r->eof = 1;
		r->rcarry = 0;
		if (len > 0)
			proj_line(r, p, len);   /* the last line, without a line feed */
		/* A quoted field still open at end of input.  libcsv reports this
		 * only in CSV_STRICT mode, which would also reject the stray quotes
		 * real exports contain, so look at its state: pstate 2 is libcsv's
		 * FIELD_BEGUN (libcsv.c, stable since 3.0). */
		if (r->p.pstate == 2 && r->p.quoted) {
			note(r, "%s:%ld: unterminated quoted field; record skipped",
			     r->name, r->line);
			r->b->nfield = r->row_first;   /* drop the partial record's fields */
			csv_free(&r->p);
			csv_init(&r->p, CSV_REPALL_NL);
			csv_set_space_func(&r->p, never_space);
			return;
		}
		csv_fini(&r->p, on_field, on_row, r);
		return;
	}
	if (!r->need) {
		r->rcarry = 0;
		feed(r, p, len);
		return;
	}
	/* projection: whole lines only; an unfinished one waits for the next
	 * read, unless it fills the buffer (then libcsv gets it in full) */
	size_t pos = 0;
	for (;;) {
		const char *nl = memchr(p + pos, '\n', len - pos);
		if (!nl)
			break;
		size_t end = (size_t)(nl - p) + 1;
		proj_line(r, p + pos, end - pos);
		pos = end;
	}
	if (pos == 0 && p + len == r->rbuf + READ_SIZE) {
		feed(r, p, len);
		r->rcarry = 0;
	} else {
		memmove(r->rbuf, p + pos, len - pos);
		r->rcarry = len - pos;
	}
}

/* Fill batch b with the next records: at least one, unless the input
 * ends first.  The fields of a record the previous batch ended in the
 * middle of come first; those of one this batch ends in the middle of are
 * moved on to the next. */
static void produce(jd_csv_reader *r, batch *b)
{
	jd_buf_reset(&b->data);
	jd_buf_reset(&b->notes);
	b->nfield = b->nrows = 0;
	r->b = b;
	/* past the first chunk a batch holds about one full read: room for it
	 * at once instead of a dozen doublings (each a copy) per batch */
	if (r->bytes >= READ_SIZE && b->data.cap < READ_SIZE + READ_SIZE / 4)
		jd_buf_grow(&b->data, READ_SIZE + READ_SIZE / 4);
	size_t off = 0;
	for (size_t i = 0; i < r->ncarry; i++) {
		batch_add_field(b, r->carry.p + off, r->carry_len[i]);
		off += r->carry_len[i] + 1;
	}
	r->ncarry = 0;
	jd_buf_reset(&r->carry);
	r->row_first = 0;
	do
		fill(r);
	while (b->nrows == 0 && !r->eof);
	b->last = r->eof;
	b->bytes = r->bytes;
	for (size_t i = r->row_first; i < b->nfield; i++) {
		if (r->ncarry == r->capcarry) {
			r->capcarry = r->capcarry ? r->capcarry * 2 : 16;
			r->carry_len = jd_xrealloc(r->carry_len, r->capcarry * sizeof *r->carry_len);
		}
		r->carry_len[r->ncarry++] = b->flen[i];
		jd_buf_add(&r->carry, b->data.p + b->foff[i], b->flen[i]);
		jd_buf_addc(&r->carry, '\0');
	}
	b->nfield = r->row_first;
}

static void *parser_main(void *arg)
{
	jd_csv_reader *r = arg;
	pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, NULL);
	for (;;) {
		pthread_mutex_lock(&r->mu);
		/* in use: the caller's batch, those waiting for it, this one */
		while (!r->stop && r->published - r->taken + 1 >= NBATCH)
			pthread_cond_wait(&r->freed, &r->mu);
		int stop = r->stop;
		unsigned long seq = r->published;
		pthread_mutex_unlock(&r->mu);
		if (stop)
			break;
		batch *b = &r->slots[seq % NBATCH];
		produce(r, b);
		pthread_mutex_lock(&r->mu);
		r->published++;
		pthread_cond_signal(&r->ready);
		pthread_mutex_unlock(&r->mu);
		if (b->last)
			break;
	}
	return NULL;
}

/* Parse on a second thread when there is a second CPU to run it on
 * (sched_getaffinity: under `taskset -c 0` there is one).  libcsv's byte
 * loop is a large share of a pass-through tool's time; on its own core it
 * overlaps the tool's work.  JD_READER_THREAD=0 parses on the caller's
 * thread, =1 on a second thread even with one CPU (tests use both). */
static int want_thread(void)
{
	const char *e = getenv("JD_READER_THREAD");
	if (e && strcmp(e, "0") == 0)
		return 0;
	if (e && strcmp(e, "1") == 0)
		return 1;
	cpu_set_t set;
	return sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 1;
}

static void start_thread(jd_csv_reader *r)
{
	pthread_mutex_init(&r->mu, NULL);
	pthread_cond_init(&r->ready, NULL);
	pthread_cond_init(&r->freed, NULL);
	r->published = r->taken = 1;   /* the caller holds batch 0 */
	r->threaded = 1;
	/* signals go to the caller's thread, never to the parser */
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	if (pthread_create(&r->thread, NULL, parser_main, r) != 0) {
		r->threaded = 0;   /* parse on this thread, as with one CPU */
		pthread_mutex_destroy(&r->mu);
		pthread_cond_destroy(&r->ready);
		pthread_cond_destroy(&r->freed);
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* The caller has read every row of r->cb: move on to the next batch. */
static void next_batch(jd_csv_reader *r)
{
	if (!r->threaded && !r->opening && r->may_thread && !r->eof)
		start_thread(r);
	if (r->threaded) {
		pthread_mutex_lock(&r->mu);
		while (r->published == r->taken)
			pthread_cond_wait(&r->ready, &r->mu);
		r->cb = &r->slots[r->taken % NBATCH];
		r->taken++;   /* the previous batch is free again */
		pthread_cond_signal(&r->freed);
		pthread_mutex_unlock(&r->mu);
	} else {
		r->cb = &r->slots[0];
		produce(r, r->cb);
	}
	r->nextrow = 0;
	r->cbytes = r->cb->bytes;
	const jd_buf *nb = &r->cb->notes;
	for (size_t off = 0; off < nb->len; off += strlen(nb->p + off) + 1) {
		jd_warn_data("%s", nb->p + off);
		r->errors++;
	}
}

void jd_csv_need_cols(jd_csv_reader *r, size_t k)
{
	if (r->threaded)
		return;   /* too late: the parser thread reads r->need */
	if (r->have_header && k >= r->header.n)
		k = 0;   /* every field is needed: nothing to skip */
	r->need = k;
}

int jd_csv_next(jd_csv_reader *r, const jd_row **row)
{
	for (;;) {
		while (r->nextrow == r->cb->nrows) {
			if (r->cb->last)
				return 0;
			next_batch(r);
		}
		const batch *b = r->cb;
		const pending_row *pr = &b->rows[r->nextrow++];
		if (r->have_header && pr->nall != 0 && pr->nall != r->header.n) {
			jd_warn_data("%s:%ld: %zu fields, header has %zu; record skipped",
				     r->name, pr->line, pr->nall, r->header.n);
			r->errors++;
			continue;
		}
		if (pr->n > r->curcap) {
			r->curcap = pr->n * 2;
			r->cur.f = jd_xrealloc(r->cur.f, r->curcap * sizeof *r->cur.f);
			r->cur.len = jd_xrealloc(r->cur.len, r->curcap * sizeof *r->cur.len);
		}
		for (size_t i = 0; i < pr->n; i++) {
			r->cur.f[i] = b->data.p + b->foff[pr->first + i];
			r->cur.len[i] = b->flen[pr->first + i];
		}
		r->cur.n = pr->n;
		r->cur.line = pr->line;
		*row = &r->cur;
		return 1;
	}
}

int jd_row_equal(const jd_row *a, const jd_row *b)
{
	if (a->n != b->n)
		return 0;
	for (size_t i = 0; i < a->n; i++)
		if (a->len[i] != b->len[i] || memcmp(a->f[i], b->f[i], a->len[i]) != 0)
			return 0;
	return 1;
}

unsigned long long jd_csv_bytes(const jd_csv_reader *r) { return r->cbytes; }
long jd_csv_errors(const jd_csv_reader *r) { return r->errors; }
const char *jd_csv_name(const jd_csv_reader *r) { return r->name; }

void jd_csv_close(jd_csv_reader *r)
{
	if (!r)
		return;
	if (r->threaded) {
		pthread_mutex_lock(&r->mu);
		r->stop = 1;
		pthread_cond_signal(&r->freed);
		pthread_mutex_unlock(&r->mu);
		pthread_cancel(r->thread);   /* acts only inside read(), see read_input */
		pthread_join(r->thread, NULL);
		pthread_mutex_destroy(&r->mu);
		pthread_cond_destroy(&r->ready);
		pthread_cond_destroy(&r->freed);
	}
	csv_free(&r->p);
	if (r->own_fd)
		close(r->fd);
	for (size_t i = 0; i < r->header.n; i++)
		free(r->header.f[i]);
	free(r->header.f);
	free(r->header.len);
	free(r->cur.f);
	free(r->cur.len);
	for (int i = 0; i < NBATCH; i++) {
		batch *b = &r->slots[i];
		jd_buf_free(&b->data);
		jd_buf_free(&b->notes);
		free(b->foff);
		free(b->flen);
		free(b->rows);
	}
	jd_buf_free(&r->carry);
	free(r->carry_len);
	free(r->rbuf);
	free(r->name);
	free(r);
}

/* ---- writer ---- */

/* bytes that force quoting (1) or escaping (2) */
static const unsigned char special[256] = {
	['\n'] = 2, ['\r'] = 2, ['\\'] = 2, [','] = 1, ['"'] = 1,
};

/* SWAR: nonzero when some byte of x equals c.  The lowest set bit marks
 * the first such byte exactly (a borrow can only set bits above it). */
static inline uint64_t has_byte(uint64_t x, unsigned char c)
{
	uint64_t y = x ^ (0x0101010101010101ULL * c);
	return (y - 0x0101010101010101ULL) & ~y & 0x8080808080808080ULL;
}

/* Index of the first byte at or after i that is one of , " \n \r \\ ,
 * or n.  This scan is most of a pass-through tool's output cost, so it
 * looks at 16 bytes per step with SSE2 (every x86-64 CPU has it), else 8
 * with SWAR. */
static size_t next_special(const char *s, size_t i, size_t n)
{
#if defined(__SSE2__)
	const __m128i comma = _mm_set1_epi8(','), quote = _mm_set1_epi8('"'),
		      lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'),
		      bs = _mm_set1_epi8('\\');
	for (; i + 16 <= n; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		__m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, comma), _mm_cmpeq_epi8(x, quote)),
					 _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, lf), _mm_cmpeq_epi8(x, cr)),
						      _mm_cmpeq_epi8(x, bs)));
		int bits = _mm_movemask_epi8(m);
		if (bits)
			return i + (size_t)__builtin_ctz((unsigned)bits);
	}
#endif
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	for (; i + 8 <= n; i += 8) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		uint64_t m = has_byte(x, ',') | has_byte(x, '"') | has_byte(x, '\n') |
			     has_byte(x, '\r') | has_byte(x, '\\');
		if (m)
			return i + ((size_t)__builtin_ctzll(m) >> 3);
	}
#endif
	for (; i < n; i++)
		if (special[(unsigned char)s[i]])
			return i;
	return n;
}

void jd_csv_put(jd_out *o, const char *s, size_t n)
{
	if (o->col++ > 0)
		jd_out_putc(o, ',');
	size_t first = next_special(s, 0, n);
	if (first == n) {
		jd_out_write(o, s, n);
		return;
	}
	int quote = 0;
	for (size_t k = first; k < n; k = next_special(s, k + 1, n))
		if (special[(unsigned char)s[k]] & 1) {
			quote = 1;
			break;
		}
	if (quote)
		jd_out_putc(o, '"');
	size_t start = 0;
	for (size_t k = first; k < n; k = next_special(s, k + 1, n)) {
		const char *rep;
		switch (s[k]) {
		case '\n': rep = "\\n"; break;
		case '\r': rep = "\\r"; break;
		case '\\': rep = "\\\\"; break;
		case '"': rep = "\"\""; break;
		default: continue;   /* ',' is plain inside quotes */
		}
		jd_out_write(o, s + start, k - start);
		jd_out_write(o, rep, 2);
		start = k + 1;
	}
	jd_out_write(o, s + start, n - start);
	if (quote)
		jd_out_putc(o, '"');
}

void jd_csv_puts(jd_out *o, const char *s)
{
	jd_csv_put(o, s ? s : "", s ? strlen(s) : 0);
}

void jd_csv_putf(jd_out *o, const char *fmt, ...)
{
	char small[256];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	if ((size_t)n < sizeof small) {
		jd_csv_put(o, small, (size_t)n);
		return;
	}
	char *big = jd_xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	jd_csv_put(o, big, (size_t)n);
	free(big);
}

void jd_csv_endrow(jd_out *o)
{
	jd_out_putc(o, '\n');
	o->col = 0;
}

void jd_csv_put_fields(jd_out *o, const jd_row *row)
{
	for (size_t i = 0; i < row->n; i++)
		jd_csv_put(o, row->f[i], row->len[i]);
}

unsigned char *jd_csv_stale_cols(const jd_row *header, const char *const *added, size_t nadded)
{
	unsigned char *drop = NULL;
	for (size_t i = 0; header && i < header->n; i++)
		for (size_t k = 0; k < nadded; k++)
			if (strlen(added[k]) == header->len[i] && !memcmp(added[k], header->f[i], header->len[i])) {
				if (!drop)
					drop = jd_xcalloc(header->n, 1);
				drop[i] = 1;
			}
	return drop;
}

void jd_csv_put_fields_except(jd_out *o, const jd_row *row, const unsigned char *drop, size_t ndrop)
{
	if (!drop) {
		jd_csv_put_fields(o, row);
		return;
	}
	for (size_t i = 0; i < row->n; i++)
		if (i >= ndrop || !drop[i])
			jd_csv_put(o, row->f[i], row->len[i]);
}
