==== cmd
jd-stats 'count'
jd-stats 'count by lang'
==== stdout
count
0
==== stderr
jd-stats: -: empty input (no header line)
jd-stats: -: empty input (no header line)
==== status
1
