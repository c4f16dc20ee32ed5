# jd-stats-merge.sh: `jd-stats --partial Q` on pieces of the input, then
# `jd-stats --merge Q`, gives byte for byte what one `jd-stats Q` gives --
# exact quantiles included -- with GNU parallel cutting the input, and
# with split(1) when parallel is not installed.
. ./lib.sh

awk 'BEGIN { srand(5); print "id,lang,seniority,posted,salary_annual_max,salary_currency,skills,words";
	split("de en fr nl", L, " "); split("junior mid senior lead", S, " ")
	split("Python SQL Docker Java Go Rust Kubernetes AWS React", K, " ")
	for (i = 1; i <= 30000; i++) {
		sal = rand() < 0.25 ? "" : (rand() < 0.05 ? "n/a" : sprintf("%.2f", 30000 + rand() * 90000))
		n = int(rand() * 4); sk = ""
		for (j = 0; j < n; j++) sk = sk (j ? ";" : "") K[int(rand() * 9) + 1]
		printf "ad%06d,%s,%s,2024-%02d-%02d,%s,EUR,%s,%d\n", i, L[int(rand() * 4) + 1],
			S[int(rand() * 4) + 1], int(rand() * 12) + 1, int(rand() * 28) + 1, sal, sk,
			int(50 + rand() * 900) }}' > "$T/ads.csv"

queries=(
	'summary salary_annual_max by seniority'
	'where lang = de | summary words by lang, month(posted)'
	'quantile salary_annual_max 1 10 50 90 99 by lang'
	'split skills ; | freq skills top 5'
	'split skills ; | freq skills by lang top 3 | sort lang, count desc'
	'count by week(posted) | head 5'
	'where salary_annual_max > 50000 | hist words bins 7'
	'crosstab lang seniority'
	'select lang words | summary words by lang'
)

n=0
for q in "${queries[@]}"; do
	n=$((n + 1))
	jd-stats "$q" "$T/ads.csv" > "$T/one.$n" 2>&1
	if command -v parallel > /dev/null; then
		# each job gets the header line (--header :) and about 50 kB of records
		parallel --pipe --header : -j2 --block 50k jd-stats --partial "'$q'" < "$T/ads.csv" \
			| jd-stats --merge "$q" > "$T/two.$n" 2>&1
		how=parallel
	else
		head -1 "$T/ads.csv" > "$T/h"
		tail -n +2 "$T/ads.csv" | split -l 4000 - "$T/part."
		for p in "$T"/part.*; do cat "$T/h" "$p" | jd-stats --partial "$q"; done \
			| jd-stats --merge "$q" > "$T/two.$n" 2>&1
		rm -f "$T"/part.*
		how=split
	fi
	if [ "$(wc -l < "$T/one.$n")" -lt 2 ]; then
		bad "merge $n has output: $q" "$(cat "$T/one.$n")"
	elif cmp -s "$T/one.$n" "$T/two.$n"; then
		ok "partial|merge ($how) = one process: $q"
	else
		bad "partial|merge ($how) = one process: $q" "$(diff "$T/one.$n" "$T/two.$n" | head -20)"
	fi
done

# the states really come from several producers
if command -v parallel > /dev/null; then
	k=$(parallel --pipe --header : -j2 --block 50k jd-stats --partial "'count'" < "$T/ads.csv" | grep -c '^#jd-stats-partial')
	if [ "$k" -gt 5 ]; then ok "parallel made $k partial states"; else bad "parallel made several states" "only $k"; fi
fi

# a state of another query is refused
jd-stats --partial 'count by lang' "$T/ads.csv" | jd-stats --merge 'count by seniority' > "$T/out" 2> "$T/err"
st=$?
check "merge refuses another query's state: status" 1 "$st"
check "merge refuses another query's state: message" "jd-stats: -:1: state of another query; rest of the file skipped" "$(cat "$T/err")"
