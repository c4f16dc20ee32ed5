#!/usr/bin/env bash
# jd-extract on the real scraped pages in $JD_SEEDS (never copied into
# the repo): four records, languages en en de en, the machine learning
# engineer title on each, furniture gone, salary and skill sentences kept.
. ./lib.sh

if [ ! -d "${JD_SEEDS:-}" ] || ! ls "$JD_SEEDS"/*.txt > /dev/null 2>&1; then
	skip "jd-extract seeds: $JD_SEEDS not there"
	exit 0
fi

jd-extract "$JD_SEEDS"/*.txt > "$T/seeds.csv" 2> "$T/err"
check "seeds: exit status" 0 $?
check "seeds: no warnings" "" "$(cat "$T/err")"

# the CSV contract: one physical line per record
check "seeds: 4 records + header" 5 "$(wc -l < "$T/seeds.csv")"

# fields through python's csv module (an independent reader)
fields() {
	python3 - "$T/seeds.csv" "$1" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
print(" ".join(r[sys.argv[2]] for r in rows))
PY
}
text_of() {   # text of record $1 (1-based), line breaks decoded
	python3 - "$T/seeds.csv" "$1" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
t = rows[int(sys.argv[2]) - 1]["text"]
print(t.replace("\\\\", "\x00").replace("\\n", "\n").replace("\x00", "\\"))
PY
}

check "seeds: languages" "en en de en" "$(fields lang)"
n=0
for i in 1 2 3 4; do
	t=$(python3 - "$T/seeds.csv" "$i" <<'PY'
import csv, sys
print(list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))[int(sys.argv[2]) - 1]["title"])
PY
)
	if printf '%s' "$t" | grep -qi '^machine learning engineer$'; then n=$((n + 1)); else echo "    record $i title: $t"; fi
done
check "seeds: each titled Machine Learning Engineer" 4 "$n"

for i in 1 2 3 4; do text_of "$i" > "$T/t$i"; done
cat "$T"/t? > "$T/all"

furniture=$(grep -inE 'newsletter|apply now|jetzt bewerben|subscribe|sign in|cookie|similar jobs|related jobs|other interesting job|more job profiles|recent posts|legal notice|privacy|impressum|^kategorien$|^blog$' "$T/all")
check "seeds: no furniture left in text" "" "$furniture"
# a related-jobs list: many short title lines each followed by the same
# link line; none of those link lines may survive
check "seeds: no list of other jobs" 0 "$(sort "$T/all" | uniq -c | awk '$1 >= 3 && NF >= 2 && NF <= 7' | wc -l)"

# every line of a page that names a salary figure or a skill is still in
# its record (compared without white space and bullet marks, so that cells
# that ran together in the scrape compare equal); no page text is copied
# into this test
python3 - "$T/seeds.csv" "$JD_SEEDS"/*.txt > "$T/kept" <<'PY'
import csv, re, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
money = re.compile(r"[$€£]\s?\d|\d\s?(€|USD|EUR)|\d{2,3}[.,]\d{3}")
skill = re.compile(r"python|java|sql|tensorflow|pytorch|keras|statisti|mathemati|teamf|analytische", re.I)
def key(line):
    line = re.sub(r"^[\s•\-*]+", "", line)
    return re.sub(r"\s+", "", line)
for row, path in zip(rows, sys.argv[2:]):
    text = row["text"].replace("\\\\", "\x00").replace("\\n", "\n").replace("\x00", "\\")
    have = {key(l) for l in text.split("\n")}
    want = [l for l in open(path, encoding="utf-8").read().split("\n")
            if (money.search(l) or skill.search(l)) and key(l)]
    print(path.rsplit("/", 1)[-1], "money/skill lines:", len(want),
          "missing:", [l.strip()[:60] for l in want if key(l) not in have])
PY
while read -r name _ _ n _ missing; do
	if [ "$missing" = "[]" ] && [ "$n" -gt 0 ]; then ok "seeds: $name keeps its $n salary and skill lines"
	else bad "seeds: $name keeps its salary and skill lines" "$n lines, missing: $missing"; fi
done < "$T/kept"
# cells of a salary table are kept apart ("Level Salary$N" -> "Level Salary $N")
check "seeds: table cells apart" 0 "$(grep -cE '[a-z][$€£][0-9]' "$T/all")"

# bullets come out as "- item" lines
check "seeds: bullets normalised" 0 "$(grep -c '^  •' "$T/all")"
if grep -q '^- ' "$T/t2"; then ok "seeds: bullet lines"; else bad "seeds: bullet lines"; fi

# same output on a second run (ids are stable)
jd-extract "$JD_SEEDS"/*.txt > "$T/seeds2.csv" 2>/dev/null
check_cmd "seeds: deterministic" cmp "$T/seeds.csv" "$T/seeds2.csv"

# --keep-boilerplate keeps the furniture
jd-extract --keep-boilerplate "$JD_SEEDS"/*.txt 2>/dev/null | grep -qi newsletter
check "seeds: --keep-boilerplate keeps newsletter lines" 0 $?
