==== cmd
jd-salary --mentions --country CA
==== stdin
id,text
k1,"Salary $120,000"
k2,Lön 40 000 kr i månaden
k3,"Salary ¥300,000 per month"
k4,"Salary $95,000 USD"
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
k1,1,"$120,000",,120000,120000,CAD,year,120000,120000,0,inferred,explicit
k2,1,40 000 kr i månaden,,40000,40000,SEK,month,480000,480000,0,explicit,explicit
k3,1,"¥300,000 per month",,300000,300000,JPY,month,3600000,3600000,0,explicit,explicit
k4,1,"$95,000 USD",,95000,95000,USD,year,95000,95000,0,inferred,explicit
==== status
0
