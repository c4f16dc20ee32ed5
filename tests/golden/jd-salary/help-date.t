==== cmd
jd-salary --help | grep -c "dated 2026-11-01"
==== stdout
1
==== status
0
