==== cmd
jd-skills fixtures/body.csv
==== stdout
==== stderr
jd-skills: fixtures/body.csv: no column 'text'
==== status
1
