==== cmd
jd-skills fixtures/ambiguous-en.csv fixtures/second.csv | tail -n 2
==== stdout
ruby-no,Join Ruby at our front desk.,,0
2,Kubernetes and Go,Kubernetes;Go,2
==== status
0
