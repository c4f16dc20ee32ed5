==== cmd
jd-salary
==== stdin
id,text
r1,"Salary $95,000 per year. Range: $90,000-$100,000"
r2,"Pay: $95,000 per year; $80K-$110K (Glassdoor est.)"
r3,"Salary $120,000 per year. Range for seniors: $90,000-$100,000"
r4,"Gehalt 65.000 € im Jahr, Spanne 60.000 - 70.000 €"
r5,"Salary $95,000 per year. Range: €90,000-€100,000"
==== stdout
id,text,salary_min,salary_max,salary_currency,salary_period,salary_annual_min,salary_annual_max,salary_raw
r1,"Salary $95,000 per year. Range: $90,000-$100,000",90000,100000,USD,year,90000,100000,"$90,000-$100,000"
r2,"Pay: $95,000 per year; $80K-$110K (Glassdoor est.)",95000,95000,USD,year,95000,95000,"$95,000 per year"
r3,"Salary $120,000 per year. Range for seniors: $90,000-$100,000",120000,120000,USD,year,120000,120000,"$120,000 per year"
r4,"Gehalt 65.000 € im Jahr, Spanne 60.000 - 70.000 €",60000,70000,EUR,year,60000,70000,60.000 - 70.000 €
r5,"Salary $95,000 per year. Range: €90,000-€100,000",95000,95000,USD,year,95000,95000,"$95,000 per year"
==== status
0
