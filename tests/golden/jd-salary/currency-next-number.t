==== cmd
jd-salary -v
==== stdin
id,text
a,"Band 5 £28,407 - £34,581 per annum"
b,"Salary: Band 6 £35,392 to £42,618 a year"
c,"Grade 7 £32,000"
d,"Level 2 - £45,000"
e,"Python 3 $120,000"
f,"Ab 2026 €60.000 Jahresgehalt"
g,"Ab 2026 € 1.500 monatlich"
h,"Entgeltgruppe 9 € 3.500 im Monat"
i,"Level 2 – £45k"
j,"Gehalt 45.000 € 14 Gehälter"
k,"Stundenlohn 20 € 40 Stunden pro Woche"
l,"Salary 50000 USD 2024"
m,"30,000 - £40,000 per year"
n,"Salary: 60 - £80k"
o,"20 - 30 € pro Stunde"
==== stdout
id,text,salary_min,salary_max,salary_currency,salary_period,salary_annual_min,salary_annual_max,salary_raw
a,"Band 5 £28,407 - £34,581 per annum",28407,34581,GBP,year,28407,34581,"£28,407 - £34,581 per annum"
b,"Salary: Band 6 £35,392 to £42,618 a year",35392,42618,GBP,year,35392,42618,"£35,392 to £42,618 a year"
c,"Grade 7 £32,000",32000,32000,GBP,year,32000,32000,"£32,000"
d,"Level 2 - £45,000",45000,45000,GBP,year,45000,45000,"£45,000"
e,"Python 3 $120,000",120000,120000,USD,year,120000,120000,"$120,000"
f,Ab 2026 €60.000 Jahresgehalt,60000,60000,EUR,year,60000,60000,€60.000
g,Ab 2026 € 1.500 monatlich,1500,1500,EUR,month,18000,18000,€ 1.500 monatlich
h,Entgeltgruppe 9 € 3.500 im Monat,3500,3500,EUR,month,42000,42000,€ 3.500 im Monat
i,Level 2 – £45k,45000,45000,GBP,year,45000,45000,£45k
j,Gehalt 45.000 € 14 Gehälter,45000,45000,EUR,year,45000,45000,45.000 €
k,Stundenlohn 20 € 40 Stunden pro Woche,20,20,EUR,hour,41600,41600,20 €
l,Salary 50000 USD 2024,50000,50000,USD,year,50000,50000,50000 USD
m,"30,000 - £40,000 per year",30000,40000,GBP,year,30000,40000,"30,000 - £40,000 per year"
n,Salary: 60 - £80k,60000,80000,GBP,year,60000,80000,60 - £80k
o,20 - 30 € pro Stunde,20,30,EUR,hour,41600,62400,20 - 30 € pro Stunde
==== stderr
jd-salary: 0 implausible figures dropped
==== status
0
