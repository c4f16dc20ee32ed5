==== cmd
jd-salary --mentions
==== stdin
id,text
c1,"Salary: US$95,000"
c2,"Salary: 95,000 USD"
c3,Salary: EUR 70.000
c4,Gehalt 70.000 Euro
c5,"Salary £52,000"
c6,"Salary 52,000 GBP"
c7,Lohn CHF 110'000
c8,Lohn Fr. 110'000
c9,"Lön 42 000 SEK i månaden"
c10,Lønn NOK 650 000 per år
c11,Løn 45.000 DKK om måneden
c12,Wynagrodzenie 12 000 zł brutto
c13,"Salary INR 9,50,000"
c14,"Salary Rs. 9,50,000 per annum"
c15,"Salary ¥6,000,000"
c16,"Salary JPY 6,000,000"
c17,"Salary CAD 95,000"
c18,"Salary C$95,000"
c19,"Salary CA$95,000"
c20,"Salary A$120,000"
c21,"Salary AU$120,000"
c22,"Salary NZD 90,000"
c23,"Salary S$8,000 per month"
c24,"Salary HKD 45,000 per month"
c25,"Salary ZAR 600,000"
c26,Salário R$ 9.000 por mês
c27,"Salario MXN 45,000 al mes"
c28,$120K AUD
c29,"Salary 95,000 CAD ($)"
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
c1,1,"US$95,000",,95000,95000,USD,year,95000,95000,0,inferred,explicit
c2,1,"95,000 USD",,95000,95000,USD,year,95000,95000,0,inferred,explicit
c3,1,EUR 70.000,,70000,70000,EUR,year,70000,70000,0,inferred,explicit
c4,1,70.000 Euro,,70000,70000,EUR,year,70000,70000,0,inferred,explicit
c5,1,"£52,000",,52000,52000,GBP,year,52000,52000,0,inferred,explicit
c6,1,"52,000 GBP",,52000,52000,GBP,year,52000,52000,0,inferred,explicit
c7,1,CHF 110'000,,110000,110000,CHF,year,110000,110000,0,inferred,explicit
c8,1,Fr. 110'000,,110000,110000,CHF,year,110000,110000,0,inferred,explicit
c9,1,42 000 SEK i månaden,,42000,42000,SEK,month,504000,504000,0,explicit,explicit
c10,1,NOK 650 000 per år,,650000,650000,NOK,year,650000,650000,0,explicit,explicit
c11,1,45.000 DKK om måneden,,45000,45000,DKK,month,540000,540000,0,explicit,explicit
c12,1,12 000 zł,,12000,12000,PLN,month,144000,144000,0,inferred,explicit
c13,1,"INR 9,50,000",,950000,950000,INR,year,950000,950000,0,inferred,explicit
c14,1,"Rs. 9,50,000 per annum",,950000,950000,INR,year,950000,950000,0,explicit,explicit
c15,1,"¥6,000,000",,6000000,6000000,JPY,year,6000000,6000000,0,inferred,explicit
c16,1,"JPY 6,000,000",,6000000,6000000,JPY,year,6000000,6000000,0,inferred,explicit
c17,1,"CAD 95,000",,95000,95000,CAD,year,95000,95000,0,inferred,explicit
c18,1,"C$95,000",,95000,95000,CAD,year,95000,95000,0,inferred,explicit
c19,1,"CA$95,000",,95000,95000,CAD,year,95000,95000,0,inferred,explicit
c20,1,"A$120,000",,120000,120000,AUD,year,120000,120000,0,inferred,explicit
c21,1,"AU$120,000",,120000,120000,AUD,year,120000,120000,0,inferred,explicit
c22,1,"NZD 90,000",,90000,90000,NZD,year,90000,90000,0,inferred,explicit
c23,1,"S$8,000 per month",,8000,8000,SGD,month,96000,96000,0,explicit,explicit
c24,1,"HKD 45,000 per month",,45000,45000,HKD,month,540000,540000,0,explicit,explicit
c25,1,"ZAR 600,000",,600000,600000,ZAR,year,600000,600000,0,inferred,explicit
c26,1,R$ 9.000 por mês,,9000,9000,BRL,month,108000,108000,0,explicit,explicit
c27,1,"MXN 45,000 al mes",,45000,45000,MXN,month,540000,540000,0,explicit,explicit
c28,1,$120K AUD,,120000,120000,AUD,year,120000,120000,0,inferred,explicit
c29,1,"95,000 CAD",,95000,95000,CAD,year,95000,95000,0,inferred,explicit
==== status
0
