==== cmd
jd-skills
==== stdout
==== status
0
