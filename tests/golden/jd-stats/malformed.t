==== cmd
jd-stats 'select id salary_annual_max' fixtures/broken.csv
==== stdout
id,salary_annual_max
a12,1
a14,2
==== stderr
jd-stats: fixtures/broken.csv:3: 3 fields, header has 7; record skipped
==== status
1
