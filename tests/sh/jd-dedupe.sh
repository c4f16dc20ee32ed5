#!/usr/bin/env bash
# jd-dedupe on scripts/gen-corpus output: planted exact and near duplicates
# (true 5-word-shingle Jaccard >= 0.85) must be found, hard negatives (same
# company boilerplate, true Jaccard < 0.6) must not be merged.
. ./lib.sh
gen=$JD_ROOT/scripts/gen-corpus

# --- the generator itself -------------------------------------------------
"$gen" 5000 42 --out "$T/c.csv" --truth "$T/t.csv" 2> "$T/gen.err"
check "gen-corpus exit status" 0 "$?"
"$gen" 5000 42 > "$T/c2.csv"
if cmp -s "$T/c.csv" "$T/c2.csv"; then ok "gen-corpus is deterministic"; else bad "gen-corpus is deterministic"; fi
"$gen" 50 43 > "$T/c3.csv"
if ! cmp -s <(head -20 "$T/c.csv") <(head -20 "$T/c3.csv"); then ok "gen-corpus: other seed, other corpus"; else bad "gen-corpus: other seed, other corpus"; fi
check "gen-corpus header" "id,source,lang,title,company,location,posted,employment,seniority,remote,words,text" "$(head -1 "$T/c.csv")"
check "gen-corpus truth header" "rec,id,dup_of,kind,jaccard,salary_min,salary_max,salary_currency,salary_period,skills" "$(head -1 "$T/t.csv")"
check "gen-corpus records" "5001 5001" "$(wc -l < "$T/c.csv") $(wc -l < "$T/t.csv")"
check "gen-corpus: ids match the truth" "" "$(cut -d, -f1 "$T/c.csv" | tail -n +2 | paste -d, - <(cut -d, -f2 "$T/t.csv" | tail -n +2) | awk -F, '$1 != $2' | head -3)"
check "gen-corpus: ids are unique" "5000" "$(tail -n +2 "$T/c.csv" | cut -d, -f1 | sort -u | wc -l)"
kinds=$(awk -F, 'NR > 1 { n[$4]++ } END { for (k in n) printf "%s=%d\n", k, n[k] }' "$T/t.csv" | sort | tr '\n' ' ')
ok_kinds=$(awk -F, 'NR > 1 { n[$4]++ } END { print (n["original"] > 3000 && n["exact"] > 150 && n["near"] > 400 && n["hardneg"] > 100) ? "yes" : "no" }' "$T/t.csv")
check "gen-corpus kinds ($kinds)" yes "$ok_kinds"
check "gen-corpus: every near duplicate has true Jaccard >= 0.85" "" "$(awk -F, '$4 == "near" && $5 < 0.85' "$T/t.csv" | head -3)"
check "gen-corpus: every hard negative has true Jaccard < 0.6" "" "$(awk -F, '$4 == "hardneg" && $5 >= 0.6' "$T/t.csv" | head -3)"
check "gen-corpus: words in 150..600" "" "$(awk -F, 'NR > 1 && ($11 < 150 || $11 > 600) { print $1, $11 }' "$T/c.csv" | head -3)"
check "gen-corpus: languages" "de en es fr" "$(tail -n +2 "$T/c.csv" | cut -d, -f3 | sort -u | tr '\n' ' ' | sed 's/ $//')"
check "gen-corpus: exact reposts have the original's text" "" "$(awk -F, 'NR == FNR { if ($4 == "exact") ex[$2] = $3; next }
	FNR > 1 { t = $0; for (k = 0; k < 11; k++) t = substr(t, index(t, ",") + 1); txt[$1] = t; if ($1 in ex) want[$1] = ex[$1] }
	END { for (i in want) if (txt[i] != txt[want[i]]) print i }' "$T/t.csv" "$T/c.csv" | head -3)"
"$gen" --bytes 200K 1 --out "$T/b.csv"
sz=$(wc -c < "$T/b.csv")
if [ "$sz" -ge 204800 ] && [ "$sz" -lt 220000 ]; then ok "gen-corpus --bytes"; else bad "gen-corpus --bytes" "size $sz"; fi
"$gen" > /dev/null 2> "$T/err"
check "gen-corpus without N: usage error" "2" "$?"
"$gen" --bytes 200KB 1 --out "$T/b2.csv"
check "gen-corpus --bytes 200KB is 200K" "$(wc -c < "$T/b.csv")" "$(wc -c < "$T/b2.csv")"
for s in 12Q -5M 99999999999G ""; do
	"$gen" --bytes "$s" 1 > /dev/null 2> "$T/err"
	check "gen-corpus --bytes '$s': usage error" "2 jd-gen-corpus: --bytes: not a size (like 500, 64K, 100M, 1G): '$s' (try 'jd-gen-corpus --help')" "$? $(head -1 "$T/err")"
done

# --- jd-dedupe against the planted truth ----------------------------------
jd-dedupe --mark --threshold 0.8 "$T/c.csv" > "$T/m.csv" 2> "$T/err"
check "jd-dedupe --mark exit status" 0 "$?"
check "jd-dedupe --mark keeps every record" 5001 "$(wc -l < "$T/m.csv")"
# per record: id, predicted cluster, true group (the original's id), kind
awk -F, 'NR == FNR { if (FNR > 1) { grp[FNR] = ($4 == "exact" || $4 == "near") ? $3 : $2; kind[FNR] = $4; dup[FNR] = $3 } next }
	FNR > 1 { print $1, $(NF - 2), grp[FNR], kind[FNR], dup[FNR] }' "$T/t.csv" "$T/m.csv" > "$T/joined"
# cluster of every id
awk '{ cl[$1] = $2 } END { for (i in cl) print i, cl[i] }' "$T/joined" | sort > "$T/cl"
stats=$(awk '
	NR == FNR { cl[$1] = $2; next }
	{
		id = $1; c = $2; g = $3; k = $4; d = $5
		pc[c]++; tg[g]++; cell[c SUBSEP g]++
		if (k == "exact") { ne++; if (cl[d] == c) fe++ }
		if (k == "near") { nn++; if (cl[d] == c) fn++ }
		if (k == "hardneg") { nh++; if (cl[d] == c) mh++ }
	}
	END {
		for (x in pc) pp += pc[x] * (pc[x] - 1) / 2
		for (x in tg) tp += tg[x] * (tg[x] - 1) / 2
		for (x in cell) both += cell[x] * (cell[x] - 1) / 2
		printf "%d %d %d %d %d %d %.4f %.4f %.4f\n", ne, fe, nn, fn, nh, mh,
			pp ? both / pp : 1, tp ? both / tp : 1, nn ? fn / nn : 1
	}' "$T/cl" "$T/joined")
read -r ne fe nn fn nh mh prec rec nrec <<< "$stats"
check "every exact duplicate found ($fe of $ne)" "$ne" "$fe"
check "no hard negative merged ($mh of $nh)" 0 "$mh"
r=$(awk -v p="$prec" 'BEGIN { print (p >= 0.98) ? "yes" : "no" }')
check "pairwise precision >= 0.98 (is $prec)" yes "$r"
r=$(awk -v p="$rec" 'BEGIN { print (p >= 0.95) ? "yes" : "no" }')
check "pairwise recall >= 0.95 (is $rec)" yes "$r"
r=$(awk -v p="$nrec" 'BEGIN { print (p >= 0.95) ? "yes" : "no" }')
check "near duplicates found >= 95% ($fn of $nn)" yes "$r"

# the default mode writes exactly the representatives of --mark
jd-dedupe -q "$T/c.csv" > "$T/d.csv"
awk -F, 'NR == 1 || $(NF - 1) == "" { print $1 }' "$T/m.csv" > "$T/reps"
check "default output = --mark representatives" "" "$(cut -d, -f1 "$T/d.csv" | diff - "$T/reps" | head -5)"
# summary line
check "summary on stderr" "jd-dedupe: 5000 records in, 5000 out," "$(head -c 37 "$T/err")"

# order of unrelated records does not matter: reversing the input keeps the
# same clusters (as sets of ids)
{ head -1 "$T/c.csv"; tail -n +2 "$T/c.csv" | tac; } > "$T/rev.csv"
jd-dedupe -q --mark "$T/rev.csv" > "$T/mrev.csv"
canon() { awk -F, 'NR > 1 { m[$(NF - 2)] = m[$(NF - 2)] " " $1 } END { for (c in m) print m[c] }' "$1" |
	while read -r l; do echo $(tr ' ' '\n' <<< "$l" | sort); done | sort; }
if diff <(canon "$T/m.csv") <(canon "$T/mrev.csv") > /dev/null; then ok "clusters independent of input order"
else bad "clusters independent of input order" "$(diff <(canon "$T/m.csv") <(canon "$T/mrev.csv") | head -5)"; fi

# --- data/samples: dup_group of the ground truth ---------------------------
# jd-extract the sample ads (files and the scraper export), jd-dedupe --mark,
# then the clusters must be exactly the truth's dup_group groups (every ad
# without a group alone, hard negatives apart).
s=$JD_ROOT/data/samples
if [ ! -f "$s/truth.csv" ]; then
	skip "data/samples/truth.csv not there yet"
elif ! command -v jd-extract > /dev/null; then
	skip "jd-extract not built"
else
	{
		jd-extract "$s"/en/* "$s"/de/* "$s"/other/* 2> "$T/x.err"
		jd-extract --csv --text-col Description \
			--map 'title=Job Title,company=Company,location=Location,date=Date Posted' \
			"$s/export/jobs-export.csv" 2>> "$T/x.err" | tail -n +2
	} > "$T/s.csv"
	jd-dedupe -q --mark "$T/s.csv" > "$T/sm.csv"
	# source -> cluster (source is column 2; paths and URLs hold no comma)
	awk -F, -v pre="$s/" 'NR > 1 { k = $2; if (index(k, pre) == 1) k = substr(k, length(pre) + 1); print k, $(NF - 2) }' \
		"$T/sm.csv" | sort > "$T/scl"
	# key -> label: the first and the last column of truth.csv
	tr -d '\r' < "$s/truth.csv" | awk -F, 'NR > 1 { k = $1; gsub(/"/, "", k); g = $NF; print k, (g == "" ? "u:" k : g) }' |
		sort > "$T/slab"
	check "samples: every truth row extracted" "" "$(join -v 2 "$T/scl" "$T/slab" | head -5)"
	join "$T/scl" "$T/slab" > "$T/sj"
	ncl=$(cut -d' ' -f2 "$T/sj" | sort -u | wc -l)
	nlab=$(cut -d' ' -f3 "$T/sj" | sort -u | wc -l)
	nboth=$(cut -d' ' -f2,3 "$T/sj" | sort -u | wc -l)
	if [ "$ncl" -eq "$nlab" ] && [ "$nboth" -eq "$ncl" ]; then
		ok "samples: clusters = dup_group ($ncl clusters, $(wc -l < "$T/sj") ads)"
	else
		bad "samples: clusters = dup_group" "$ncl clusters, $nlab labels, $nboth pairs" \
			"$(awk '{ c[$2] = c[$2] " " $1 "(" $3 ")" } END { for (x in c) if (split(c[x], a, " ") > 1) print x ":" c[x] }' "$T/sj")"
	fi
fi
