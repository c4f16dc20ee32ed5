==== cmd
jd-salary fixtures/notext.csv
==== stdout
==== stderr
jd-salary: fixtures/notext.csv: no column 'text'
==== status
1
