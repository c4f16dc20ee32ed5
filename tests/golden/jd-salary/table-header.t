==== cmd
jd-salary --mentions
==== stdin
id,text
t1,"Job Branch Avg. US Salary\nData Engineer Engineering 128,500 USD"
t2,"Role Median Salary\nAnalyst 61.000 €"
t3,"Level Experience Salary per Year\nSenior 8+ years$150,000\nJunior0-2 years$80,000"
t4,"Average salary by city 2024\nBerlin 65.000 €"
t5,"Our average team is young\nSalary: €60,000"
t6,"Senior Data Engineer\n€90,000 per year"
t7,"Top Salary\nBonus 10.000 €\nBase 80.000 €"
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
t1,1,"128,500 USD",average,128500,128500,USD,year,128500,128500,0,inferred,explicit
t2,1,61.000 €,median,61000,61000,EUR,year,61000,61000,0,inferred,explicit
t3,1,"$150,000",senior,150000,150000,USD,year,150000,150000,0,inferred,explicit
t3,2,"$80,000",junior,80000,80000,USD,year,80000,80000,0,inferred,explicit
t4,1,65.000 €,,65000,65000,EUR,year,65000,65000,0,inferred,explicit
t5,1,"€60,000",,60000,60000,EUR,year,60000,60000,0,inferred,explicit
t6,1,"€90,000 per year",,90000,90000,EUR,year,90000,90000,0,explicit,explicit
t7,1,80.000 €,base,80000,80000,EUR,year,80000,80000,0,inferred,explicit
==== status
0
