==== cmd
jd-salary
==== stdin
id,text
k1,"Unsere Kunden sparen bis zu 3.000 € pro Jahr. Gehalt: 55.000 €"
k2,"You will manage €40,000 per month in ad spend. Salary: €50,000."
k3,"Provision bis zu 1.500 € monatlich, Fixgehalt 3.000 €"
k4,"Salary: $60,000. Overtime paid at $30/hour."
k5,"Salary: $60,000. Overtime is paid at $30/hour."
k6,"Gehalt: 48.000 € im Jahr. Überstunden werden mit 25 € pro Stunde vergütet."
k7,"Our average deal size is $45,000 per year. Salary: $60,000 - $70,000."
k8,"€65,000 per year. Salary: €60,000"
k9,"Vergütung: 4.000 € monatlich. Provisionen bis zu 2.000 € im Monat."
k10,"We offer a base salary between €81,000 and €93,000 gross per year."
k11,"Target salary: $90,000"
k12,"Earn $4,000 per month in commission on top of a salary of $50,000."
k13,"Sales targets of $500,000 per year."
k14,"Wir investieren 200.000 € jährlich in Forschung."
k15,"Dienstwagen im Wert von 45.000 € und Jobrad."
k16,"Customers save $2,000 per month with our app."
k17,"Unsere Kunden sparen bis zu 3.000 € pro Jahr mit unserer Software."
k18,"You will manage a portfolio of €40,000 per month in ad spend."
k19,"Overtime: €25 per hour"
k20,"Überstunden werden mit 25 € pro Stunde vergütet."
k21,"Provision: bis zu 1.500 € monatlich"
k22,"Tickets from €15 per day"
k23,"The candidate will handle invoices up to €10,000."
k24,"Ad spend of $40,000 per month"
==== stdout
id,text,salary_min,salary_max,salary_currency,salary_period,salary_annual_min,salary_annual_max,salary_raw
k1,Unsere Kunden sparen bis zu 3.000 € pro Jahr. Gehalt: 55.000 €,55000,55000,EUR,year,55000,55000,55.000 €
k2,"You will manage €40,000 per month in ad spend. Salary: €50,000.",50000,50000,EUR,year,50000,50000,"€50,000"
k3,"Provision bis zu 1.500 € monatlich, Fixgehalt 3.000 €",3000,3000,EUR,month,36000,36000,3.000 €
k4,"Salary: $60,000. Overtime paid at $30/hour.",60000,60000,USD,year,60000,60000,"$60,000"
k5,"Salary: $60,000. Overtime is paid at $30/hour.",60000,60000,USD,year,60000,60000,"$60,000"
k6,Gehalt: 48.000 € im Jahr. Überstunden werden mit 25 € pro Stunde vergütet.,48000,48000,EUR,year,48000,48000,48.000 € im Jahr
k7,"Our average deal size is $45,000 per year. Salary: $60,000 - $70,000.",60000,70000,USD,year,60000,70000,"$60,000 - $70,000"
k8,"€65,000 per year. Salary: €60,000",60000,60000,EUR,year,60000,60000,"€60,000"
k9,Vergütung: 4.000 € monatlich. Provisionen bis zu 2.000 € im Monat.,4000,4000,EUR,month,48000,48000,4.000 € monatlich
k10,"We offer a base salary between €81,000 and €93,000 gross per year.",81000,93000,EUR,year,81000,93000,"€81,000 and €93,000 gross per year"
k11,"Target salary: $90,000",90000,90000,USD,year,90000,90000,"$90,000"
k12,"Earn $4,000 per month in commission on top of a salary of $50,000.",50000,50000,USD,year,50000,50000,"$50,000"
k13,"Sales targets of $500,000 per year.",,,,,,,
k14,Wir investieren 200.000 € jährlich in Forschung.,,,,,,,
k15,Dienstwagen im Wert von 45.000 € und Jobrad.,,,,,,,
k16,"Customers save $2,000 per month with our app.",,,,,,,
k17,Unsere Kunden sparen bis zu 3.000 € pro Jahr mit unserer Software.,,,,,,,
k18,"You will manage a portfolio of €40,000 per month in ad spend.",,,,,,,
k19,Overtime: €25 per hour,,,,,,,
k20,Überstunden werden mit 25 € pro Stunde vergütet.,,,,,,,
k21,Provision: bis zu 1.500 € monatlich,,,,,,,
k22,Tickets from €15 per day,,,,,,,
k23,"The candidate will handle invoices up to €10,000.",,,,,,,
k24,"Ad spend of $40,000 per month",,,,,,,
==== status
0
