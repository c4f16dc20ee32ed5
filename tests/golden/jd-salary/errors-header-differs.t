==== cmd
jd-salary fixtures/good.csv fixtures/other-header.csv
==== stdout
id,text,salary_min,salary_max,salary_currency,salary_period,salary_annual_min,salary_annual_max,salary_raw
1,"Salary $50,000",50000,50000,USD,year,50000,50000,"$50,000"
==== stderr
jd-salary: fixtures/other-header.csv: header differs from the first file's; file skipped
==== status
1
