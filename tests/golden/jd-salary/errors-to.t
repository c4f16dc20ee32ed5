==== cmd
jd-salary --to XYZ fixtures/good.csv
==== stdout
==== stderr
jd-salary: --to: currency 'XYZ' is not in the rates table (try 'jd-salary --help')
==== status
2
