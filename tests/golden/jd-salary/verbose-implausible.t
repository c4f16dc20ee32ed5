==== cmd
jd-salary -v --mentions
==== stdin
id,text
v1,"Salary $900,000,000 per year"
v2,"Salary $2 per year"
v3,"Salary $80,000 per year"
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
v3,1,"$80,000 per year",,80000,80000,USD,year,80000,80000,0,explicit,explicit
==== stderr
jd-salary: 2 implausible figures dropped
==== status
0
