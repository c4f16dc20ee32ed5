==== cmd
jd-salary --mentions
==== stdin
id,title,text
a1,Data Engineer,"We pay $120,000 - $140,000 per year. Sign-on bonus: $10,000. Industry average salary is $110,000."
a2,ML Engineer,"Junior Salary$75,000\nAverage Salary$111,000\nSenior Salary$200,000"
a3,Entwickler,"Gehalt: 65.000 € p.a.\nBonus bis zu 10.000 €."
a4,Analyst,Competitive salary and great benefits.
a5,Backend Developer,"Salary $95,000. Salary range: $90,000-$100,000 a year."
a6,Designer,"Senior designers earn $120,000; juniors $70,000."
a7,Barista,"$15/hour, tips on top"
a8,Engineer,"$53K-$91K (Glassdoor est.) Employer Provided Salary: $60K-$80K"
a9,Mitarbeiter,Wir sind 250 Mitarbeiter und zahlen 3.200 € brutto monatlich.
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
a1,1,"$120,000 - $140,000 per year",,120000,140000,USD,year,120000,140000,0,explicit,explicit
a1,2,"$110,000",average,110000,110000,USD,year,110000,110000,0,inferred,explicit
a2,1,"$75,000",junior,75000,75000,USD,year,75000,75000,0,inferred,explicit
a2,2,"$111,000",average,111000,111000,USD,year,111000,111000,0,inferred,explicit
a2,3,"$200,000",senior,200000,200000,USD,year,200000,200000,0,inferred,explicit
a3,1,65.000 € p.a.,,65000,65000,EUR,year,65000,65000,0,explicit,explicit
a5,1,"$95,000",,95000,95000,USD,year,95000,95000,0,inferred,explicit
a5,2,"$90,000-$100,000 a year",,90000,100000,USD,year,90000,100000,0,explicit,explicit
a6,1,"$120,000",senior,120000,120000,USD,year,120000,120000,0,inferred,explicit
a6,2,"$70,000",junior,70000,70000,USD,year,70000,70000,0,inferred,explicit
a7,1,$15/hour,,15,15,USD,hour,31200,31200,0,explicit,explicit
a8,1,$53K-$91K,,53000,91000,USD,year,53000,91000,1,inferred,explicit
a8,2,$60K-$80K,,60000,80000,USD,year,60000,80000,0,inferred,explicit
a9,1,3.200 € brutto monatlich,,3200,3200,EUR,month,38400,38400,0,explicit,explicit
==== status
0
