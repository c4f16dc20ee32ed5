==== cmd
jd-salary --country XX fixtures/good.csv
==== stdout
==== stderr
jd-salary: --country: unknown country code 'XX' (try 'jd-salary --help')
==== status
2
