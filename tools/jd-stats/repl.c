/* repl.c: the interactive shell (jd-stats -i).  GNU Readline is used only
 * when standard input and output are terminals (as SQLite's shell does);
 * otherwise queries are read line by line from standard input, so the
 * same loop serves scripts.  Readline sits behind repl_getline() and
 * repl_history_add(). */
#define _GNU_SOURCE 1
#include "stats.h"
#include "jd_err.h"
#include "jd_tool.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <readline/history.h>
#include <readline/readline.h>

#define HISTORY_MAX 1000

static int use_rl;
static char *hist_path;
static table *cur;

static const char help_text[] =
	"Queries: verbs chained with '|', e.g.\n"
	"  where lang = de | summary salary_annual_max by seniority\n"
	"  split skills ; | freq skills top 30\n"
	"  count by month(posted)\n"
	"Verbs: where count summary quantile freq split hist crosstab select sort head distinct\n"
	"Dot commands:\n"
	"  .help                 this text\n"
	"  .cols                 columns: name, type (number, text, empty), how many\n"
	"                        numbers, missing cells (of a number column: cells\n"
	"                        that are not numbers, as summary counts them; of a\n"
	"                        text column: empty cells)\n"
	"  .load FILE...         replace the data with these files\n"
	"  .mode table|csv|json  output format\n"
	"  .output [FILE]        write results to FILE (no FILE: back to the terminal)\n"
	"  .timer on|off         show how long each query took\n"
	"  .quit                 leave (Ctrl-D too); Ctrl-C stops a running query\n";

/* ---- readline wrappers ---- */

static void on_sigint(int sig)
{
	(void)sig;
	stats_interrupted = 1;
}

/* Ctrl-C at the prompt: drop the line, new prompt (readline calls this
 * when a read was interrupted by a signal) */
static int on_signal_event(void)
{
	if (stats_interrupted) {
		stats_interrupted = 0;
		rl_replace_line("", 0);
		rl_crlf();
		rl_on_new_line();
		rl_redisplay();
	}
	return 0;
}

static char *repl_getline(const char *prompt)
{
	if (use_rl)
		return readline(prompt);
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	for (;;) {
		errno = 0;
		n = getline(&line, &cap, stdin);
		if (n >= 0 || errno != EINTR)
			break;
		clearerr(stdin);
	}
	if (n < 0) {
		free(line);
		return NULL;
	}
	if (n > 0 && line[n - 1] == '\n')
		line[--n] = '\0';
	return line;
}

static void repl_history_add(const char *line)
{
	if (!use_rl)
		return;
	add_history(line);
	if (hist_path) {
		int fd = open(hist_path, O_WRONLY | O_CREAT | O_APPEND, 0600);
		if (fd >= 0)
			close(fd);
		if (append_history(1, hist_path) == 0)
			history_truncate_file(hist_path, HISTORY_MAX);
		chmod(hist_path, 0600);
	}
}

/* ---- completion ---- */

static const char *const keywords[] = {
	"by", "and", "or", "not", "in", "contains", "is", "empty", "desc", "top",
	"bins", "width", "month(", "week(", "year(", NULL
};
static const char *const dots[] = {
	".help", ".cols", ".load", ".mode", ".output", ".timer", ".quit", NULL
};

static char **cand;
static size_t ncand, capcand, cand_i;
static int cand_values;   /* the candidates are cell values (may need quotes) */

static void cand_add(const char *s)
{
	if (ncand == capcand) {
		capcand = capcand ? capcand * 2 : 64;
		cand = jd_xrealloc(cand, capcand * sizeof *cand);
	}
	cand[ncand++] = (char *)s;
}

/* a value the query lexer would not read back as one word */
static int needs_quotes(const char *v)
{
	if (!*v)
		return 1;
	for (const unsigned char *p = (const unsigned char *)v; *p; p++)
		if (*p <= ' ' || strchr("|(),=!<>~'\"\\", *p))
			return 1;
	return 0;
}

/* 'v' with \' and \\ escaped, as the lexer reads single-quoted strings */
static char *quoted(const char *v)
{
	size_t n = strlen(v);
	char *q = jd_xmalloc(2 * n + 3), *o = q;
	*o++ = '\'';
	for (; *v; v++) {
		if (*v == '\'' || *v == '\\')
			*o++ = '\\';
		*o++ = *v;
	}
	*o++ = '\'';
	*o = '\0';
	return q;
}

static char *cand_gen(const char *text, int state)
{
	if (!state)
		cand_i = 0;
	/* a value typed with an opening quote that readline did not take
	 * as one (e.g. 'Kestrel without a space yet): match after it */
	if (cand_values && !rl_completion_quote_character && (*text == '\'' || *text == '"'))
		text++;
	size_t n = strlen(text);
	while (cand_i < ncand) {
		const char *c = cand[cand_i++];
		if (strncmp(c, text, n) != 0)
			continue;
		/* inside quotes readline closes them; otherwise quote a value
		 * with spaces or operator characters so the query reads it */
		if (cand_values && !rl_completion_quote_character && needs_quotes(c))
			return quoted(c);
		return jd_xstrdup(c);
	}
	return NULL;
}

static int col_index(const char *s, size_t n)
{
	if (!cur)
		return -1;
	for (int i = 0; i < cur->nc; i++)
		if (strlen(cur->c[i].name) == n && memcmp(cur->c[i].name, s, n) == 0)
			return i;
	return -1;
}

static char **complete(const char *text, int start, int end)
{
	(void)end;
	rl_attempted_completion_over = 1;
	ncand = 0;
	cand_values = 0;
	const char *line = rl_line_buffer;
	int i = 0;
	while (i < start && (line[i] == ' ' || line[i] == '\t'))
		i++;
	if (line[i] == '.') {
		if (i == start || (start > 0 && line[start - 1] == '.' && i == start - 1)) {
			for (int k = 0; dots[k]; k++)
				cand_add(dots[k]);
		} else if (strncmp(line + i, ".load", 5) == 0 || strncmp(line + i, ".output", 7) == 0) {
			rl_attempted_completion_over = 0;   /* file names */
			return NULL;
		} else if (strncmp(line + i, ".mode", 5) == 0) {
			cand_add("table"); cand_add("csv"); cand_add("json");
		} else if (strncmp(line + i, ".timer", 6) == 0) {
			cand_add("on"); cand_add("off");
		}
		return rl_completion_matches(text, cand_gen);
	}
	/* the words of the current verb before the cursor */
	int seg = 0;
	for (int k = 0; k < start; k++)
		if (line[k] == '|')
			seg = k + 1;
	const char *w[3] = {NULL, NULL, NULL};
	size_t wl[3] = {0, 0, 0};
	int nw = 0;
	for (int k = seg; k < start;) {
		while (k < start && strchr(" \t(),'\"", line[k]))
			k++;
		if (k >= start)
			break;
		int b = k;
		if (strchr("=!<>~", line[k])) {
			while (k < start && strchr("=!<>~", line[k]))
				k++;
		} else {
			while (k < start && !strchr(" \t|(),=!<>~'\"", line[k]))
				k++;
		}
		w[0] = w[1];
		wl[0] = wl[1];
		w[1] = w[2];
		wl[1] = wl[2];
		w[2] = line + b;
		wl[2] = (size_t)(k - b);
		nw++;
	}
	if (nw == 0) {
		for (int k = 0; stats_verbs[k]; k++)
			cand_add(stats_verbs[k]);
		return rl_completion_matches(text, cand_gen);
	}
	/* a column's values after "COL =" or "COL !=" */
	if (nw >= 2 && ((wl[2] == 1 && w[2][0] == '=') || (wl[2] == 2 && memcmp(w[2], "!=", 2) == 0))) {
		int ci = col_index(w[1], wl[1]);
		if (ci >= 0) {
			table_values(cur, ci);
			for (size_t k = 0; k < cur->c[ci].nvalues; k++)
				cand_add(cur->c[ci].values[k]);
			cand_values = 1;
			return rl_completion_matches(text, cand_gen);
		}
	}
	if (cur)
		for (int k = 0; k < cur->nc; k++)
			cand_add(cur->c[k].name);
	for (int k = 0; keywords[k]; k++)
		cand_add(keywords[k]);
	return rl_completion_matches(text, cand_gen);
}

/* ---- dot commands ---- */

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void show_cols(popts *o)
{
	char *names[] = {"column", "type", "numbers", "missing"};
	sink *s = sink_new(o->format, o->out, names, 4);
	for (int i = 0; i < cur->nc; i++) {
		table_stats(cur, i);
		column *c = &cur->c[i];
		long nonempty = (long)cur->nrows - c->nmissing;
		/* a number column may hold a few "n/a": it is one when at least
		 * half of its non-empty cells are numbers, and then its missing
		 * cells are those summary counts (not a number) */
		int isnum = c->nnum > 0 && 2 * c->nnum >= nonempty;
		const char *type = nonempty == 0 ? "empty" : isnum ? "number" : "text";
		long missing = isnum ? (long)cur->nrows - c->nnum : c->nmissing;
		char a[32], b[32];
		snprintf(a, sizeof a, "%ld", c->nnum);
		snprintf(b, sizeof b, "%ld", missing);
		sv row[4] = {{c->name, strlen(c->name)}, {type, strlen(type)}, {a, strlen(a)}, {b, strlen(b)}};
		sink_row(s, row);
	}
	sink_end(s);
	sink_free(s);
}

static char *arg_word(char **p)
{
	char *s = *p;
	while (*s == ' ' || *s == '\t')
		s++;
	if (!*s)
		return NULL;
	char *b = s;
	while (*s && *s != ' ' && *s != '\t')
		s++;
	if (*s)
		*s++ = '\0';
	*p = s;
	return b;
}

/* returns 1 to quit */
static int dot_command(char *line, popts *o, int *timer, int *errors)
{
	char *p = line;
	char *cmd = arg_word(&p);
	char *arg = arg_word(&p);
	if (strcmp(cmd, ".quit") == 0 || strcmp(cmd, ".exit") == 0 || strcmp(cmd, ".q") == 0)
		return 1;
	if (strcmp(cmd, ".help") == 0) {
		jd_out_puts(o->out, help_text);
	} else if (strcmp(cmd, ".cols") == 0) {
		show_cols(o);
	} else if (strcmp(cmd, ".load") == 0) {
		if (!arg) {
			fprintf(stderr, "usage: .load FILE...\n");
			(*errors)++;
			return 0;
		}
		table *t = table_new();
		int bad = 0;
		stats_interrupted = 0;
		for (; arg; arg = arg_word(&p))
			if (table_load(t, arg) < 0)
				bad = 1;
		if (stats_interrupted) {
			fprintf(stderr, "%s: interrupted; data not replaced\n", jd_progname);
			table_free(t);
			stats_interrupted = 0;
		} else if (bad && t->nc == 0) {
			/* no file could be read: keep what was loaded */
			fprintf(stderr, "%s: nothing loaded; data not replaced (%zu records)\n",
				jd_progname, cur->nrows);
			table_free(t);
		} else {
			table_free(cur);
			cur = t;
			fprintf(stderr, "%zu records, %d columns\n", cur->nrows, cur->nc);
		}
		if (bad)
			(*errors)++;
	} else if (strcmp(cmd, ".mode") == 0) {
		if (arg && strcmp(arg, "table") == 0)
			o->format = FMT_TABLE;
		else if (arg && strcmp(arg, "csv") == 0)
			o->format = FMT_CSV;
		else if (arg && strcmp(arg, "json") == 0)
			o->format = FMT_JSON;
		else {
			fprintf(stderr, "usage: .mode table|csv|json\n");
			(*errors)++;
		}
	} else if (strcmp(cmd, ".output") == 0) {
		jd_out *n = arg ? jd_out_open_path(arg) : jd_stdout;
		if (!n) {
			fprintf(stderr, "%s: %s: %s\n", jd_progname, arg, strerror(errno));
			(*errors)++;
			return 0;
		}
		if (o->out != jd_stdout)
			jd_out_close(o->out);
		o->out = n;
	} else if (strcmp(cmd, ".timer") == 0) {
		if (arg && strcmp(arg, "on") == 0)
			*timer = 1;
		else if (arg && strcmp(arg, "off") == 0)
			*timer = 0;
		else {
			fprintf(stderr, "usage: .timer on|off\n");
			(*errors)++;
		}
	} else {
		fprintf(stderr, "%s: unknown command '%s' (try .help)\n", jd_progname, cmd);
		(*errors)++;
	}
	return 0;
}

int repl_main(char **files, int nfiles, popts *o)
{
	use_rl = isatty(0) && isatty(1);
	cur = table_new();
	int errors = 0, timer = 0;

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sigint;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);   /* no SA_RESTART: reads return EINTR */

	for (int i = 0; i < nfiles; i++)
		if (table_load(cur, files[i]) < 0)
			errors++;
	if (use_rl) {
		fprintf(stderr, "jd-stats %s: %zu records, %d columns. .help for help, Ctrl-D to leave.\n",
			JD_VERSION, cur->nrows, cur->nc);
		static char breaks[] = " \t|(),=<>!~";
		rl_readline_name = "jd-stats";
		rl_attempted_completion_function = complete;
		rl_completer_word_break_characters = breaks;
		/* 'Data Eng<Tab> completes inside the quotes */
		rl_completer_quote_characters = "'\"";
		rl_catch_signals = 0;
		rl_signal_event_hook = on_signal_event;
		const char *h = getenv("JD_STATS_HISTORY");
		if (h && *h) {
			hist_path = jd_xstrdup(h);
		} else if ((h = getenv("HOME")) && *h) {
			size_t n = strlen(h) + 32;
			hist_path = jd_xmalloc(n);
			snprintf(hist_path, n, "%s/.jd_stats_history", h);
		}
		using_history();
		stifle_history(HISTORY_MAX);
		if (hist_path)
			read_history(hist_path);
	}
	stats_interrupted = 0;
	char *line;
	while ((line = repl_getline("jd-stats> ")) != NULL) {
		stats_interrupted = 0;
		char *s = line;
		while (*s == ' ' || *s == '\t')
			s++;
		size_t n = strlen(s);
		while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
			s[--n] = '\0';
		if (n == 0 || s[0] == '#') {
			free(line);
			continue;
		}
		repl_history_add(s);
		if (s[0] == '.') {
			int quit = dot_command(s, o, &timer, &errors);
			free(line);
			jd_out_flush(o->out);
			if (quit)
				break;
			continue;
		}
		double t0 = now();
		qerr err;
		query *q = q_parse(s, &err);
		if (!q) {
			q_print_error(stderr, s, &err);
			errors++;
		} else {
			if (table_run(cur, q, o) != 0)
				errors++;
			q_free(q);
			jd_out_flush(o->out);
			if (stats_interrupted) {
				fprintf(stderr, "%s: interrupted\n", jd_progname);
				stats_interrupted = 0;
			}
			if (stats_re_limit_hits) {
				fprintf(stderr, "%s: %d match(es) hit the regular-expression limit and counted as no match\n",
					jd_progname, stats_re_limit_hits);
				stats_re_limit_hits = 0;
			}
			if (timer)
				fprintf(stderr, "time: %.3f s\n", now() - t0);
		}
		free(line);
	}
	if (use_rl && !line)
		fputc('\n', stderr);
	if (o->out != jd_stdout) {
		jd_out_close(o->out);
		o->out = jd_stdout;
	}
	table_free(cur);
	cur = NULL;
	free(cand);
	free(hist_path);
	/* scripts (no terminal) fail when a command failed, as sqlite3 does;
	 * an interactive session showed its errors as they came and ends
	 * with status 0 */
	if (use_rl)
		return 0;
	if (errors && jd_exit_status == 0)
		jd_exit_status = JD_EXIT_DATA;
	return jd_exit_status;
}
