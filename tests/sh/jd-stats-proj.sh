# jd-stats-proj.sh: projection (jd_csv_need_cols) gives what the full read
# gives.  A query that reads only leading columns makes the reader skip the
# rest of each line (after the first MiB); prefixing the same query with
# `select` of every column (the last one included) turns projection off.
# The input has a long last column with quotes, commas and doubled quotes,
# CRLF lines, a quoted field over two physical lines in the leading
# columns and in the last one, and a record with too few fields.
. ./lib.sh

awk 'BEGIN { srand(7); print "id,lang,words,note,text"
	split("de en fr nl", L, " ")
	for (i = 1; i <= 10000; i++) {
		t = ""
		for (j = 0; j < 80; j++) t = t sprintf("w%d%s ", int(rand() * 1000), rand() < 0.1 ? "," : "")
		if (i % 7 == 0) t = t "say \"\"hi\"\" "
		lang = L[int(rand() * 4) + 1]
		if (i % 11 == 0) lang = "\"" lang "\""
		words = rand() < 0.05 ? "n/a" : int(50 + rand() * 900)
		note = i % 5 == 0 ? "\"a, b\"" : "x"
		eol = i % 13 == 0 ? "\r" : ""
		if (i == 6000) printf "ad%d,%s,%s,\"two\nlines\",\"%s\"%s\n", i, lang, words, t, eol
		else if (i == 7000) printf "ad%d,%s,%s,%s,\"%s\nmore\"%s\n", i, lang, words, note, t, eol
		else if (i == 8000) printf "ad%d,%s\n", i, lang
		else printf "ad%d,%s,%s,%s,\"%s\"%s\n", i, lang, words, note, t, eol
	} }' > "$T/in.csv"

size=$(wc -c < "$T/in.csv")
if [ "$size" -gt 2000000 ]; then ok "input is past the first MiB ($size bytes)"
else bad "input is past the first MiB" "only $size bytes"; fi

n=0
for q in 'summary words by lang' 'freq lang' 'count by lang' 'freq note by lang' \
	 'where words > 500 | quantile words 10 90 by lang' 'crosstab lang note'; do
	n=$((n + 1))
	jd-stats "$q" "$T/in.csv" > "$T/p$n.out" 2> "$T/p$n.err"; ps=$?
	jd-stats "select id, lang, words, note, text | $q" "$T/in.csv" > "$T/f$n.out" 2> "$T/f$n.err"; fs=$?
	if [ -s "$T/p$n.out" ] && cmp -s "$T/p$n.out" "$T/f$n.out"; then ok "projected = full: $q"
	else bad "projected = full: $q" "$(diff "$T/p$n.out" "$T/f$n.out" | head -10)"; fi
	check "status with a short record: $q" "1 1" "$ps $fs"
	check "short record reported at its line: $q" \
		"jd-stats: $T/in.csv:8003: 2 fields, header has 5; record skipped" "$(cat "$T/p$n.err")"
done
check "the query reads both multi-line records" "9999" \
	"$(jd-stats -f csv 'count' "$T/in.csv" 2>/dev/null | tail -1)"
