# The whole pipeline sharded over GNU parallel (2 jobs, many blocks) gives
# byte-identical results to one process per tool: jd-salary and jd-skills
# as map-only filters (parallel --pipe --header :), jd-dedupe's map/reduce
# mode (--emit-keys | sort | --clusters, then --apply), jd-stats
# --partial/--merge, and jd-extract over a file list.  These are the recipes
# of docs/readme-pipeline.md.
. ./lib.sh
need=""
for t in jd-dedupe jd-salary jd-skills jd-stats jd-gen-corpus; do [ -x "$JD_BIN/$t" ] || need="$need $t"; done
if [ -n "$need" ]; then skip "pipeline shards: not built:$need"; exit 0; fi
if ! command -v parallel > /dev/null; then skip "pipeline shards: GNU parallel not installed (scripts/deps)"; exit 0; fi
export LC_ALL=C.UTF-8
P="parallel --will-cite --pipe --header : --block 512k -j2"
dehead() { awk 'NR == 1 { h = $0; print; next } $0 != h'; }   # one header from many shards

jd-gen-corpus 2500 11 --out "$T/corpus.csv" > /dev/null 2>&1 || { bad "gen-corpus" "jd-gen-corpus failed"; exit 0; }
check "corpus is big enough for several shards" "yes" "$([ "$(stat -c %s "$T/corpus.csv")" -gt 2000000 ] && echo yes || echo "no: $(stat -c %s "$T/corpus.csv") bytes")"

# one process per tool
jd-dedupe -q "$T/corpus.csv" | jd-salary | jd-skills > "$T/one.csv"
check "one process: pipeline status" "0 0 0" "${PIPESTATUS[*]}"

# sharded: dedupe map (emit keys) on shards, sort, reduce (clusters), join
$P jd-dedupe -q --emit-keys < "$T/corpus.csv" | LC_ALL=C sort | jd-dedupe --clusters > "$T/edges.tsv"
check "sharded: emit-keys | sort | clusters status" "0 0 0" "${PIPESTATUS[*]}"
[ -s "$T/edges.tsv" ] && ok "sharded: clusters found" || bad "sharded: clusters found" "no edges"
jd-dedupe -q --apply "$T/edges.tsv" "$T/corpus.csv" > "$T/dedup.csv"
jd-dedupe -q "$T/corpus.csv" > "$T/dedup.one.csv"
cmp -s "$T/dedup.csv" "$T/dedup.one.csv" && ok "dedupe map/reduce = one process" ||
	bad "dedupe map/reduce = one process" "$(wc -l < "$T/dedup.csv") vs $(wc -l < "$T/dedup.one.csv") lines"
check "dedupe dropped duplicates" "yes" "$([ "$(wc -l < "$T/dedup.csv")" -lt "$(wc -l < "$T/corpus.csv")" ] && echo yes || echo no)"
# map-only tools: -k keeps the shards in input order
$P -k 'jd-salary | jd-skills' < "$T/dedup.csv" | dehead > "$T/sharded.csv"
check "sharded: salary|skills status" "0 0" "${PIPESTATUS[*]}"
check "sharded: records" "$(wc -l < "$T/one.csv")" "$(wc -l < "$T/sharded.csv")"
cmp -s "$T/one.csv" "$T/sharded.csv" && ok "sharded pipeline output = one process (byte-identical)" ||
	bad "sharded pipeline output = one process (byte-identical)" "$(diff "$T/one.csv" "$T/sharded.csv" | head -5 | cut -c1-200)"
# jd-stats: partial states per shard, merged
for q in "count by lang" "split skills ';' | freq skills" \
	"where not salary_currency is empty | quantile salary_annual_max 10 25 50 75 90 by salary_currency" \
	"summary salary_annual_min by seniority" "count by month(posted)"; do
	jd-stats "$q" "$T/one.csv" > "$T/q.one" 2>&1
	$P -q jd-stats --partial "$q" < "$T/sharded.csv" > "$T/q.partial"
	jd-stats --merge "$q" < "$T/q.partial" > "$T/q.merged" 2>&1
	shards=$(grep -c '^#jd-stats-partial' "$T/q.partial")
	if [ "$shards" -lt 2 ]; then bad "stats partial/merge: $q" "only $shards shard(s)"; continue; fi
	if [ "$(wc -l < "$T/q.one")" -gt 1 ] && cmp -s "$T/q.one" "$T/q.merged"; then ok "stats --partial on $shards shards | --merge = one process: $q"
	else bad "stats --partial | --merge = one process: $q" "$(diff "$T/q.one" "$T/q.merged" | head -6)"; fi
	# Hadoop Streaming sorts the mappers' lines before the reducer sees them
	LC_ALL=C sort "$T/q.partial" | jd-stats --merge "$q" > "$T/q.sorted" 2>&1
	cmp -s "$T/q.one" "$T/q.sorted" && ok "stats --merge of sorted states = one process: $q" ||
		bad "stats --merge of sorted states = one process: $q" "$(diff "$T/q.one" "$T/q.sorted" | head -6)"
done

# jd-extract over a file list: batches of 10 files on 2 jobs
S=$JD_ROOT/data/samples
if [ -x "$JD_BIN/jd-extract" ] && [ -d "$S/en" ]; then
	find "$S/en" "$S/de" "$S/other" -type f | LC_ALL=C sort > "$T/files.txt"
	# shellcheck disable=SC2046
	jd-extract $(cat "$T/files.txt") > "$T/x.one" 2> /dev/null
	parallel --will-cite -k -j2 -n 10 -X jd-extract < "$T/files.txt" 2> /dev/null | dehead > "$T/x.sharded"
	check "extract: records" "$(wc -l < "$T/x.one")" "$(wc -l < "$T/x.sharded")"
	cmp -s "$T/x.one" "$T/x.sharded" && ok "extract over a file list in batches = one process" ||
		bad "extract over a file list in batches = one process" "$(diff "$T/x.one" "$T/x.sharded" | head -4 | cut -c1-200)"
else
	skip "extract shards: jd-extract not built or data/samples missing"
fi

# scripts/pipeline-bench (scripts/bench's pipeline rows): runs both ways,
# same result; its figures are not checked here (speed is not tested)
if [ -x /usr/bin/time ]; then
	"$JD_ROOT/scripts/pipeline-bench" "$T/corpus.csv" > "$T/pb" 2>&1; st=$?
	check "pipeline-bench: status 0" "0" "$st"
	check "pipeline-bench: two table rows" "2" "$(grep -c '^| pipeline.* | [0-9][0-9]* | [0-9][0-9]* | ' "$T/pb")"
	check "pipeline-bench: no failure, same result" "" "$(grep -e failed -e DIFFERS "$T/pb")"
else
	skip "pipeline-bench: /usr/bin/time not installed (scripts/deps --peers)"
fi
