==== cmd
jd-stats 'count'
jd-stats 'count by lang'
==== stdout
count
0
==== status
0
