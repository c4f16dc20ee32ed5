==== cmd
jd-salary --rates fixtures/good.csv --to EUR fixtures/good.csv
==== stdout
==== stderr
jd-salary: fixtures/good.csv: rates table needs the columns currency,per_usd,date
jd-salary: fixtures/good.csv: not a usable rates table
==== status
1
