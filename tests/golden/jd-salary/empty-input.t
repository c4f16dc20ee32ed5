==== cmd
jd-salary < /dev/null
==== stdout
==== status
0
