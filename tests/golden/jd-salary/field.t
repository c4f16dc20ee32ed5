==== cmd
jd-salary --field --country GB -t Salary
==== stdin
Title,Salary
Care assistant,20000 - 24000
Warehouse operative,12 to 13 per hour
Barista,Up to 7.40 p.h.
Analyst,Competitive
Manager,Negotiable
Developer,"£45,000 - £55,000 per annum"
Nurse,£16.50 per hour
Driver,"28,000"
Contractor,£500 per day
Engineer,"30000 - 35000 DOE"
Cleaner,9.50 - 10.50
Teacher,"From £28,000"
Consultant,60k - 70k
Support,"£24,000 pa + benefits"
Chef,"Salary: 25,000"
==== stdout
Title,Salary,salary_min,salary_max,salary_currency,salary_period,salary_annual_min,salary_annual_max,salary_raw
Care assistant,20000 - 24000,20000,24000,GBP,year,20000,24000,20000 - 24000
Warehouse operative,12 to 13 per hour,12,13,GBP,hour,24960,27040,12 to 13 per hour
Barista,Up to 7.40 p.h.,,7.4,GBP,hour,,15392,Up to 7.40 p.h.
Analyst,Competitive,,,,,,,
Manager,Negotiable,,,,,,,
Developer,"£45,000 - £55,000 per annum",45000,55000,GBP,year,45000,55000,"£45,000 - £55,000 per annum"
Nurse,£16.50 per hour,16.5,16.5,GBP,hour,34320,34320,£16.50 per hour
Driver,"28,000",28000,28000,GBP,year,28000,28000,"28,000"
Contractor,£500 per day,500,500,GBP,day,130000,130000,£500 per day
Engineer,30000 - 35000 DOE,30000,35000,GBP,year,30000,35000,30000 - 35000
Cleaner,9.50 - 10.50,9.5,10.5,GBP,hour,19760,21840,9.50 - 10.50
Teacher,"From £28,000",28000,,GBP,year,28000,,"From £28,000"
Consultant,60k - 70k,60000,70000,GBP,year,60000,70000,60k - 70k
Support,"£24,000 pa + benefits",24000,24000,GBP,year,24000,24000,"£24,000 pa"
Chef,"Salary: 25,000",25000,25000,GBP,year,25000,25000,"25,000"
==== status
0
