#!/usr/bin/env bash
# jd-salary on the real scraped pages (../shared/seeds) and, when present,
# against the sample corpus's ground truth (data/samples/truth.csv).
. ./lib.sh

# wrap text files as CSV id,text (id = file name without .txt); jdkit's
# line-break encoding: backslash -> \\, line feed -> \n
wrap() {
	printf 'id,text\n'
	for f in "$@"; do
		awk -v id="$(basename "$f" .txt)" '
			BEGIN { ORS = "" }
			{ sub(/\r$/, ""); gsub(/\\/, "\\\\"); gsub(/"/, "\"\""); s = s (NR > 1 ? "\\n" : "") $0 }
			END { print id ",\"" s "\"\n" }' "$f"
	done
}

# has NAME ROW-PATTERN: the mentions output holds a row matching the ERE
has() {
	if grep -Eq -- "$2" "$T/m.csv"; then ok "$1"; else bad "$1" "no row matching: $2" "$(cat "$T/m.csv")"; fi
}

if [ ! -d "${JD_SEEDS:-}" ]; then
	skip "jd-salary seeds (no $JD_SEEDS)"
else
	wrap "$JD_SEEDS"/*.txt > "$T/seeds.csv"
	if jd-salary --mentions "$T/seeds.csv" > "$T/m.csv" 2> "$T/err"; then ok "seeds: exit 0"; else bad "seeds: exit 0" "$(cat "$T/err")"; fi
	check "seeds: no stderr" "" "$(cat "$T/err")"
	# id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
	has "seeds: 60,000-80,000 EUR per year (DE header)" '^002_[0-9a-f]+,1,.*,,60000,80000,EUR,year,60000,80000,0,explicit,explicit$'
	has "seeds: 60,000-80,000 EUR yearly, average" '^002_[0-9a-f]+,[0-9]+,.*,average,60000,80000,EUR,year,'
	has "seeds: 50,000 EUR starting salary (Einstiegsgehalt)" '^002_[0-9a-f]+,[0-9]+,.*,starting,50000,50000,EUR,year,'
	has "seeds: 120,000 EUR und mehr (min only)" '^002_[0-9a-f]+,[0-9]+,.*,,120000,,EUR,year,120000,,'
	has "seeds: 33-106 USD per hour, freelance" '^001_[0-9a-f]+,[0-9]+,\$33 and \$106/hour,freelance,33,106,USD,hour,68640,220480,0,explicit,explicit$'
	has "seeds: junior 75,000 USD" '^001_[0-9a-f]+,[0-9]+,"\$75,000",junior,75000,75000,USD,year,'
	has "seeds: average 111,000 USD" '^001_[0-9a-f]+,[0-9]+,"\$111,000",average,111000,111000,USD,year,'
	has "seeds: senior 200,000 USD" '^001_[0-9a-f]+,[0-9]+,"\$200,000",senior,200000,200000,USD,year,'
	has "seeds: starting 75,000 USD per year" '^001_[0-9a-f]+,[0-9]+,.*,starting,75000,75000,USD,year,75000,75000,0,explicit,'
	has "seeds: top 200,000 USD or more" '^001_[0-9a-f]+,[0-9]+,.*,top,200000,,USD,year,'
	has "seeds: average 65.000 EUR per year" '^001_[0-9a-f]+,[0-9]+,.*,average,65000,65000,EUR,year,65000,65000,0,explicit,'
	has "seeds: average 75,000 GBP" '^001_[0-9a-f]+,[0-9]+,.*,average,75000,75000,GBP,year,'
	has "seeds: juniors 50,000 EUR per year" '^000_[0-9a-f]+,[0-9]+,.*,junior,50000,50000,EUR,year,50000,50000,0,explicit,'
	has "seeds: average 65,000 EUR per year" '^000_[0-9a-f]+,[0-9]+,.*,average,65000,65000,EUR,year,65000,65000,0,explicit,'
	has "seeds: 158,328 USD per year, average" '^003_[0-9a-f]+,[0-9]+,.*,average,158328,158328,USD,year,158328,158328,0,explicit,'
	# a table row under the header "Job Branch Avg. US Salary": the header's label
	has "seeds: 158,328 USD (table under an Avg. header)" '^003_[0-9a-f]+,1,"158,328 USD",average,158328,158328,USD,year,'
	has "seeds: entry level 118,746 USD" '^003_[0-9a-f]+,[0-9]+,"\$118,746",entry,118746,'
	has "seeds: mid level 142,495 USD" '^003_[0-9a-f]+,[0-9]+,"\$142,495",mid,142495,'
	has "seeds: senior 174,161 USD" '^003_[0-9a-f]+,[0-9]+,"\$174,161",senior,174161,'
	has "seeds: veteran 197,910 USD" '^003_[0-9a-f]+,[0-9]+,"\$197,910",lead,197910,'
	# things on the pages that are not salaries
	check "seeds: no years, phone numbers or experience counts" "" \
		"$(grep -oE ',[A-Z]{3},(hour|day|week|month|year),[0-9.]*,[0-9.]*,' "$T/m.csv" |
			awk -F, '{ a = $4 != "" ? $4 : $5; if (a + 0 < 20000) print }')"
	check "seeds: 22 mentions in all" "22" "$(($(wc -l < "$T/m.csv") - 1))"
	# ad level: one row per page, the pay of the page's own figure
	jd-salary "$T/seeds.csv" > "$T/ad.csv" 2> "$T/err"
	check "seeds: ad level rows" "5" "$(wc -l < "$T/ad.csv")"
	check "seeds: ad level DE page" "60000,80000,EUR,year,60000,80000" \
		"$(grep '^002_' "$T/ad.csv" | awk -F, '{ n = NF; print $(n-6) "," $(n-5) "," $(n-4) "," $(n-3) "," $(n-2) "," $(n-1) }')"
fi

# data/samples: ad-level columns against the ground truth
# csvcut COLS...: print the named columns of a jdkit CSV (one record per
# line, as jd tools write it) as TAB-separated lines
csvcut() {
	awk -v want="$*" '
		function split_csv(line, f,    n, i, c, q, cur) {
			n = 0; cur = ""; q = 0
			for (i = 1; i <= length(line); i++) {
				c = substr(line, i, 1)
				if (q) {
					if (c == "\"") {
						if (substr(line, i + 1, 1) == "\"") { cur = cur c; i++ } else q = 0
					} else cur = cur c
				} else if (c == "\"") q = 1
				else if (c == ",") { f[++n] = cur; cur = "" }
				else cur = cur c
			}
			f[++n] = cur
			return n
		}
		{ sub(/\r$/, "") }
		NR == 1 { n = split_csv($0, h); k = split(want, w, " ")
			for (i = 1; i <= k; i++) for (j = 1; j <= n; j++) if (h[j] == w[i]) col[i] = j
			next }
		{ split_csv($0, f); out = ""
			for (i = 1; i <= k; i++) out = out (i > 1 ? "\t" : "") f[col[i]]
			print out }'
}
truth="$JD_ROOT/data/samples/truth.csv"
extract=$(command -v jd-extract || true)
[ -n "$extract" ] || { [ -x "$JD_ROOT/build/bin/jd-extract" ] && extract="$JD_ROOT/build/bin/jd-extract"; }
if [ ! -f "$truth" ]; then
	skip "jd-salary samples (no data/samples/truth.csv)"
elif [ -z "$extract" ]; then
	skip "jd-salary samples (no jd-extract to turn the raw ads into CSV)"
else
	S="salary_min salary_max salary_currency salary_period salary_annual_min salary_annual_max"
	(cd "$JD_ROOT" && "$extract" data/samples/en data/samples/de data/samples/other) > "$T/samples.csv" 2> "$T/err"
	jd-salary "$T/samples.csv" 2>> "$T/err" | csvcut source $S | sed 's|^data/samples/||' > "$T/got"
	# the export's Salary column holds salary statements: --field
	jd-salary --field -t Salary "$JD_ROOT/data/samples/export/jobs-export.csv" 2>> "$T/err" | csvcut url $S >> "$T/got"
	csvcut key $S < "$truth" | sort > "$T/want"
	sort "$T/got" > "$T/got.sorted"
	check "samples: no errors" "" "$(cat "$T/err")"
	check "samples: every ad" "$(wc -l < "$T/want")" "$(wc -l < "$T/got.sorted")"
	if diff "$T/want" "$T/got.sorted" > "$T/diff"; then
		ok "samples: ad-level salary columns match truth.csv"
	else
		bad "samples: ad-level salary columns match truth.csv" "$(cat "$T/diff")"
	fi
fi
