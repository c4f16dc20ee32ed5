/* jd_csv: the CSV contract every jd tool reads and writes.
 *
 * Reading (on libcsv): RFC 4180 -- quoted fields, doubled quotes, line
 * breaks inside quotes, CRLF or LF, a UTF-8 BOM is skipped, fields of any
 * size, NUL bytes and invalid UTF-8 are passed through (never a crash).
 * Leading and trailing spaces of unquoted fields are kept (libcsv would
 * trim them by default).  The first record is the header.
 *
 * Line-break encoding (the jdkit contract): jd tools write every record on
 * exactly one physical line, so split/sort/head/GNU parallel --pipe can cut
 * a stream between any two lines.  Inside a field, a backslash is written
 * as \\ , a line feed as \n and a carriage return as \r.  The reader
 * decodes these three escapes (any other backslash pair is kept as it is);
 * JD_CSV_RAW turns decoding off for foreign CSV (a scraper's export).
 *
 * Malformed input policy (documented in README.md):
 *   - a record whose field count differs from the header's is reported as
 *     "prog: FILE:LINE: N fields, header has M; record skipped" and
 *     skipped; the run goes on and ends with status 1;
 *   - an unterminated quoted field at end of input is reported as
 *     "prog: FILE:LINE: unterminated quoted field; record skipped" (LINE is where the
 *     record starts); that record is lost, the status is 1.
 * LINE is the physical line (1-based) on which the record starts.
 *
 * Ownership: the reader owns every row it returns; a row and its fields
 * stay valid until the next jd_csv_next() or jd_csv_close() on the same
 * reader.  The header row stays valid until jd_csv_close().
 *
 * Parser thread: past the first 1 MiB (read with the header), a reader on
 * a file or pipe parses on a second thread when the process may run on
 * more than one CPU, a few 1 MiB batches ahead of the caller, so libcsv's
 * byte loop overlaps the tool's own work.  Nothing else changes: the same
 * rows, line numbers and messages in the same order (a batch's warnings
 * are printed by the caller's thread when it reaches them).  The
 * environment variable JD_READER_THREAD=0 turns it off, =1 forces it.
 * A reader is used by one thread; jd_csv_close() stops the parser even
 * when it waits for a pipe.
 */
#ifndef JD_CSV_H
#define JD_CSV_H

#include <stddef.h>
#include "jd_out.h"

typedef struct jd_row {
	size_t n;        /* number of fields */
	char **f;        /* f[i]: field i, NUL-terminated (may hold NULs: use len) */
	size_t *len;     /* len[i]: its length in bytes */
	long line;       /* physical line where the record starts (1-based) */
} jd_row;

enum {
	JD_CSV_RAW = 1,       /* do not decode \n \r \\ escapes */
	JD_CSV_NOHEADER = 2,  /* the first record is data, not a header */
};

typedef struct jd_csv_reader jd_csv_reader;

/* Open a file ("-" is standard input).  NULL with errno set on failure;
 * the caller reports it ("prog: PATH:") and goes on with the next file. */
jd_csv_reader *jd_csv_open(const char *path, unsigned flags);
jd_csv_reader *jd_csv_open_fd(int fd, const char *name, unsigned flags);
/* Read CSV held in memory (e.g. a table compiled into the binary); the
 * bytes must stay valid until jd_csv_close. */
jd_csv_reader *jd_csv_open_mem(const char *data, size_t len, const char *name, unsigned flags);

/* The header row, or NULL for empty input (or JD_CSV_NOHEADER). */
const jd_row *jd_csv_header(jd_csv_reader *r);
/* Index of the header column NAME, or -1. */
int jd_csv_col(jd_csv_reader *r, const char *name);
/* Next record: 1 and *row set, 0 at end of input.  Errors are reported on
 * stderr as they occur and counted (jd_csv_errors); the reader goes on. */
int jd_csv_next(jd_csv_reader *r, const jd_row **row);
/* Projection: the caller needs only fields 0..k-1 of each record (k = 0:
 * all, the default).  From the next chunk read on (the first 1 MiB, read
 * with the header, is parsed in full), a physical line that starts a
 * record, holds an even number of '"' bytes and no '\r' but one before
 * its line feed is taken as one complete record (the jdkit contract: one
 * record per line): libcsv parses it only until it has k fields and the
 * rest of the line is skipped, so such a row has n = k.  Other lines (a
 * quoted field running on to the next line, short lines, lines of over
 * 1 MiB) are parsed in full as without projection; line numbers stay
 * those of physical lines.  With jd_csv_need_cols, rows hold only the
 * first k fields and a record with more fields than the header (or fewer,
 * but at least k) is not detected; a record with fewer than k fields
 * still is.  Foreign CSV with stray quotes inside unquoted fields (not
 * RFC 4180) may be cut into records differently than the full parse.
 * k >= the header's field count turns projection off.  Call it before the
 * first jd_csv_next() after opening (later, the parser thread may already
 * run, and the call is ignored: rows keep every field). */
void jd_csv_need_cols(jd_csv_reader *r, size_t k);
/* Bytes consumed from the input so far (for progress reports). */
unsigned long long jd_csv_bytes(const jd_csv_reader *r);
long jd_csv_errors(const jd_csv_reader *r);
const char *jd_csv_name(const jd_csv_reader *r);
void jd_csv_close(jd_csv_reader *r);
/* 1 when two rows hold the same fields (e.g. the headers of two input
 * files a tool reads one after the other). */
int jd_row_equal(const jd_row *a, const jd_row *b);

/* Writing, on a jd_out: fields are quoted only when they hold ',' or '"';
 * line breaks and backslashes are escaped as above. */
void jd_csv_put(jd_out *o, const char *s, size_t n);
void jd_csv_puts(jd_out *o, const char *s);           /* NULL writes an empty field */
void jd_csv_putf(jd_out *o, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
void jd_csv_endrow(jd_out *o);
void jd_csv_put_fields(jd_out *o, const jd_row *row); /* every field of row */

/* A tool that appends columns (salary_min, skills, cluster ...) to its
 * input, run on its own output again (a nightly job re-run, a stage
 * repeated), would write a second column of the same name beside the old
 * one, and readers would take the stale one.  jd_csv_stale_cols returns a
 * mask over the header's columns, 1 for a column named like one of
 * added[0..nadded) (to be left out: the new values replace it), or NULL
 * when there is none; free() it.  jd_csv_put_fields_except writes the
 * fields whose mask entry is 0 (every field when drop is NULL); ndrop is
 * the mask's length (the header's field count): fields past it are kept. */
unsigned char *jd_csv_stale_cols(const jd_row *header, const char *const *added, size_t nadded);
void jd_csv_put_fields_except(jd_out *o, const jd_row *row, const unsigned char *drop, size_t ndrop);

/* Encode / decode one field's line breaks on a buffer (for tools that
 * build fields themselves); decode returns the new length (in place). */
size_t jd_csv_decode_inplace(char *s, size_t n);

#endif
