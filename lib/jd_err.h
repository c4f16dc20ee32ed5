/* jd_err: err(3)-style diagnostics shared by every jd tool.
 *
 * Messages go to stderr as "PROGNAME: message".  A format that ends in ':'
 * gets ": strerror(errno)" appended (OpenBSD err(3) convention, without the
 * separate warn/warnx pairs).  Exit statuses are the jdkit contract:
 *   0 ok, 1 data or I/O error, 2 usage error.
 */
#ifndef JD_ERR_H
#define JD_ERR_H

#include <stddef.h>

enum { JD_EXIT_OK = 0, JD_EXIT_DATA = 1, JD_EXIT_USAGE = 2 };

extern const char *jd_progname;   /* set by jd_tool_init(); "jd" before */
extern int jd_exit_status;        /* raised to 1 by jd_warn_data(); main returns it */

#if defined(__GNUC__)
#define JD_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define JD_NORETURN __attribute__((noreturn))
#else
#define JD_PRINTF(a, b)
#define JD_NORETURN
#endif

/* Print "prog: msg" and exit with status. */
JD_NORETURN void jd_die(int status, const char *fmt, ...) JD_PRINTF(2, 3);
/* Print "prog: msg"; the exit status is unchanged. */
void jd_warn(const char *fmt, ...) JD_PRINTF(1, 2);
/* Print "prog: msg" and remember that the run must end with status 1. */
void jd_warn_data(const char *fmt, ...) JD_PRINTF(1, 2);

/* Allocation that never returns NULL: out of memory is fatal (status 1). */
void *jd_xmalloc(size_t n);
void *jd_xcalloc(size_t n, size_t size);
void *jd_xrealloc(void *p, size_t n);
char *jd_xstrdup(const char *s);
char *jd_xstrndup(const char *s, size_t n);

#endif
