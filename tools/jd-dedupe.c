/* jd-dedupe: one record per real job, even when boards repost it with
 * edits.  Exact duplicates by a hash of the normalised text, near
 * duplicates by MinHash over word shingles with LSH banding, verified with
 * the signatures, clusters by union-find.  See man/jd-dedupe.1.
 *
 * The story of a run (default and --mark):
 *   pass 1  read every record; words -> exact hash, shingles -> signature;
 *           union with an earlier record of the same normalised text (or
 *           --key value), else keep its band keys.  Kept per record: the
 *           signature, the band keys and a few integers, never the text.
 *   link    (link_bands) union every pair of records that share a band key
 *           and whose estimated Jaccard is >= the threshold.
 *   choose  the representative of each cluster (--keep first|longest|newest)
 *   pass 2  read the input again (standard input or a pipe was spooled to
 *           a temporary file in pass 1) and write the representatives, or
 *           every record with cluster,dup_of,similarity (--mark).
 * Map-reduce: --emit-keys (map), --clusters (reduce), --apply (join).
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "jd_buf.h"
#include "jd_csv.h"
#include "jd_hash.h"
#include "jd_out.h"
#include "jd_text.h"
#include "jd_tool.h"
#include "jd-dedupe/minhash.h"
#include "jd-dedupe/shingle.h"
#include "jd-dedupe/table.h"

static const char usage[] =
"Usage: jd-dedupe [options] [FILE...]\n"
"       jd-dedupe --emit-keys [options] [FILE...] | LC_ALL=C sort | jd-dedupe --clusters > EDGES\n"
"       jd-dedupe --apply EDGES [options] [FILE...]\n"
"\n"
"Removes duplicate job ads: exact duplicates (same text after folding case,\n"
"white space and punctuation) and near duplicates (estimated Jaccard\n"
"similarity of word shingles >= the threshold, by MinHash with 128 hashes\n"
"and LSH banding, each candidate pair verified with the signatures).\n"
"Duplicates form clusters (union-find); one record per cluster is written,\n"
"in input order.  A summary goes to standard error.\n"
"\n"
"Options:\n"
"  --keep first|longest|newest  representative of a cluster: the first record\n"
"                   (default), the one with most words in text, or the newest\n"
"                   by the 'posted' column (ISO date); ties go to the first\n"
"  --mark           write every record, adding cluster,dup_of,similarity:\n"
"                   cluster numbers clusters 1, 2 ... by first appearance;\n"
"                   dup_of is the representative's id (its record number when\n"
"                   there is no id column), empty for the representative;\n"
"                   similarity is the estimated Jaccard with it\n"
"  --threshold J    estimated Jaccard that counts as a duplicate (default 0.8);\n"
"                   the bands are chosen so a pair at J is a candidate with\n"
"                   probability >= 0.99 (0.8: 21 bands of 6 rows)\n"
"  --shingle K      words per shingle (default 5)\n"
"  --key COLS       also merge records whose columns COLS (comma-separated,\n"
"                   e.g. title,company,location) are equal after folding case,\n"
"                   white space and punctuation (all empty: not merged)\n"
"  -q, --quiet      no summary on standard error\n"
"  -t, --text-col NAME  the text column (default text)\n"
"  --emit-keys      map step: per record its key lines (tab-separated, key\n"
"                   first): b<band><hash> ID, x<hash> ID, k<hash> ID and\n"
"                   s ID SIGNATURE (base64); needs an id column\n"
"  --clusters       reduce step: reads key lines (any order; sorted is fine),\n"
"                   writes 'ID TAB CLUSTER-ID' for every record of a cluster of\n"
"                   2 or more (CLUSTER-ID: its smallest ID)\n"
"  --apply EDGES    join step: writes the input like the default mode (or\n"
"                   --mark) using the clusters in EDGES\n"
"  --help, --version\n"
"\n"
"Progress (records/s, ETA) is shown on standard error when it is a terminal.\n"
"Exit status: 0 ok, 1 data or I/O error, 2 usage error.\n"
"Example:\n"
"  jd-dedupe --keep newest --key title,company ads.csv > unique.csv\n";

enum { KEEP_FIRST, KEEP_LONGEST, KEEP_NEWEST };
enum { MODE_DEDUPE, MODE_EMIT, MODE_CLUSTERS, MODE_APPLY };

typedef struct opts {
	int keep, mark, quiet, mode;
	const char *apply;
	char **keycols;
	size_t nkeycols;
	dd_params p;
} opts;

static opts O;

/* ------------------------------------------------------------ options */

static void split_keycols(const char *s)
{
	char *dup = jd_xstrdup(s), *save = NULL;
	for (char *t = strtok_r(dup, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		O.keycols = jd_xrealloc(O.keycols, (O.nkeycols + 1) * sizeof *O.keycols);
		O.keycols[O.nkeycols++] = jd_xstrdup(t);
	}
	free(dup);
	if (!O.nkeycols)
		jd_usage_error("--key needs column names");
}

static void process_args(int argc, char **argv)
{
	enum { OPT_KEEP = JD_OPT_FIRST_TOOL, OPT_MARK, OPT_THRESHOLD, OPT_SHINGLE, OPT_KEY,
	       OPT_EMIT, OPT_CLUSTERS, OPT_APPLY };
	static const struct option longopts[] = {
		JD_COMMON_LONGOPTS,
		{"keep", required_argument, NULL, OPT_KEEP},
		{"mark", no_argument, NULL, OPT_MARK},
		{"threshold", required_argument, NULL, OPT_THRESHOLD},
		{"shingle", required_argument, NULL, OPT_SHINGLE},
		{"key", required_argument, NULL, OPT_KEY},
		{"quiet", no_argument, NULL, 'q'},
		{"emit-keys", no_argument, NULL, OPT_EMIT},
		{"clusters", no_argument, NULL, OPT_CLUSTERS},
		{"apply", required_argument, NULL, OPT_APPLY},
		{NULL, 0, NULL, 0},
	};
	int c, modes = 0;
	O.p.shingle = 5;
	O.p.threshold = 0.8;
	while ((c = jd_getopt(argc, argv, "q", longopts, usage)) != -1) {
		switch (c) {
		case OPT_KEEP:
			if (!strcmp(optarg, "first")) O.keep = KEEP_FIRST;
			else if (!strcmp(optarg, "longest")) O.keep = KEEP_LONGEST;
			else if (!strcmp(optarg, "newest")) O.keep = KEEP_NEWEST;
			else jd_usage_error("--keep: expected first, longest or newest, got '%s'", optarg);
			break;
		case OPT_MARK: O.mark = 1; break;
		case OPT_THRESHOLD:
			O.p.threshold = jd_opt_double("--threshold", optarg);
			if (!(O.p.threshold > 0 && O.p.threshold <= 1))
				jd_usage_error("--threshold: expected a number in (0, 1], got '%s'", optarg);
			break;
		case OPT_SHINGLE: O.p.shingle = (int)jd_opt_long("--shingle", optarg, 1, 64); break;
		case OPT_KEY: split_keycols(optarg); break;
		case 'q': O.quiet = 1; break;
		case OPT_EMIT: O.mode = MODE_EMIT; modes++; break;
		case OPT_CLUSTERS: O.mode = MODE_CLUSTERS; modes++; break;
		case OPT_APPLY: O.mode = MODE_APPLY; O.apply = optarg; modes++; break;
		default: jd_usage_error("unknown option");
		}
	}
	if (modes > 1)
		jd_usage_error("--emit-keys, --clusters and --apply exclude each other");
	dd_choose_bands(&O.p);
}

/* ------------------------------------------------------------ inputs */

static int tmpfile_fd(void);

typedef struct input {
	const char *name;
	int fd;          /* spool or file descriptor, -1 when unusable */
	int ok;          /* passed pass 1 checks */
	long errs;       /* malformed records reported in pass 1 */
} input;

static input *inputs;
static size_t ninputs;
static unsigned long long total_size;   /* 0 when unknown */

/* Open every input; standard input and pipes are copied to an unlinked
 * temporary file so that pass 2 can read them again. */
static void open_inputs(int argc, char **argv, int spool)
{
	static char *dash[] = {"-"};
	char **files = argc > optind ? argv + optind : dash;
	ninputs = argc > optind ? (size_t)(argc - optind) : 1;
	inputs = jd_xcalloc(ninputs, sizeof *inputs);
	int known = 1;
	for (size_t i = 0; i < ninputs; i++) {
		input *in = &inputs[i];
		in->name = files[i];
		in->fd = strcmp(files[i], "-") ? open(files[i], O_RDONLY | O_CLOEXEC) : dup(0);
		if (in->fd < 0) {
			jd_warn_data("%s:", files[i]);
			continue;
		}
		struct stat st;
		if (fstat(in->fd, &st) == 0 && S_ISREG(st.st_mode)) {
			total_size += (unsigned long long)st.st_size;
			continue;
		}
		if (!spool) {
			known = 0;
			continue;
		}
		int t = tmpfile_fd();
		static char buf[1 << 16];
		for (;;) {
			ssize_t n = read(in->fd, buf, sizeof buf);
			if (n == 0)
				break;
			if (n < 0) {
				if (errno == EINTR)
					continue;
				jd_warn_data("%s: read error:", in->name);
				break;
			}
			for (ssize_t o = 0; o < n;) {
				ssize_t w = write(t, buf + o, (size_t)(n - o));
				if (w < 0) {
					if (errno == EINTR)
						continue;
					jd_die(1, "%s: cannot spool to a temporary file:", in->name);
				}
				o += w;
			}
		}
		close(in->fd);
		in->fd = t;
		/* spooled: now the size is known */
		if (fstat(t, &st) == 0)
			total_size += (unsigned long long)st.st_size;
	}
	if (!known)
		total_size = 0;
}

static jd_csv_reader *reopen(input *in)
{
	if (lseek(in->fd, 0, SEEK_SET) < 0 && errno != ESPIPE)
		jd_die(1, "%s: cannot seek:", in->name);
	return jd_csv_open_fd(in->fd, in->name, 0);
}

/* the first file's header, to compare later files with */
static char **hdr;
static size_t nhdr;

static int header_ok(jd_csv_reader *r, const char *name)
{
	const jd_row *h = jd_csv_header(r);
	if (!h)
		return 0;   /* empty input: nothing to do */
	if (!hdr) {
		nhdr = h->n;
		hdr = jd_xcalloc(nhdr, sizeof *hdr);
		for (size_t i = 0; i < nhdr; i++)
			hdr[i] = jd_xstrndup(h->f[i], h->len[i]);
		return 1;
	}
	int same = h->n == nhdr;
	for (size_t i = 0; same && i < nhdr; i++)
		same = strlen(hdr[i]) == h->len[i] && memcmp(hdr[i], h->f[i], h->len[i]) == 0;
	if (!same)
		jd_warn_data("%s: header differs from the first file's; file skipped", name);
	return same;
}

typedef struct cols {
	int text, id, posted;
	int key[32];
} cols;

static int find_cols(jd_csv_reader *r, const char *name, cols *c, int need_id)
{
	c->text = jd_csv_col(r, jd_text_col);
	c->id = jd_csv_col(r, "id");
	c->posted = jd_csv_col(r, "posted");
	if (c->text < 0) {
		jd_warn_data("%s: no column '%s'", name, jd_text_col);
		return 0;
	}
	if (need_id && c->id < 0) {
		jd_warn_data("%s: no column 'id'", name);
		return 0;
	}
	if (O.keep == KEEP_NEWEST && c->posted < 0) {
		jd_warn_data("%s: no column 'posted'", name);
		return 0;
	}
	if (O.nkeycols > 32)
		jd_usage_error("--key: at most 32 columns");
	for (size_t i = 0; i < O.nkeycols; i++) {
		c->key[i] = jd_csv_col(r, O.keycols[i]);
		if (c->key[i] < 0) {
			jd_warn_data("%s: no column '%s'", name, O.keycols[i]);
			return 0;
		}
	}
	return 1;
}

/* ------------------------------------------------------------ progress */

static int progress_on;
static struct timespec t_start, t_last;
static unsigned long long bytes_done;

static double secs(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

/* Sets *now; 0 when there is nothing to print (no terminal, or the end:
 * then the progress line is wiped). */
static int progress_now(struct timespec *now, int end)
{
	if (!progress_on)
		return 0;
	clock_gettime(CLOCK_MONOTONIC, now);
	if (end) {
		fprintf(stderr, "\r%60s\r", "");
		return 0;
	}
	return 1;
}

static void progress(unsigned long long nrec, jd_csv_reader *r, int end)
{
	struct timespec now;
	if (!progress_now(&now, end) || secs(&t_last, &now) < 1)
		return;
	t_last = now;
	double el = secs(&t_start, &now);
	fprintf(stderr, "\r%s: %llu records, %.0f records/s", jd_progname, nrec, (double)nrec / el);
	unsigned long long done = bytes_done + (r ? jd_csv_bytes(r) : 0);
	if (total_size && done > 0 && done <= total_size)
		fprintf(stderr, ", ETA %.0f s   ", el * (double)(total_size - done) / (double)done);
	fflush(stderr);
}

/* the same while pass 2 writes: records written of n, ETA */
static void progress_writing(unsigned long long done, unsigned long long n, int end)
{
	static struct timespec t_pass2;
	struct timespec now;
	if (!progress_now(&now, end))
		return;
	if (!done)
		t_pass2 = now;
	if (!done || secs(&t_last, &now) < 1)
		return;
	t_last = now;
	double el = secs(&t_pass2, &now);
	fprintf(stderr, "\r%s: writing, %llu of %llu records, ETA %.0f s   ", jd_progname, done, n,
		el * (double)(n - done) / (double)done);
	fflush(stderr);
}

/* ------------------------------------------------------------ per record */

typedef struct scratch {
	dd_u64vec words, sh;
	jd_buf wb;
} scratch;

static scratch S;

/* the signature of the words in S.words; returns the number of shingles */
static size_t signature_of_words(uint32_t *sig)
{
	dd_shingle_hashes(&S.words, O.p.shingle, &S.sh);
	dd_signature(S.sh.v, S.sh.n, sig);
	return S.sh.n;
}

/* words (into S.words), exact hash and the signature of a text; returns
 * the number of shingles */
static size_t analyse(const char *text, size_t n, uint64_t *exact, uint32_t *sig)
{
	*exact = dd_words(text, n, &S.words, &S.wb);
	return signature_of_words(sig);
}

/* hash of the --key columns; 0 when they are all empty */
static uint64_t key_hash(const jd_row *row, const cols *c)
{
	uint64_t h = 0x3c6ef372fe94f82bULL;
	size_t words = 0;
	for (size_t i = 0; i < O.nkeycols; i++) {
		size_t k = (size_t)c->key[i];
		uint64_t e = dd_words(row->f[k], row->len[k], &S.words, &S.wb);
		words += S.words.n;
		h = (h ^ e) * 0x9e3779b97f4a7c15ULL;
		h ^= h >> 29;
	}
	if (!words)
		return 0;
	h = dd_fmix64(h);
	return h ? h : 1;
}

/* an id the key lines can carry: not empty, no tab, line break or NUL */
static int id_usable(const char *id, size_t n)
{
	return n && !memchr(id, '\t', n) && !memchr(id, '\n', n) && !memchr(id, '\r', n) &&
	       !memchr(id, '\0', n);
}

/* YYYY-MM-DD at the start of s as a comparable number, 0 when absent */
static uint32_t date_num(const char *s, size_t n)
{
	if (n < 10 || s[4] != '-' || s[7] != '-')
		return 0;
	uint32_t v = 0;
	for (int i = 0; i < 10; i++) {
		if (i == 4 || i == 7)
			continue;
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v * 10 + (uint32_t)(s[i] - '0');
	}
	return v;
}

/* ------------------------------------------------------------ state */

typedef struct state {
	size_t n, cap;
	uint16_t *sig;        /* n * DD_HASHES short signatures (NULL when not needed) */
	uint64_t *exact;
	uint32_t *parent;
	uint32_t *words;      /* --keep longest */
	uint32_t *posted;     /* --keep newest */
	uint32_t *idx;        /* id: index into ids */
	int have_ids;
	dd_strtab ids;
	/* buckets */
	dd_map exact_map, key_map;
	struct band_part *part;   /* the band keys of pass 1, DD_PARTS parts */
	dd_map band_map;      /* one part's band buckets ... */
	dd_u32s pool;         /* ... those of 2 or more records */
	unsigned long long verified;
} state;

static state ST;

static void state_grow(int need_sig)
{
	if (ST.n < ST.cap)
		return;
	ST.cap = ST.cap ? ST.cap * 2 : 4096;
	if (need_sig)
		ST.sig = jd_xrealloc(ST.sig, ST.cap * DD_HASHES * sizeof *ST.sig);
	ST.exact = jd_xrealloc(ST.exact, ST.cap * sizeof *ST.exact);
	ST.parent = jd_xrealloc(ST.parent, ST.cap * sizeof *ST.parent);
	ST.idx = jd_xrealloc(ST.idx, ST.cap * sizeof *ST.idx);
	if (O.keep == KEEP_LONGEST)
		ST.words = jd_xrealloc(ST.words, ST.cap * sizeof *ST.words);
	if (O.keep == KEEP_NEWEST)
		ST.posted = jd_xrealloc(ST.posted, ST.cap * sizeof *ST.posted);
}

static int need_eq;   /* equal positions needed: eq / 128 >= threshold */

/* Band keys: pass 1 only appends (key, record) to one of DD_PARTS parts
 * by the key's top bits (sequential writes); link_bands()
 * then takes the parts one after the other.  A part's buckets fit in the
 * cache, where a map of all keys at once (hundreds of MB at a million
 * records) would cost a memory latency per key; and the parts take less
 * memory than such a map.  Which records end up together does not depend
 * on the order in which candidate pairs are verified (a cluster is a
 * connected component of the verified pairs).
 *
 * Within a part, band_map maps a band key to the one record that has it
 * (most keys belong to one record only) or, with the top bit set, to a
 * bucket in ST.pool once a second record has it: pool[b] is its count,
 * pool[b + 1] its room, then its records in input order.  A full bucket
 * moves to the end of the pool with twice the room (the room left behind
 * is at most as much as the live one).  Arrays, not linked lists: a walk
 * over a bucket costs no cache miss per entry, and the data of the next
 * entries can be fetched ahead. */
enum { DD_PARTS = 256, DD_CHUNK = 2048 };
typedef struct band_entry {
	uint32_t key_lo, key_hi, rec;
} band_entry;
/* a part: a list of chunks of DD_CHUNK entries (no copies when it grows,
 * at most one chunk not full) */
struct band_chunk {
	struct band_chunk *next;
	band_entry e[DD_CHUNK];
};
struct band_part {
	struct band_chunk *first, *last;
	size_t n_last;           /* entries in the last chunk */
};

static void band_add(uint64_t key, uint32_t rec)
{
	if (!ST.part)
		ST.part = jd_xcalloc(DD_PARTS, sizeof *ST.part);
	struct band_part *p = &ST.part[key >> 56];
	if (!p->last || p->n_last == DD_CHUNK) {
		struct band_chunk *c = jd_xmalloc(sizeof *c);
		c->next = NULL;
		if (p->last)
			p->last->next = c;
		else
			p->first = c;
		p->last = c;
		p->n_last = 0;
	}
	p->last->e[p->n_last++] = (band_entry){(uint32_t)key, (uint32_t)(key >> 32), rec};
}

#define DD_CHAIN 0x80000000u

static uint32_t bucket_new(uint32_t room)
{
	size_t b = ST.pool.n;
	if (b + 2 + room >= DD_CHAIN)
		jd_die(1, "too many duplicate candidates");
	dd_u32_push(&ST.pool, 0);
	dd_u32_push(&ST.pool, room);
	for (uint32_t k = 0; k < room; k++)
		dd_u32_push(&ST.pool, DD_NONE);
	return (uint32_t)b;
}

/* add rec to bucket b; returns the bucket's (maybe new) offset */
static uint32_t bucket_add(uint32_t b, uint32_t rec)
{
	uint32_t count = ST.pool.v[b], room = ST.pool.v[b + 1];
	if (count == room) {
		uint32_t nb = bucket_new(room * 2);
		memcpy(ST.pool.v + nb + 2, ST.pool.v + b + 2, count * sizeof *ST.pool.v);
		b = nb;
	}
	ST.pool.v[b + 2 + count] = rec;
	ST.pool.v[b] = count + 1;
	return b;
}

/* union i with every record of recs[0..n) that is not yet in its cluster
 * and whose signature has >= need_eq positions equal to si */
static void verify_candidates(uint32_t i, const uint16_t *si, const uint32_t *recs, uint32_t n)
{
	uint32_t root = dd_find(ST.parent, i);
	for (uint32_t k = 0; k < n; k++) {
#if defined(__GNUC__)
		if (k + 4 < n) {
			const uint16_t *ahead = ST.sig + (size_t)recs[k + 4] * DD_HASHES;
			__builtin_prefetch(&ST.parent[recs[k + 4]]);
			__builtin_prefetch(ahead);
			__builtin_prefetch(ahead + 32);
		}
#endif
		uint32_t j = recs[k];
		if (dd_find(ST.parent, j) == root)
			continue;
		ST.verified++;
		if (dd_sig_reaches(si, ST.sig + (size_t)j * DD_HASHES, need_eq)) {
			dd_union(ST.parent, i, j);
			root = dd_find(ST.parent, i);
		}
	}
}

/* union record i with the records of the part so far that have band
 * key `key` too, when verified; add it to the key's bucket */
static void link_band(uint32_t i, uint64_t key)
{
	const uint16_t *si = ST.sig + (size_t)i * DD_HASHES;
	uint32_t *head = dd_map_slot(&ST.band_map, key);
	if (*head == DD_NONE) {
		*head = i;
	} else if (!(*head & DD_CHAIN)) {
		uint32_t j = *head;
		verify_candidates(i, si, &j, 1);
		uint32_t bk = bucket_new(2);
		bucket_add(bk, j);
		bucket_add(bk, i);
		*head = DD_CHAIN | bk;
	} else {
		uint32_t bk = *head & ~DD_CHAIN;
		verify_candidates(i, si, ST.pool.v + bk + 2, ST.pool.v[bk]);
		*head = DD_CHAIN | bucket_add(bk, i);
	}
}

/* after pass 1: every part's candidate pairs, verified */
static void link_bands(void)
{
	for (size_t k = 0; ST.part && k < DD_PARTS; k++) {
		struct band_part *p = &ST.part[k];
		for (struct band_chunk *c = p->first, *next; c; c = next) {
			size_t n = c == p->last ? p->n_last : DD_CHUNK;
			for (size_t e = 0; e < n; e++)
				link_band(c->e[e].rec, (uint64_t)c->e[e].key_hi << 32 | c->e[e].key_lo);
			next = c->next;
			free(c);
		}
		dd_map_clear(&ST.band_map);
		ST.pool.n = 0;
	}
	free(ST.part);
	ST.part = NULL;
	dd_map_free(&ST.band_map);
	free(ST.pool.v);
	memset(&ST.pool, 0, sizeof ST.pool);
}

/* the clusters given by --apply EDGES: id -> group (first record of it) */
static dd_strtab apply_ids;      /* ids named in EDGES, then ids of the input */
static dd_u32s apply_cluster;    /* per id: index of its cluster id in apply_ids */
static dd_u32s apply_first;      /* per id (as cluster): its first record, or DD_NONE */

static void load_edges(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		jd_die(1, "%s:", path);
	char *line = NULL;
	size_t cap = 0, ncl = 0;
	ssize_t len;
	long ln = 0;
	dd_u32s pairs = {0};
	while ((len = getline(&line, &cap, f)) > 0) {
		ln++;
		if (line[len - 1] == '\n')
			line[--len] = '\0';
		char *tab = memchr(line, '\t', (size_t)len);
		if (!tab || memchr(tab + 1, '\t', (size_t)(len - (tab + 1 - line)))) {
			jd_warn_data("%s:%ld: expected 'ID TAB CLUSTER-ID'; line skipped", path, ln);
			continue;
		}
		uint32_t a = dd_str_intern(&apply_ids, line, (size_t)(tab - line), NULL);
		uint32_t b = dd_str_intern(&apply_ids, tab + 1, (size_t)(len - (tab + 1 - line)), NULL);
		dd_u32_push(&pairs, a);
		dd_u32_push(&pairs, b);
		ncl++;
	}
	if (ferror(f))
		jd_warn_data("%s: read error:", path);
	free(line);
	fclose(f);
	size_t n = dd_str_count(&apply_ids);
	for (size_t i = 0; i < n; i++) {
		dd_u32_push(&apply_cluster, (uint32_t)i);
		dd_u32_push(&apply_first, DD_NONE);
	}
	for (size_t i = 0; i + 1 < pairs.n; i += 2)
		apply_cluster.v[pairs.v[i]] = pairs.v[i + 1];
	free(pairs.v);
	(void)ncl;
}

/* --apply: record i joins the cluster EDGES gives its id.  An id not in
 * EDGES is its own cluster; records that share an id (jd-extract's id of
 * equal texts) share it; a record that --emit-keys skipped stays alone. */
static void apply_join(uint32_t i, const jd_row *row, const cols *c, const char *name)
{
	const char *id = row->f[c->id];
	size_t n = row->len[c->id];
	if (!id_usable(id, n)) {
		jd_warn_data("%s:%ld: empty id or id with a tab or line break; record kept as its own cluster",
			     name, row->line);
		return;
	}
	int isnew;
	uint32_t a = dd_str_intern(&apply_ids, id, n, &isnew);
	if (isnew) {
		dd_u32_push(&apply_cluster, a);
		dd_u32_push(&apply_first, DD_NONE);
	}
	uint32_t cl = apply_cluster.v[a];
	if (apply_first.v[cl] == DD_NONE)
		apply_first.v[cl] = i;
	else
		ST.parent[i] = apply_first.v[cl];
}

/* Default mode (--keep first, no --mark) writes in pass 1: a record whose
 * component has no earlier record when it is read goes to a spool file (as
 * its output line), in order.  The final representative of a cluster (its
 * first record) is always among them; a later record can still bridge two
 * clusters, so finish_spool() copies the spool to the output keeping only
 * the lines whose record is still a representative.  No second parse. */
static int streaming;
static jd_out *spool;
static int spool_fd = -1;
static dd_u32s spooled;

static void spool_row(const jd_row *row, uint32_t i)
{
	jd_csv_put_fields(spool, row);
	jd_csv_endrow(spool);
	dd_u32_push(&spooled, i);
}

static int tmpfile_fd(void)
{
	const char *dir = getenv("TMPDIR");
	char path[4096];
	snprintf(path, sizeof path, "%s/jd-dedupe.XXXXXX", dir && *dir ? dir : "/tmp");
	int t = mkstemp(path);
	if (t < 0)
		jd_die(1, "%s:", path);
	unlink(path);
	return t;
}

/* pass 1: fills ST for every record of every input */
static void pass1(void)
{
	int need_sig = O.mode == MODE_DEDUPE || O.mark;
	uint32_t fullsig[DD_HASHES];
	jd_buf idb = JD_BUF_INIT;
	for (size_t fi = 0; fi < ninputs; fi++) {
		input *in = &inputs[fi];
		if (in->fd < 0)
			continue;
		jd_csv_reader *r = reopen(in);
		cols c;
		if (!header_ok(r, in->name) ||
		    !find_cols(r, in->name, &c, O.mode == MODE_APPLY)) {
			jd_csv_close(r);
			continue;
		}
		in->ok = 1;
		if (c.id >= 0 && fi == 0)
			ST.have_ids = 1;
		if (streaming && !spool) {
			jd_csv_put_fields(jd_stdout, jd_csv_header(r));
			jd_csv_endrow(jd_stdout);
			spool_fd = tmpfile_fd();
			spool = jd_out_open_fd(dup(spool_fd), "temporary file");
		}
		const jd_row *row;
		while (jd_csv_next(r, &row) == 1) {
			state_grow(need_sig);
			uint32_t i = (uint32_t)ST.n++;
			if (ST.n >= DD_CHAIN)
				jd_die(1, "too many records (more than %u)", DD_CHAIN - 1);
			uint16_t *sig = need_sig ? ST.sig + (size_t)i * DD_HASHES : NULL;
			int has_keys = 0;
			ST.exact[i] = dd_words(row->f[c.text], row->len[c.text], &S.words, &S.wb);
			ST.parent[i] = i;
			if (O.keep == KEEP_LONGEST)
				ST.words[i] = (uint32_t)S.words.n;
			if (O.keep == KEEP_NEWEST)
				ST.posted[i] = date_num(row->f[c.posted], row->len[c.posted]);
			/* the id, for dup_of */
			if (!O.mark) {
				ST.idx[i] = DD_NONE;
			} else if (c.id >= 0) {
				ST.idx[i] = dd_str_intern(&ST.ids, row->f[c.id], row->len[c.id], NULL);
			} else {
				idb.len = 0;
				jd_buf_printf(&idb, "%u", i + 1);
				ST.idx[i] = dd_str_intern(&ST.ids, idb.p, idb.len, NULL);
			}
			if (O.mode == MODE_APPLY) {
				if (sig) {
					signature_of_words(fullsig);
					dd_sig_short(fullsig, sig);
				}
				apply_join(i, row, &c, in->name);
			} else {
				/* a text with no words (empty, or punctuation only: a
				 * wrong -t, a blank description) is nobody's duplicate */
				uint32_t none = DD_NONE, *slot = S.words.n ? dd_map_slot(&ST.exact_map, ST.exact[i]) : &none;
				if (*slot != DD_NONE) {
					/* the same words: the same signature */
					memcpy(sig, ST.sig + (size_t)*slot * DD_HASHES, DD_HASHES * sizeof *sig);
					dd_union(ST.parent, i, *slot);
				} else {
					*slot = i;
					has_keys = signature_of_words(fullsig) > 0;
					dd_sig_short(fullsig, sig);
				}
				if (O.nkeycols) {
					uint64_t kh = key_hash(row, &c);
					if (kh) {
						uint32_t *ks = dd_map_slot(&ST.key_map, kh);
						if (*ks != DD_NONE)
							dd_union(ST.parent, i, *ks);
						else
							*ks = i;
					}
				}
			}
			for (int b = 0; has_keys && b < O.p.bands; b++)
				band_add(dd_band_key(fullsig, b, O.p.rows), i);
			/* a record that is not yet a duplicate of an earlier one may
			 * be a representative: to the spool (near duplicates are
			 * found after pass 1, finish_spool keeps the right lines) */
			if (streaming && dd_find(ST.parent, i) == i)
				spool_row(row, i);
			if ((i & 1023) == 0)
				progress(ST.n, r, 0);
		}
		bytes_done += jd_csv_bytes(r);
		in->errs = jd_csv_errors(r);
		jd_csv_close(r);
	}
	progress(ST.n, NULL, 1);
	jd_buf_free(&idb);
	dd_map_free(&ST.exact_map);
	dd_map_free(&ST.key_map);
	link_bands();
}

/* representative and cluster number per record */
static uint32_t *rep_of_root, *cluster_of_root;
static unsigned long long n_exact, n_near, n_clusters, n_out;

static void choose(void)
{
	size_t n = ST.n;
	rep_of_root = jd_xmalloc((n + 1) * sizeof *rep_of_root);
	cluster_of_root = jd_xcalloc(n + 1, sizeof *cluster_of_root);
	uint32_t *size = jd_xcalloc(n + 1, sizeof *size);
	uint32_t ncl = 0;
	for (size_t i = 0; i < n; i++) {
		uint32_t r = dd_find(ST.parent, (uint32_t)i);
		if (r == i) {
			rep_of_root[r] = r;
			cluster_of_root[r] = ++ncl;
		} else {
			uint32_t b = rep_of_root[r];
			if ((O.keep == KEEP_LONGEST && ST.words[i] > ST.words[b]) ||
			    (O.keep == KEEP_NEWEST && ST.posted[i] > ST.posted[b]))
				rep_of_root[r] = (uint32_t)i;
		}
		if (++size[r] == 2)
			n_clusters++;
	}
	for (size_t i = 0; i < n; i++) {
		uint32_t rep = rep_of_root[dd_find(ST.parent, (uint32_t)i)];
		if (rep == i)
			continue;
		if (ST.exact[i] == ST.exact[rep])
			n_exact++;
		else
			n_near++;
	}
	free(size);
}

/* similarity as up to 3 decimals without trailing zeros */
static void put_similarity(jd_out *o, int eq)
{
	char b[32];
	snprintf(b, sizeof b, "%.3f", (double)eq / DD_HASHES);
	size_t l = strlen(b);
	while (l > 1 && b[l - 1] == '0')
		l--;
	if (b[l - 1] == '.')
		l--;
	jd_csv_put(o, b, l);
}

/* pass 2: write the representatives (or every record with --mark) */
static void pass2(void)
{
	int header_done = 0;
	unsigned char *stale = NULL;   /* --mark: old mark columns of the input */
	size_t nstale = 0;
	uint32_t i = 0;
	progress_writing(0, ST.n, 0);
	for (size_t fi = 0; fi < ninputs; fi++) {
		input *in = &inputs[fi];
		if (!in->ok)
			continue;
		/* The reader reports malformed records as it meets them; pass 1
		 * has reported this file's already, so read it with standard
		 * error muted (only files that had such records). */
		int saved = -1;
		if (in->errs) {
			int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
			fflush(stderr);
			saved = dup(2);
			if (saved >= 0 && null >= 0)
				dup2(null, 2);
			if (null >= 0)
				close(null);
		}
		jd_csv_reader *r = reopen(in);
		const jd_row *h = jd_csv_header(r);
		if (!header_done && h) {
			if (O.mark) {   /* a marked file marked again: new marks replace the old */
				static const char *const added[] = {"cluster", "dup_of", "similarity"};
				stale = jd_csv_stale_cols(h, added, 3);
				nstale = h->n;
			}
			jd_csv_put_fields_except(jd_stdout, h, stale, nstale);
			if (O.mark) {
				jd_csv_puts(jd_stdout, "cluster");
				jd_csv_puts(jd_stdout, "dup_of");
				jd_csv_puts(jd_stdout, "similarity");
			}
			jd_csv_endrow(jd_stdout);
			header_done = 1;
		}
		const jd_row *row;
		while (i < ST.n && jd_csv_next(r, &row) == 1) {
			uint32_t root = dd_find(ST.parent, i);
			uint32_t rep = rep_of_root[root];
			if (O.mark) {
				jd_csv_put_fields_except(jd_stdout, row, stale, nstale);
				jd_csv_putf(jd_stdout, "%u", cluster_of_root[root]);
				if (rep == i) {
					jd_csv_puts(jd_stdout, "");
					jd_csv_puts(jd_stdout, "");
				} else {
					jd_csv_puts(jd_stdout, dd_str_get(&ST.ids, ST.idx[rep]));
					if (ST.exact[i] == ST.exact[rep])
						jd_csv_puts(jd_stdout, "1");
					else
						put_similarity(jd_stdout, dd_sig_equal(ST.sig + (size_t)i * DD_HASHES,
										ST.sig + (size_t)rep * DD_HASHES));
				}
				jd_csv_endrow(jd_stdout);
				n_out++;
			} else if (rep == i) {
				jd_csv_put_fields(jd_stdout, row);
				jd_csv_endrow(jd_stdout);
				n_out++;
			}
			if ((++i & 1023) == 0)
				progress_writing(i, ST.n, 0);
		}
		jd_csv_close(r);
		if (saved >= 0) {
			fflush(stderr);
			dup2(saved, 2);
			close(saved);
		}
	}
	free(stale);
	progress_writing(i, ST.n, 1);
}

static void finish_spool(void)
{
	if (!spool)
		return;
	jd_out_close(spool);
	if (lseek(spool_fd, 0, SEEK_SET) < 0)
		jd_die(1, "temporary file: cannot seek:");
	static char buf[1 << 16];
	jd_buf part = JD_BUF_INIT;   /* a line split across reads */
	size_t k = 0;
	for (;;) {
		ssize_t n = read(spool_fd, buf, sizeof buf);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			jd_die(1, "temporary file: read error:");
		}
		if (n == 0)
			break;
		size_t p = 0;
		while (p < (size_t)n) {
			char *nl = memchr(buf + p, '\n', (size_t)n - p);
			size_t end = nl ? (size_t)(nl - buf) + 1 : (size_t)n;
			if (!nl) {
				jd_buf_add(&part, buf + p, end - p);
				break;
			}
			if (k >= spooled.n)
				jd_die(1, "temporary file: more lines than records");
			uint32_t i = spooled.v[k++];
			if (rep_of_root[dd_find(ST.parent, i)] == i) {
				if (part.len) {
					jd_out_write(jd_stdout, part.p, part.len);
				}
				jd_out_write(jd_stdout, buf + p, end - p);
				n_out++;
			}
			part.len = 0;
			p = end;
		}
	}
	jd_buf_free(&part);
	close(spool_fd);
	free(spooled.v);
}

/* ------------------------------------------------------------ map */

/* one key line: TAG and the key in hex, a tab, the record's id */
static void put_key_line(jd_out *o, const char *tag, uint64_t key, const char *id, size_t idn)
{
	char hex[17];
	jd_hex64(key, hex);
	jd_out_puts(o, tag);
	jd_out_write(o, hex, 16);
	jd_out_putc(o, '\t');
	jd_out_write(o, id, idn);
	jd_out_putc(o, '\n');
}

static void emit_keys(void)
{
	jd_out *o = jd_stdout;
	jd_out_printf(o, "#jd-dedupe-keys v1 shingle=%d hashes=%d bands=%d rows=%d threshold=%.10g\n",
		      O.p.shingle, DD_HASHES, O.p.bands, O.p.rows, O.p.threshold);
	unsigned long long nrec = 0, nkeys = 0;
	uint32_t sig[DD_HASHES];
	uint16_t ssig[DD_HASHES];
	char b64[DD_SIG_B64 + 1];
	for (size_t fi = 0; fi < ninputs; fi++) {
		input *in = &inputs[fi];
		if (in->fd < 0)
			continue;
		jd_csv_reader *r = reopen(in);
		cols c;
		if (!header_ok(r, in->name) || !find_cols(r, in->name, &c, 1)) {
			jd_csv_close(r);
			continue;
		}
		const jd_row *row;
		while (jd_csv_next(r, &row) == 1) {
			const char *id = row->f[c.id];
			size_t idn = row->len[c.id];
			if (!id_usable(id, idn)) {
				jd_warn_data("%s:%ld: empty id or id with a tab or line break; record skipped",
					     in->name, row->line);
				continue;
			}
			nrec++;
			uint64_t exact;
			size_t nsh = analyse(row->f[c.text], row->len[c.text], &exact, sig);
			dd_sig_short(sig, ssig);
			dd_sig_encode(ssig, b64);
			jd_out_puts(o, "s\t");
			jd_out_write(o, id, idn);
			jd_out_putc(o, '\t');
			jd_out_write(o, b64, DD_SIG_B64);
			jd_out_putc(o, '\n');
			nkeys++;
			if (S.words.n) {   /* no words: no exact key (see pass1) */
				put_key_line(o, "x", exact, id, idn);
				nkeys++;
			}
			for (int b = 0; nsh && b < O.p.bands; b++) {
				char tag[12];
				snprintf(tag, sizeof tag, "b%02x", (unsigned)b & 0xffu);
				put_key_line(o, tag, dd_band_key(sig, b, O.p.rows), id, idn);
				nkeys++;
			}
			if (O.nkeycols) {
				uint64_t kh = key_hash(row, &c);
				if (kh) {
					put_key_line(o, "k", kh, id, idn);
					nkeys++;
				}
			}
			if ((nrec & 1023) == 0)
				progress(nrec, r, 0);
		}
		bytes_done += jd_csv_bytes(r);
		jd_csv_close(r);
	}
	progress(nrec, NULL, 1);
	jd_out_flush(jd_stdout);   /* the summary comes after the output */
	if (!O.quiet)
		jd_warn("%llu records, %llu key lines", nrec, nkeys);
}

/* ------------------------------------------------------------ reduce */

typedef struct kv { uint64_t key; uint32_t id; uint32_t kind; } kv;

static int cmp_kv(const void *a, const void *b)
{
	const kv *x = a, *y = b;
	if (x->kind != y->kind) return x->kind < y->kind ? -1 : 1;
	if (x->key != y->key) return x->key < y->key ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

static const dd_strtab *sort_tab;
static int cmp_idstr(const void *a, const void *b)
{
	return strcmp(dd_str_get(sort_tab, *(const uint32_t *)a), dd_str_get(sort_tab, *(const uint32_t *)b));
}

static int parse_hex64(const char *s, size_t n, uint64_t *v)
{
	if (n != 16)
		return -1;
	uint64_t x = 0;
	for (size_t i = 0; i < 16; i++) {
		char c = s[i];
		int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
		if (d < 0)
			return -1;
		x = x << 4 | (uint64_t)d;
	}
	*v = x;
	return 0;
}

static void clusters(int argc, char **argv)
{
	static char *dash[] = {"-"};
	char **files = argc > optind ? argv + optind : dash;
	size_t nf = argc > optind ? (size_t)(argc - optind) : 1;
	dd_strtab ids = {0};
	kv *kvs = NULL;
	size_t nkv = 0, capkv = 0;
	uint16_t *sigs = NULL;
	unsigned char *has_sig = NULL;
	size_t capsig = 0;
	char *params = NULL;
	char *line = NULL;
	size_t cap = 0;
	for (size_t fi = 0; fi < nf; fi++) {
		FILE *f = strcmp(files[fi], "-") ? fopen(files[fi], "r") : stdin;
		if (!f) {
			jd_warn_data("%s:", files[fi]);
			continue;
		}
		ssize_t len;
		long ln = 0;
		while ((len = getline(&line, &cap, f)) > 0) {
			ln++;
			if (line[len - 1] == '\n')
				line[--len] = '\0';
			if (line[0] == '#') {
				if (!params) {
					params = jd_xstrdup(line);
					double t;
					int k, h, b, r;
					if (sscanf(line, "#jd-dedupe-keys v1 shingle=%d hashes=%d bands=%d rows=%d threshold=%lf",
						   &k, &h, &b, &r, &t) != 5 || h != DD_HASHES)
						jd_die(1, "%s:%ld: not a jd-dedupe --emit-keys header", files[fi], ln);
					O.p.shingle = k;
					O.p.bands = b;
					O.p.rows = r;
					O.p.threshold = t;
				} else if (strcmp(params, line)) {
					jd_die(1, "%s:%ld: key lines made with other settings ('%s' and '%s')",
					       files[fi], ln, params, line);
				}
				continue;
			}
			char *t1 = memchr(line, '\t', (size_t)len);
			if (!t1) {
				jd_warn_data("%s:%ld: not a key line; skipped", files[fi], ln);
				continue;
			}
			char *idp = t1 + 1;
			char *t2 = memchr(idp, '\t', (size_t)(len - (idp - line)));
			size_t idn = t2 ? (size_t)(t2 - idp) : (size_t)(len - (idp - line));
			if (!idn) {
				jd_warn_data("%s:%ld: not a key line; skipped", files[fi], ln);
				continue;
			}
			uint32_t id = dd_str_intern(&ids, idp, idn, NULL);
			if (id >= capsig) {
				size_t nc = capsig ? capsig * 2 : 4096;
				while (nc <= id)
					nc *= 2;
				sigs = jd_xrealloc(sigs, nc * DD_HASHES * sizeof *sigs);
				has_sig = jd_xrealloc(has_sig, nc);
				memset(has_sig + capsig, 0, nc - capsig);
				capsig = nc;
			}
			size_t klen = (size_t)(t1 - line);
			if (line[0] == 's' && klen == 1 && t2) {
				if (!has_sig[id]) {
					if (dd_sig_decode(t2 + 1, (size_t)(len - (t2 + 1 - line)), sigs + (size_t)id * DD_HASHES)) {
						jd_warn_data("%s:%ld: bad signature; skipped", files[fi], ln);
						continue;
					}
					has_sig[id] = 1;
				}
				continue;
			}
			kv e;
			e.id = id;
			if (line[0] == 'b' && klen == 19) {
				uint64_t bh;
				if (parse_hex64(line + 3, 16, &bh) == 0) {
					e.kind = 1;
					/* keep the band number in the key */
					e.key = bh ^ ((uint64_t)strtoul((char[]){line[1], line[2], 0}, NULL, 16) << 56);
				} else {
					e.kind = 99;
				}
			} else if ((line[0] == 'x' || line[0] == 'k') && klen == 17 &&
				   parse_hex64(line + 1, 16, &e.key) == 0) {
				e.kind = line[0] == 'x' ? 2 : 3;
			} else {
				e.kind = 99;
			}
			if (e.kind == 99 || t2) {
				jd_warn_data("%s:%ld: not a key line; skipped", files[fi], ln);
				continue;
			}
			if (nkv == capkv) {
				capkv = capkv ? capkv * 2 : 65536;
				kvs = jd_xrealloc(kvs, capkv * sizeof *kvs);
			}
			kvs[nkv++] = e;
		}
		if (ferror(f))
			jd_warn_data("%s: read error:", files[fi]);
		if (f != stdin)
			fclose(f);
	}
	free(line);
	free(params);
	size_t n = dd_str_count(&ids);
	uint32_t *parent = jd_xmalloc((n + 1) * sizeof *parent);
	for (size_t i = 0; i < n; i++)
		parent[i] = (uint32_t)i;
	qsort(kvs, nkv, sizeof *kvs, cmp_kv);
	need_eq = (int)ceil(O.p.threshold * DD_HASHES - 1e-9);
	unsigned long long verified = 0;
	for (size_t a = 0; a < nkv;) {
		size_t b = a + 1;
		while (b < nkv && kvs[b].kind == kvs[a].kind && kvs[b].key == kvs[a].key)
			b++;
		if (kvs[a].kind != 1) {
			for (size_t j = a + 1; j < b; j++)
				dd_union(parent, kvs[a].id, kvs[j].id);
		} else {
			for (size_t j = a + 1; j < b; j++)
				for (size_t i = a; i < j; i++) {
					uint32_t x = kvs[i].id, y = kvs[j].id;
					if (dd_find(parent, x) == dd_find(parent, y) || !has_sig[x] || !has_sig[y])
						continue;
					verified++;
					if (dd_sig_equal(sigs + (size_t)x * DD_HASHES, sigs + (size_t)y * DD_HASHES) >= need_eq)
						dd_union(parent, x, y);
				}
		}
		a = b;
	}
	free(kvs);
	/* cluster id = smallest id string of the component */
	uint32_t *order = jd_xmalloc((n + 1) * sizeof *order);
	for (size_t i = 0; i < n; i++)
		order[i] = (uint32_t)i;
	sort_tab = &ids;
	qsort(order, n, sizeof *order, cmp_idstr);
	uint32_t *minid = jd_xmalloc((n + 1) * sizeof *minid), *size = jd_xcalloc(n + 1, sizeof *size);
	for (size_t i = 0; i < n; i++)
		minid[i] = DD_NONE;
	for (size_t k = 0; k < n; k++) {
		uint32_t r = dd_find(parent, order[k]);
		if (minid[r] == DD_NONE)
			minid[r] = order[k];
		size[r]++;
	}
	unsigned long long ncl = 0, nmem = 0;
	for (size_t k = 0; k < n; k++) {
		uint32_t r = dd_find(parent, order[k]);
		if (size[r] < 2)
			continue;
		if (minid[r] == order[k])
			ncl++;
		nmem++;
		jd_out_puts(jd_stdout, dd_str_get(&ids, order[k]));
		jd_out_putc(jd_stdout, '\t');
		jd_out_puts(jd_stdout, dd_str_get(&ids, minid[r]));
		jd_out_putc(jd_stdout, '\n');
	}
	jd_out_flush(jd_stdout);
	if (!O.quiet)
		jd_warn("%zu records, %llu candidate pairs verified, %llu duplicate clusters of %llu records",
			n, verified, ncl, nmem);
	free(order);
	free(minid);
	free(size);
	free(parent);
	free(sigs);
	free(has_sig);
	dd_str_free(&ids);
}

/* ------------------------------------------------------------ main */

int main(int argc, char **argv)
{
	jd_tool_init("jd-dedupe", argc, argv);
	process_args(argc, argv);
	progress_on = isatty(2);
	clock_gettime(CLOCK_MONOTONIC, &t_start);
	t_last = t_start;
	need_eq = (int)ceil(O.p.threshold * DD_HASHES - 1e-9);

	if (O.mode == MODE_CLUSTERS) {
		clusters(argc, argv);
		return jd_tool_exit();
	}
	if (O.mode == MODE_EMIT) {
		open_inputs(argc, argv, 0);
		emit_keys();
	} else {
		if (O.mode == MODE_APPLY)
			load_edges(O.apply);
		streaming = O.mode == MODE_DEDUPE && O.keep == KEEP_FIRST && !O.mark;
		open_inputs(argc, argv, !streaming);
		pass1();
		choose();
		if (streaming)
			finish_spool();
		else
			pass2();
		jd_out_flush(jd_stdout);
		if (!O.quiet)
			jd_warn("%zu records in, %llu out, %llu exact duplicates, %llu near duplicates, %llu duplicate clusters",
				ST.n, n_out, n_exact, n_near, n_clusters);
	}
	for (size_t i = 0; i < ninputs; i++)
		if (inputs[i].fd >= 0)
			close(inputs[i].fd);
	return jd_tool_exit();
}
