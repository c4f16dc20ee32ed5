# scripts/nightly-report: two nights of generated ads; the second report's
# risers and fallers match the planted skill counts (computed here with awk,
# independently of jd-stats and scripts/report-tables); reposts of the first
# night are not counted again; the lock; a failed run keeps the last report.
. ./lib.sh
NR_=$JD_ROOT/scripts/nightly-report
need=""
for t in jd-salary jd-skills jd-dedupe jd-stats; do [ -x "$JD_BIN/$t" ] || need="$need $t"; done
if [ -n "$need" ]; then skip "nightly-report: not built:$need"; exit 0; fi

# gen DAY N "SKILL=COUNT ..." NSALARY: N ads in jd-extract's columns; ad i
# names SKILL when i <= COUNT, states a salary when i <= NSALARY; the rest
# of the text is filler words that name no skill (different in every ad)
gen() {
	awk -v day="$1" -v n="$2" -v plan="$3" -v nsal="$4" 'BEGIN {
		nv = split("river house garden morning paper window table chair yellow orange purple " \
			"mountain valley forest ocean island bridge street corner village harvest summer " \
			"winter autumn candle pebble meadow lantern harbor cottage orchard thunder blanket " \
			"teapot violin marble feather ribbon saddle kettle copper velvet walnut almond", v, " ")
		ns = split(plan, sp, " ")
		for (k = 1; k <= ns; k++) { split(sp[k], kv, "="); sk[k] = kv[1]; cnt[k] = kv[2] }
		print "id,source,lang,title,company,location,posted,employment,seniority,remote,words,text"
		split(day, dd, "-"); seed = dd[3] * 7919
		for (i = 1; i <= n; i++) {
			t = "Advert " day " number " i "."
			for (w = 0; w < 90; w++) { seed = (seed * 1103515245 + 12345) % 2147483648; t = t " " v[int(seed / 65536) % nv + 1] }
			t = t "."
			for (k = 1; k <= ns; k++) if (i <= cnt[k]) t = t " Experience with " sk[k] " is required."
			if (i <= nsal) t = t " Salary: EUR " (50 + i) ",000 - " (60 + i) ",000 per year."
			printf "%s%08d,https://example.org/%s/%d,en,Data Engineer,Example GmbH,Berlin,%s,full-time,%s,,100,\"%s\"\n", \
				substr(day, 1, 4) substr(day, 6, 2) substr(day, 9, 2), i, day, i, day, (i % 2 ? "senior" : "junior"), t
		}
	}'
}
plan1="Python=30 SQL=20 Java=12 Docker=6 Kafka=3"
plan2="Python=15 SQL=25 Java=12 Docker=10 Terraform=5"
gen 2026-03-01 60 "$plan1" 20 > "$T/day1.csv"
gen 2026-03-02 50 "$plan2" 10 > "$T/day2.new.csv"
# night 2 also sees 6 exact reposts and 3 edited reposts of night 1's ads
{
	cat "$T/day2.new.csv"
	sed -n '2,7p' "$T/day1.csv" | sed 's/^20260301/20260399/; s/,2026-03-01,/,2026-03-02,/'
	sed -n '8,10p' "$T/day1.csv" | sed 's/^20260301/20260398/; s/,2026-03-01,/,2026-03-02,/; s/"$/ Reposted with reference 4711."/'
} > "$T/day2.csv"
out=$T/out

"$NR_" --from-csv --date 2026-03-01 "$T/day1.csv" "$out" > "$T/s1" 2> "$T/e1"; st=$?
check "night 1: status 0" "0" "$st$(cat "$T/e1")"
check "night 1: summary line" "nightly-report 2026-03-01: 60 ads in, 0 duplicates dropped, 60 new, 20 with a salary" "$(sed 's/, [0-9.]* s;.*//' "$T/s1")"
check "night 1: one summary line" "1" "$(wc -l < "$T/s1")"
check "night 1: latest report" "reports/2026-03-01" "$(readlink "$out/latest")"
check "night 1: no risers without a previous period" "no" "$([ -e "$out/latest/risers.csv" ] && echo yes || echo no)"
# cron diffs last week's report against this one: the same ads give the
# same report, byte for byte (no run time or other clock reading in it)
sleep 0.2   # (a different clock)
"$NR_" --from-csv --date 2026-03-01 "$T/day1.csv" "$T/out-again" > /dev/null 2>&1
check "night 1 again: the same report, byte for byte" "" "$(diff -r "$out/reports/2026-03-01" "$T/out-again/reports/2026-03-01" 2>&1)"

"$NR_" --from-csv --date 2026-03-02 "$T/day2.csv" "$out" > "$T/s2" 2> "$T/e2"; st=$?
check "night 2: status 0" "0" "$st$(cat "$T/e2")"
check "night 2: reposts of night 1 dropped" "nightly-report 2026-03-02: 59 ads in, 9 duplicates dropped, 50 new, 10 with a salary" "$(sed 's/, [0-9.]* s;.*//' "$T/s2")"
check "night 2: history holds the new ads only" "50" "$(($(wc -l < "$out/history/2026-03-02.csv") - 1))"
check "night 2: history has the run column" "run,id,source" "$(head -1 "$out/history/2026-03-02.csv" | cut -d, -f1-3)"
check "night 2: latest report" "reports/2026-03-02" "$(readlink "$out/latest")"

# expected risers and fallers from the plans: share of ads in % (60 and 50 ads)
expect() {   # expect risers|fallers
	awk -v p1="$plan1" -v p2="$plan2" -v want="$1" 'BEGIN {
		n = split(p1, a, " "); for (i = 1; i <= n; i++) { split(a[i], kv, "="); c1[kv[1]] = kv[2]; all[kv[1]] = 1 }
		n = split(p2, a, " "); for (i = 1; i <= n; i++) { split(a[i], kv, "="); c2[kv[1]] = kv[2]; all[kv[1]] = 1 }
		for (s in all) {
			r = 100 * c2[s] / 50 - 100 * c1[s] / 60; d = sprintf("%.9f", r) + 0
			if ((want == "risers" && d > 0) || (want == "fallers" && d < 0))
				printf "%.6f %s %s,%d,%.1f,%d,%.1f,%.2f\n", (want == "risers" ? -d : d), s, s, c1[s], 100 * c1[s] / 60, c2[s], 100 * c2[s] / 50, r
		}
	}' | LC_ALL=C sort -k1,1g -k2,2 | cut -d' ' -f3
}
# label,value pairs of one chart in the page
chart() { awk -v id="chart-$2" 'index($0, "id=\"" id "\"") { on = 1 } on && /<g class="bar"/ {
	match($0, /data-label="[^"]*"/); l = substr($0, RSTART + 12, RLENGTH - 13)
	match($0, /data-value="[^"]*"/); print l "," substr($0, RSTART + 12, RLENGTH - 13) } on && /<\/svg>/ { on = 0 }' "$1"; }
check "night 2: risers match the data" "$(expect risers)" "$(sed 1d "$out/latest/risers.csv")"
check "night 2: fallers match the data" "$(expect fallers)" "$(sed 1d "$out/latest/fallers.csv")"
check "night 2: risers header" "skill,prev_ads,prev_pct,ads,pct,change_pp" "$(head -1 "$out/latest/risers.csv")"
check "night 2: top skill share" "SQL,25,50.0" "$(sed -n 2p "$out/latest/skills.csv")"
check "night 2: ads per day" "$(printf 'day,ads\n2026-03-01,60\n2026-03-02,50')" "$(cat "$out/latest/ads-per-day.csv")"
check "night 2: salary quantiles (midpoints 56k..65k, type 7)" "EUR,all,10,58250,60500,62750" "$(sed -n 2p "$out/latest/salary.csv")"
for c in skills risers fallers salary days; do
	grep -q "data-chart=\"$c\"" "$out/latest/index.html" && ok "night 2: html has the $c chart" || bad "night 2: html has the $c chart"
done
check "night 2: risers chart holds the table" "$(sed 1d "$out/latest/risers.csv" | cut -d, -f1,6)" "$(chart "$out/latest/index.html" risers)"
check "night 2: fallers chart holds the table" "$(sed 1d "$out/latest/fallers.csv" | cut -d, -f1,6)" "$(chart "$out/latest/index.html" fallers)"
check "night 2: no network references" "" "$(grep -Eo '(src|href)="(https?:)?//[^"]*"' "$out/latest/index.html")"
check "night 2: no script element" "" "$(grep -io '<script' "$out/latest/index.html")"
check "runs.csv" "date,ads_in,duplicates,ads,with_salary
2026-03-01,60,0,60,20
2026-03-02,59,9,50,10" "$(cut -d, -f1-5 "$out/runs.csv")"

# the same night again replaces its history and report, same numbers
cp "$out/latest/risers.csv" "$T/risers.before"
"$NR_" --from-csv --date 2026-03-02 "$T/day2.csv" "$out" > "$T/s2b" 2> "$T/e2b"; st=$?
check "night 2 again: same summary" "$(sed 's/, [0-9.]* s;.*//' "$T/s2")" "$(sed 's/, [0-9.]* s;.*//' "$T/s2b")"
check "night 2 again: same risers" "$(cat "$T/risers.before")" "$(cat "$out/latest/risers.csv")"
check "night 2 again: one report folder per date" "2026-03-01 2026-03-02" "$(cd "$out/reports" && echo *)"
check "night 2 again: one run per date" "3" "$(wc -l < "$out/runs.csv")"

# the lock: a second run while one holds it fails at once
cp "$out/latest/index.html" "$T/index.good"
flock -o "$out/.lock" sh -c 'echo $$ > "$0"; exec sleep 60' "$T/sleep.pid" > /dev/null 2>&1 & holder=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do flock -n "$out/.lock" true 2> /dev/null || break; sleep 0.2; done
"$NR_" --from-csv --date 2026-03-03 "$T/day2.new.csv" "$out" > "$T/s3" 2> "$T/e3"; st=$?
kill "$(cat "$T/sleep.pid")" 2> /dev/null; wait "$holder" 2> /dev/null
check "locked: status 1" "1" "$st"
case "$(cat "$T/e3")" in *"another nightly-report is running"*) ok "locked: says why" ;; *) bad "locked: says why" "$(cat "$T/e3")" ;; esac
check "locked: no history written" "no" "$([ -e "$out/history/2026-03-03.csv" ] && echo yes || echo no)"

# a failing tool: status 1, the reason, the last good report kept
mkdir "$T/fake"
for t in jd-salary jd-dedupe jd-stats; do ln -s "$JD_BIN/$t" "$T/fake/$t"; done
printf '#!/bin/sh\necho "jd-skills: simulated failure" >&2\nexit 1\n' > "$T/fake/jd-skills"; chmod +x "$T/fake/jd-skills"
JD_BIN=$T/fake PATH="$T/fake:$PATH" "$NR_" --from-csv --date 2026-03-03 "$T/day2.new.csv" "$out" > "$T/s4" 2> "$T/e4"; st=$?
check "failed run: status 1" "1" "$st"
case "$(cat "$T/e4")" in *"step failed"*jd-skills*"simulated failure"*) ok "failed run: reason on stderr" ;; *) bad "failed run: reason on stderr" "$(cat "$T/e4")" ;; esac
check "failed run: nothing on stdout" "" "$(cat "$T/s4")"
check "failed run: latest unchanged" "reports/2026-03-02" "$(readlink "$out/latest")"
cmp -s "$T/index.good" "$out/latest/index.html" && ok "failed run: report intact" || bad "failed run: report intact"
check "failed run: no history written" "no" "$([ -e "$out/history/2026-03-03.csv" ] && echo yes || echo no)"
check "failed run: no temporary folders left" "" "$(ls -A "$out" | grep -v -e '^history$' -e '^reports$' -e '^latest$' -e '^runs.csv$' -e '^.lock$')"

# no ads: a failure too, not an empty report
printf 'id,source,lang,title,company,location,posted,employment,seniority,remote,words,text\n' > "$T/empty.csv"
"$NR_" --from-csv --date 2026-03-03 "$T/empty.csv" "$out" > /dev/null 2> "$T/e5"; st=$?
check "no ads: status 1 and why" "1 nightly-report: no ads in $T/empty.csv (nothing to report; the last report is kept)" "$st $(cat "$T/e5")"
"$NR_" --bogus x y > /dev/null 2> "$T/e6"; st=$?
check "bad flag: status 2" "2 nightly-report: unknown option '--bogus' (try 'nightly-report --help')" "$st $(cat "$T/e6")"
"$NR_" --date 2026-02-30 --from-csv "$T/day1.csv" "$out" > /dev/null 2> "$T/e7"; st=$?
check "bad date: status 2" "2" "$st"

# --window 2: nights 2 and 3 against night 1
plan3="Python=4 SQL=30 Java=10 Terraform=20"
gen 2026-03-04 40 "$plan3" 0 > "$T/day3.csv"
"$NR_" --from-csv --window 2 --date 2026-03-04 "$T/day3.csv" "$out" > "$T/s8" 2> "$T/e8"; st=$?
check "window 2: status 0" "0" "$st$(cat "$T/e8")"
check "window 2: periods" "period,2026-03-02 to 2026-03-04 period_ads,90 previous,2026-03-01" \
	"$(grep -e '^period' -e '^previous' "$out/latest/summary.csv" | tr '\n' ' ' | sed 's/ $//')"
exp=$(awk -v p1="$plan1" -v p2="$plan2" -v p3="$plan3" 'BEGIN {
	n = split(p1, a, " "); for (i = 1; i <= n; i++) { split(a[i], kv, "="); c1[kv[1]] = kv[2]; all[kv[1]] = 1 }
	n = split(p2, a, " "); for (i = 1; i <= n; i++) { split(a[i], kv, "="); c2[kv[1]] += kv[2]; all[kv[1]] = 1 }
	n = split(p3, a, " "); for (i = 1; i <= n; i++) { split(a[i], kv, "="); c2[kv[1]] += kv[2]; all[kv[1]] = 1 }
	for (s in all) { r = 100 * c2[s] / 90 - 100 * c1[s] / 60; d = sprintf("%.9f", r) + 0
		if (d > 0) printf "%.6f %s %s,%d,%.1f,%d,%.1f,%.2f\n", -d, s, s, c1[s], 100 * c1[s] / 60, c2[s], 100 * c2[s] / 90, r } }' |
	LC_ALL=C sort -k1,1g -k2,2 | cut -d' ' -f3)
check "window 2: risers over 90 ads against 60" "$exp" "$(sed 1d "$out/latest/risers.csv")"
check "window 2: risers found" "4" "$(($(wc -l < "$out/latest/risers.csv") - 1))"
check "window 2: ads.csv holds the period" "90" "$(($(wc -l < "$out/latest/ads.csv") - 1))"

# --- generated ads (scripts/gen-corpus): night B holds exact and edited
# reposts of night A's ads; risers and fallers recomputed here from the two
# history files' skills columns (awk, not jd-stats)
if [ ! -x "$JD_BIN/jd-gen-corpus" ]; then skip "gen-corpus nights: jd-gen-corpus not built"; exit 0; fi
jd-gen-corpus 1200 5 --out "$T/g.csv" --truth "$T/g.truth.csv" > /dev/null 2>&1
{ head -1 "$T/g.csv"; sed -n '2,601p' "$T/g.csv"; } > "$T/gA.csv"
{ head -1 "$T/g.csv"; sed -n '602,1201p' "$T/g.csv"; } > "$T/gB.csv"
G=$T/gout
"$NR_" --from-csv --date 2026-04-01 "$T/gA.csv" "$G" > "$T/gs1" 2> "$T/ge1"; st=$?
check "gen night A: status 0" "0" "$st$(cat "$T/ge1")"
"$NR_" --from-csv --date 2026-04-02 "$T/gB.csv" "$G" > "$T/gs2" 2> "$T/ge2"; st=$?
check "gen night B: status 0" "0" "$st$(cat "$T/ge2")"
# ground truth: night B's originals and hard negatives are new, its reposts are not
want=$(awk -F, 'NR > 601 && ($4 == "original" || $4 == "hardneg") { n++ } END { print n + 0 }' "$T/g.truth.csv")
got=$(($(wc -l < "$G/history/2026-04-02.csv") - 1))
if [ "$got" -ge $((want * 97 / 100)) ] && [ "$got" -le $((want * 103 / 100)) ]; then ok "gen night B: new ads $got, truth $want (within 3%)"
else bad "gen night B: new ads within 3% of the truth" "truth $want, got $got"; fi
check "gen night B: summary line" "nightly-report 2026-04-02: 600 ads in, $((600 - got)) duplicates dropped, $got new" "$(sed 's/, [0-9]* with a salary.*//' "$T/gs2")"
trend() {   # trend risers|fallers: from the history files, skills = next-to-last column
	awk -F, -v want="$1" '
		FNR == 1 { f++; next }
		{ n[f]++; k = split($(NF - 1), s, ";"); for (i = 1; i <= k; i++) if (s[i] != "") { c[f, s[i]]++; all[s[i]] = 1 } }
		END { for (x in all) { a = 100 * c[1, x] / n[1]; b = 100 * c[2, x] / n[2]; r = b - a; d = sprintf("%.9f", r) + 0   # equal shares: exactly 0
			if ((want == "risers" && d > 0) || (want == "fallers" && d < 0))
				printf "%.9f\t%s\t%s,%d,%.1f,%d,%.1f,%.2f\n", (want == "risers" ? -d : d), x, x, c[1, x], a, c[2, x], b, r } }' \
		"$G/history/2026-04-01.csv" "$G/history/2026-04-02.csv" | LC_ALL=C sort -t "$(printf '\t')" -k1,1g -k2,2 | head -10 | cut -f3
}
check "gen night B: risers = history recomputed" "$(trend risers)" "$(sed 1d "$G/latest/risers.csv")"
check "gen night B: fallers = history recomputed" "$(trend fallers)" "$(sed 1d "$G/latest/fallers.csv")"
[ "$(wc -l < "$G/latest/risers.csv")" -gt 3 ] && ok "gen night B: risers found" || bad "gen night B: risers found" "$(cat "$G/latest/risers.csv")"

# --keep-going lets a stage's status 1 (data warnings) through, but a stage
# that did not do its work fails the run and keeps the last report
mkdir -p "$T/fakebin"
for t in jd-extract jd-salary jd-dedupe jd-stats; do ln -s "$JD_BIN/$t" "$T/fakebin/$t"; done
printf '#!/bin/sh\ncat; echo "boom" >&2; exit 1\n' > "$T/fakebin/jd-skills"; chmod +x "$T/fakebin/jd-skills"
latest_before=$(readlink "$out/latest")
JD_BIN=$T/fakebin "$NR_" --keep-going --from-csv --date 2026-03-03 "$T/day2.new.csv" "$out" > /dev/null 2> "$T/ek"; st=$?
check "keep-going: a stage without its columns fails the run" "1" "$st"
check "keep-going: the message names it" "1" "$(grep -c 'did not add their columns' "$T/ek")"
check "keep-going: the last report is kept" "$latest_before" "$(readlink "$out/latest")"
check "keep-going: no history for the failed night" "no" "$([ -e "$out/history/2026-03-03.csv" ] && echo yes || echo no)"
