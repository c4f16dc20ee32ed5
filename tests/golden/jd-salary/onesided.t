==== cmd
jd-salary --mentions
==== stdin
id,text
o1,"Salary up to £40,000 per annum"
o2,"Pay: max $30/hr"
o3,Gehalt bis zu 65.000 € im Jahr
o4,Gehalt bis 65.000 € p.a.
o5,"Salary from $25 per hour"
o6,"Salary starting at $80,000"
o7,Gehalt ab 4.000 € brutto monatlich
o8,Gehalt mindestens 55.000 EUR jährlich
o9,"Salary $100,000 or more"
o10,Gehalt 120.000 € und mehr
o11,Salary $100k+
o12,"Salary at least $70,000 a year"
o13,"Salary from $60,000 to $70,000 a year"
o14,Gehalt maximal 5.000 € monatlich
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
o1,1,"up to £40,000 per annum",,,40000,GBP,year,,40000,0,explicit,explicit
o2,1,max $30/hr,,,30,USD,hour,,62400,0,explicit,explicit
o3,1,bis zu 65.000 € im Jahr,,,65000,EUR,year,,65000,0,explicit,explicit
o4,1,bis 65.000 € p.a.,,,65000,EUR,year,,65000,0,explicit,explicit
o5,1,from $25 per hour,,25,,USD,hour,52000,,0,explicit,explicit
o6,1,"starting at $80,000",,80000,,USD,year,80000,,0,inferred,explicit
o7,1,ab 4.000 € brutto monatlich,,4000,,EUR,month,48000,,0,explicit,explicit
o8,1,mindestens 55.000 EUR jährlich,,55000,,EUR,year,55000,,0,explicit,explicit
o9,1,"$100,000 or more",,100000,,USD,year,100000,,0,inferred,explicit
o10,1,120.000 € und mehr,,120000,,EUR,year,120000,,0,inferred,explicit
o11,1,$100k+,,100000,,USD,year,100000,,0,inferred,explicit
o12,1,"at least $70,000 a year",,70000,,USD,year,70000,,0,explicit,explicit
o13,1,"$60,000 to $70,000 a year",,60000,70000,USD,year,60000,70000,0,explicit,explicit
o14,1,maximal 5.000 € monatlich,,,5000,EUR,month,,60000,0,explicit,explicit
==== status
0
