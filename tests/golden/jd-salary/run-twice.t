==== cmd
# a stage run again on its own output replaces its columns
printf 'id,text,salary_min\n1,"Salary €50k",999\n' | jd-salary | jd-salary --to USD | jd-salary --to USD
==== stdout
id,text,salary_min,salary_max,salary_currency,salary_period,salary_annual_min,salary_annual_max,salary_raw,salary_annual_min_USD,salary_annual_max_USD
1,Salary €50k,50000,50000,EUR,year,50000,50000,€50k,58139.53,58139.53
==== status
0
