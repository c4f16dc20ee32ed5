/* parse: salary mentions in free text.  See parse.h for the overview. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "jd_buf.h"
#include "jd_err.h"
#include "jd_re.h"
#include "parse.h"

#define MAX_DIGITS 15
#define HEAD_BACK 120   /* bytes looked at before a figure */
#define TAIL_SENT 80    /* bytes after a figure searched for a label word */

/* ---- context patterns (set up per parser, compiled when first used) --- */

/* A context pattern is a list of rows, one alternative each, with the
 * category the alternative signals.  Rows of one category are adjacent and
 * become one named group; rows are tried in table order and the first that
 * matches wins (PCRE2's leftmost-first alternation).  Matches are tried
 * at one place at a time, anchored, so for each byte a match can start
 * with js_new sets up the pattern of only the rows that can start with
 * that byte (PCRE2's own start-byte analysis of each row, see
 * jd_re_start_bytes): at that byte it gives the same match as all the rows, but
 * tries a handful of alternatives instead of two hundred.  in_word: a
 * row that may start anywhere in a word (\w*bonus\w*), only tried when
 * the caller asks for it (see head_cand). */
typedef struct row { int cat; const char *re; int in_word; } row;

/* Words before a figure: labels, one-sided words, period words, negatives,
 * salary keywords.  Matched over the clause before the figure, anchored
 * (\G) at each place a word can start (see scan_head); the word rows match
 * whole words only, the CJK rows anywhere. */
enum hcat {
	H_OMIN0, H_LENTRY, H_LSTART, H_LJUNIOR, H_LMID, H_LSENIOR, H_LLEAD, H_LAVG, H_LMEDIAN, H_LTOP,
	H_LBASE, H_LFREE, H_LOTE, H_PHOUR, H_PDAY, H_PWEEK, H_PMONTH, H_PYEAR, H_OMAX, H_OMIN,
	H_BETWEEN, H_NBONUS, H_STIPEND, H_NOTHER, H_KW, H_CYEAR, H_CMONTH, H_CHOUR, H_CDAY, H_N
};
static const char *const hnames[H_N] = {
	"omin0", "lentry", "lstart", "ljunior", "lmid", "lsenior", "llead", "lavg", "lmedian", "ltop",
	"lbase", "lfree", "lote", "phour", "pday", "pweek", "pmonth", "pyear", "omax", "omin",
	"between", "nbonus", "stipend", "nother", "kw", "cyear", "cmonth", "chour", "cday"
};
static const int hlabel[H_N] = {
	[H_LENTRY] = JS_L_ENTRY, [H_LSTART] = JS_L_STARTING, [H_LJUNIOR] = JS_L_JUNIOR,
	[H_LMID] = JS_L_MID, [H_LSENIOR] = JS_L_SENIOR, [H_LLEAD] = JS_L_LEAD,
	[H_LAVG] = JS_L_AVERAGE, [H_LMEDIAN] = JS_L_MEDIAN, [H_LTOP] = JS_L_TOP,
	[H_LBASE] = JS_L_BASE, [H_LFREE] = JS_L_FREELANCE, [H_LOTE] = JS_L_OTE,
};
static const row head_words[] = {
	{H_OMIN0, "starting\\s+(?:at|from)", 0}, {H_OMIN0, "beginning\\s+at", 0},
	{H_LENTRY, "entry[\\s-]*level", 0}, {H_LENTRY, "entry", 0}, {H_LENTRY, "berufseinsteiger\\w*", 0},
	{H_LENTRY, "einsteiger\\w*", 0}, {H_LENTRY, "graduates?", 0}, {H_LENTRY, "absolvent\\w*", 0},
	{H_LENTRY, "d\\x{e9}butant\\w*", 0},
	{H_LSTART, "starting", 0}, {H_LSTART, "einstiegsgehalt\\w*", 0}, {H_LSTART, "anfangsgehalt\\w*", 0},
	{H_LSTART, "einstieg\\w*", 0}, {H_LSTART, "start\\w*\\s+salary", 0},
	{H_LJUNIOR, "junior\\w*", 0},
	{H_LMID, "mid[\\s-]*level", 0}, {H_LMID, "mid", 0}, {H_LMID, "intermediate", 0},
	{H_LMID, "experienced", 0}, {H_LMID, "erfahrene?", 0},
	{H_LSENIOR, "senior\\w*", 0},
	{H_LLEAD, "lead", 0}, {H_LLEAD, "principal", 0}, {H_LLEAD, "veteran", 0}, {H_LLEAD, "staff", 0},
	{H_LAVG, "average", 0}, {H_LAVG, "avg\\.?", 0}, {H_LAVG, "durchschnitt\\w*", 0}, {H_LAVG, "mean", 0},
	{H_LAVG, "typical", 0}, {H_LAVG, "moyen\\w*", 0}, {H_LAVG, "medio", 0}, {H_LAVG, "promedio", 0},
	{H_LAVG, "gemiddeld\\w*", 0},
	{H_LMEDIAN, "median\\w*", 0},
	{H_LTOP, "top", 0}, {H_LTOP, "highest", 0}, {H_LTOP, "spitzengehalt\\w*", 0},
	{H_LBASE, "base", 0}, {H_LBASE, "basic", 0}, {H_LBASE, "grundgehalt\\w*", 0},
	{H_LBASE, "fixgehalt\\w*", 0}, {H_LBASE, "fixum", 0},
	{H_LFREE, "freelanc\\w*", 0}, {H_LFREE, "contractors?", 0},
	/* on-target earnings: base pay plus commission at target, not the base */
	{H_LOTE, "ote", 0}, {H_LOTE, "on[\\s-]*target[\\s-]+earnings?", 0}, {H_LOTE, "zielgehalt\\w*", 0},
	{H_LOTE, "zieleinkommen\\w*", 0},
	{H_PHOUR, "hourly", 0}, {H_PHOUR, "stundenlohn\\w*", 0}, {H_PHOUR, "stundensatz\\w*", 0},
	{H_PHOUR, "per\\s+hour", 0},
	{H_PDAY, "day\\s+rate", 0}, {H_PDAY, "daily\\s+rate", 0}, {H_PDAY, "tagessatz\\w*", 0},
	{H_PDAY, "tagesgehalt\\w*", 0},
	{H_PWEEK, "weekly", 0}, {H_PWEEK, "wochenlohn", 0},
	{H_PMONTH, "monthly", 0}, {H_PMONTH, "monatsgehalt\\w*", 0}, {H_PMONTH, "bruttomonatsgehalt\\w*", 0},
	{H_PMONTH, "havi", 0},
	{H_PMONTH, "monatlich\\w*", 0}, {H_PMONTH, "monatslohn", 0}, {H_PMONTH, "per\\s+month", 0},
	{H_PYEAR, "annual\\w*", 0}, {H_PYEAR, "yearly", 0}, {H_PYEAR, "jahresgehalt\\w*", 0},
	{H_PYEAR, "bruttojahresgehalt\\w*", 0}, {H_PYEAR, "jahresbrutto\\w*", 0}, {H_PYEAR, "per\\s+annum", 0},
	{H_PYEAR, "per\\s+year", 0}, {H_PYEAR, "j\\x{e4}hrlich\\w*", 0},
	{H_OMAX, "up\\s+to", 0}, {H_OMAX, "upto", 0}, {H_OMAX, "bis\\s+zu", 0}, {H_OMAX, "bis", 0},
	{H_OMAX, "max\\.?", 0}, {H_OMAX, "maximum", 0}, {H_OMAX, "maximal", 0}, {H_OMAX, "h\\x{f6}chstens", 0},
	{H_OMAX, "jusqu'?\\s*\\x{e0}", 0}, {H_OMAX, "hasta", 0}, {H_OMAX, "tot", 0}, {H_OMAX, "under", 0},
	{H_OMAX, "below", 0}, {H_OMAX, "less\\s+than", 0},
	{H_OMIN, "from", 0}, {H_OMIN, "starting\\s+(?:at|from)", 0}, {H_OMIN, "ab", 0}, {H_OMIN, "mindestens", 0},
	{H_OMIN, "min\\.?", 0}, {H_OMIN, "minimum", 0}, {H_OMIN, "at\\s+least", 0},
	{H_OMIN, "\\x{e0}\\s+partir\\s+de", 0}, {H_OMIN, "desde", 0}, {H_OMIN, "vanaf", 0},
	{H_OMIN, "more\\s+than", 0}, {H_OMIN, "over", 0}, {H_OMIN, "above", 0}, {H_OMIN, "upwards\\s+of", 0},
	{H_OMIN, "in\\s+excess\\s+of", 0},
	{H_BETWEEN, "between", 0}, {H_BETWEEN, "zwischen", 0}, {H_BETWEEN, "entre", 0}, {H_BETWEEN, "tussen", 0},
	{H_NBONUS, "\\w*bonus\\w*", 1}, {H_NBONUS, "sign[\\s-]*on", 0}, {H_NBONUS, "signing", 0},
	{H_NBONUS, "equity", 0}, {H_NBONUS, "401\\s*\\(?k\\)?", 0}, {H_NBONUS, "stock", 0},
	{H_NBONUS, "rsus?", 0}, {H_NBONUS, "\\w*budgets?", 1}, {H_NBONUS, "allowance", 0},
	{H_NBONUS, "reimburse\\w*", 0}, {H_NBONUS, "referral", 0},
	{H_NBONUS, "relocation", 0}, {H_NBONUS, "commissions?", 0}, {H_NBONUS, "provision\\w*", 0},
	{H_NBONUS, "\\w*pr\\x{e4}mie\\w*", 1},
	{H_NBONUS, "\\w*zuschuss\\w*", 1}, {H_NBONUS, "\\w*zulage\\w*", 1}, {H_NBONUS, "urlaubsgeld", 0},
	{H_NBONUS, "weihnachtsgeld", 0}, {H_NBONUS, "tip", 0}, {H_NBONUS, "tips", 0},
	{H_NBONUS, "overtime", 0}, {H_NBONUS, "\\x{fc}berstunden\\w*", 0},
	/* a stipend is a perk ("learning stipend") or, for interns and PhD
	 * students, the pay ("Stipend: 1.200 € / month"): see stipend_before
	 * and try_at */
	{H_STIPEND, "stipends?", 0}, {H_STIPEND, "stipendium", 0},
	{H_NOTHER, "series\\s+[a-f]", 0}, {H_NOTHER, "funding", 0}, {H_NOTHER, "raised", 0},
	{H_NOTHER, "revenue", 0}, {H_NOTHER, "valuation", 0}, {H_NOTHER, "umsatz", 0},
	{H_NOTHER, "invest\\w*", 0}, {H_NOTHER, "turnover", 0},
	{H_NOTHER, "price", 0}, {H_NOTHER, "costs?", 0}, {H_NOTHER, "fees?", 0}, {H_NOTHER, "worth", 0},
	{H_NOTHER, "wert", 0}, {H_NOTHER, "market\\s+cap\\w*", 0}, {H_NOTHER, "spent", 0},
	{H_NOTHER, "spend\\w*", 0}, {H_NOTHER, "budgets?", 0}, {H_NOTHER, "save[sd]?", 0},
	{H_NOTHER, "savings?", 0}, {H_NOTHER, "spar(?:en|t|st)", 0}, {H_NOTHER, "einspar\\w*", 0},
	{H_NOTHER, "ersparnis\\w*", 0}, {H_NOTHER, "targets?", 0}, {H_NOTHER, "quotas?", 0},
	{H_NOTHER, "deal\\s+(?:sizes?|values?)", 0}, {H_NOTHER, "tickets?", 0}, {H_NOTHER, "invoices?", 0},
	{H_KW, "salary", 0}, {H_KW, "salaries", 0}, {H_KW, "pay", 0}, {H_KW, "paid", 0},
	{H_KW, "compensation", 0}, {H_KW, "remuneration", 0}, {H_KW, "wages?", 0}, {H_KW, "gehalt", 0},
	{H_KW, "verg\\x{fc}tung", 0}, {H_KW, "lohn", 0}, {H_KW, "verdienst", 0}, {H_KW, "salaire", 0},
	{H_KW, "salario", 0}, {H_KW, "sueldo", 0}, {H_KW, "salaris", 0}, {H_KW, "ctc", 0},
	{H_KW, "earn\\w*", 0}, {H_KW, "rates?", 0}, {H_KW, "income", 0},
	{H_KW, "r\\x{e9}mun\\x{e9}ration", 0}, {H_KW, "retribuci\\x{f3}n", 0}, {H_KW, "retribuzione", 0},
	{H_KW, "stipendio", 0}, {H_KW, "vergoeding", 0}, {H_KW, "l\\x{f6}n", 0}, {H_KW, "l\\x{f8}nn?", 0},
	{H_KW, "b\\x{e9}r", 0}, {H_KW, "fizet\\x{e9}s", 0},
	{H_KW, "palkka", 0}, {H_KW, "wynagrodzenie", 0}, {H_KW, "sal\\x{e1}rio", 0},
	{H_KW, "remunera\\x{e7}\\x{e3}o", 0},
};
static const row head_cjk[] = {
	{H_CYEAR, "\\x{5e74}\\x{53ce}", 0}, {H_CYEAR, "\\x{5e74}\\x{4ff8}", 0},   /* 年収 年俸 */
	{H_CYEAR, "\\x{5e74}\\x{85aa}", 0},                                    /* 年薪 */
	{H_CMONTH, "\\x{6708}\\x{7d66}", 0}, {H_CMONTH, "\\x{6708}\\x{53ce}", 0}, /* 月給 月収 */
	{H_CMONTH, "\\x{6708}\\x{85aa}", 0},                                   /* 月薪 */
	{H_CHOUR, "\\x{6642}\\x{7d66}", 0},                                    /* 時給 */
	{H_CDAY, "\\x{65e5}\\x{7d66}", 0},                                     /* 日給 */
};
#define HEAD_WORD_OPEN "(?:(?<![\\p{L}])(?:"
#define HEAD_WORD_CLOSE ")(?![\\p{L}]))"

/* One token after a figure (matched repeatedly, anchored). */
enum tcat {
	T_HOUR, T_DAY, T_WEEK, T_MONTH, T_YEAR, T_MORE, T_EST, T_NEG, T_BONUS, T_BASE, T_OTE, T_KW, T_FILL, T_N
};
static const char *const tnames[T_N] = {
	"hour", "day", "week", "month", "year", "more", "est", "neg", "bonus", "base", "ote", "kw", "fill"
};
static const row tail_rows[] = {
	{T_HOUR, "per\\s+hour", 0}, {T_HOUR, "per\\s+hr", 0}, {T_HOUR, "an?\\s+hour", 0},
	{T_HOUR, "/\\s*(?:hour|hr|h|std|stunde|heure|hora|uur)(?![\\p{L}])", 0}, {T_HOUR, "hourly", 0},
	{T_HOUR, "p\\.\\s?h\\.?", 0}, {T_HOUR, "ph(?![\\p{L}])", 0}, {T_HOUR, "pro\\s+stunde", 0},
	{T_HOUR, "die\\s+stunde", 0}, {T_HOUR, "la\\s+hora", 0}, {T_HOUR, "par\\s+heure", 0},
	{T_HOUR, "(?:de\\s+)?l['\\x{2019}]heure", 0},
	{T_HOUR, "per\\s+uur", 0}, {T_HOUR, "brutto\\s+pro\\s+stunde", 0},
	{T_DAY, "per\\s+day", 0}, {T_DAY, "an?\\s+day", 0},
	{T_DAY, "/\\s*(?:day|d|tag|jour|d\\x{ed}a|dag)(?![\\p{L}])", 0}, {T_DAY, "daily", 0},
	{T_DAY, "day\\s+rate", 0}, {T_DAY, "pro\\s+tag", 0}, {T_DAY, "am\\s+tag", 0}, {T_DAY, "p\\.\\s?d\\.?", 0},
	{T_DAY, "per\\s+diem", 0}, {T_DAY, "par\\s+jour", 0}, {T_DAY, "per\\s+dag", 0},
	{T_WEEK, "per\\s+week", 0}, {T_WEEK, "an?\\s+week", 0},
	{T_WEEK, "/\\s*(?:week|wk|woche|semaine)(?![\\p{L}])", 0}, {T_WEEK, "weekly", 0},
	{T_WEEK, "pro\\s+woche", 0}, {T_WEEK, "p\\.\\s?w\\.?", 0}, {T_WEEK, "pw(?![\\p{L}])", 0},
	{T_WEEK, "w\\x{f6}chentlich", 0}, {T_WEEK, "par\\s+semaine", 0},
	{T_MONTH, "per\\s+month", 0}, {T_MONTH, "an?\\s+month", 0},
	{T_MONTH, "/\\s*(?:month|mo|mth|monat|mois|mes|m\\x{ea}s|maand|m\\x{e5}n|mnd|md|m)(?![\\p{L}])", 0},
	{T_MONTH, "monthly", 0}, {T_MONTH, "monatlich", 0}, {T_MONTH, "im\\s+monat", 0},
	{T_MONTH, "pro\\s+monat", 0}, {T_MONTH, "p\\.\\s?m\\.", 0}, {T_MONTH, "pcm", 0},
	{T_MONTH, "par\\s+mois", 0}, {T_MONTH, "al\\s+mes", 0}, {T_MONTH, "por\\s+m[e\\x{ea}]s", 0},
	{T_MONTH, "per\\s+maand", 0}, {T_MONTH, "per\\s+m\\x{e5}nad", 0}, {T_MONTH, "i\\s+m\\x{e5}naden", 0},
	{T_MONTH, "om\\s+m\\x{e5}neden", 0}, {T_MONTH, "i\\s+m\\x{e5}neden", 0},
	{T_MONTH, "per\\s+m\\x{e5}ned", 0}, {T_MONTH, "mtl\\.?", 0}, {T_MONTH, "mensuel(?:le)?", 0},
	{T_MONTH, "mensal", 0}, {T_MONTH, "mensile", 0}, {T_MONTH, "al\\s+mese", 0},
	{T_MONTH, "mensuales?", 0}, {T_MONTH, "miesi\\x{119}cznie", 0}, {T_MONTH, "kuukaudessa", 0}, {T_MONTH, "brutto\\s+monatlich", 0},
	{T_MONTH, "brutto\\s+im\\s+monat", 0},
	/* Czech, Romanian, Hungarian, Malay/Indonesian */
	{T_MONTH, "m\\x{11b}s\\x{ed}\\x{10d}n\\x{11b}", 0}, {T_MONTH, "za\\s+m\\x{11b}s\\x{ed}c", 0},
	{T_MONTH, "(?:brut\\s+|net\\s+)?lunar", 0}, {T_MONTH, "pe\\s+lun\\x{103}", 0}, {T_MONTH, "havonta", 0},
	{T_MONTH, "/\\s*h\\x{f3}(?![\\p{L}])", 0},
	{T_MONTH, "per\\s+bulan", 0}, {T_MONTH, "sebulan", 0}, {T_MONTH, "/\\s*bulan", 0},
	{T_YEAR, "per\\s+year", 0}, {T_YEAR, "an?\\s+year(?!s)", 0},
	{T_YEAR, "/\\s*(?:year|yr|y|jahr|an|a|a\\x{f1}o|jaar|annum|\\x{e5}r)(?![\\p{L}])", 0},
	{T_YEAR, "annually", 0}, {T_YEAR, "annual", 0}, {T_YEAR, "yearly", 0}, {T_YEAR, "per\\s+annum", 0},
	{T_YEAR, "p\\.\\s?a\\.?", 0}, {T_YEAR, "pa(?![\\p{L}])", 0}, {T_YEAR, "j\\x{e4}hrlich", 0},
	{T_YEAR, "im\\s+jahr", 0}, {T_YEAR, "pro\\s+jahr", 0}, {T_YEAR, "brutto\\s+j\\x{e4}hrlich", 0},
	{T_YEAR, "brutto\\s+im\\s+jahr", 0}, {T_YEAR, "par\\s+ann\\x{e9}e", 0}, {T_YEAR, "par\\s+an(?![\\p{L}])", 0}, {T_YEAR, "al\\s+a\\x{f1}o", 0},
	{T_YEAR, "por\\s+a\\x{f1}o", 0}, {T_YEAR, "per\\s+jaar", 0}, {T_YEAR, "(?:bruts?\\s+)?annuel(?:le)?s?", 0},
	{T_YEAR, "brutos?\\s+anuales?", 0}, {T_YEAR, "anuales?", 0}, {T_YEAR, "anual", 0},
	{T_YEAR, "annui", 0}, {T_YEAR, "annuo", 0}, {T_YEAR, "annuale", 0}, {T_YEAR, "all'anno", 0},
	{T_YEAR, "rocznie", 0}, {T_YEAR, "per\\s+\\x{e5}r", 0}, {T_YEAR, "om\\s+\\x{e5}ret", 0},
	{T_YEAR, "ro\\x{10d}n\\x{11b}", 0}, {T_YEAR, "(?:brut\\s+)?anual", 0}, {T_YEAR, "pe\\s+an(?![\\p{L}])", 0},
	{T_YEAR, "\\x{e9}vente", 0}, {T_YEAR, "per\\s+tahun", 0}, {T_YEAR, "setahun", 0},
	{T_YEAR, "i\\s+\\x{e5}ret", 0}, {T_YEAR, "vuodessa", 0}, {T_YEAR, "\\x{5e74}(?:\\x{53ce})?", 0},
	{T_MORE, "or\\s+more", 0}, {T_MORE, "or\\s+above", 0}, {T_MORE, "and\\s+above", 0},
	{T_MORE, "and\\s+up(?![\\p{L}])", 0}, {T_MORE, "und\\s+mehr", 0}, {T_MORE, "oder\\s+mehr", 0},
	{T_MORE, "et\\s+plus", 0}, {T_MORE, "o\\s+m\\x{e1}s", 0}, {T_MORE, "of\\s+meer", 0},
	{T_EST, "\\(?\\s*glassdoor\\s+est(?:imate)?\\.?\\s*\\)?", 0},
	{T_EST, "\\(\\s*est(?:imated?)?\\.?\\s*\\)", 0}, {T_EST, "estimated(?![\\p{L}])", 0},
	{T_NEG, "(?:million|millionen|mio|mill?|billion|bn|mrd|milliarden|milliard|percent|prozent|years?|yrs?"
		"|jahre|jahren|employees|mitarbeiter\\w*|people|users|customers|kunden|staff|members|downloads"
		"|stars|series|funding|in\\s+funding|revenue|umsatz|valuation|in\\s+stock|shares|square|sq)"
		"(?![\\p{L}])", 0},
	{T_NEG, "%", 0}, {T_NEG, "\\(k\\)", 0},
	{T_BONUS, "(?:(?!(?:plus|and|with|und|mit|zzgl|inkl|incl|or|oder)(?![\\p{L}]))[\\p{L}-]+\\s+)?"
		"(?:sign[\\s-]*on|signing|bonus\\w*|equity|rsus?|relocation|stipend|allowance|budget|referral"
		"|commissions?)(?![\\p{L}])", 0},
	/* no word allowed before these (the row above is tried at every token
	 * that starts with a letter: kept short) */
	{T_BONUS, "(?:in\\s+)?(?:(?:ad|media|marketing)\\s+)?(?:spend\\w*|savings|provision\\w*"
		"|overtime|\\x{fc}berstunde\\w*|sparen|ersparnis\\w*|einsparung\\w*)(?![\\p{L}])", 0},
	{T_BASE, "base(?:\\s+(?:salary|pay))?(?![\\p{L}])", 0},
	{T_OTE, "(?:ote|on[\\s-]*target[\\s-]+earnings?)(?![\\p{L}])", 0},
	{T_KW, "(?:salary|gehalt)(?![\\p{L}])", 0},
	{T_FILL, "(?:gross|brutto|brutt\\x{f3}|netto|net|brut|bruts|brute|brutes|bruto|brutos|lordi|lordo|before\\s+tax|vor\\s+steuern|fixed|fix"
		"|approx\\.?|ca\\.?|plus\\s+benefits|\\+\\s*benefits)(?![\\p{L}])", 0},
	{T_FILL, "[(),:]", 0},
};

#define NROWS_MAX 256
#define NCAT_MAX H_N   /* H_N > T_N */

/* One pattern built from the rows pick[] marks (compiled when first
 * needed): capturing group g (1-based) is category cat[g-1]. */
typedef struct subpat {
	jd_re *re;
	unsigned char *pick;
	int ng;
	unsigned char cat[NCAT_MAX];
} subpat;

/* A context pattern: its rows (a, wrapped in open ... close, then b) and
 * the patterns per start byte. */
typedef struct ctxpat {
	const row *a, *b;
	size_t na, nb;
	const char *open, *close;
	const char *const *names;
	subpat *by[256];           /* rows that can start with the byte; NULL: none */
	subpat *by_in_word[256];   /* the same and the in_word rows */
	subpat *own[512];          /* the distinct ones by[] and by_in_word[] point to */
	size_t nown;
} ctxpat;

#define NOV 40
#define CT_BUCKET 12

struct js_parser {
	js_opts o;
	ctxpat head, tail;
	js_mention *ms;
	size_t n, cap;
	unsigned long dropped;
	size_t scan_lo;    /* end of the last candidate whose context was read */
	int clause_kw;     /* that candidate's clause has a salary word before it */
	unsigned char first[256], last[256];  /* bytes a currency token can start / end with */
	/* ctoks indexes, in table order, whose first / last byte matches a byte */
	unsigned char fidx[256][CT_BUCKET], fcnt[256], lidx[256][CT_BUCKET], lcnt[256];
	unsigned char head_pair_ok[36][36];   /* see head_cand */
	const char *dollar, *kr, *yen, *bare;  /* currency of "$", "kr", "¥", bare numbers */
	jd_re *paycount;   /* "14 Gehälter", "13th month salary": see salaries_a_year */
};

/* ---- small tables ------------------------------------------------------ */

static const struct { const char *cc, *cur; } countries[] = {
	{"US", "USD"}, {"CA", "CAD"}, {"AU", "AUD"}, {"NZ", "NZD"}, {"SG", "SGD"}, {"HK", "HKD"},
	{"MX", "MXN"}, {"GB", "GBP"}, {"UK", "GBP"}, {"IE", "EUR"}, {"DE", "EUR"}, {"AT", "EUR"},
	{"FR", "EUR"}, {"ES", "EUR"}, {"IT", "EUR"}, {"NL", "EUR"}, {"BE", "EUR"}, {"LU", "EUR"},
	{"FI", "EUR"}, {"PT", "EUR"}, {"GR", "EUR"}, {"SK", "EUR"}, {"SI", "EUR"}, {"EE", "EUR"},
	{"LV", "EUR"}, {"LT", "EUR"}, {"HR", "EUR"}, {"CH", "CHF"}, {"LI", "CHF"}, {"SE", "SEK"},
	{"NO", "NOK"}, {"DK", "DKK"}, {"PL", "PLN"}, {"IN", "INR"}, {"JP", "JPY"}, {"CN", "CNY"},
	{"ZA", "ZAR"}, {"BR", "BRL"}, {"CZ", "CZK"}, {"HU", "HUF"}, {"RO", "RON"}, {"AE", "AED"},
	{"MY", "MYR"}, {"PH", "PHP"}, {"TH", "THB"}, {"ID", "IDR"}, {"KR", "KRW"},
};

const char *js_country_currency(const char *cc)
{
	if (!cc)
		return NULL;
	for (size_t i = 0; i < sizeof countries / sizeof *countries; i++)
		if ((cc[0] & ~0x20) == countries[i].cc[0] && (cc[1] & ~0x20) == countries[i].cc[1] && !cc[2])
			return countries[i].cur;
	return NULL;
}

/* Period bands (a value below hour is per hour, ...) and the plausible
 * annual range, in units of the currency.  Approximate, for inference only. */
static const struct band {
	const char *cur;
	double hour, day, month;     /* upper bounds of the inferred bands */
	double lo, hi;               /* plausible annual range */
	double hmin;                 /* smallest plausible inferred hourly figure */
} bands[] = {
	{"USD", 200, 1000, 10000, 1000, 3e6, 7},
	{"EUR", 150, 1000, 15000, 1000, 3e6, 5},
	{"GBP", 150, 1000, 10000, 1000, 3e6, 5},
	{"CHF", 200, 1500, 20000, 1000, 3e6, 10},
	{"CAD", 200, 1000, 12000, 1000, 4e6, 7},
	{"AUD", 200, 1500, 12000, 1000, 4e6, 10},
	{"NZD", 200, 1500, 12000, 1000, 5e6, 10},
	{"SGD", 200, 1500, 20000, 1000, 4e6, 5},
	{"HKD", 1000, 5000, 100000, 8000, 2e7, 40},
	{"SEK", 1000, 6000, 150000, 10000, 3e7, 50},
	{"NOK", 1000, 6000, 150000, 10000, 3e7, 50},
	{"DKK", 1000, 6000, 120000, 7000, 2e7, 40},
	{"PLN", 300, 2000, 50000, 4000, 1e7, 10},
	{"INR", 2000, 10000, 200000, 20000, 3e8, 50},
	{"JPY", 5000, 50000, 1000000, 100000, 5e8, 500},
	{"CNY", 500, 3000, 80000, 7000, 2e7, 10},
	{"ZAR", 1000, 5000, 150000, 15000, 5e7, 20},
	{"BRL", 300, 2000, 50000, 5000, 1.5e7, 5},
	{"MXN", 1000, 5000, 150000, 15000, 5e7, 30},
	{"CZK", 1500, 10000, 300000, 20000, 6e7, 80},
	{"HUF", 15000, 100000, 3000000, 300000, 1e9, 1000},
	{"RON", 300, 2000, 60000, 4000, 1.3e7, 10},
	{"AED", 300, 2000, 100000, 4000, 1.1e7, 10},
	{"MYR", 300, 2000, 60000, 4000, 1.3e7, 5},
	{"PHP", 2000, 10000, 500000, 60000, 2e8, 50},
	{"THB", 2000, 10000, 500000, 30000, 1e8, 30},
	{"IDR", 500000, 3000000, 1e8, 1e7, 5e10, 10000},
	{"KRW", 100000, 700000, 2e7, 1e6, 4e9, 5000},
};

static const struct band *band_for(const char *cur)
{
	for (size_t i = 0; i < sizeof bands / sizeof *bands; i++)
		if (!strcmp(bands[i].cur, cur))
			return &bands[i];
	return &bands[1];   /* unknown or no currency: EUR-like bands */
}

/* Currency tokens, longest first within each spelling family.  cur "$",
 * "kr", "Y" are resolved by country.  rank: 2 ISO code or unambiguous,
 * 1 ambiguous symbol. */
#define T(s, c, r) {s, sizeof(s) - 1, c, r}
static const struct ctok { const char *s; size_t len; const char *cur; int rank; } ctoks[] = {
	T("US dollars", "USD", 2), T("US-Dollar", "USD", 2), T("US$", "USD", 2), T("USD", "USD", 2),
	T("CA$", "CAD", 2), T("C$", "CAD", 2), T("CAD", "CAD", 2), T("AU$", "AUD", 2), T("A$", "AUD", 2),
	T("AUD", "AUD", 2), T("NZ$", "NZD", 2), T("NZD", "NZD", 2), T("S$", "SGD", 2), T("SGD", "SGD", 2),
	T("HK$", "HKD", 2), T("HKD", "HKD", 2), T("R$", "BRL", 2), T("BRL", "BRL", 2), T("MX$", "MXN", 2),
	T("MXN", "MXN", 2), T("dollars", "$", 1), T("dollar", "$", 1), T("$", "$", 1),
	T("\xe2\x82\xac", "EUR", 2), T("EUR", "EUR", 2), T("Euros", "EUR", 2), T("Euro", "EUR", 2),
	T("\xc2\xa3", "GBP", 2), T("GBP", "GBP", 2), T("pounds", "GBP", 2),
	T("CHF", "CHF", 2), T("SFr.", "CHF", 2), T("Fr.", "CHF", 2), T("Franken", "CHF", 2),
	T("SEK", "SEK", 2), T("NOK", "NOK", 2), T("DKK", "DKK", 2), T("kronor", "SEK", 2),
	T("kroner", "kr", 1), T("kr.", "kr", 1), T("kr", "kr", 1),
	T("PLN", "PLN", 2), T("z\xc5\x82", "PLN", 2), T("INR", "INR", 2), T("\xe2\x82\xb9", "INR", 2),
	T("Rs.", "INR", 2), T("Rs", "INR", 2), T("rupees", "INR", 2),
	T("JPY", "JPY", 2), T("\xe5\x86\x86", "JPY", 2), T("yen", "JPY", 2), T("\xc2\xa5", "Y", 1),
	T("\xef\xbf\xa5", "Y", 1), T("ZAR", "ZAR", 2), T("CNY", "CNY", 2), T("RMB", "CNY", 2),
	T("\xe5\x85\x83", "CNY", 2),
	T("CZK", "CZK", 2), T("K\xc4\x8d", "CZK", 2), T("HUF", "HUF", 2), T("forint", "HUF", 2),
	T("Ft", "HUF", 2),   /* case-sensitive (two bytes): "ft" is feet */
	T("RON", "RON", 2), T("lei", "RON", 2), T("AED", "AED", 2), T("MYR", "MYR", 2), T("RM", "MYR", 2),
	T("PHP", "PHP", 2), T("\xe2\x82\xb1", "PHP", 2), T("THB", "THB", 2), T("\xe0\xb8\xbf", "THB", 2),
	T("IDR", "IDR", 2), T("Rp", "IDR", 2), T("KRW", "KRW", 2), T("\xe2\x82\xa9", "KRW", 2),
};
#define NCTOK (sizeof ctoks / sizeof *ctoks)

static int is_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* token compare: ASCII-letter tokens of 3+ bytes match case-insensitively
 * (n >= 1; the first bytes are compared first: most calls end there) */
static inline int tok_eq(const char *s, const char *t, size_t n)
{
	if (n >= 3 && is_alpha((unsigned char)t[0]) && is_alpha((unsigned char)t[1])) {
		if (((unsigned char)s[0] | 0x20) != ((unsigned char)t[0] | 0x20))
			return 0;
		for (size_t i = 1; i < n; i++) {
			unsigned char a = (unsigned char)s[i], b = (unsigned char)t[i];
			if (is_alpha(b) ? (a | 0x20) != (b | 0x20) : a != b)
				return 0;
		}
		return 1;
	}
	for (size_t i = 0; i < n; i++)     /* short tokens: no memcmp call */
		if (s[i] != t[i])
			return 0;
	return 1;
}

/* space-like at s[i]: returns its byte length, 0 if none */
static size_t space_at(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	if (c == ' ' || c == '\t')
		return 1;
	if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] == 0xa0)
		return 2;
	if (c == 0xe2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0xaf || (unsigned char)s[i + 2] == 0x89 ||
	     (unsigned char)s[i + 2] == 0x8a || (unsigned char)s[i + 2] == 0x88))
		return 3;
	return 0;
}
static size_t skip_sp(const char *s, size_t n, size_t i, int max)
{
	size_t k;
	while (max-- > 0 && i < n && (k = space_at(s, n, i)))
		i += k;
	return i;
}
/* space-like ending at s[i-1]: its length */
static size_t space_before(const char *s, size_t i)
{
	if (i >= 1 && (s[i - 1] == ' ' || s[i - 1] == '\t'))
		return 1;
	if (i >= 2 && (unsigned char)s[i - 2] == 0xc2 && (unsigned char)s[i - 1] == 0xa0)
		return 2;
	if (i >= 3 && (unsigned char)s[i - 3] == 0xe2 && (unsigned char)s[i - 2] == 0x80 &&
	    ((unsigned char)s[i - 1] == 0xaf || (unsigned char)s[i - 1] == 0x89))
		return 3;
	return 0;
}

/* the ctoks index of the token spelled s, or -1 */
static int ctok_index(const char *s)
{
	for (size_t k = 0; k < NCTOK; k++)
		if (!strcmp(ctoks[k].s, s))
			return (int)k;
	return -1;
}

/* "C $95,000" (a letter split from its dollar sign): the ctoks index of
 * "C$", "A$", "S$" or "R$" for letter c, else -1 */
static int spaced_dollar(unsigned char c)
{
	const char *name = c == 'C' ? "C$" : c == 'A' ? "A$" : c == 'S' ? "S$" : c == 'R' ? "R$" : NULL;
	return name ? ctok_index(name) : -1;
}

/* currency token starting at s[i]: index into ctoks or -1; *end set */
static int cur_at(const js_parser *p, const char *s, size_t n, size_t i, size_t *end)
{
	if (i >= n)
		return -1;
	if (i + 2 < n && s[i + 1] == ' ' && s[i + 2] == '$' && (i == 0 || !is_alpha((unsigned char)s[i - 1]))) {
		int k = spaced_dollar((unsigned char)s[i]);
		if (k >= 0) {
			*end = i + 3;
			return k;
		}
	}
	unsigned char c0 = (unsigned char)s[i];
	if (!p->first[c0])
		return -1;
	for (size_t b = 0; b < p->fcnt[c0]; b++) {
		size_t k = p->fidx[c0][b];
		size_t l = ctoks[k].len;
		if (i + l > n || !tok_eq(s + i, ctoks[k].s, l))
			continue;
		if (is_alpha((unsigned char)ctoks[k].s[l - 1]) && i + l < n && is_alpha((unsigned char)s[i + l]))
			continue;
		if (is_alpha((unsigned char)ctoks[k].s[0]) && i > 0 && is_alpha((unsigned char)s[i - 1]))
			continue;
		*end = i + l;
		return (int)k;
	}
	return -1;
}
/* currency token ending at s[i-1]: index or -1; *start set */
static int cur_before(const js_parser *p, const char *s, size_t i, size_t lo, size_t *start)
{
	if (i <= lo)
		return -1;
	unsigned char c1 = (unsigned char)s[i - 1];
	if (!p->last[c1])
		return -1;
	for (size_t b = 0; b < p->lcnt[c1]; b++) {
		size_t k = p->lidx[c1][b];
		size_t l = ctoks[k].len;
		if (i < lo + l || !tok_eq(s + i - l, ctoks[k].s, l))
			continue;
		if (is_alpha((unsigned char)ctoks[k].s[0]) && i - l > 0 && is_alpha((unsigned char)s[i - l - 1]))
			continue;
		*start = i - l;
		if (!strcmp(ctoks[k].s, "$") && i - l >= lo + 2 && s[i - l - 1] == ' ' &&
		    (i - l - 2 == lo || !is_alpha((unsigned char)s[i - l - 3]))) {
			int k2 = spaced_dollar((unsigned char)s[i - l - 2]);
			if (k2 >= 0) {
				*start = i - l - 2;
				return k2;
			}
		}
		return (int)k;
	}
	return -1;
}

/* ---- numbers ----------------------------------------------------------- */

enum { S_COMMA = 1, S_DOT, S_SPACE, S_APOS };

size_t js_number(const char *s, size_t n, double *v)
{
	struct { size_t st, len; } g[16];
	int sep[16];
	size_t ng = 0, i = 0;
	if (!n || !is_digit((unsigned char)s[0]))
		return 0;
	/* fast path: a plain run of digits not followed by anything that could
	 * be a group or decimal separator (the same value and length as below) */
	{
		/* up to MAX_DIGITS significant digits the integer is exact in a
		 * double: the same value as the loop further down */
		size_t e = 0;
		uint64_t val = 0;
		int digits = 0;
		for (; e < n && is_digit((unsigned char)s[e]); e++) {
			digits += digits || s[e] != '0';
			val = val * 10 + (uint64_t)(s[e] - '0');
		}
		unsigned char c = e < n ? (unsigned char)s[e] : 0;
		int plain = e == n || !(c == ',' || c == '.' || c == '\'' || c == ' ' || c == '\t' || c == 0xc2 || c == 0xe2);
		/* a one-byte separator not followed by a digit (nor "-" after
		 * "," or ".": the "45.000,-" ending) ends the number too */
		if (!plain && c < 0x80 && (e + 1 >= n || (!is_digit((unsigned char)s[e + 1]) && s[e + 1] != '-')))
			plain = 1;
		if (plain) {
			if (digits > MAX_DIGITS)
				return 0;
			*v = (double)val;
			return e;
		}
	}
	for (;;) {
		size_t st = i;
		while (i < n && is_digit((unsigned char)s[i]))
			i++;
		g[ng].st = st;
		g[ng].len = i - st;
		ng++;
		if (ng == 16 || i >= n)
			break;
		int t = 0;
		size_t k = 0;
		unsigned char c = (unsigned char)s[i];
		if (c == ',') t = S_COMMA, k = 1;
		else if (c == '.') t = S_DOT, k = 1;
		else if (c == '\'') t = S_APOS, k = 1;
		else if (c == 0xe2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x99)
			t = S_APOS, k = 3;
		else if ((k = space_at(s, n, i)) != 0 && s[i] != '\t')
			t = S_SPACE;
		if (!t || i + k >= n || !is_digit((unsigned char)s[i + k]))
			break;
		sep[ng - 1] = t;
		i += k;
	}
	/* space and apostrophe groupings must be exact: 1-3 digits then 3s;
	 * otherwise the number ends before that separator */
	for (size_t k = 0; k + 1 < ng; k++) {
		if (sep[k] != S_SPACE && sep[k] != S_APOS)
			continue;
		int okg = g[k + 1].len == 3 && g[0].len <= 3 && (k == 0 || sep[k - 1] == sep[k]);
		/* a decimal part may follow ("1 234,56") */
		if (!okg) {
			ng = k + 1;
			break;
		}
	}
	/* decimal separator? */
	int dec = 0;   /* separator kind used as decimal point, at sep[ng-2] */
	if (ng >= 2 && (sep[ng - 2] == S_COMMA || sep[ng - 2] == S_DOT)) {
		int kind = sep[ng - 2], same = 0, other = 0;
		for (size_t k = 0; k + 2 < ng; k++) {
			if (sep[k] == kind) same = 1;
			else if (sep[k] == S_COMMA || sep[k] == S_DOT) other = 1;
		}
		if (g[ng - 1].len != 3 || other) {
			if (same)
				return 0;       /* "1.2.3", "01.02.2023" */
			dec = kind;
		}
	}
	size_t nint = dec ? ng - 1 : ng;   /* groups of the integer part */
	if (nint > 1) {
		int kind = sep[0];
		for (size_t k = 1; k + 1 < nint; k++)
			if (sep[k] != kind)
				return 0;
		if (g[0].len > 3)
			return 0;
		int western = 1;
		for (size_t k = 1; k < nint; k++)
			if (g[k].len != 3)
				western = 0;
		if (!western) {
			/* Indian grouping 12,34,567: 2-digit groups then a final 3 */
			int indian = kind == S_COMMA && g[0].len <= 2 && g[nint - 1].len == 3;
			for (size_t k = 1; indian && k + 1 < nint; k++)
				if (g[k].len != 2)
					indian = 0;
			if (!indian)
				return 0;
		}
	}
	double val = 0;
	int digits = 0;
	for (size_t k = 0; k < nint; k++)
		for (size_t j = 0; j < g[k].len; j++) {
			if (digits || s[g[k].st + j] != '0')
				digits++;
			val = val * 10 + (s[g[k].st + j] - '0');
		}
	if (digits > MAX_DIGITS)
		return 0;
	size_t end = g[nint - 1].st + g[nint - 1].len;
	if (dec) {
		double f = 1;
		size_t k = ng - 1;
		for (size_t j = 0; j < g[k].len && j < 12; j++) {
			f /= 10;
			val += f * (s[g[k].st + j] - '0');
		}
		end = g[k].st + g[k].len;
	} else if (end + 1 < n && (s[end] == ',' || s[end] == '.') && s[end + 1] == '-') {
		/* "45.000,-" and "45.000,--" */
		end += 2;
		if (end < n && s[end] == '-')
			end++;
	}
	*v = val;
	return end;
}

/* ---- multipliers ------------------------------------------------------- */

enum { M_NONE, M_K, M_LAKH, M_CRORE, M_MAN, M_LPA };

/* multiplier right after a number at s[i]: returns its kind, *end set;
 * currency the multiplier implies in *cur (LPA, lakh: INR) */
static int mult_at(const char *s, size_t n, size_t i, size_t *end, double *m)
{
	size_t j = skip_sp(s, n, i, 1);
	const char *p = s + j;
	size_t r = n - j;
	*end = i;
	*m = 1;
	switch (r ? (unsigned char)p[0] : 0) {
	case 'k': case 'K': case 'T': case 't': case 'L': case 'l': case 'c': case 'C': case 'm':
	case 0xe4: case 0xe5:
		break;
	default:
		return M_NONE;
	}
	/* a letter: ASCII, or the lead byte of a Latin letter (U+00C0..U+024F):
	 * "65 000 Kč" is koruna, not 65 million */
#define NEXT_NOT_ALPHA(l) ((l) >= r || !(is_alpha((unsigned char)p[l]) || \
	((unsigned char)p[l] >= 0xc3 && (unsigned char)p[l] <= 0xc9)))
	if (j == i && r >= 1 && (p[0] == 'k' || p[0] == 'K') && NEXT_NOT_ALPHA(1)) {
		*end = j + 1, *m = 1e3;
		return M_K;
	}
	if (r >= 2 && p[0] == 'k' && (p[1] == '$' || (r >= 4 && !memcmp(p + 1, "\xe2\x82\xac", 3)) ||
				     (r >= 3 && !memcmp(p + 1, "\xc2\xa3", 2)))) {
		/* "45 k€" */
		*end = j + 1, *m = 1e3;
		return M_K;
	}
	if (r >= 1 && p[0] == 'K' && NEXT_NOT_ALPHA(1)) {
		*end = j + 1, *m = 1e3;
		return M_K;
	}
	if (r >= 4 && (p[0] == 'T') && (!memcmp(p + 1, "\xe2\x82\xac", 3))) {
		*end = j + 1, *m = 1e3;
		return M_K;
	}
	if (r >= 4 && !memcmp(p, "TEUR", 4) && NEXT_NOT_ALPHA(4)) {
		*end = j + 1, *m = 1e3;
		return M_K;
	}
	if (r >= 3 && tok_eq(p, "Tsd", 3) && NEXT_NOT_ALPHA(3)) {
		*end = j + 3 + (r > 3 && p[3] == '.'), *m = 1e3;
		return M_K;
	}
	if (r >= 7 && tok_eq(p, "tausend", 7) && NEXT_NOT_ALPHA(7)) {
		*end = j + 7, *m = 1e3;
		return M_K;
	}
	if (r >= 8 && tok_eq(p, "thousand", 8) && NEXT_NOT_ALPHA(8)) {
		*end = j + 8, *m = 1e3;
		return M_K;
	}
	if (r >= 3 && !memcmp(p, "mil", 3) && NEXT_NOT_ALPHA(3)) {   /* ES "45 mil euros" */
		*end = j + 3, *m = 1e3;
		return M_K;
	}
	if (r >= 3 && tok_eq(p, "LPA", 3) && NEXT_NOT_ALPHA(3)) {
		*end = j + 3, *m = 1e5;
		return M_LPA;
	}
	static const char *const lakh[] = {"lakhs", "lakh", "lacs", "lac", "L"};
	static const unsigned char lakh_len[] = {5, 4, 4, 3, 1};
	for (size_t k = 0; k < 5; k++) {
		size_t l = lakh_len[k];
		if (r >= l && (l == 1 ? p[0] == 'L' : tok_eq(p, lakh[k], l)) && NEXT_NOT_ALPHA(l)) {
			*end = j + l, *m = 1e5;
			return M_LAKH;
		}
	}
	static const char *const crore[] = {"crores", "crore", "cr"};
	static const unsigned char crore_len[] = {6, 5, 2};
	for (size_t k = 0; k < 3; k++) {
		size_t l = crore_len[k];
		if (r >= l && (l == 2 ? (p[0] == 'c' || p[0] == 'C') && p[1] == 'r' : tok_eq(p, crore[k], l)) && NEXT_NOT_ALPHA(l)) {
			*end = j + l, *m = 1e7;
			return M_CRORE;
		}
	}
	if (j == i && r >= 3 && !memcmp(p, "\xe4\xb8\x87", 3)) {   /* 万 */
		*end = j + 3, *m = 1e4;
		return M_MAN;
	}
	if (j == i && r >= 3 && !memcmp(p, "\xe5\x8d\x83", 3)) {   /* 千 */
		*end = j + 3, *m = 1e3;
		return M_K;
	}
#undef NEXT_NOT_ALPHA
	*end = i;
	*m = 1;
	return M_NONE;
}

/* ---- one amount: number, multiplier, currency after it ----------------- */

typedef struct amt {
	size_t st, end;     /* number start; end after multiplier and currency suffix */
	double v;
	int mult;           /* M_* */
	double m;
	int ctok;           /* ctoks index of currency after, or -1 */
	int attached;       /* letter or '+' right after the number (neg checks) */
} amt;

/* "Band 5 £28,407", "Ab 2026 € 60.000": a currency token ending at ce that
 * stands after a space behind a number (at s[i], value v, multiplier mult)
 * belongs to the number after it when it is glued to that one and that one
 * is bigger (or this one is a year, four digits 1900-2099), or when that
 * one follows after a space, has no currency of its own and is a
 * salary-sized figure far above this one (or this one is a year):
 * "20 € 40 Stunden" keeps its currency. */
static int next_number_owns(const js_parser *p, const char *s, size_t n, size_t i, size_t ce, double v, int mult)
{
	size_t q = skip_sp(s, n, ce, 1);
	if (q >= n || !is_digit((unsigned char)s[q]))
		return 0;
	int year = v >= 1900 && v <= 2099 && v == floor(v) && i + 4 < n && !is_digit((unsigned char)s[i + 4]) &&
		is_digit((unsigned char)s[i + 3]);   /* "1.900" has a dot there */
	double w;
	size_t l = js_number(s + q, n - q, &w), ce2;
	if (!l)
		return 0;
	if (q == ce)
		return w > v || year;
	if (mult != M_NONE || w < 1000 || !(w >= 10 * v || year))
		return 0;
	/* (a multiplier after it: "60.000 k" is no salary either way) */
	return cur_at(p, s, n, skip_sp(s, n, q + l, 1), &ce2) < 0;
}

static int read_amount(const js_parser *p, const char *s, size_t n, size_t i, amt *a)
{
	double v;
	size_t e = js_number(s + i, n - i, &v);
	if (!e)
		return 0;
	e += i;
	a->st = i;
	a->v = v;
	size_t me;
	a->mult = mult_at(s, n, e, &me, &a->m);
	e = me;
	a->ctok = -1;
	if (a->mult == M_K && me >= 1 && s[me - 1] == 'T' && me + 3 <= n && !memcmp(s + me, "EUR", 3)) {
		/* "60 TEUR": the multiplier is the T, the currency what follows */
		a->ctok = ctok_index("EUR");
		a->end = me + 3;
		return 1;
	}
	size_t j = skip_sp(s, n, e, 1), ce;
	int k = cur_at(p, s, n, j, &ce);
	if (k >= 0 && !(j > e && next_number_owns(p, s, n, i, ce, v * a->m, a->mult))) {
		a->ctok = k;
		e = ce;
	}
	a->end = e;
	return 1;
}

/* ---- building the context patterns ------------------------------------- */

/* Append to b the picked rows, one named group per category: "(?<a>r1|r2)|(?<b>r3)". */
static void add_rows(jd_buf *b, const row *rows, size_t n, const unsigned char *pick,
		     const char *const *names, subpat *sp, int *any)
{
	size_t k = 0;
	while (k < n) {
		int cat = rows[k].cat, open = 0;
		for (; k < n && rows[k].cat == cat; k++) {
			if (!pick[k])
				continue;
			if (!open) {
				for (int g = 0; g < sp->ng; g++)
					if (sp->cat[g] == cat)
						jd_die(JD_EXIT_DATA, "internal error: rows of '%s' not adjacent", names[cat]);
				jd_buf_printf(b, "%s(?<%s>", *any ? "|" : "", names[cat]);
				sp->cat[sp->ng++] = (unsigned char)cat;
				open = 1;
			} else {
				jd_buf_addc(b, '|');
			}
			jd_buf_adds(b, rows[k].re);
			*any = 1;
		}
		if (open)
			jd_buf_addc(b, ')');
	}
}

/* Compile sp: "\G(?:" open <picked rows of a> close "|" <picked rows of b> ")". */
static void compile_subpat(const ctxpat *cp, subpat *sp)
{
	jd_buf s = JD_BUF_INIT;
	int any = 0, anyb = 0;
	const unsigned char *pick = sp->pick;
	sp->ng = 0;
	jd_buf_adds(&s, "\\G(?:");
	for (size_t k = 0; k < cp->na && !any; k++)
		any = pick[k];
	if (any) {
		any = 0;
		jd_buf_adds(&s, cp->open);
		add_rows(&s, cp->a, cp->na, pick, cp->names, sp, &any);
		jd_buf_adds(&s, cp->close);
	}
	for (size_t k = 0; k < cp->nb && !anyb; k++)
		anyb = pick[cp->na + k];
	if (anyb) {
		if (any)
			jd_buf_addc(&s, '|');
		anyb = 0;
		add_rows(&s, cp->b, cp->nb, pick + cp->na, cp->names, sp, &anyb);
	}
	jd_buf_addc(&s, ')');
	sp->re = jd_re_compile_or_die(s.p, JD_RE_CASELESS);
	/* groups numbered as built: no row may hold a capturing group */
	for (int g = 0; g < sp->ng; g++)
		if (jd_re_group(sp->re, cp->names[sp->cat[g]]) != g + 1)
			jd_die(JD_EXIT_DATA, "internal error: capturing group in a row of '%s'", cp->names[sp->cat[g]]);
	if (sp->ng + 1 > NOV)
		jd_die(JD_EXIT_DATA, "internal error: too many categories");
	jd_buf_free(&s);
}

/* sp compiled: patterns are compiled when first needed, so a run only
 * pays for the start bytes its text has */
static const subpat *ready(const ctxpat *cp, subpat *sp)
{
	if (sp && !sp->re)
		compile_subpat(cp, sp);
	return sp;
}

/* Intern the pattern of the rows pick[0..n) marks: the one already set up
 * with the same rows, or a new one (compiled when first used). */
static subpat *intern_subpat(ctxpat *cp, const unsigned char *pick, size_t n)
{
	int any = 0;
	for (size_t k = 0; k < n; k++)
		any |= pick[k];
	if (!any)
		return NULL;
	for (size_t u = 0; u < cp->nown; u++)
		if (!memcmp(cp->own[u]->pick, pick, n))
			return cp->own[u];
	subpat *sp = jd_xcalloc(1, sizeof *sp);
	sp->pick = jd_xmalloc(n);
	memcpy(sp->pick, pick, n);
	cp->own[cp->nown++] = sp;
	return sp;
}

/* Set up the patterns per start byte: by[c] the rows that can start a
 * match with byte c, by_in_word[c] those and the in_word rows. */
static void build_ctx(ctxpat *cp, const row *a, size_t na, const char *open, const char *close,
		      const row *b, size_t nb, const char *const *names)
{
	size_t n = na + nb;
	memset(cp, 0, sizeof *cp);
	cp->a = a, cp->na = na, cp->open = open, cp->close = close;
	cp->b = b, cp->nb = nb, cp->names = names;
	if (n > NROWS_MAX)
		jd_die(JD_EXIT_DATA, "internal error: too many pattern rows");
	unsigned char (*starts)[256] = jd_xcalloc(n, sizeof *starts);
	unsigned char in_word[NROWS_MAX];
	for (size_t k = 0; k < n; k++) {
		const row *r = k < na ? &a[k] : &b[k - na];
		in_word[k] = (unsigned char)(r->in_word != 0);
		if (!r->in_word)
			if (jd_re_start_bytes(r->re, JD_RE_CASELESS, starts[k]) != 0)
				jd_die(JD_EXIT_DATA, "internal pattern error in '%s'", r->re);
	}
	unsigned char pick[NROWS_MAX];
	for (int c = 0; c < 256; c++) {
		for (size_t k = 0; k < n; k++)
			pick[k] = starts[k][c];
		cp->by[c] = intern_subpat(cp, pick, n);
		for (size_t k = 0; k < n; k++)
			pick[k] |= in_word[k];
		cp->by_in_word[c] = intern_subpat(cp, pick, n);
	}
	free(starts);
}

static void free_ctx(ctxpat *cp)
{
	for (size_t u = 0; u < cp->nown; u++) {
		jd_re_free(cp->own[u]->re);
		free(cp->own[u]->pick);
		free(cp->own[u]);
	}
}

/* The category of a match: its first set group, -1 if none. */
static int match_cat(const subpat *sp, int rc, const size_t *ov)
{
	for (int g = 1; g < rc && g <= sp->ng; g++)
		if (ov[2 * g] != (size_t)-1)
			return sp->cat[g - 1];
	return -1;
}

/* ---- context ----------------------------------------------------------- */

typedef struct head {
	int label;          /* last label word, JS_L_NONE */
	size_t label_pos;
	int period;         /* last period word */
	int omax, omin;     /* one-sided word right before the figure */
	size_t oside_st;    /* where that word starts */
	int between;
	size_t bonus_pos, other_pos, kw_pos;   /* +1 positions, 0 = none */
	size_t stipend_pos;   /* +1 end of a stipend word that may name the pay, 0 = none */
} head;

/* Every word in s[a..b) is one of words[] (lower case; non-ASCII bytes
 * count as letters and must match exactly: "höhe" matches "Höhe"), and
 * there is no digit. */
static int only_words(const char *s, size_t a, size_t b, const char *const *words, size_t nw)
{
	size_t k = a;
	while (k < b) {
		unsigned char c = (unsigned char)s[k];
		if (is_digit(c))
			return 0;
		if (!is_alpha(c) && c < 0x80) {
			k++;
			continue;
		}
		size_t w = k;
		while (k < b && (is_alpha((unsigned char)s[k]) || (unsigned char)s[k] >= 0x80))
			k++;
		size_t l = k - w, j;
		for (j = 0; j < nw; j++) {
			size_t i = 0;
			if (strlen(words[j]) != l)
				continue;
			while (i < l && ((unsigned char)s[w + i] | (is_alpha((unsigned char)s[w + i]) ? 0x20 : 0)) ==
					(unsigned char)words[j][i])
				i++;
			if (i == l)
				break;
		}
		if (j == nw)
			return 0;
	}
	return 1;
}

/* "Overtime paid at", "bonus pay", "commission is paid": between a bonus
 * word and a salary word only these, so the salary word is part of that
 * phrase and does not make the figure pay ("target salary" is pay) */
static const char *const link_words[] = {"is", "are", "be", "will", "gets", "get", "wird", "werden", "also"};

/* A stipend is the pay when nothing or one of these stands before it
 * ("Monthly stipend", "PhD stipend: ..."); "learning stipend", "home
 * office stipend" are perks */
static const char *const stipend_before[] = {
	"a", "an", "the", "our", "your", "monthly", "annual", "yearly", "weekly", "phd", "doctoral",
	"research", "fellowship", "internship", "intern", "tax", "free", "gross", "net", "competitive",
	"generous", "paid", "ein", "eine", "einem", "einen", "ihr", "das", "monatliches", "monatlichen",
	"monatlich",
};
/* ... and only these between it and the figure ("Stipend of", "Stipendium
 * in Höhe von"); "Stipend for equipment: $500" is a perk */
static const char *const stipend_between[] = {
	"of", "von", "in", "h\xc3\xb6he", "is", "ist", "betr\xc3\xa4gt", "per", "pro", "month", "monat",
	"monthly", "monatlich", "year", "jahr", "a", "up", "to", "bis", "zu", "from", "ab", "approx", "ca",
	"about", "around", "etwa", "circa", "rund", "gross", "brutto", "net", "netto", "amount", "amounts",
	"totalling", "totaling", "at",
};
#define NWORDS(a) (sizeof a / sizeof *a)

/* s[0..l) is an abbreviation written with a dot before a figure */
static int abbrev_before_figure(const char *s, size_t l)
{
	static const char *const abbr[] = {"max", "min", "avg", "approx", "mind", "mtl"};
	for (size_t k = 0; k < sizeof abbr / sizeof *abbr; k++)
		if (strlen(abbr[k]) == l && tok_eq(s, abbr[k], l))
			return 1;
	return 0;
}

/* clause start: back from i to a line break, sentence end, or lo */
static size_t clause_start(const char *s, size_t i, size_t lo)
{
	size_t stop = i > lo + HEAD_BACK ? i - HEAD_BACK : lo;
	size_t j = i;
	while (j > stop) {
		unsigned char c = (unsigned char)s[j - 1];
		if (c == '\n' || c == '\r' || c == ';' || c == '|' || c == '!' || c == '?')
			return j;
		if (c == '.' && j < i && (s[j] == ' ' || s[j] == '\n') && j >= 4) {
			/* "word. ": a sentence end when the word has 3+ letters and
			 * ends in a lower-case one (not "U.S.", "ca."), and is not an
			 * abbreviation that stands before figures ("max. 80.000 €") */
			size_t w = j - 1, l = 0;
			while (w > stop && is_alpha((unsigned char)s[w - 1]))
				w--, l++;
			if (l >= 3 && (s[j - 2] >= 'a' && s[j - 2] <= 'z') && !abbrev_before_figure(s + w, l))
				return j;
		}
		j--;
	}
	return stop;
}

/* s[lo..hi) contains w (lower-case ASCII letters) ignoring ASCII case */
static int has_word_ci(const char *s, size_t lo, size_t hi, const char *w)
{
	size_t l = strlen(w);
	for (size_t i = lo; i + l <= hi; i++) {
		size_t k = 0;
		while (k < l && ((unsigned char)s[i + k] | 0x20) == (unsigned char)w[k])
			k++;
		if (k == l)
			return 1;
	}
	return 0;
}

/* The first two characters (ASCII, lower case) of every head word row
 * alternative that starts with two ASCII characters. */
static const char head_pairs[] =
	"st be en ei gr ab an ju mi in ex er se le pr ve av du me ty mo ge to hi sp ba "
	"fi fr co ho pe da ta we wo br ye ja up bi ma ha un at de va ov zw tu si eq 40 "
	"rs al re ur ti fu ra um fe bu sa pa wa lo su ct ea ot wy on zi qu";

static int wc36(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	return c >= 'a' && c <= 'z' ? 10 + c - 'a' : -1;
}

static void head_pairs_init(unsigned char ok[36][36])
{
	for (size_t k = 0; k + 1 < sizeof head_pairs; k += 3)
		ok[wc36((unsigned char)head_pairs[k])][wc36((unsigned char)head_pairs[k + 1])] = 1;
}

static int ascii_word(unsigned char c) { return is_alpha(c) || is_digit(c) || c == '_'; }

/* A common non-ASCII character at s[x] that is no letter, digit or
 * connector (never \w, so no head row starts with it): U+00A0-U+00BF but
 * for the letters and digits among them, U+2000-U+203E (spaces, dashes,
 * quotes, bullets), U+20A0-U+20BF (currency signs such as the euro sign). */
static int nonword_at(const char *s, size_t n, size_t x)
{
	unsigned char c = (unsigned char)s[x], d = x + 1 < n ? (unsigned char)s[x + 1] : 0;
	if (c == 0xc2)
		return d >= 0xa0 && d <= 0xbf && d != 0xaa && d != 0xb2 && d != 0xb3 && d != 0xb5 &&
		       d != 0xb9 && d != 0xba && !(d >= 0xbc && d <= 0xbe);
	if (c == 0xe2 && x + 2 < n) {
		unsigned char e = (unsigned char)s[x + 2];
		if (e < 0x80 || e > 0xbf)
			return 0;
		return (d == 0x80 && e <= 0xbe) || (d == 0x82 && e >= 0xa0);
	}
	return 0;
}

/* s[lo..hi) holds the bytes b0 b1 */
static int has_pair(const char *s, size_t lo, size_t hi, unsigned char b0, unsigned char b1)
{
	for (size_t i = lo; i + 1 < hi; i++)
		if ((unsigned char)s[i] == b0 && (unsigned char)s[i + 1] == b1)
			return 1;
	return 0;
}

/* Can a head row match start at s[x]?  0 no; 1 maybe, and the rows that
 * can start with the byte s[x] (by[]) give the match; 2 maybe, and the
 * in_word rows must be tried too (by_in_word[]).  Every row starts with a
 * word character (ASCII letter, digit, '_' or a non-ASCII character) and
 * the word rows need no letter before them, so only word starts are tried:
 * a superset of the real match starts, never a continuation byte (a match
 * never starts there). */
static int head_cand(const js_parser *p, const char *s, size_t x, size_t we)
{
	unsigned char c = (unsigned char)s[x];
	if (c >= 0x80) {
		if (c < 0xc0 || nonword_at(s, we, x))
			return 0;
	} else {
		if (!ascii_word(c))
			return 0;
		if (x > 0 && is_alpha((unsigned char)s[x - 1]))
			return 0;          /* a word row cannot start here, a CJK row not with c */
		if (x + 1 >= we)
			return 0;          /* no row is one character long */
	}
	/* the word from x, taking every non-ASCII byte as a word byte (a superset of \w) */
	size_t e = x;
	int wide = 0;
	while (e < we && (ascii_word((unsigned char)s[e]) || (unsigned char)s[e] >= 0x80)) {
		wide |= (unsigned char)s[e] >= 0x80;
		e++;
	}
	/* the in_word rows (\w*bonus\w*, \w*budgets?, \w*zuschuss\w*,
	 * \w*zulage\w*, \w*pr\x{e4}mie\w*) can only match when the word has one
	 * of those in it ("mie" for pr\x{e4}mie; U+017F matches "s" caselessly) */
	if (has_word_ci(s, x, e, "bonus") || has_word_ci(s, x, e, "budget") ||
	    has_word_ci(s, x, e, "zuschuss") || has_word_ci(s, x, e, "zulage") ||
	    has_word_ci(s, x, e, "mie") || (wide && has_pair(s, x, e, 0xc5, 0xbf)))
		return 2;
	if (c >= 0x80 || wide)
		return 1;
	/* an ASCII word: its first two characters must start some row */
	int a = wc36(c), b = wc36((unsigned char)s[x + 1]);
	return a >= 0 && b >= 0 && p->head_pair_ok[a][b];
}

/* The head pattern over s[ws..we): the same matches as searching with it
 * from ws onwards (leftmost first), found by trying the anchored pattern
 * only where a match can start. */
static void scan_head(js_parser *p, const char *s, size_t ws, size_t we, head *h)
{
	size_t ov[2 * NOV];
	memset(h, 0, sizeof *h);
	size_t pos = ws, last_end = ws;
	int last_neg = 0;   /* H_NBONUS: the last match was a bonus word */
	while (pos < we) {
		size_t x = pos;
		int kind = 0;
		while (x < we && !(kind = head_cand(p, s, x, we)))
			x++;
		if (x >= we)
			break;
		/* kind 1: an ASCII start byte, the rows that can start there */
		unsigned char c = (unsigned char)s[x];
		const subpat *sp = ready(&p->head, kind == 2 ? p->head.by_in_word[c] : p->head.by[c]);
		int rc = sp ? jd_re_match(sp->re, s, we, x, ov, sp->ng + 1) : JD_RE_NOMATCH;
		if (rc == JD_RE_NOMATCH) {
			pos = x + 1;
			continue;
		}
		if (rc < 0)
			break;
		int cat = match_cat(sp, rc, ov);
		size_t ms = ov[0], me = ov[1];
		if (cat == H_KW && last_neg && only_words(s, last_end, ms, link_words, NWORDS(link_words)))
			cat = last_neg;
		if (cat == H_STIPEND) {
			/* the word before it, if any (back over spaces and "-") */
			size_t e = ms;
			while (e > ws && (s[e - 1] == ' ' || s[e - 1] == '-' || s[e - 1] == '\t'))
				e--;
			size_t w = e;
			while (w > ws && (is_alpha((unsigned char)s[w - 1]) || (unsigned char)s[w - 1] >= 0x80))
				w--;
			cat = only_words(s, w, e, stipend_before, NWORDS(stipend_before)) ? H_STIPEND : H_NBONUS;
		}
		last_neg = cat == H_NBONUS ? cat : 0;
		last_end = me;
		if (cat >= 0) {
			if (hlabel[cat]) {
				h->label = hlabel[cat];
				h->label_pos = ms;
			}
			switch (cat) {
			case H_PHOUR: case H_CHOUR: h->period = JS_P_HOUR; break;
			case H_PDAY: case H_CDAY: h->period = JS_P_DAY; break;
			case H_PWEEK: h->period = JS_P_WEEK; break;
			case H_PMONTH: case H_CMONTH: h->period = JS_P_MONTH; break;
			case H_PYEAR: case H_CYEAR: h->period = JS_P_YEAR; break;
			case H_BETWEEN: h->between = 1; break;
			case H_NBONUS: h->bonus_pos = me + 1; break;
			case H_STIPEND: h->stipend_pos = me + 1; break;
			case H_NOTHER: h->other_pos = me + 1; break;
			case H_KW: case H_LOTE: h->kw_pos = me + 1; break;
			default: break;
			}
			if (cat == H_OMAX || cat == H_OMIN || cat == H_OMIN0) {
				size_t k = me;
				while (k < we && (s[k] == ' ' || s[k] == ':' || (unsigned char)s[k] == 0xc2 || (unsigned char)s[k] == 0xa0))
					k++;
				if (k == we) {
					h->omax = cat == H_OMAX;
					h->omin = cat == H_OMIN || cat == H_OMIN0;
					h->oside_st = ms;
				}
			}
		}
		pos = me > pos ? me : pos + 1;
	}
}

/* ---- the parser -------------------------------------------------------- */

void js_opts_default(js_opts *o)
{
	memset(o, 0, sizeof *o);
	o->hours_per_year = 2080;
	o->days_per_year = 260;
	o->weeks_per_year = 52;
	o->months_per_year = 12;
}

js_parser *js_new(const js_opts *o)
{
	js_parser *p = jd_xcalloc(1, sizeof *p);
	p->o = *o;
	build_ctx(&p->head, head_words, sizeof head_words / sizeof *head_words, HEAD_WORD_OPEN,
		  HEAD_WORD_CLOSE, head_cjk, sizeof head_cjk / sizeof *head_cjk, hnames);
	build_ctx(&p->tail, tail_rows, sizeof tail_rows / sizeof *tail_rows, "", "", NULL, 0, tnames);
	head_pairs_init(p->head_pair_ok);
	for (size_t k = 0; k < NCTOK; k++) {
		unsigned char f = (unsigned char)ctoks[k].s[0], l = (unsigned char)ctoks[k].s[ctoks[k].len - 1];
		p->first[f] = p->last[l] = 1;
		if (is_alpha(f))
			p->first[f ^ 0x20] = 1;
		if (is_alpha(l))
			p->last[l ^ 0x20] = 1;
	}
	for (int c = 0; c < 256; c++) {
		for (size_t k = 0; k < NCTOK; k++) {
			unsigned char t0 = (unsigned char)ctoks[k].s[0], t1 = (unsigned char)ctoks[k].s[ctoks[k].len - 1];
			if (is_alpha(t0) ? (t0 | 0x20) == (c | 0x20) : t0 == c) {
				if (p->fcnt[c] == CT_BUCKET)
					jd_die(JD_EXIT_DATA, "internal error: currency table bucket too small");
				p->fidx[c][p->fcnt[c]++] = (unsigned char)k;
			}
			if (is_alpha(t1) ? (t1 | 0x20) == (c | 0x20) : t1 == c) {
				if (p->lcnt[c] == CT_BUCKET)
					jd_die(JD_EXIT_DATA, "internal error: currency table bucket too small");
				p->lidx[c][p->lcnt[c]++] = (unsigned char)k;
			}
		}
	}
	const char *cc = o->country;
	const char *cur = js_country_currency(cc);
	p->bare = cur;
	p->dollar = "USD";
	if (cur && (!strcmp(cur, "CAD") || !strcmp(cur, "AUD") || !strcmp(cur, "NZD") ||
		    !strcmp(cur, "SGD") || !strcmp(cur, "HKD") || !strcmp(cur, "MXN")))
		p->dollar = cur;
	p->kr = "SEK";
	if (cur && (!strcmp(cur, "NOK") || !strcmp(cur, "DKK")))
		p->kr = cur;
	p->yen = cur && !strcmp(cur, "CNY") ? "CNY" : "JPY";
	return p;
}

void js_free(js_parser *p)
{
	if (!p)
		return;
	free_ctx(&p->head);
	free_ctx(&p->tail);
	jd_re_free(p->paycount);
	free(p->ms);
	free(p);
}

unsigned long js_dropped(const js_parser *p) { return p->dropped; }

static const char *resolve(const js_parser *p, int k)
{
	const char *c = ctoks[k].cur;
	if (!strcmp(c, "$")) return p->dollar;
	if (!strcmp(c, "kr")) return p->kr;
	if (!strcmp(c, "Y")) return p->yen;
	return c;
}

static double annual_factor(const js_parser *p, int period)
{
	switch (period) {
	case JS_P_HOUR: return p->o.hours_per_year;
	case JS_P_DAY: return p->o.days_per_year;
	case JS_P_WEEK: return p->o.weeks_per_year;
	case JS_P_MONTH: return p->o.months_per_year;
	default: return 1;
	}
}

static double round2(double x) { return round(x * 100) / 100; }

/* range connector at s[i] (after spaces): end of it, 0 if none */
static size_t connector(const char *s, size_t n, size_t i, int between)
{
	i = skip_sp(s, n, i, 2);
	if (i >= n)
		return 0;
	const char *p = s + i;
	size_t r = n - i;
	/* bytes a connector can start with: most figures are followed by none */
	switch ((unsigned char)p[0]) {
	case '-': case '~': case 0xe2: case 0xef: case 0xe3: case 0xc3:
	case 't': case 'T': case 'b': case 'B': case 'u': case 'U': case 'a': case 'A':
	case 'e': case 'y':
		break;
	default:
		return 0;
	}
	if (p[0] == '-' || p[0] == '~')
		return i + 1 + (r > 1 && p[1] == '-');
	static const char *const sym[] = {"\xe2\x80\x93", "\xe2\x80\x94", "\xe2\x80\x92", "\xef\xbd\x9e", "\xe3\x80\x9c"};
	for (size_t k = 0; k < 5; k++)
		if (r >= 3 && !memcmp(p, sym[k], 3))
			return i + 3;
	static const char *const words[] = {"to", "bis", "till", "until", "tot", "\xc3\xa0", "a", "au", "al"};
	static const char *const bw[] = {"and", "und", "et", "y", "en"};
	static const unsigned char wlen[] = {2, 3, 4, 5, 3, 2, 1, 2, 2};
	static const unsigned char bwlen[] = {3, 3, 2, 1, 2};
	for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
		size_t l = wlen[k];
		if (r > l && (is_alpha((unsigned char)p[0]) ? (p[0] | 0x20) == words[k][0] : p[0] == words[k][0]) &&
		    tok_eq(p, words[k], l) && space_at(s, n, i + l))
			return i + l;
	}
	if (between)
		for (size_t k = 0; k < sizeof bw / sizeof *bw; k++) {
			size_t l = bwlen[k];
			if (r > l && (p[0] | 0x20) == bw[k][0] && tok_eq(p, bw[k], l) && space_at(s, n, i + l))
				return i + l;
		}
	return 0;
}

/* Can a tail row match at s[q]?  The rows start with a
 * letter (the bonus one with any word), a non-ASCII character, one of
 * "/-(),:%+", or (only in \(?\s*glassdoor) white space before "glassdoor".
 * A superset: when this says no, the pattern does not match. */
static int tail_cand(const char *s, size_t n, size_t q)
{
	unsigned char c = (unsigned char)s[q];
	if (c >= 0xc0 || is_alpha(c))
		return 1;
	switch (c) {
	case '/': case '-': case '(': case ')': case ',': case ':': case '%': case '+':
		return 1;
	case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
		while (q < n && (s[q] == ' ' || (s[q] >= '\t' && s[q] <= '\r')))
			q++;
		return q < n && ((s[q] | 0x20) == 'g' || (unsigned char)s[q] >= 0x80);
	default:
		return 0;
	}
}

/* Only spaces between s[i] and the end of its line (or text)? */
static int line_ends(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
		i++;
	return i == n || s[i] == '\n';
}

/* A figure ending a table row whose own line has no label or salary word
 * ("Machine Learning Engineer Engineering 158,328 USD" under "Job Branch
 * Avg. US Salary"): the label of the line right above, when that line is a
 * table header (a salary word and a label word, no digit, no bonus or
 * other figure word).  Else JS_L_NONE. */
static int header_label(js_parser *p, const char *s, size_t st)
{
	size_t ls = st;
	while (ls > 0 && s[ls - 1] != '\n')
		ls--;
	if (ls == 0)
		return JS_L_NONE;
	size_t pe = ls - 1, ps = pe;
	if (pe > 0 && s[pe - 1] == '\r')
		pe--;
	while (ps > 0 && s[ps - 1] != '\n' && pe - ps < HEAD_BACK)
		ps--;
	if (ps == pe || (ps > 0 && s[ps - 1] != '\n'))
		return JS_L_NONE;      /* empty, or longer than a header */
	for (size_t k = ps; k < pe; k++)
		if (is_digit((unsigned char)s[k]))
			return JS_L_NONE;
	head h;
	scan_head(p, s, ps, pe, &h);
	return h.kw_pos && !h.bonus_pos && !h.other_pos ? h.label : JS_L_NONE;
}

static void push(js_parser *p, const js_mention *m)
{
	if (p->n == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 16;
		p->ms = jd_xrealloc(p->ms, p->cap * sizeof *p->ms);
	}
	p->ms[p->n++] = *m;
}

/* The length of the raw text s[st..end): an unmatched "(" in it
 * ("85.000€ (brutto/Jahr") takes the ")" right after it, or else is cut
 * off with what follows it when that leaves the last number (its digits
 * start at num_st) whole. */
static size_t balanced_len(const char *s, size_t n, size_t st, size_t end, size_t num_st)
{
	size_t open_at = 0;
	int depth = 0;
	for (size_t k = st; k < end; k++) {
		if (s[k] == '(' && depth++ == 0)
			open_at = k;
		else if (s[k] == ')' && depth > 0)
			depth--;
	}
	if (!depth)
		return end - st;
	size_t q = skip_sp(s, n, end, 3);
	if (depth == 1 && q < n && s[q] == ')')
		return q + 1 - st;
	if (open_at <= num_st)
		return end - st;
	while (open_at > st && space_before(s, open_at))
		open_at -= space_before(s, open_at);
	return open_at - st;
}

/* An ISO code of a dollar currency (what "$" can stand for) */
static int dollar_code(const char *cur)
{
	static const char *const d[] = {"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"};
	for (size_t k = 0; k < sizeof d / sizeof *d; k++)
		if (!strcmp(cur, d[k]))
			return 1;
	return 0;
}

/* "70-80.000 EUR", "4 bis 5.000 €": a range written with the thousands
 * only once, at the end.  a is a plain number of 1-3 digits with no
 * currency after it, b one with a group separator and no currency of its
 * own before it, and a thousand times a lies below b but within a factor
 * ten of it. */
static int short_thousands(const char *s, size_t n, const amt *a, const amt *b)
{
	double v;
	size_t la = js_number(s + a->st, n - a->st, &v), lb = js_number(s + b->st, n - b->st, &v);
	if (la == 0 || la > 3 || lb == 0 || a->ctok >= 0)
		return 0;
	for (size_t k = 0; k < la; k++)
		if (!is_digit((unsigned char)s[a->st + k]))
			return 0;
	int grouped = 0;
	for (size_t k = 0; k < lb; k++)
		if (!is_digit((unsigned char)s[b->st + k]))
			grouped = 1;
	return grouped && b->v >= 1000 && a->v * 1000 <= b->v && b->v < a->v * 10000;
}

/* Does a figure (a digit, or a currency token and a digit) start at s[i],
 * after spaces or a colon? */
static int figure_at(const js_parser *p, const char *s, size_t n, size_t i)
{
	i = skip_sp(s, n, i, 3);
	if (i < n && s[i] == ':')
		i = skip_sp(s, n, i + 1, 3);
	size_t ce;
	if (i < n && cur_at(p, s, n, i, &ce) >= 0)
		i = skip_sp(s, n, ce, 1);
	return i < n && is_digit((unsigned char)s[i]);
}

/* Try a mention whose first number starts at s[i].  Returns the position
 * to go on scanning from. */
static size_t try_at(js_parser *p, const char *s, size_t n, size_t i, size_t prev_end)
{
	amt a, b;
	if (!read_amount(p, s, n, i, &a)) {
		/* skip the whole run of digits and separators */
		while (i < n && (is_digit((unsigned char)s[i]) || s[i] == '.' || s[i] == ',' || s[i] == '\''))
			i++;
		return i;
	}
	/* currency before the number */
	size_t st = i, cst;
	size_t sp = space_before(s, i);
	int pre = cur_before(p, s, i - sp, prev_end, &cst);
	if (pre >= 0 && !strcmp(ctoks[pre].cur, "$")) {
		/* "AUD $120,000": a dollar code before the bare sign says which dollar */
		size_t sp2 = space_before(s, cst), cst2;
		int code = sp2 ? cur_before(p, s, cst - sp2, prev_end, &cst2) : -1;
		if (code >= 0 && ctoks[code].rank == 2 && dollar_code(ctoks[code].cur)) {
			pre = code;
			cst = cst2;
		}
	}
	if (pre >= 0)
		st = cst;
	else if (i > 0 && (is_alpha((unsigned char)s[i - 1]) || s[i - 1] == '_'))
		return a.end > i ? a.end : i + 1;          /* "Level3", "B2B" */

	int fast_reject = !p->o.field && pre < 0 && a.ctok < 0 && a.mult == M_NONE;
	if (fast_reject) {
		/* maybe "60 - 80k" or "20 to 30 EUR": a range whose second part
		 * carries the currency */
		size_t c = connector(s, n, a.end, 1);
		if (!c)
			return a.end;
		size_t j = skip_sp(s, n, c, 2), ce;
		int k2 = cur_at(p, s, n, j, &ce);
		if (k2 >= 0)
			j = skip_sp(s, n, ce, 1);
		if (j >= n || !is_digit((unsigned char)s[j]) || !read_amount(p, s, n, j, &b))
			return a.end;
		if (k2 < 0 && b.ctok < 0 && b.mult == M_NONE)
			return b.end;
	}
	/* the clause before; context windows never overlap: each byte is read by the head
	 * pattern at most once, whatever the input */
	size_t ws = clause_start(s, st, prev_end);
	/* the last candidate's clause goes on: no clause break since it */
	int same_clause = p->scan_lo && (ws <= p->scan_lo || (prev_end && ws == prev_end));
	if (ws < p->scan_lo)
		ws = p->scan_lo < st ? p->scan_lo : st;
	head h;
	scan_head(p, s, ws, st, &h);
	p->scan_lo = a.end;
	/* "Stipend: 1.200 EUR / month": a stipend that heads the figure is its
	 * pay; "Stipend for equipment: $500" is a perk */
	if (h.stipend_pos > h.kw_pos && h.stipend_pos > h.bonus_pos && h.stipend_pos > h.other_pos) {
		if (only_words(s, h.stipend_pos - 1, st, stipend_between, NWORDS(stipend_between)))
			h.kw_pos = h.stipend_pos;
		else
			h.bonus_pos = h.stipend_pos;
	}
	/* "a base salary of €81,000, rising to €93,000 per year": the salary
	 * word before the first figure of a clause introduces the later ones */
	int keyword = h.kw_pos || (same_clause && p->clause_kw && !h.bonus_pos && !h.other_pos);
	p->clause_kw = keyword && h.bonus_pos <= h.kw_pos && h.other_pos <= h.kw_pos;

	js_mention m;
	memset(&m, 0, sizeof m);
	double lo = a.v * a.m, hi = lo;
	int ctok = a.ctok >= 0 ? a.ctok : pre;
	if (a.ctok >= 0 && pre >= 0 && ctoks[pre].rank > ctoks[a.ctok].rank)
		ctok = pre;
	int mult = a.mult;
	size_t end = a.end;
	int range = 0;
	/* a second amount */
	size_t c = connector(s, n, a.end, h.between);
	if (c) {
		size_t j = skip_sp(s, n, c, 2), ce;
		int k2 = cur_at(p, s, n, j, &ce);
		if (k2 >= 0)
			j = skip_sp(s, n, ce, 1);
		if (j < n && is_digit((unsigned char)s[j]) && read_amount(p, s, n, j, &b)) {
			double v1 = a.v * a.m, v2 = b.v * b.m;
			if (a.mult == M_NONE && b.mult != M_NONE && a.v <= b.v)
				v1 = a.v * b.m;
			else if (a.mult == M_NONE && b.mult == M_NONE && k2 < 0 && short_thousands(s, n, &a, &b))
				v1 = a.v * 1000;      /* "70-80.000 EUR": 70.000 to 80.000 */
			int c2 = b.ctok >= 0 ? b.ctok : k2;
			int compatible = c2 < 0 || ctok < 0 ||
				!strcmp(resolve(p, c2), resolve(p, ctok)) ||
				ctoks[c2].rank != ctoks[ctok].rank;
			/* "Level 2 - £45,000": a bare small number does not start a
			 * range whose second figure brings its own currency */
			int bare_small = ctok < 0 && a.mult == M_NONE && k2 >= 0 && v2 > 10 * v1;
			if (v2 >= v1 && v1 > 0 && compatible && !bare_small) {
				lo = v1, hi = v2;
				if (c2 >= 0 && (ctok < 0 || ctoks[c2].rank > ctoks[ctok].rank))
					ctok = c2;
				if (b.mult != M_NONE)
					mult = b.mult;
				end = b.end;
				range = 1;
			}
		}
	}
	p->scan_lo = end;
	/* attached letters: "$50M", "$2B", "$2bn" */
	{
		size_t q = range ? b.st : a.st;
		double tmp;
		size_t numend = q + js_number(s + q, n - q, &tmp);
		if (numend < n && (s[numend] == 'm' || s[numend] == 'M' || s[numend] == 'b' || s[numend] == 'B') &&
		    (numend + 1 >= n || !is_alpha((unsigned char)s[numend + 1]) ||
		     ((s[numend + 1] | 0x20) == 'n' && (numend + 2 >= n || !is_alpha((unsigned char)s[numend + 2])))))
			return end > i ? end : i + 1;
	}
	/* tail tokens */
	int more = 0, est = 0, neg = 0, bonus = 0, tperiod = 0, tbase = 0, tote = 0, tkw = 0;
	size_t raw_end = end, pos = end;
	if (pos < n && s[pos] == '+') {
		more = 1;
		pos++;
		raw_end = pos;
	}
	size_t ov[2 * NOV];
	for (int it = 0; it < 8 && pos < n; it++) {
		size_t q = skip_sp(s, n, pos, 3), ce;
		int kc;
		if (q > 0 && s[q - 1] == '(' && (kc = cur_at(p, s, n, q, &ce)) >= 0 && ce < n && s[ce] == ')') {
			/* "$95,000 - $110,000 (CAD)" */
			if (ctok < 0 || ctoks[kc].rank > ctoks[ctok].rank)
				ctok = kc;
			pos = ce;
			continue;
		}
		if (q >= n || !tail_cand(s, n, q))
			break;     /* no tail row can match here */
		const subpat *tp = ready(&p->tail, p->tail.by[(unsigned char)s[q]]);
		if (!tp)
			break;
		int rc = jd_re_match(tp->re, s, n, q, ov, tp->ng + 1);
		if (rc <= 0 || ov[1] == q)
			break;
		int cat = match_cat(tp, rc, ov);
		pos = ov[1];
		if (cat <= T_YEAR && cat >= 0) {
			if (tperiod)
				break;
			tperiod = cat + 1;
			raw_end = pos;
		} else if (cat == T_MORE) {
			more = 1;
			raw_end = pos;
		} else if (cat == T_EST) {
			est = 1;
		} else if (cat == T_NEG) {
			if (tperiod)
				break;     /* "per year for 5 years" */
			neg = 1;
			break;
		} else if (cat == T_BONUS) {
			bonus = 1;
			break;
		} else if (cat == T_BASE || cat == T_OTE || cat == T_KW || cat == T_FILL) {
			/* "a bonus of $10,000, base pay $80,000": a word right before
			 * the next figure belongs to that figure */
			if (is_alpha((unsigned char)s[q]) && figure_at(p, s, n, pos)) {
				pos = q;
				break;
			}
			tbase |= cat == T_BASE;
			tote |= cat == T_OTE;
			tkw |= cat == T_KW;
		} else {
			break;
		}
	}
	if (neg)
		return end;
	if (h.other_pos && h.other_pos > h.kw_pos)
		return end;
	if (h.bonus_pos && h.bonus_pos > h.kw_pos)
		bonus = 1;

	/* currency */
	if (ctok >= 0) {
		memcpy(m.cur, resolve(p, ctok), 4);
		m.cur_src = JS_SRC_EXPLICIT;
	} else if (mult == M_LPA || mult == M_LAKH || mult == M_CRORE) {
		memcpy(m.cur, "INR", 4);
		m.cur_src = JS_SRC_INFERRED;
	} else {
		/* no currency: text mode needs a multiplier and a salary word */
		if (!p->o.field && !(h.kw_pos && mult != M_NONE) && !(h.kw_pos && tperiod))
			return end;
		if (mult == M_NONE && !tperiod && !h.period) {
			/* bare numbers that look like years, phone numbers, postal codes */
			if (!range && a.end - a.st == 4 && a.v >= 1900 && a.v <= 2099)
				return end;
			if (s[i] == '0' && i + 1 < n && is_digit((unsigned char)s[i + 1]))
				return end;
			if (i > 0 && s[i - 1] == '+')
				return end;
			if (i >= 2 && s[i - 1] == ' ' && is_digit((unsigned char)s[i - 2]))
				return end;
			if (end + 1 < n && s[end] == ' ' && is_digit((unsigned char)s[end + 1]))
				return end;
			size_t q = skip_sp(s, n, pos, 2);
			if (q > pos && q < n && s[q] >= 'a' && s[q] <= 'z')
				return end;      /* "12 countries" */
			if (end + 2 < n && s[end] == ' ' && s[end + 1] >= 'A' && s[end + 1] <= 'Z' &&
			    s[end + 2] >= 'a' && s[end + 2] <= 'z')
				return end;
		}
		if (p->bare) {
			memcpy(m.cur, p->bare, 4);
			m.cur_src = JS_SRC_INFERRED;
		}
	}
	/* period */
	if (tperiod) {
		m.period = tperiod;
		m.period_src = JS_SRC_EXPLICIT;
	} else if (mult == M_LPA) {
		m.period = JS_P_YEAR;
		m.period_src = JS_SRC_EXPLICIT;
	} else if (h.period) {
		m.period = h.period;
		m.period_src = JS_SRC_EXPLICIT;
	} else {
		const struct band *bd = band_for(m.cur);
		double v = range ? lo : hi;
		if (v < bd->hmin) {
			p->dropped++;
			return end;
		}
		m.period = v < bd->hour ? JS_P_HOUR : v < bd->day ? JS_P_DAY :
			   v < bd->month ? JS_P_MONTH : JS_P_YEAR;
		m.period_src = JS_SRC_INFERRED;
	}
	/* one-sided */
	size_t raw_st = st;
	if (!range && more) {
		m.has_min = 1;
		m.min = lo;
	} else if (!range && h.omax) {
		m.has_max = 1;
		m.max = hi;
		raw_st = h.oside_st;
	} else if (!range && h.omin) {
		m.has_min = 1;
		m.min = lo;
		raw_st = h.oside_st;
	} else {
		m.has_min = m.has_max = 1;
		m.min = lo;
		m.max = hi;
	}
	double f = annual_factor(p, m.period);
	m.annual_min = m.has_min ? round2(m.min * f) : 0;
	m.annual_max = m.has_max ? round2(m.max * f) : 0;
	{
		const struct band *bd = band_for(m.cur);
		double a1 = m.has_min ? m.annual_min : m.annual_max;
		double a2 = m.has_max ? m.annual_max : m.annual_min;
		if (a1 < bd->lo || a2 > bd->hi) {
			p->dropped++;
			return end;
		}
	}
	m.label = h.label;
	if (!m.label && tbase)
		m.label = JS_L_BASE;
	if (!m.label && tote)
		m.label = JS_L_OTE;
	if (!m.label) {
		/* a label word later in the same sentence ("... for most freelancers") */
		size_t se = raw_end + TAIL_SENT < n ? raw_end + TAIL_SENT : n;
		for (size_t k = raw_end; k < se; k++)
			if (s[k] == '\n' || s[k] == '.' || s[k] == ';' || s[k] == '$' || is_digit((unsigned char)s[k]) ||
			    (unsigned char)s[k] == 0xe2 || (unsigned char)s[k] == 0xc2) {
				se = k;
				break;
			}
		/* only a freelance label is taken from there: no "freelanc" or
		 * "contractor" in the window, no need to run the pattern (the
		 * letters of both have no non-ASCII case variants) */
		if (se > raw_end && (has_word_ci(s, raw_end, se, "freelanc") || has_word_ci(s, raw_end, se, "contractor"))) {
			head h2;
			scan_head(p, s, raw_end, se, &h2);
			if (h2.label == JS_L_FREELANCE)
				m.label = h2.label;
		}
	}
	if (!m.label && !bonus && !h.kw_pos && line_ends(s, n, raw_end))
		m.label = header_label(p, s, raw_st);
	m.estimate = est;
	m.keyword = keyword || tkw;
	m.flags = bonus ? JS_F_BONUS : 0;
	m.off = raw_st;
	m.len = balanced_len(s, n, raw_st, raw_end, range ? b.st : a.st);
	push(p, &m);
	return pos > end ? pos : end;
}

/* How many monthly salaries a year the ad itself states: Austrian ads pay
 * 14 by law and say so ("€ 3.200 brutto/Monat (14x)"), German ones often
 * 13 ("13 Gehälter", "13. Monatsgehalt"), Asian ones a "13th month salary".
 * Annualising those monthly figures by 12 would understate them by 8-17%.
 * The count is the largest stated (12..15; "13. und 14. Monatsgehalt" is
 * 14); a "13th month bonus" is not counted, like every bonus. */
static const char paycount_pattern[] =
	/* every branch starts at the count, so PCRE2 only tries where "1" is */
	"(?<![\\d.,])(?:"
	/* brutto/Monat x 14, € 3.200 x 14 (what stands before the x: see below) */
	"(?:(?<=[x\\x{d7}])|(?<=[x\\x{d7}]\\s))(1[2-5])(?![\\d.,])"
	/* (14x) */
	"|(?<=\\()(1[2-5])\\s*[x\\x{d7}]\\)"
	"|(1[2-5])(?:"
	/* 14 Gehälter, 14 Monatsgehältern, 13 x Gehalt, 14 Bruttomonatsgehälter */
	"\\s*(?:[x\\x{d7}]|-?\\s*mal)?\\s*(?:brutto)?(?:monats)?(?:geh\\x{e4}lter\\w*|gehalt\\b|l\\x{f6}hne\\w*|bez\\x{fc}ge\\w*)"
	/* 14x jährlich, 14 mal im Jahr, 14 times a year, 14x p.a. */
	"|\\s*(?:[x\\x{d7}]|-?\\s*mal|\\s+times)\\s*(?:j\\x{e4}hrlich|im\\s+jahr|pro\\s+jahr|per\\s+year|a\\s+year|per\\s+annum|yearly|annually|p\\.\\s?a\\.)"
	/* 13. Monatsgehalt, 13th month salary, 14th-month pay */
	"|(?:th|\\.)[\\s-]*(?:month(?:ly)?[\\s-]+(?:salary|salaries|pay|wages?)\\b|monatsgehalt|monatslohn)"
	/* 14 monthly salaries, 13 salaries a year, 14 monthly payments */
	"|\\s+(?:monthly\\s+)?(?:salaries|salary\\s+payments|pay\\s*checks|paychecks)\\b"
	"))";

/* "x 14" counts right after pay words only ("brutto/Monat x 14",
 * "3.200 € x 14"), not in "27 x 14 cm"; at is where the count starts */
static int pay_word_before(const char *s, size_t at)
{
	static const char *const words[] = {"monat", "month", "brutto", "gross", "\xe2\x82\xac", "eur",
					    "chf", "gehalt", "salary"};
	while (at > 0 && s[at - 1] != 'x' && s[at - 1] != 'X' && s[at - 1] != '\x97')
		at--;   /* back to the x (or the last byte of U+00D7) */
	at = at ? at - 1 : 0;
	size_t from = at > 10 ? at - 10 : 0;   /* the pay word ends within 10 bytes of it */
	for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
		size_t l = strlen(words[w]);
		for (size_t i = from; i + l <= at; i++) {
			size_t k = 0;
			while (k < l && ((unsigned char)s[i + k] | (words[w][k] >= 'a' ? 0x20 : 0)) ==
					(unsigned char)words[w][k])
				k++;
			if (k == l)
				return 1;
		}
	}
	return 0;
}

/* "14 x 3.000 €", "13 x EUR 4,000", "14× 2.900 €": the count of monthly
 * salaries right before the figure starting at off (12..15), else 0 */
static int times_before(const char *s, size_t off)
{
	size_t i = off;
	while (i > 0 && s[i - 1] == ' ')
		i--;
	if (i >= 1 && (s[i - 1] == 'x' || s[i - 1] == 'X'))
		i--;
	else if (i >= 2 && (unsigned char)s[i - 2] == 0xc3 && (unsigned char)s[i - 1] == 0x97)
		i -= 2;   /* U+00D7 */
	else
		return 0;
	while (i > 0 && s[i - 1] == ' ')
		i--;
	if (i < 2 || s[i - 2] != '1' || s[i - 1] < '2' || s[i - 1] > '5')
		return 0;
	if (i >= 3 && (is_digit((unsigned char)s[i - 3]) || s[i - 3] == '.' || s[i - 3] == ','))
		return 0;
	return 10 + (s[i - 1] - '0');
}

static int salaries_a_year(js_parser *p, const char *s, size_t n)
{
	if (!p->paycount)
		p->paycount = jd_re_compile_or_die(paycount_pattern, JD_RE_CASELESS);
	size_t ov[8], at = 0;
	int best = 0;
	while (at < n) {
		int rc = jd_re_match(p->paycount, s, n, at, ov, 4);
		if (rc <= 0)
			break;   /* no match, or a limit on a hostile text: keep what was found */
		for (int g = 1; g < rc; g++) {
			size_t d = ov[2 * g];
			if (d == (size_t)-1 || (g == 1 && !pay_word_before(s, d)))
				continue;
			int v = (s[d] - '0') * 10 + (s[d + 1] - '0');
			if (v > best)
				best = v;
		}
		at = ov[1] > at ? ov[1] : at + 1;
	}
	return best;
}

size_t js_parse(js_parser *p, const char *s, size_t n, const js_mention **out)
{
	p->n = 0;
	p->scan_lo = 0;
	p->clause_kw = 0;
	size_t i = 0, prev_end = 0;
	while (i < n) {
		/* find the next digit, sixteen or eight bytes at a time */
#ifdef __SSE2__
		while (i + 16 <= n) {
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			__m128i y = _mm_sub_epi8(x, _mm_set1_epi8('0'));
			__m128i d = _mm_cmpeq_epi8(_mm_min_epu8(y, _mm_set1_epi8(9)), y);
			unsigned mask = (unsigned)_mm_movemask_epi8(d);
			if (mask) {
				i += (size_t)__builtin_ctz(mask);
				break;
			}
			i += 16;
		}
#endif
		while (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			/* high bit set in each byte that is in '0'..'9' */
			uint64_t x = w & 0x7f7f7f7f7f7f7f7fULL;
			uint64_t ge0 = x + 0x5050505050505050ULL;   /* byte + (0x80 - '0') */
			uint64_t gt9 = x + 0x4646464646464646ULL;   /* byte + (0x80 - ':') */
			uint64_t hit = ge0 & ~gt9 & ~w & 0x8080808080808080ULL;
			if (hit)
				break;
			i += 8;
		}
		while (i < n && !is_digit((unsigned char)s[i]))
			i++;
		if (i >= n)
			break;
		size_t before = p->n;
		size_t next = try_at(p, s, n, i, prev_end);
		if (p->n > before)
			prev_end = next;
		if (next <= i)
			next = i + 1;
		/* do not restart inside a number */
		while (next < n && is_digit((unsigned char)s[next]))
			next++;
		i = next;
	}
	/* bonus-type figures (bonus, sign-on, equity, budgets) are never reported */
	size_t nb = 0;
	for (size_t k = 0; k < p->n; k++)
		if (!(p->ms[k].flags & JS_F_BONUS))
			nb++;
	if (nb < p->n) {
		size_t w = 0;
		for (size_t k = 0; k < p->n; k++)
			if (!(p->ms[k].flags & JS_F_BONUS))
				p->ms[w++] = p->ms[k];
		p->n = w;
	}
	/* "ab 81.000 EUR, je nach Erfahrung bis zu 91.000 EUR p.a.", "from $60k,
	 * up to $80k": a minimum and then a maximum in one sentence are one range */
	size_t w = 0;
	for (size_t k = 0; k < p->n; k++) {
		js_mention *a = &p->ms[k];
		if (k + 1 < p->n) {
			js_mention *b = &p->ms[k + 1];
			size_t gap0 = a->off + a->len, gap1 = b->off;
			int merge = a->has_min && !a->has_max && b->has_max && !b->has_min &&
				!strcmp(a->cur, b->cur) && a->min <= b->max && a->label == b->label &&
				gap1 >= gap0 && gap1 - gap0 <= 60;
			for (size_t q = gap0; merge && q < gap1; q++)
				if (s[q] == '\n' || ((s[q] == '.' || s[q] == ';') && q + 1 < gap1 && s[q + 1] == ' '))
					merge = 0;
			if (merge && a->period != b->period && a->period_src == b->period_src)
				merge = 0;
			if (merge) {
				js_mention m = *a;
				if (b->period_src == JS_SRC_EXPLICIT && a->period_src != JS_SRC_EXPLICIT) {
					m.period = b->period;
					m.period_src = b->period_src;
				}
				m.has_max = 1;
				m.max = b->max;
				double f = annual_factor(p, m.period);
				m.annual_min = round2(m.min * f);
				m.annual_max = round2(m.max * f);
				m.len = balanced_len(s, n, a->off, b->off + b->len, b->off);
				m.estimate = a->estimate || b->estimate;
				m.keyword = a->keyword || b->keyword;
				p->ms[w++] = m;
				k++;
				continue;
			}
		}
		p->ms[w++] = *a;
	}
	p->n = w;
	/* monthly figures: by a count right before the figure ("Jahresgehalt
	 * 14 x 3.000 €" is 14 monthly salaries of 3,000), else by the ad's own
	 * count of salaries a year if it states one (looked for once, and only
	 * when there is a monthly figure) */
	int count = -1;
	for (size_t k = 0; k < p->n; k++) {
		js_mention *m = &p->ms[k];
		int times = times_before(s, m->off);
		if (times) {
			m->period = JS_P_MONTH;   /* it may have been read as a year */
			m->period_src = JS_SRC_EXPLICIT;
		} else if (m->period == JS_P_MONTH) {
			if (count < 0)
				count = salaries_a_year(p, s, n);
			times = count != p->o.months_per_year ? count : 0;   /* 12: done already */
		}
		if (times) {
			m->annual_min = m->has_min ? round2(m->min * times) : 0;
			m->annual_max = m->has_max ? round2(m->max * times) : 0;
		}
	}
	*out = p->ms;
	return p->n;
}

int js_choose(const js_mention *ms, size_t n)
{
	int plain = 0;
	for (size_t k = 0; k < n; k++)
		if (!(ms[k].flags & JS_F_BONUS) && (ms[k].label == JS_L_NONE || ms[k].label == JS_L_BASE))
			plain = 1;
	int best = -1, bs = -1;
	for (size_t k = 0; k < n; k++) {
		const js_mention *m = &ms[k];
		if (m->flags & JS_F_BONUS)
			continue;
		int sc = 0;
		if (m->label == JS_L_NONE || m->label == JS_L_BASE)
			sc += 64;
		else if (!plain && (m->label == JS_L_AVERAGE || m->label == JS_L_MEDIAN))
			sc += 64;
		else if (m->label != JS_L_OTE)
			sc += 32;    /* on-target earnings: base plus commission, below any level */
		if (m->keyword)
			sc += 16;    /* "Salary: ..." over a figure the text does not call pay */
		if (!m->estimate)
			sc += 8;
		if (m->cur_src == JS_SRC_EXPLICIT)
			sc += 4;
		if (m->period_src == JS_SRC_EXPLICIT)
			sc += 2;
		if (m->has_min && m->has_max && m->min < m->max)
			sc += 1;
		if (sc > bs) {
			bs = sc;
			best = (int)k;
		}
	}
	/* "Salary $95,000 per year. Range: $90,000-$100,000": when a range
	 * holds the chosen single figure (same currency, period, label and
	 * estimate flag), both describe the pay and the range says more */
	if (best >= 0 && ms[best].has_min && ms[best].has_max && ms[best].min == ms[best].max) {
		const js_mention *b = &ms[best];
		for (size_t k = 0; k < n; k++) {
			const js_mention *m = &ms[k];
			if (!(m->flags & JS_F_BONUS) && m->has_min && m->has_max && m->min < m->max &&
			    m->min <= b->min && b->min <= m->max && !strcmp(m->cur, b->cur) &&
			    m->period == b->period && m->label == b->label && m->estimate == b->estimate)
				return (int)k;
		}
	}
	return best;
}

const char *js_period_name(int p)
{
	static const char *const n[] = {"", "hour", "day", "week", "month", "year"};
	return p >= 0 && p <= JS_P_YEAR ? n[p] : "";
}
const char *js_label_name(int l)
{
	static const char *const n[JS_L_COUNT] = {
		"", "entry", "junior", "mid", "senior", "lead", "average", "median", "top",
		"starting", "base", "freelance", "ote"
	};
	return l >= 0 && l < JS_L_COUNT ? n[l] : "";
}
const char *js_source_name(int s)
{
	return s == JS_SRC_EXPLICIT ? "explicit" : s == JS_SRC_INFERRED ? "inferred" : "";
}

void js_fmt_amount(char *buf, size_t sz, double v)
{
	/* fast path: whole numbers (nearly every figure) without printf; the
	 * same digits "%.2f" would give once the ".00" is cut */
	if (sz >= 24 && v > -1e15 && v < 1e15 && v == (double)(long long)v) {
		long long x = (long long)v;
		char tmp[24];
		size_t k = 0, o = 0;
		unsigned long long u = x < 0 ? 0ULL - (unsigned long long)x : (unsigned long long)x;
		do {
			tmp[k++] = (char)('0' + u % 10);
			u /= 10;
		} while (u);
		if (x < 0)
			buf[o++] = '-';
		while (k)
			buf[o++] = tmp[--k];
		buf[o] = '\0';
		return;
	}
	snprintf(buf, sz, "%.2f", v);
	char *dot = strchr(buf, '.');
	if (dot) {
		char *e = buf + strlen(buf);
		while (e > dot + 1 && e[-1] == '0')
			*--e = '\0';
		if (e == dot + 1)
			*dot = '\0';
	}
	if (!strcmp(buf, "-0"))
		strcpy(buf, "0");
}
