==== cmd
jd-salary --rates fixtures/no-such-rates.csv --to EUR fixtures/good.csv
==== stdout
==== stderr
jd-salary: fixtures/no-such-rates.csv: No such file or directory
==== status
1
