==== cmd
jd-salary -t body --mentions fixtures/notext.csv
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
1,1,"$60,000",,60000,60000,USD,year,60000,60000,0,inferred,explicit
==== status
0
