==== cmd
jd-salary --mentions
==== stdin
id,text
r1,"The salary is $60,000 - $80,000 per year."
r2,"Pay: $60,000–$80,000 annually"
r3,"Compensation: €50.000 — €65.000 p.a."
r4,We offer £30k to £40k depending on experience.
r5,"Salary between $90,000 and $110,000."
r6,Gehalt zwischen 50.000 und 60.000 Euro brutto im Jahr.
r7,Vergütung 55.000 bis 65.000 EUR p.a.
r8,Salary: 60-80k EUR
r9,"Rate: $45-$60/hr"
r10,"The range is USD 120,000 to USD 150,000."
r11,Salary €55k–€70k plus benefits.
r12,Pay £25.50 - £30.75 per hour
r13,"Budgeted range: 95,000–125,000 USD per annum"
r14,Salary 40 000 – 50 000 € per year
r15,"Salary: $70,000-$70,000"
r16,Salary £80k - £60k
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
r1,1,"$60,000 - $80,000 per year",,60000,80000,USD,year,60000,80000,0,explicit,explicit
r2,1,"$60,000–$80,000 annually",,60000,80000,USD,year,60000,80000,0,explicit,explicit
r3,1,€50.000 — €65.000 p.a.,,50000,65000,EUR,year,50000,65000,0,explicit,explicit
r4,1,£30k to £40k,,30000,40000,GBP,year,30000,40000,0,inferred,explicit
r5,1,"$90,000 and $110,000",,90000,110000,USD,year,90000,110000,0,inferred,explicit
r6,1,50.000 und 60.000 Euro brutto im Jahr,,50000,60000,EUR,year,50000,60000,0,explicit,explicit
r7,1,55.000 bis 65.000 EUR p.a.,,55000,65000,EUR,year,55000,65000,0,explicit,explicit
r8,1,60-80k EUR,,60000,80000,EUR,year,60000,80000,0,inferred,explicit
r9,1,$45-$60/hr,,45,60,USD,hour,93600,124800,0,explicit,explicit
r10,1,"USD 120,000 to USD 150,000",,120000,150000,USD,year,120000,150000,0,inferred,explicit
r11,1,€55k–€70k,,55000,70000,EUR,year,55000,70000,0,inferred,explicit
r12,1,£25.50 - £30.75 per hour,,25.5,30.75,GBP,hour,53040,63960,0,explicit,explicit
r13,1,"95,000–125,000 USD per annum",,95000,125000,USD,year,95000,125000,0,explicit,explicit
r14,1,40 000 – 50 000 € per year,,40000,50000,EUR,year,40000,50000,0,explicit,explicit
r15,1,"$70,000-$70,000",,70000,70000,USD,year,70000,70000,0,inferred,explicit
r16,1,£80k,,80000,80000,GBP,year,80000,80000,0,inferred,explicit
r16,2,£60k,,60000,60000,GBP,year,60000,60000,0,inferred,explicit
==== status
0
