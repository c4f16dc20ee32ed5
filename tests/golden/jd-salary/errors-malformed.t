==== cmd
jd-salary fixtures/malformed.csv
==== stdout
id,text,salary_min,salary_max,salary_currency,salary_period,salary_annual_min,salary_annual_max,salary_raw
1,"Salary $70,000",70000,70000,USD,year,70000,70000,"$70,000"
3,Gehalt 4.000 € monatlich,4000,4000,EUR,month,48000,48000,4.000 € monatlich
==== stderr
jd-salary: fixtures/malformed.csv:3: 4 fields, header has 2; record skipped
==== status
1
