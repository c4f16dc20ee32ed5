==== cmd
jd-salary --mentions
==== stdin
id,text
r1,"Gehalt: bis zu 85.000€ (brutto/Jahr"
r2,"Gehalt: bis zu 85.000€ (brutto/Jahr)"
r3,"Salary: €50k (gross p.a.) plus bonus"
r4,"Salary: €50k (gross p.a. plus bonus"
r5,"Salary from $60k (depending on experience, up to $80k)"
r6,"Salary (€50k p.a.) and more"
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
r1,1,bis zu 85.000€,,,85000,EUR,year,,85000,0,explicit,explicit
r2,1,bis zu 85.000€ (brutto/Jahr),,,85000,EUR,year,,85000,0,explicit,explicit
r3,1,€50k (gross p.a.),,50000,50000,EUR,year,50000,50000,0,explicit,explicit
r4,1,€50k,,50000,50000,EUR,year,50000,50000,0,explicit,explicit
r5,1,"from $60k (depending on experience, up to $80k)",,60000,80000,USD,year,60000,80000,0,inferred,explicit
r6,1,€50k p.a.,,50000,50000,EUR,year,50000,50000,0,explicit,explicit
==== status
0
