# scripts/report-html: the page renders in headless Chromium (Debian's
# chromium package, installed here when running as root) and its charts
# hold the numbers of the CSV tables; no network, no JavaScript.
. ./lib.sh
RH=$JD_ROOT/scripts/report-html

# --- without a browser: usage and errors
"$RH" --bogus x > /dev/null 2> "$T/e"; st=$?
check "bad flag: status 2" "2 report-html: unknown option '--bogus' (try 'report-html --help')" "$st $(cat "$T/e")"
"$RH" "$T/nothing" > /dev/null 2> "$T/e"; st=$?
check "missing folder: status 1" "1 report-html: $T/nothing: not a directory" "$st $(cat "$T/e")"
mkdir "$T/empty"
"$RH" "$T/empty" > /dev/null 2> "$T/e"; st=$?
check "no tables: status 1" "1 report-html: $T/empty: no report tables (skills.csv, salary.csv, ...)" "$st $(cat "$T/e")"
check "no tables: no page left" "" "$(ls -A "$T/empty")"

# --- fixture tables, with names that need CSV quoting and HTML escaping
R=$T/rep; mkdir "$R"
cat > "$R/summary.csv" << 'EOF'
metric,value
date,2026-03-02
ads_in,1234
duplicates,234
ads,1000
with_salary,420
EOF
cat > "$R/skills.csv" << 'EOF'
skill,ads,share_pct
Python,452,45.2
SQL,401,40.1
C++,120,12.0
"Comma, Inc",50,5.0
A&B <x>,30,3.0
"Say ""hi""",7,0.7
EOF
cat > "$R/skills-de.csv" << 'EOF'
skill,ads,share_pct
SQL,80,61.5
Python,60,46.2
Kommunikationsfähigkeit und Teamgeist,20,15.4
EOF
cat > "$R/risers.csv" << 'EOF'
skill,prev_ads,prev_pct,ads,pct,change_pp
Rust,10,1.0,60,6.0,5.00
SQL,380,38.0,401,40.1,2.10
EOF
cat > "$R/fallers.csv" << 'EOF'
skill,prev_ads,prev_pct,ads,pct,change_pp
Perl,90,9.0,20,2.0,-7.00
EOF
cat > "$R/salary.csv" << 'EOF'
currency,seniority,ads,p25,median,p75
EUR,all,300,48000,60000,75500.5
EUR,junior,100,40000,45000,52000
EUR,senior,150,62000,70000,85000
EUR,,50,45000,58000,69000
USD,all,120,90000,120000,150000
EOF
{ echo "day,ads"; for i in $(seq 0 119); do printf '%s,%d\n' "$(date -u -d "2026-01-01 + $i days" +%F)" $(( (i * 37) % 50 + 1 )); done; } > "$R/ads-per-day.csv"

"$RH" --title "Test <report>" "$R" > "$T/out" 2> "$T/e"; st=$?
check "writes the page: status 0, quiet" "0" "$st$(cat "$T/out" "$T/e")"
H=$R/index.html
check "page written, no temporary file left" "index.html" "$(cd "$R" && ls -A | grep -v '\.csv$')"
check "no JavaScript" "" "$(grep -io -e '<script' -e 'javascript:' -e ' on[a-z]*=' "$H")"
check "no network references" "" "$(grep -o -e '\(src\|href\)="[a-z]*:[^"]*"' -e 'url(' -e '@import' "$H")"
check "title escaped" "<title>Test &lt;report&gt; – 2026-03-02</title>" "$(grep -o '<title>Test[^<]*</title>' "$H")"
"$RH" --title "Test <report>" --out - "$R" > "$T/stdout.html"
cmp -s "$H" "$T/stdout.html" && ok "--out - writes the same page to stdout" || bad "--out - writes the same page to stdout"

# --- the browser
if ! command -v chromium > /dev/null; then
	if [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null; then
		DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq --no-install-recommends chromium > "$T/apt.log" 2>&1 ||
			{ DEBIAN_FRONTEND=noninteractive timeout 300 apt-get update -qq > /dev/null 2>&1 &&
			  DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq --no-install-recommends chromium > "$T/apt.log" 2>&1; }
	fi
fi
if ! command -v chromium > /dev/null; then skip "chromium not installed (not root, or apt-get failed): rendering not checked"; exit 0; fi
chrome() {   # chrome OUT-OPTION FILE
	timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--disable-extensions --mute-audio --disable-dev-shm-usage --user-data-dir="$(mktemp -d "$T/chr.XXXXXX")" \
		--window-size=1000,1800 "$1" "file://$2" 2> "$T/chrome.err"
}
chrome --dump-dom "$H" > "$T/dom.html"; st=$?
check "chromium --dump-dom: status 0" "0" "$st"
grep -q '<h1>Test &lt;report&gt; – 2026-03-02</h1>' "$T/dom.html" && ok "rendered: heading in the DOM" || bad "rendered: heading in the DOM" "$(head -c 400 "$T/dom.html")"
check "rendered: every chart is an SVG element in the DOM (4 bars, 2 salary, 1 days)" "7" "$(grep -c '<svg[^>]* class="chart"' "$T/dom.html")"

# label<TAB>value of the bars of one chart, from the browser's DOM
unesc() { sed 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&#39;/'"'"'/g; s/&amp;/\&/g'; }
bars() {
	awk -v id="chart-$1" 'index($0, "id=\"" id "\"") { on = 1 } on && /<g class="bar"/ {
		match($0, /data-label="[^"]*"/); l = substr($0, RSTART + 12, RLENGTH - 13)
		match($0, /data-value="[^"]*"/); printf "%s\t%s\n", l, substr($0, RSTART + 12, RLENGTH - 13) }
		on && /<\/svg>/ { on = 0 }' "$T/dom.html" | unesc
}
tab() { printf '%s\t%s\n' "$@"; }
check "skills chart = skills.csv" "$(tab Python 45.2 SQL 40.1 C++ 12.0 'Comma, Inc' 5.0 'A&B <x>' 3.0 'Say "hi"' 0.7)" "$(bars skills)"
check "German skills chart = skills-de.csv" "$(tab SQL 61.5 Python 46.2 "Kommunikationsfähigkeit und Teamgeist" 15.4)" "$(bars skills-de)"
check "long labels shortened on the chart, whole in data-label and tooltip" "Kommunikationsfähig… | Kommunikationsfähigkeit und Teamgeist: 15.4% (20 ads)" \
	"$(grep -o '<text class="lab"[^>]*>Kommunikations[^<]*<' "$T/dom.html" | sed 's/.*>//; s/<$//') | $(grep -o '<title>Kommunikations[^<]*</title>' "$T/dom.html" | sed 's/<[^>]*>//g')"
check "risers chart = risers.csv" "$(tab Rust 5.00 SQL 2.10)" "$(bars risers)"
check "fallers chart = fallers.csv" "$(tab Perl -7.00)" "$(bars fallers)"
check "ads-per-day chart = the last 90 rows of ads-per-day.csv" "$(sed '1d' "$R/ads-per-day.csv" | tail -90 | tr , '\t')" "$(bars days)"
check "tooltips: skill bar title" "Python: 45.2% (452 ads)" "$(grep -o '<title>Python: [^<]*</title>' "$T/dom.html" | head -1 | sed 's/<[^>]*>//g')"
# salary ranges: currency, seniority, ads, p25, median, p75 as in salary.csv
got=$(grep -o '<g class="range"[^>]*>' "$T/dom.html" | unesc | sed 's/.*data-label="\([^"]*\)" data-currency="\([^"]*\)" data-ads="\([^"]*\)" data-p25="\([^"]*\)" data-median="\([^"]*\)" data-p75="\([^"]*\)".*/\2,\1,\3,\4,\5,\6/')
check "salary charts = salary.csv" "$(sed 1d "$R/salary.csv")" "$got"
check "summary cards = summary.csv" "ads_in=1234 duplicates=234 ads=1000 with_salary=420" \
	"$(grep -o 'data-metric="[^"]*" data-value="[^"]*"' "$T/dom.html" | sed 's/data-metric="\([^"]*\)" data-value="\([^"]*\)"/\1=\2/' | tr '\n' ' ' | sed 's/ $//')"
check "tables: one HTML row per CSV row (skills)" "6" "$(awk '/Table: skills.csv/ { on = 1 } on && /<\/table>/ { exit } on' "$T/dom.html" | grep -o '<tr>' | tail -n +2 | wc -l)"

chrome --screenshot="$T/shot.png" "$H" > /dev/null; st=$?
check "chromium --screenshot: status 0" "0" "$st"
sz=$(stat -c %s "$T/shot.png" 2> /dev/null || echo 0)
[ "$sz" -gt 30000 ] && ok "screenshot has content ($sz bytes)" || bad "screenshot has content" "$sz bytes"
[ -n "${JD_KEEP_SHOT:-}" ] && cp "$T/shot.png" "$JD_KEEP_SHOT"

# --- a real report from the pipeline (when the tools are built)
need=""
for t in jd-extract jd-dedupe jd-salary jd-skills jd-stats; do [ -x "$JD_BIN/$t" ] || need="$need $t"; done
if [ -n "$need" ] || [ ! -d "$JD_ROOT/data/samples" ]; then skip "demo report: not built:$need"; exit 0; fi
"$JD_ROOT/scripts/demo" --out "$T/demo" > "$T/demo.out" 2> "$T/demo.err"; st=$?
check "demo: status 0" "0" "$st$(cat "$T/demo.err")"
chrome --dump-dom "$T/demo/index.html" > "$T/dom.html"; st=$?
check "demo page renders" "0" "$st"
check "demo: skills chart = skills.csv" "$(sed 1d "$T/demo/skills.csv" | awk -F, '{ printf "%s\t%s\n", $1, $3 }')" "$(bars skills)"
check "demo: English skills chart = skills-en.csv" "$(sed 1d "$T/demo/skills-en.csv" | awk -F, '{ printf "%s\t%s\n", $1, $3 }')" "$(bars skills-en)"
got=$(grep -o '<g class="range"[^>]*>' "$T/dom.html" | unesc | sed 's/.*data-label="\([^"]*\)" data-currency="\([^"]*\)" data-ads="\([^"]*\)" data-p25="\([^"]*\)" data-median="\([^"]*\)" data-p75="\([^"]*\)".*/\2,\1,\3,\4,\5,\6/')
check "demo: salary charts = salary.csv" "$(sed 1d "$T/demo/salary.csv")" "$got"
