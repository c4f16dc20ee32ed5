#!/usr/bin/env bash
# jd-extract on the sample corpus (data/samples) against its ground truth
# (data/samples/truth.csv): lang, title, company, location, posted,
# employment, seniority and remote for every ad.  Files are joined on their
# path relative to data/samples (records come out in the documented walk
# order: a folder's files sorted by name, then its subfolders), export rows
# on their url.  One PASS/FAIL line per ad, mismatches listed.
. ./lib.sh
S=$JD_ROOT/data/samples
if [ ! -f "$S/truth.csv" ]; then
	skip "jd-extract samples: $S/truth.csv not there"
	exit 0
fi

(cd "$JD_ROOT" && jd-extract --min-words 0 data/samples) > "$T/files.csv" 2> "$T/files.err"
check "samples: folder walk exit status" 0 $?
check "samples: folder walk without warnings" "" "$(cat "$T/files.err")"
: > "$T/export.csv"
for e in "$S"/export/*.csv; do
	[ -f "$e" ] || continue
	jd-extract --min-words 0 --csv -t Description \
		--map 'title=Job Title,company=Company,location=Location,posted=Date Posted,source=url' \
		"$e" > "$T/export.csv" 2> "$T/export.err"
	check "samples: export exit status" 0 $?
	check "samples: export without warnings" "" "$(cat "$T/export.err")"
done

python3 - "$S" "$T/files.csv" "$T/export.csv" <<'PY'
import csv, os, sys
root, files_csv, export_csv = sys.argv[1:4]
cols = ["lang", "title", "company", "location", "posted", "employment", "seniority", "remote"]

def walk(d, rel=""):
    """the documented order: files sorted by name, then subfolders"""
    names = sorted(n for n in os.listdir(d) if not n.startswith("."))
    out = [os.path.join(rel, n) for n in names
           if os.path.isfile(os.path.join(d, n)) and not n.endswith(".csv")]
    for n in names:
        if os.path.isdir(os.path.join(d, n)):
            out += walk(os.path.join(d, n), os.path.join(rel, n))
    return out

truth = {r["key"]: r for r in csv.DictReader(open(os.path.join(root, "truth.csv"), encoding="utf-8"))}
got = {}
recs = list(csv.DictReader(open(files_csv, encoding="utf-8")))
paths = walk(root)
if len(recs) != len(paths):
    print("FAIL samples: %d records for %d files" % (len(recs), len(paths)))
for path, r in zip(paths, recs):
    got[path] = r
if os.path.getsize(export_csv):
    for r in csv.DictReader(open(export_csv, encoding="utf-8")):
        got[r["source"]] = r
bad = 0
for key, want in truth.items():
    r = got.get(key)
    if r is None:
        print("FAIL samples: %s: no record" % key)
        bad += 1
        continue
    diffs = ["%s: want %r got %r" % (c, want[c], r[c]) for c in cols if want[c] != r[c]]
    if diffs:
        bad += 1
        print("FAIL samples: %s" % key)
        for d in diffs:
            print("    " + d)
    else:
        print("PASS samples: %s" % key)
PY
