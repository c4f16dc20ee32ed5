==== cmd
jd-salary fixtures/missing.csv fixtures/good.csv
==== stdout
id,text,salary_min,salary_max,salary_currency,salary_period,salary_annual_min,salary_annual_max,salary_raw
1,"Salary $50,000",50000,50000,USD,year,50000,50000,"$50,000"
==== stderr
jd-salary: fixtures/missing.csv: No such file or directory
==== status
1
