==== cmd
jd-extract --date 2026-02-30 fixtures/en-ad.txt; echo "status $?"; jd-extract --date 3.10.2026 fixtures/en-ad.txt
==== stdout
status 2
==== stderr
jd-extract: --date: expected a date YYYY-MM-DD, got '2026-02-30' (try 'jd-extract --help')
jd-extract: --date: expected a date YYYY-MM-DD, got '3.10.2026' (try 'jd-extract --help')
==== status
2
