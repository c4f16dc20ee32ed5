==== cmd
jd-salary --hours-per-year 1720 --days-per-year 220 --weeks-per-year 46 --months-per-year 13
==== stdin
id,text
h1,Pay $20 per hour
h2,Pay €400 per day
h3,Pay £900 per week
h4,Gehalt 4.000 € monatlich
==== stdout
id,text,salary_min,salary_max,salary_currency,salary_period,salary_annual_min,salary_annual_max,salary_raw
h1,Pay $20 per hour,20,20,USD,hour,34400,34400,$20 per hour
h2,Pay €400 per day,400,400,EUR,day,88000,88000,€400 per day
h3,Pay £900 per week,900,900,GBP,week,41400,41400,£900 per week
h4,Gehalt 4.000 € monatlich,4000,4000,EUR,month,52000,52000,4.000 € monatlich
==== status
0
