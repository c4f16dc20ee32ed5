==== cmd
jd-salary
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
id,title,text,salary_min,salary_max,salary_currency,salary_period,salary_annual_min,salary_annual_max,salary_raw
a1,Data Engineer,"We pay $120,000 - $140,000 per year. Sign-on bonus: $10,000. Industry average salary is $110,000.",120000,140000,USD,year,120000,140000,"$120,000 - $140,000 per year"
a2,ML Engineer,"Junior Salary$75,000\nAverage Salary$111,000\nSenior Salary$200,000",111000,111000,USD,year,111000,111000,"$111,000"
a3,Entwickler,Gehalt: 65.000 € p.a.\nBonus bis zu 10.000 €.,65000,65000,EUR,year,65000,65000,65.000 € p.a.
a4,Analyst,Competitive salary and great benefits.,,,,,,,
a5,Backend Developer,"Salary $95,000. Salary range: $90,000-$100,000 a year.",90000,100000,USD,year,90000,100000,"$90,000-$100,000 a year"
a6,Designer,"Senior designers earn $120,000; juniors $70,000.",120000,120000,USD,year,120000,120000,"$120,000"
a7,Barista,"$15/hour, tips on top",15,15,USD,hour,31200,31200,$15/hour
a8,Engineer,$53K-$91K (Glassdoor est.) Employer Provided Salary: $60K-$80K,60000,80000,USD,year,60000,80000,$60K-$80K
a9,Mitarbeiter,Wir sind 250 Mitarbeiter und zahlen 3.200 € brutto monatlich.,3200,3200,EUR,month,38400,38400,3.200 € brutto monatlich
==== status
0
