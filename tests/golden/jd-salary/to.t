==== cmd
jd-salary --to EUR
==== stdin
id,text
t1,"Salary $100,000 per year"
t2,Gehalt 4.300 € brutto monatlich
t3,"Salary £38,000 per annum"
t4,No salary given.
t5,"Salary up to ¥6,000,000"
==== stdout
id,text,salary_min,salary_max,salary_currency,salary_period,salary_annual_min,salary_annual_max,salary_raw,salary_annual_min_EUR,salary_annual_max_EUR
t1,"Salary $100,000 per year",100000,100000,USD,year,100000,100000,"$100,000 per year",86000,86000
t2,Gehalt 4.300 € brutto monatlich,4300,4300,EUR,month,51600,51600,4.300 € brutto monatlich,51600,51600
t3,"Salary £38,000 per annum",38000,38000,GBP,year,38000,38000,"£38,000 per annum",43000,43000
t4,No salary given.,,,,,,,,,
t5,"Salary up to ¥6,000,000",,6000000,JPY,year,,6000000,"up to ¥6,000,000",,33506.49
==== status
0
