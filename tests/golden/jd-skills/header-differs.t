==== cmd
jd-skills fixtures/second.csv fixtures/other-header.csv
==== stdout
id,text,skills,skill_count
2,Kubernetes and Go,Kubernetes;Go,2
==== stderr
jd-skills: fixtures/other-header.csv: header differs from the first file's; file skipped
==== status
1
