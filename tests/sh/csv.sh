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

# The parser thread (lib/jd_csv.c) prints the same rows and the same
# messages in the same order as a parse on the caller's thread: a few MiB
# with bad records spread over many 1 MiB reads, from a file and a pipe.
awk 'BEGIN { print "id,a,text"
	for (i = 1; i <= 60000; i++) {
		extra = (i % 1009 == 0) ? "x," : ""
		body = (i % 2003 == 0) ? "\"two\nlines, quoted\"" : "words words words words words words words words"
		printf "%d,%s%s,%s\n", i, extra, (i % 3 ? "plain" : "\"q, \"\"x\"\"\""), body
	}
	printf "60001,x,\"never closed\n" }' > "$T/thr.csv"
JD_READER_THREAD=0 $cat_csv "$T/thr.csv" > "$T/o0" 2> "$T/e0"; s0=$?
JD_READER_THREAD=1 $cat_csv "$T/thr.csv" > "$T/o1" 2> "$T/e1"; s1=$?
JD_READER_THREAD=1 $cat_csv - < "$T/thr.csv" > "$T/o2" 2> "$T/e2"; s2=$?
check "parser thread: status 1 both ways" "1 1 1" "$s0 $s1 $s2"
check "parser thread: 59 field-count errors and the open quote" 60 "$(wc -l < "$T/e0")"
check "parser thread: same output as one thread" "" "$(cmp "$T/o0" "$T/o1" 2>&1)"
check "parser thread: same messages, same order" "" "$(cmp "$T/e0" "$T/e1" 2>&1)"
check "parser thread, from a pipe: same output" "" "$(cmp "$T/o0" "$T/o2" 2>&1)"
check "parser thread, from a pipe: same messages" "$(sed "s|$T/thr.csv|-|" "$T/e0")" "$(cat "$T/e2")"
