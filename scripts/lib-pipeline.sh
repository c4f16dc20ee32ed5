# scripts/lib-pipeline.sh: bash functions shared by scripts/demo,
# scripts/nightly-report, scripts/report-tables and scripts/pipeline-bench.
# Sourced, not run.  The caller sets $prog (its name, for messages).
#
#   jd_find_tools TOOL...     put the jd tools on PATH (build/bin of this
#                             tree, or $JD_BIN), die with a clear message
#                             when one is missing
#   jd_step OUT CMD...        run CMD (stdin /dev/null) with stdout to OUT;
#                             stderr kept in $JD_ERRDIR/last.err; dies with
#                             the command and its error lines when CMD fails
#                             (any non-zero status, or status >= 2 when
#                             JD_KEEP_GOING=1: status 1 means data warnings)
#   die MSG                   "prog: MSG" on stderr, exit 1
#   csv_rows FILE             records in a contract CSV (lines - header)

jd_lib_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# numbers, sorting and byte handling must not depend on the user's locale
if locale -a 2> /dev/null | grep -qix 'c.utf-\?8'; then export LC_ALL=C.UTF-8; else export LC_ALL=C; fi

die() { printf '%s: %s\n' "$prog" "$*" >&2; exit 1; }

jd_find_tools() {
	local bin=${JD_BIN:-$jd_lib_root/build/bin} t missing=""
	case ":$PATH:" in *":$bin:"*) ;; *) PATH="$bin:$PATH" ;; esac
	export PATH
	for t in "$@"; do
		command -v "$t" > /dev/null 2>&1 || missing="$missing $t"
	done
	[ -z "$missing" ] || die "missing tool(s):$missing (not in $bin nor on PATH; build them with 'make' in $jd_lib_root)"
}

# jd_step OUT CMD...: OUT "-" means our stdout
jd_step() {
	local out=$1 st; shift
	: "${JD_ERRDIR:=${TMPDIR:-/tmp}}"
	local err=$JD_ERRDIR/last.err
	if [ "$out" = "-" ]; then
		${JD_TIMEOUT:+timeout "$JD_TIMEOUT"} "$@" < /dev/null 2> "$err"; st=$?
	else
		${JD_TIMEOUT:+timeout "$JD_TIMEOUT"} "$@" < /dev/null > "$out" 2> "$err"; st=$?
	fi
	if [ "$st" -ne 0 ] && ! { [ "$st" -eq 1 ] && [ "${JD_KEEP_GOING:-0}" = 1 ]; }; then
		local why="status $st"
		[ "$st" -eq 124 ] && [ -n "${JD_TIMEOUT:-}" ] && why="timed out after $JD_TIMEOUT s"
		[ "$st" -gt 128 ] && [ "$st" -ne 124 ] && why="killed by signal $((st - 128))"
		printf '%s: step failed (%s): %s\n' "$prog" "$why" "$*" >&2
		if [ -s "$err" ]; then sed -n '1,15p' "$err" | sed 's/^/  /' >&2; fi
		exit 1
	fi
	[ "$st" -eq 0 ] || sed 's/^/  warning: /' "$err" >&2
	return 0
}

csv_rows() { awk 'END { print (NR > 0 ? NR - 1 : 0) }' "$1"; }

# cawk [-v VAR=VAL]... PROGRAM [FILE...]: awk with scripts/csv.awk's
# functions (POSIX awk cannot mix -f with program text)
jd_csvlib=$(cat "$jd_lib_root/scripts/csv.awk")
cawk() {
	local a=()
	while [ "${1:-}" = "-v" ]; do a+=("$1" "$2"); shift 2; done
	local p=$1; shift
	awk "${a[@]}" "$jd_csvlib
$p" "$@"
}
