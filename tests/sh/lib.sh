# tests/sh/lib.sh: sourced by shell tests; they print PASS/FAIL lines that
# tests/run counts.  Run one alone with: tests/run sh/NAME.sh
# JD_BIN (tools), JD_ROOT (repo), JD_SEEDS (../shared/seeds) come from tests/run.
set -u
: "${JD_ROOT:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
: "${JD_BIN:=$JD_ROOT/build/bin}"
PATH="$JD_BIN:$PATH"
T=$(mktemp -d "${TMPDIR:-/tmp}/jdsh.XXXXXX")
trap 'rm -rf "$T"' EXIT

ok()   { echo "PASS $1"; }
bad()  { echo "FAIL $1"; shift; for l in "$@"; do printf '%s\n' "$l" | head -30 | sed 's/^/    /'; done; }
skip() { echo "SKIP $1"; }
# check NAME EXPECTED ACTUAL
check() { if [ "$2" == "$3" ]; then ok "$1"; else bad "$1" "expected: $2" "actual:   $3"; fi; }
# check_cmd NAME CMD...: passes when the command exits 0
check_cmd() { local n=$1; shift; if "$@" > "$T/out" 2>&1; then ok "$n"; else bad "$n" "$(tail -20 "$T/out")"; fi; }
