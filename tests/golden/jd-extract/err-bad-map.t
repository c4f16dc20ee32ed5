==== cmd
jd-extract --map 'salary=Pay' fixtures/export.csv; echo "status $?"; jd-extract --map 'title' fixtures/export.csv
==== stdout
status 2
==== stderr
jd-extract: --map: unknown field 'salary'; fields are title, company, location, posted, source (try 'jd-extract --help')
jd-extract: --map: expected FIELD=COLUMN, got 'title' (try 'jd-extract --help')
==== status
2
