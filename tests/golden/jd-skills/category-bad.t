==== cmd
jd-skills --category language,nosuch fixtures/rules.csv
==== stdout
==== stderr
jd-skills: unknown category 'nosuch' (try 'jd-skills --help')
==== status
2
