# Every tool treats the common options and a bad flag the same way.
. ./lib.sh
for tool in jd-extract jd-salary jd-skills jd-dedupe jd-stats; do
	if [ ! -x "$JD_BIN/$tool" ]; then bad "$tool: built" "$JD_BIN/$tool missing"; continue; fi
	"$tool" --help > "$T/out" 2> "$T/err"; st=$?
	check "$tool --help: status 0, nothing on stderr" "0" "$st$(cat "$T/err")"
	check "$tool --help: usage line first" "Usage: $tool" "$(head -1 "$T/out" | cut -d' ' -f1-2)"
	"$tool" --help > /dev/full 2> "$T/err"; st=$?
	check "$tool --help > /dev/full: status 1" 1 "$st"
	check "$tool --version" "$tool (jdkit) " "$("$tool" --version | sed 's/[0-9.]*$//')"
	"$tool" --no-such-flag < /dev/null > "$T/out" 2> "$T/err"; st=$?
	check "$tool bad flag: status 2" 2 "$st"
	check "$tool bad flag: one-line hint" "$tool: unknown option '--no-such-flag' (try '$tool --help')" "$(cat "$T/err")"
	check "$tool bad flag: nothing on stdout" "" "$(cat "$T/out")"
	"$tool" -Q < /dev/null > "$T/out" 2> "$T/err"; st=$?
	check "$tool bad short flag" "2 $tool: unknown option '-Q' (try '$tool --help')" "$st $(cat "$T/err")"
	"$tool" --text-col < /dev/null > "$T/out" 2> "$T/err"; st=$?
	check "$tool missing argument" "2 $tool: option '--text-col' needs an argument (try '$tool --help')" "$st $(cat "$T/err")"
	[ -f "$JD_ROOT/man/$tool.1" ] && ok "$tool: man page" || bad "$tool: man page" "man/$tool.1 missing"
done
