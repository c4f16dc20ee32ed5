==== cmd
jd-skills fixtures/nosuch.csv fixtures/second.csv
==== stdout
id,text,skills,skill_count
2,Kubernetes and Go,Kubernetes;Go,2
==== stderr
jd-skills: fixtures/nosuch.csv: No such file or directory
==== status
1
