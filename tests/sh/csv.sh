# The CSV contract end to end: round trip, closed pipe, full disk, errors.
. ./lib.sh
cat_csv="$JD_TESTS/test_csv cat"

printf 'id,text\n1,"two\nlines"\n2,"a,b ""q"" back\\slash"\n' > "$T/in.csv"
$cat_csv "$T/in.csv" > "$T/out1.csv"
check "one physical line per record" 3 "$(wc -l < "$T/out1.csv")"
check "line break encoded" '1,two\nlines' "$(sed -n 2p "$T/out1.csv")"
$cat_csv "$T/out1.csv" > "$T/out2.csv"
check "re-reading jd output is a fixed point" "" "$(cmp "$T/out1.csv" "$T/out2.csv" 2>&1)"

# a closed pipe ends the writer quietly with status 0 (like head expects)
seq 1 300000 | awk 'BEGIN{print "n"} {print}' > "$T/many.csv"
st=$( { $cat_csv "$T/many.csv" 2>"$T/err"; echo $? > "$T/st"; } | head -1 >/dev/null; cat "$T/st")
check "closed pipe: status 0" 0 "$st"
check "closed pipe: nothing on stderr" "" "$(cat "$T/err")"

# a full disk is an error with status 1 and a message
$cat_csv "$T/many.csv" > /dev/full 2> "$T/err"; st=$?
check "full disk: status 1" 1 "$st"
check "full disk: message" "test_csv: write error on standard output: No space left on device" "$(cat "$T/err")"

# malformed input is reported FILE:LINE and the run ends with status 1
printf 'a,b\n1,2\n3,4,5\n"x\ny",6\n7\n' > "$T/bad.csv"
$cat_csv "$T/bad.csv" > "$T/out" 2> "$T/err"; st=$?
check "malformed: status 1" 1 "$st"
check "malformed: messages name file and line" \
	"test_csv: $T/bad.csv:3: 3 fields, header has 2; record skipped
test_csv: $T/bad.csv:6: 1 fields, header has 2; record skipped" "$(cat "$T/err")"
check "malformed: good rows kept" 'a,b
1,2
x\ny,6' "$(cat "$T/out")"
printf 'a,b\n1,2\n3,"open\n' > "$T/unterm.csv"
$cat_csv "$T/unterm.csv" > "$T/out" 2> "$T/err"; st=$?
check "unterminated quote: status 1 and message" \
	"1 test_csv: $T/unterm.csv:3: unterminated quoted field; record skipped" "$st $(cat "$T/err")"

# NUL bytes and invalid UTF-8 pass through without a crash
printf 'a\nx\000y\n\377\376\n' > "$T/nul.csv"
$cat_csv "$T/nul.csv" > "$T/out" 2>&1; st=$?
check "NUL and invalid UTF-8: status 0" 0 "$st"
check "NUL and invalid UTF-8: bytes kept" "$(printf 'a\nx\000y\n\377\376\n' | od -c)" "$(od -c < "$T/out")"
