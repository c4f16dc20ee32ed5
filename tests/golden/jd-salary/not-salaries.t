==== cmd
jd-salary --mentions
==== stdin
id,text
x1,We just raised a $50 million Series B.
x2,"The company raised $20M in funding in 2021."
x3,Annual revenue of $2 billion.
x4,"Salary $120,000 plus a $10,000 sign-on bonus."
x5,"Base pay $95,000; annual bonus up to $15,000."
x6,Generous equity of $40k and a 401(k) match.
x7,We match 401(k) contributions up to 6%.
x8,Growth of 25% year over year.
x9,Founded in 2015 with offices since 2019.
x10,You have 5+ years of experience.
x11,Experience with Python 3.11.2 and Java 17.
x12,Call us at +49 30 1234567 or 040 - 22 85 96 16.
x13,Office: Hauptstraße 5 in 10115 Berlin.
x14,We are 500 employees in 12 countries.
x15,Join 1.200 Mitarbeiter an 20 Standorten.
x16,Market cap of $3.5B.
x17,"A $5,000 learning budget per year."
x18,Dates: 01.02.2023 to 15.03.2023.
x19,A $2bn company with 3000 staff.
x20,Umsatz von 50 Mio. €.
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
x4,1,"$120,000",,120000,120000,USD,year,120000,120000,0,inferred,explicit
x5,1,"$95,000",base,95000,95000,USD,year,95000,95000,0,inferred,explicit
==== status
0
