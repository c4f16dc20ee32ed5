# scripts/demo (what `make demo` runs) and scripts/report-tables: the whole
# pipeline on data/samples prints the two tables and writes the report; a
# failing or missing tool stops it with a clear message and keeps the old
# report.
. ./lib.sh
S=$JD_ROOT/data/samples
RT=$JD_ROOT/scripts/report-tables

"$RT" --bogus a b > /dev/null 2> "$T/e"; st=$?
check "report-tables: bad flag" "2 report-tables: unknown option '--bogus' (try 'report-tables --help')" "$st $(cat "$T/e")"
"$RT" only-one > /dev/null 2> "$T/e"; st=$?
check "report-tables: usage" "2" "$st"
"$RT" "$T/none.csv" "$T/o" > /dev/null 2> "$T/e"; st=$?
check "report-tables: missing input" "1 report-tables: $T/none.csv: cannot read" "$st $(cat "$T/e")"
"$JD_ROOT/scripts/demo" --bogus > /dev/null 2> "$T/e"; st=$?
check "demo: bad flag" "2 demo: unknown option '--bogus' (try 'demo --help')" "$st $(cat "$T/e")"
mkdir "$T/nobin"
env PATH=/usr/bin:/bin JD_BIN="$T/nobin" "$JD_ROOT/scripts/demo" --out "$T/r0" > /dev/null 2> "$T/e"; st=$?
check "demo: tools not built" "1 demo: missing tool(s): jd-extract jd-dedupe jd-salary jd-skills jd-stats (not in $T/nobin nor on PATH; build them with 'make' in $JD_ROOT)" "$st $(cat "$T/e")"

need=""
for t in jd-extract jd-dedupe jd-salary jd-skills jd-stats; do [ -x "$JD_BIN/$t" ] || need="$need $t"; done
if [ -n "$need" ]; then skip "demo: not built:$need"; exit 0; fi
if [ ! -f "$S/truth.csv" ]; then skip "demo: data/samples missing"; exit 0; fi

R=$T/report
"$JD_ROOT/scripts/demo" --out "$R" > "$T/out" 2> "$T/err"; st=$?
check "demo: status 0, nothing on stderr" "0" "$st$(cat "$T/err")"
for f in index.html ads.csv skills.csv skills-en.csv skills-de.csv salary.csv ads-per-day.csv summary.csv; do
	[ -s "$R/$f" ] && ok "demo: report/$f" || bad "demo: report/$f" "missing or empty"
done
grep -q '^Skill demand: share of ads' "$T/out" && ok "demo: prints the skill-demand table" || bad "demo: prints the skill-demand table" "$(head -20 "$T/out")"
grep -q '^Salary survey: annual salary' "$T/out" && ok "demo: prints the salary survey" || bad "demo: prints the salary survey" "$(head -40 "$T/out")"

# every ad of the corpus is read; one record per job: 66 ads minus the extra
# copies of truth.csv's duplicate groups (dup_group is its last column)
want_in=$(awk 'END { print NR - 1 }' "$S/truth.csv")
want=$(tr -d '\r' < "$S/truth.csv" | awk -F, 'NR > 1 { n++; if ($NF != "") { if (g[$NF]++) d++ } } END { print n - d }')
check "demo: ads in = rows of truth.csv" "ads_in,$want_in" "$(grep '^ads_in,' "$R/summary.csv")"
check "demo: one record per job (truth.csv dup_group)" "ads,$want" "$(grep '^ads,' "$R/summary.csv")"
check "demo: ads.csv holds them" "$want" "$(($(wc -l < "$R/ads.csv") - 1))"

# skills.csv against a count made here from the skills column: each row
# right, counts not increasing, and no skill left out that beats the last row
jd-stats -f csv 'select skills' "$R/ads.csv" > "$T/sk.csv"
awk 'NR > 1 { gsub(/"/, ""); n = split($0, s, ";"); for (i = 1; i <= n; i++) if (s[i] != "" && !seen[NR, s[i]]++) c[s[i]]++; ads++ }
	END { for (k in c) printf "%s,%d,%.1f\n", k, c[k], 100 * c[k] / ads }' "$T/sk.csv" | LC_ALL=C sort > "$T/sk.all"
sed 1d "$R/skills.csv" | LC_ALL=C sort > "$T/sk.top"
check "demo: skills.csv rows = counts made from ads.csv" "" "$(LC_ALL=C comm -23 "$T/sk.top" "$T/sk.all")"
check "demo: skills.csv has the top 15" "15" "$(wc -l < "$T/sk.top")"
check "demo: skills.csv sorted by ads" "$(sed 1d "$R/skills.csv" | cut -d, -f2)" "$(sed 1d "$R/skills.csv" | cut -d, -f2 | sort -nr)"
last=$(tail -1 "$R/skills.csv" | cut -d, -f2)
check "demo: no skill left out with more ads than the last row" "" "$(LC_ALL=C comm -13 "$T/sk.top" "$T/sk.all" | awk -F, -v m="$last" '$2 > m')"
first=$(sed -n 2p "$R/skills.csv" | cut -d, -f1,3)
grep -q "^ *1  ${first%,*} *${first#*,} " "$T/out" && ok "demo: the printed table starts with skills.csv's first row" ||
	bad "demo: the printed table starts with skills.csv's first row" "$first" "$(grep -m1 '^ *1 ' "$T/out")"
# salary: rows with a currency, the "all" row's count = ads with that currency and a figure
exp=$(jd-stats -f csv 'where not salary_currency is empty | select salary_currency, salary_annual_min, salary_annual_max' "$R/ads.csv" |
	awk -F, 'NR > 1 && ($2 != "" || $3 != "") { c[$1]++ } END { for (k in c) print k "," c[k] }' | LC_ALL=C sort)
check "demo: salary.csv counts per currency" "$exp" "$(awk -F, '$2 == "all" { print $1 "," $3 }' "$R/salary.csv" | LC_ALL=C sort)"
grep -q 'data-chart="skills"' "$R/index.html" && grep -q 'data-chart="salary"' "$R/index.html" &&
	ok "demo: index.html has the charts" || bad "demo: index.html has the charts"

# a failing tool: status 1, the step named, the old report kept
mkdir "$T/fake"
for t in jd-extract jd-dedupe jd-skills jd-stats; do ln -s "$JD_BIN/$t" "$T/fake/$t"; done
printf '#!/bin/sh\ncat > /dev/null; echo "jd-salary: simulated crash" >&2\nexit 2\n' > "$T/fake/jd-salary"; chmod +x "$T/fake/jd-salary"
cp "$R/index.html" "$T/index.good"
JD_BIN=$T/fake PATH="$T/fake:$PATH" "$JD_ROOT/scripts/demo" --out "$R" > "$T/out2" 2> "$T/err2"; st=$?
check "demo, failing tool: status 1" "1" "$st"
case "$(cat "$T/err2")" in "demo: step failed (status 2): jd-salary"*"simulated crash"*) ok "demo, failing tool: says which step" ;;
	*) bad "demo, failing tool: says which step" "$(cat "$T/err2")" ;; esac
cmp -s "$T/index.good" "$R/index.html" && ok "demo, failing tool: old report kept" || bad "demo, failing tool: old report kept"
check "demo, failing tool: no temporary folders" "" "$(ls -A "$T" | grep '^\.demo')"
