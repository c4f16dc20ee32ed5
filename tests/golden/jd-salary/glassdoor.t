==== cmd
jd-salary --field --mentions
==== stdin
id,text
g1,$53K-$91K (Glassdoor est.)
g2,$21-$34 Per Hour(Glassdoor est.)
g3,Employer Provided Salary:$150K-$160K
g4,$70K-$118K (Employer est.)
g5,$112K (Glassdoor est.)
g6,"$90,000 - $120,000 a year"
g7,£28.50 - £32 an hour
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
g1,1,$53K-$91K,,53000,91000,USD,year,53000,91000,1,inferred,explicit
g2,1,$21-$34 Per Hour,,21,34,USD,hour,43680,70720,1,explicit,explicit
g3,1,$150K-$160K,,150000,160000,USD,year,150000,160000,0,inferred,explicit
g4,1,$70K-$118K,,70000,118000,USD,year,70000,118000,0,inferred,explicit
g5,1,$112K,,112000,112000,USD,year,112000,112000,1,inferred,explicit
g6,1,"$90,000 - $120,000 a year",,90000,120000,USD,year,90000,120000,0,explicit,explicit
g7,1,£28.50 - £32 an hour,,28.5,32,GBP,hour,59280,66560,0,explicit,explicit
==== status
0
