# jd-stats-peers.sh: jd-stats's numbers against GNU datamash (default
# quantiles: type 7, linear interpolation) and Miller (--quantile-type
# miller) on generated data.  Each peer is skipped when not installed.
. ./lib.sh

# deterministic data: groups a..e, integers and decimals, negative values
awk 'BEGIN { srand(11); print "g,x,y";
	for (i = 0; i < 2003; i++) {
		g = substr("abcde", int(rand() * 5) + 1, 1)
		x = rand() < 0.5 ? int(rand() * 100000) : sprintf("%.3f", rand() * 1000 - 200)
		printf "%s,%s,%d\n", g, x, int(rand() * 7) }}' > "$T/d.csv"

# numbers_equal A B: status 0 when the CSV files are equal, numbers within
# 1e-9 (relative), and both hold rows (a peer or jd-stats that printed
# nothing fails); otherwise the first difference on stdout
numbers_equal() {
	if [ ! -s "$1" ] || [ ! -s "$2" ]; then
		echo "empty output: $(wc -l < "$1") and $(wc -l < "$2") lines"
		return 1
	fi
	awk -F, 'NR == FNR { a[FNR] = $0; n = FNR; next }
		{ if (!(FNR in a)) { print "extra line " FNR ": " $0; bad = 1; exit }
		  k = split(a[FNR], x, ","); m = split($0, y, ",")
		  if (k != m) { print "line " FNR ": " a[FNR] " <> " $0; bad = 1; exit }
		  for (i = 1; i <= k; i++) {
			if (x[i] == y[i]) continue
			if (x[i] ~ /^-?[0-9.e+-]+$/ && y[i] ~ /^-?[0-9.e+-]+$/) {
				d = x[i] - y[i]; if (d < 0) d = -d
				s = x[i] < 0 ? -x[i] : x[i]; if (s < 1) s = 1
				if (d / s <= 1e-9) continue
			}
			print "line " FNR " field " i ": " x[i] " <> " y[i]; bad = 1; exit
		  }
		  seen = FNR }
		END { if (!bad && seen != n) { print "missing lines: " seen " of " n; bad = 1 }; exit bad }' "$1" "$2"
}
# same_numbers NAME A B: PASS when numbers_equal A B
same_numbers() {
	local out
	if out=$(numbers_equal "$2" "$3"); then ok "$1"; else bad "$1" "$out"; fi
}

if command -v datamash > /dev/null; then
	jd-stats 'quantile x 1 5 25 50 75 90 99 100 by g' "$T/d.csv" | tail -n +2 > "$T/j1"
	datamash -s -t, --header-in -g1 perc:1 2 perc:5 2 perc:25 2 perc:50 2 perc:75 2 \
		perc:90 2 perc:99 2 perc:100 2 < "$T/d.csv" > "$T/p1"
	same_numbers "quantiles = datamash perc" "$T/p1" "$T/j1"

	jd-stats 'summary x by g | select g count min p25 median mean p75 max stddev' "$T/d.csv" | tail -n +2 > "$T/j2"
	datamash -s -t, --header-in -g1 count 2 min 2 q1 2 median 2 mean 2 q3 2 max 2 sstdev 2 < "$T/d.csv" > "$T/p2"
	same_numbers "summary = datamash count min q1 median mean q3 max sstdev" "$T/p2" "$T/j2"

	jd-stats 'summary x | select p90 median' "$T/d.csv" | tail -n +2 > "$T/j3"
	datamash -t, --header-in perc:90 2 median 2 < "$T/d.csv" > "$T/p3"
	same_numbers "summary without by = datamash" "$T/p3" "$T/j3"

	jd-stats 'count by g, y' "$T/d.csv" | tail -n +2 > "$T/j4"
	datamash -s -t, --header-in -g1,3 count 1 < "$T/d.csv" > "$T/p4"
	same_numbers "count by = datamash count" "$T/p4" "$T/j4"
else
	skip "datamash not installed"
fi

if command -v mlr > /dev/null; then
	jd-stats --quantile-type miller 'quantile x 0 1 10 25 50 75 90 99 100 by g' "$T/d.csv" | tail -n +2 > "$T/j5"
	mlr --icsv --ocsv --headerless-csv-output stats1 -a p0,p1,p10,p25,p50,p75,p90,p99,p100 -f x -g g \
		then sort -f g "$T/d.csv" > "$T/m5"
	same_numbers "quantile-type miller = mlr stats1 percentiles" "$T/m5" "$T/j5"

	jd-stats --quantile-type miller 'summary x by g | select g count mean median p90 min max stddev' "$T/d.csv" | tail -n +2 > "$T/j6"
	mlr --icsv --ocsv --headerless-csv-output stats1 -a count,mean,median,p90,min,max,stddev -f x -g g \
		then sort -f g "$T/d.csv" > "$T/m6"
	same_numbers "summary (miller quantiles) = mlr stats1" "$T/m6" "$T/j6"

	jd-stats 'freq y | select y count' "$T/d.csv" | tail -n +2 | sort > "$T/j7"
	mlr --icsv --ocsv --headerless-csv-output count-distinct -f y "$T/d.csv" | sort > "$T/m7"
	same_numbers "freq counts = mlr count-distinct" "$T/m7" "$T/j7"

	# the two definitions differ on this data: each comparison above can
	# tell them apart (jd-stats' default is not Miller's)
	jd-stats 'quantile x 10 25 50 75 90 by g' "$T/d.csv" | tail -n +2 > "$T/j9"
	mlr --icsv --ocsv --headerless-csv-output stats1 -a p10,p25,p50,p75,p90 -f x -g g \
		then sort -f g "$T/d.csv" > "$T/m9"
	if [ -s "$T/j9" ] && [ -s "$T/m9" ] && ! numbers_equal "$T/m9" "$T/j9" > /dev/null; then
		ok "type 7 and Miller's quantiles differ on this data"
	else
		bad "type 7 and Miller's quantiles differ on this data" "$(head -3 "$T/j9")"
	fi
else
	skip "mlr not installed"
fi

# the bundled sample corpus (data/samples/truth.csv), when it is there
truth="$JD_ROOT/data/samples/truth.csv"
if [ -f "$truth" ] && command -v datamash > /dev/null; then
	jd-stats 'where salary_annual_max is not empty | select lang salary_annual_max' "$truth" > "$T/t.csv"
	jd-stats 'summary salary_annual_max by lang | select lang count min median mean p90 max stddev' "$T/t.csv" \
		| tail -n +2 | grep -v ',1,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,$' > "$T/j8"
	datamash -s -t, --header-in -g1 count 2 min 2 median 2 mean 2 perc:90 2 max 2 sstdev 2 < "$T/t.csv" \
		| grep -v ',nan$' > "$T/p8"
	same_numbers "samples: salary summary by lang = datamash" "$T/p8" "$T/j8"
	n=$(jd-stats 'count' "$truth" | tail -1)
	check "samples: count = records" "$(( $(wc -l < "$truth") - 1 ))" "$n"
else
	skip "data/samples/truth.csv or datamash missing"
fi
