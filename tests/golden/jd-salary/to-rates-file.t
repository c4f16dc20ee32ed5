==== cmd
jd-salary --to GBP --rates fixtures/rates-test.csv
==== stdin
id,text
t1,"Salary $100,000 per year"
t2,Gehalt 4.300 € brutto monatlich
t3,"Salary £38,000 per annum"
t4,No salary given.
t5,"Salary up to ¥6,000,000"
==== stdout
id,text,salary_min,salary_max,salary_currency,salary_period,salary_annual_min,salary_annual_max,salary_raw,salary_annual_min_GBP,salary_annual_max_GBP
t1,"Salary $100,000 per year",100000,100000,USD,year,100000,100000,"$100,000 per year",25000,25000
t2,Gehalt 4.300 € brutto monatlich,4300,4300,EUR,month,51600,51600,4.300 € brutto monatlich,25800,25800
t3,"Salary £38,000 per annum",38000,38000,GBP,year,38000,38000,"£38,000 per annum",38000,38000
t4,No salary given.,,,,,,,,,
t5,"Salary up to ¥6,000,000",,6000000,JPY,year,,6000000,"up to ¥6,000,000",,
==== status
0
