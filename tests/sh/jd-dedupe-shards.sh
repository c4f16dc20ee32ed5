#!/usr/bin/env bash
# jd-dedupe's map-reduce mode under GNU parallel gives the same output as one
# process: --emit-keys on shards, LC_ALL=C sort, --clusters, --apply.
. ./lib.sh
if ! command -v parallel > /dev/null; then
	skip "GNU parallel not installed"
	exit 0
fi
"$JD_ROOT/scripts/gen-corpus" 3000 7 --out "$T/c.csv"

shards() {   # shards OPTIONS...: the sharded pipeline's output
	parallel --pipe --header : -j2 --block 500k jd-dedupe -q --emit-keys "$@" < "$T/c.csv" > "$T/keys"
	LC_ALL=C sort "$T/keys" | jd-dedupe -q --clusters > "$T/edges"
	jd-dedupe -q --apply "$T/edges" "$@" "$T/c.csv"
}

nsh=$(parallel --pipe --header : -j2 --block 500k wc -l < "$T/c.csv" | wc -l)
if [ "$nsh" -ge 4 ]; then ok "input cut into $nsh shards"; else bad "input cut into shards" "only $nsh"; fi

for opts in "" "--mark" "--keep longest" "--keep newest --mark" "--key title,company,location" "--threshold 0.6 --shingle 3"; do
	# shellcheck disable=SC2086
	jd-dedupe -q $opts "$T/c.csv" > "$T/one"
	# shellcheck disable=SC2086
	shards $opts > "$T/many"
	if cmp -s "$T/one" "$T/many"; then
		ok "sharded = one process ${opts:-(default)} ($(wc -l < "$T/one") lines)"
	else
		bad "sharded = one process ${opts:-(default)}" "$(diff "$T/one" "$T/many" | cut -c1-80 | head -6)"
	fi
done
# something was actually removed
n=$(jd-dedupe -q "$T/c.csv" | wc -l)
if [ "$n" -lt 2900 ]; then ok "duplicates removed ($n of 3001 lines left)"; else bad "duplicates removed" "$n lines"; fi
# the reduce step accepts unsorted keys too, and the edges are sorted by id
parallel --pipe --header : -j2 --block 500k jd-dedupe -q --emit-keys < "$T/c.csv" | jd-dedupe -q --clusters > "$T/e2"
jd-dedupe -q --emit-keys "$T/c.csv" | LC_ALL=C sort | jd-dedupe -q --clusters > "$T/e1"
if cmp -s "$T/e1" "$T/e2"; then ok "--clusters: same edges from unsorted shard output"; else bad "--clusters: same edges from unsorted shard output"; fi
check "--clusters: edges sorted by id" "" "$(LC_ALL=C sort -c "$T/e1" 2>&1)"
# settings that differ between shards are refused
{ jd-dedupe -q --emit-keys "$T/c.csv"; jd-dedupe -q --emit-keys --shingle 3 "$T/c.csv"; } | jd-dedupe -q --clusters > /dev/null 2> "$T/err"
check "--clusters refuses mixed settings (status)" 1 "$?"
