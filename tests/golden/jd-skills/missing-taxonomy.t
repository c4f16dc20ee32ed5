==== cmd
jd-skills --taxonomy fixtures/nosuch.csv
==== stdout
==== stderr
jd-skills: fixtures/nosuch.csv: No such file or directory
==== status
1
