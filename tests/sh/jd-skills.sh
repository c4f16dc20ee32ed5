#!/usr/bin/env bash
# jd-skills on the real scraped pages in $JD_SEEDS (never copied into the
# repo): the skills the pages name are found, and nothing is found in their
# navigation, newsletter boxes or lists of unrelated jobs.
cd "$(dirname "$0")" && . ./lib.sh

seed_tests() {

# one-row CSV id,text from a text file (the text as it is, quotes doubled)
wrap() {
	awk -v id="$2" 'BEGIN { printf "id,text\n%s,\"", id }
		{ gsub(/"/, "\"\""); printf "%s\n", $0 }
		END { print "\"" }' "$1"
}

# pattern (grep -E, case-insensitive unless noted) -> skill that must be found
expect_rules='
Python|python
Java|\<java\>
SQL|\<SQL\>
TensorFlow|tensorflow
Keras|keras
PyTorch|pytorch
scikit-learn|scikit-learn
Machine Learning|machine learning
Statistics|\<(statistics|statistik)\>
Mathematics|\<(mathematics|mathematik)\>
'

n=0
for f in "$JD_SEEDS"/*.txt; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	b=$(basename "$f" .txt)
	wrap "$f" "$b" > "$T/$b.csv"
	jd-skills "$T/$b.csv" > "$T/$b.out" 2> "$T/$b.err"
	check "jd-skills seeds $b: status" 0 "$?"
	check "jd-skills seeds $b: no messages" "" "$(cat "$T/$b.err")"
	skills=";$(awk -F, 'NR == 2 { print $(NF - 1) }' "$T/$b.out");"
	missing=""
	while IFS='|' read -r skill pat; do
		[ -n "$skill" ] || continue
		if grep -qiE "$pat" "$f" && [[ "$skills" != *";$skill;"* ]]; then
			missing="$missing $skill"
		fi
	done <<< "$expect_rules"
	# case-sensitive names: R as a word in a list or sentence, C++
	if grep -qE '(, R,|R is also a programming)' "$f" && [[ "$skills" != *";R;"* ]]; then
		missing="$missing R"
	fi
	if grep -qF 'C++' "$f" && [[ "$skills" != *";C++;"* ]]; then
		missing="$missing C++"
	fi
	check "jd-skills seeds $b: named skills found" "" "$missing"
	# none of these appear in what the pages ask for; the job lists and
	# boilerplate would bring them in
	wrong=""
	for s in Sales Bookkeeping Finance "Actuarial Science" "Customer Service" \
		"Tax Law" "Email Marketing" "Computer Networking" "Networking Skills" \
		Go C Excel Spark Rust Swift Dart Julia Ruby SAS JavaScript Media; do
		[[ "$skills" == *";$s;"* ]] && wrong="$wrong;$s"
	done
	check "jd-skills seeds $b: no unrelated skills" "" "$wrong"
	# no match inside the navigation / job lists: everything before the
	# first and after the last content marker of each page
	jd-skills --explain "$T/$b.csv" > "$T/$b.ex"
	start=0 end=999999999
	for m in "What does a Machine Learning Engineer do" \
		"Machine Learning Engineer: Aufgaben" "Job Description"; do
		o=$(grep -b -o -F "$m" "$f" | head -n 1 | cut -d: -f1)
		if [ -n "$o" ]; then start=$o; break; fi
	done
	for m in "Apply today" "Other interesting job profiles" \
		"Keine Stellenangebote mehr verpassen" "Explore Job Descriptions"; do
		o=$(grep -b -o -F "$m" "$f" | tail -n 1 | cut -d: -f1)
		if [ -n "$o" ]; then end=$o; break; fi
	done
	outside=$(awk -F, -v s="$start" -v e="$end" 'NR > 1 && ($3 + 0 < s || $3 + 0 >= e) && $6 !~ /rejected/' "$T/$b.ex")
	check "jd-skills seeds $b: nothing from navigation or job lists" "" "$outside"
done
[ "$n" -gt 0 ] || skip "jd-skills seeds: no .txt files"

# a seed page split into many rows gives the same skills as one row
# (the matcher keeps no state between records)
f=$(ls "$JD_SEEDS"/*.txt | head -n 1)
b=$(basename "$f" .txt)
{ cat "$T/$b.csv"; tail -n +2 "$T/$b.csv"; } > "$T/twice.csv"
got=$(jd-skills "$T/twice.csv" | awk -F, 'NR > 1 { print $(NF - 1) }' | sort -u | wc -l)
check "jd-skills seeds: same result for a repeated record" 1 "$got"
}

if [ -d "${JD_SEEDS:-}" ]; then
	seed_tests
else
	skip "jd-skills seeds: no ${JD_SEEDS:-JD_SEEDS}"
fi

# data/samples: the skills column of truth.csv (judged over the README's
# vocabulary only), through jd-extract as the pipeline runs it, and again
# with the boards' navigation and similar-job lists kept in the text
S="$JD_ROOT/data/samples"
if [ ! -f "$S/truth.csv" ] || ! command -v jd-extract >/dev/null || ! command -v python3 >/dev/null; then
	skip "jd-skills samples: needs data/samples/truth.csv, jd-extract and python3"
	exit 0
fi
for kb in "" --keep-boilerplate; do
(cd "$JD_ROOT" && jd-extract $kb data/samples/en data/samples/de data/samples/other) > "$T/samples.csv" 2> "$T/extract.err"
(cd "$JD_ROOT" && jd-extract $kb --csv --text-col Description \
	--map 'title=Job Title,company=Company,location=Location,date=Date Posted,source=url' \
	data/samples/export/jobs-export.csv) > "$T/export.csv" 2>> "$T/extract.err"
jd-skills "$T/samples.csv" > "$T/s1.csv" && jd-skills "$T/export.csv" > "$T/s2.csv"
check "jd-skills samples ${kb:-(extracted)}: status" 0 "$?"
python3 - "$S/truth.csv" "$T/s1.csv" "$T/s2.csv" > "$T/cmp.out" <<'PY'
import csv, sys
csv.field_size_limit(1 << 30)
vocab = """Python R SQL Java JavaScript TypeScript C C++ C# Go Rust Scala Kotlin Excel Spark
Hadoop Hive HBase Kafka AWS Azure GCP Docker Kubernetes TensorFlow PyTorch Keras scikit-learn
pandas NumPy Git Linux Tableau Power_BI PostgreSQL MySQL MongoDB Node.js .NET React Angular
HTML CSS Machine_Learning Deep_Learning NLP Computer_Vision LLM MLOps Statistics Mathematics
Data_Visualization ETL CI/CD Agile Scrum Communication Teamwork Problem_Solving SAS Swift
Airflow dbt Snowflake Terraform SAP Microsoft_Office Jira Databricks Google_BigQuery Django
Spring_Boot Salesforce DATEV Ansible Leadership Customer_Service Project_Management"""
V = {w.replace("_", " ") for w in vocab.split()}
truth = {r["key"]: [s for s in r["skills"].split(";") if s] for r in csv.DictReader(open(sys.argv[1]))}
got = {}
for f in sys.argv[2:]:
    for r in csv.DictReader(open(f)):
        key = r["source"].replace("data/samples/", "")
        got[key] = [s for s in r["skills"].split(";") if s in V]
for key, want in truth.items():
    if got.get(key) != want:
        print("%s: want %s got %s" % (key, ";".join(want), ";".join(got.get(key) or ["(no row)"])))
PY
check "jd-skills samples ${kb:-(extracted)}: skills match truth.csv for every ad" "" "$(cat "$T/cmp.out")"
done
