==== cmd
jd-skills -t body fixtures/body.csv
==== stdout
id,body,skills,skill_count
1,Python and SQL,Python;SQL,2
==== status
0
