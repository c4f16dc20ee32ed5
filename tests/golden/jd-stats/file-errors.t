==== cmd
jd-stats 'count' fixtures/nope.csv fixtures/ads.csv fixtures/other.csv
==== stdout
count
10
==== stderr
jd-stats: fixtures/nope.csv: No such file or directory
jd-stats: fixtures/other.csv: header differs from the first file's; file skipped
==== status
1
