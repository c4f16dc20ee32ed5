/* jd-extract internals: one scraped document from raw bytes to a record.
 *
 *   raw bytes --jdx_to_utf8--> UTF-8 --jdx_html_text (HTML only)--> text
 *   text --jdx_doc_lines--> normalised lines (paragraph and bullet marks)
 *   lines --jdx_boiler_mark--> site furniture marked as dropped
 *   a batch of docs --jdx_template_mark--> lines recurring on one site dropped
 *   lines + hints --jdx_fields--> lang, title, company, ... (jdx_doc.f)
 *   lines --jdx_doc_render--> the text column
 *
 * Ownership: a jdx_doc owns everything it points to; jdx_doc_free() frees
 * it.  Hints (jdx_meta) are copied into the doc.
 */
#ifndef JDX_EXTRACT_H
#define JDX_EXTRACT_H

#include <stddef.h>
#include <stdint.h>
#include "jd_buf.h"

enum {
	JDX_LANG, JDX_TITLE, JDX_COMPANY, JDX_LOCATION, JDX_POSTED,
	JDX_EMPLOYMENT, JDX_SENIORITY, JDX_REMOTE, JDX_NF
};

/* Hints from outside the text: HTML <h1>/<title>/JSON-LD, or an export's
 * mapped columns.  Any may be NULL.  url is a page/row URL. */
typedef struct jdx_meta {
	char *f[JDX_NF];     /* only TITLE..REMOTE are used */
	char *h1, *title_tag;
	char *h1_hidden;     /* the first <h1> inside page furniture (fallback) */
	char *url;
} jdx_meta;

void jdx_meta_free(jdx_meta *m);

typedef struct jdx_line {
	size_t off, len;     /* in jdx_doc.text */
	size_t foff, flen;   /* the line folded (jdx_fold), in jdx_doc.fold */
	unsigned char para;  /* a blank line came before it */
	unsigned char drop;  /* boilerplate (1), template (2) */
	unsigned char bullet;/* the line is a list item ("- " stripped) */
	unsigned char nul;   /* the line holds a NUL byte */
	size_t words;        /* spaces in the line + 1 (0 when empty) */
	size_t wcount;       /* jdx_word_count() of the line */
} jdx_line;

typedef struct jdx_doc {
	char *source;
	char *group;         /* template group: folder or site */
	jd_buf text;         /* line bodies, back to back */
	jd_buf fold;         /* the same folded (jdx_fold), line by line */
	jdx_line *lines;
	size_t nlines, caplines;
	jdx_meta meta;       /* hints (owned) */
	char *f[JDX_NF];     /* extracted fields (owned, NULL = empty) */
} jdx_doc;

void jdx_doc_free(jdx_doc *d);

/* --- enc.c --- */
enum { JDX_ENC_UTF8, JDX_ENC_CP1252, JDX_ENC_REPAIRED, JDX_ENC_UTF16 };
/* 1 when p looks binary: a NUL byte in the first 8 KiB that is not UTF-16. */
int jdx_is_binary(const char *p, size_t n);
/* Append p converted to UTF-8 to out (see the man page for the rules);
 * *repaired gets the number of bytes replaced by U+FFFD. */
int jdx_to_utf8(const char *p, size_t n, int html, jd_buf *out, size_t *repaired);
/* The same without a copy when it can: *text and *len get the UTF-8 text,
 * which is p itself (past a BOM) when p is valid UTF-8, or else what was
 * appended to out (then out must have been empty). */
int jdx_utf8_text(const char *p, size_t n, int html, jd_buf *out,
		  const char **text, size_t *len, size_t *repaired);

/* --- html.c --- */
int jdx_looks_html(const char *p, size_t n);
/* HTML to text: '\n' between lines, a blank line between paragraphs,
 * list items as "- item"; fills meta (h1, title_tag, url, JSON-LD fields). */
void jdx_html_text(const char *p, size_t n, jd_buf *out, jdx_meta *meta);

/* --- xmlmem.c --- */
/* libxml2's allocations between jdx_xml_begin() and jdx_xml_end() come
 * from an arena that _end() takes back at once (a tree needs no
 * xmlFreeDoc then).  jdx_xml_memory() installs the functions (before
 * other libxml2 calls; _begin() does it too); jdx_xml_release() frees
 * the arena (after xmlCleanupParser). */
void jdx_xml_memory(void);
void jdx_xml_begin(void);
void jdx_xml_end(void);
void jdx_xml_release(void);

/* --- lines.c --- */
/* A-Z to a-z, every other ASCII byte as it is (index < 128 only) */
extern const unsigned char jdx_ascii_lower[128];
/* Split text into normalised lines appended to d (white space collapsed,
 * bullets recognised, "Salary$75,000" split). */
void jdx_doc_lines(jdx_doc *d, const char *text, size_t n);
size_t jdx_word_count(const char *s, size_t n);
/* jd_fold (same output) with an ASCII fast path; appends to out,
 * NUL-terminated. */
void jdx_fold(jd_buf *out, const char *s, size_t n);
/* jd_utf8_valid (same result) with an ASCII fast path. */
int jdx_utf8_valid(const char *s, size_t n);
/* The id text and word count of a rendered text column: appends jd_fold(s)
 * to out with each '\n' turned into a space unless a space came just
 * before it (then dropped), and returns jdx_word_count(s, n).  The tool
 * uses jdx_doc_id_words() below; this is what that must equal (the unit
 * test and fuzz_extract compare them). */
size_t jdx_fold_id_words(jd_buf *out, const char *s, size_t n);
/* The text column: kept lines, "\n" between lines, "\n\n" between
 * paragraphs, "- " before list items. */
void jdx_doc_render(const jdx_doc *d, jd_buf *out);
/* jdx_fold_id_words() of the text column, from the folded lines: appends
 * the id text to out and returns the word count. */
size_t jdx_doc_id_words(const jdx_doc *d, jd_buf *out);

/* --- boiler.c --- */
void jdx_boiler_mark(jdx_doc *d);
/* Which phrase lists (call-to-action, newsletter, cookie, section, ...:
 * bits private to boiler.c) have a phrase in the folded, NUL-terminated
 * line s of n bytes, in one pass; _slow finds the same with a strstr()
 * per phrase (for the tests). */
unsigned jdx_phrase_kinds(const char *s, size_t n);
unsigned jdx_phrase_kinds_slow(const char *s);
/* Template detection over docs[0..n) (any mix of groups). */
void jdx_template_mark(jdx_doc **docs, size_t n);

/* --- fields.c --- */
/* rendered: the doc's text column (jdx_doc_render), or NULL to render it */
void jdx_fields(jdx_doc *d, const char *default_date, const jd_buf *rendered);
/* Parse a date in one of the supported forms at the start of s; writes
 * "YYYY-MM-DD" into out and returns the bytes used, or 0. */
size_t jdx_parse_date(const char *s, size_t n, char out[11]);
/* ISO 639-1 code or NULL when unsure. */
const char *jdx_lang(const char *s, size_t n);
/* 1 when the cue scan of s reads the same with its ASCII fast path as
 * with the byte-by-byte tokenizer alone (for the tests). */
int jdx_scan_paths_agree(const char *s, size_t n);
/* Normalise an export/JSON-LD value for a field (employment type etc.);
 * returns a static string or NULL. */
const char *jdx_norm_employment(const char *s, size_t n);

#endif
