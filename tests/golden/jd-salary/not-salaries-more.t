==== cmd
jd-salary -v --mentions
==== stdin
id,text
n1,"Base salary $120,000; equity of $50,000 in RSUs."
n2,"We match 401(k) up to 6%, salary $90,000."
n3,Requires Python 3.11 and version 2.0.1.
n4,Call us at +1 555 123 4567 or 0171 1234567.
n5,"Annual revenue of $20M, a $2B valuation."
n6,"Sign-on bonus: $5,000"
n7,"Bonus: $10,000 per year"
n8,Our budget is $100k.
n9,"Salary: $90,000. Performance bonus up to 15%."
n10,"Annual bonus of $10,000, base pay $80,000."
n11,"Relocation allowance of $5,000"
n12,The company is worth $1.5 billion
n13,$100 per month gym stipend
n14,"Founded in 1998, 200 staff"
n15,Team of 15 people
n16,ISO 9001 certified
n17,"Salary: $150 per year"
n18,"Pay: $25,000 per hour"
n19,Postleitzahl 80331 München
n20,Seit 2010 über 3.000 Kunden
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
n1,1,"$120,000",base,120000,120000,USD,year,120000,120000,0,inferred,explicit
n2,1,"$90,000",,90000,90000,USD,year,90000,90000,0,inferred,explicit
n9,1,"$90,000",,90000,90000,USD,year,90000,90000,0,inferred,explicit
n10,1,"$80,000",base,80000,80000,USD,year,80000,80000,0,inferred,explicit
==== stderr
jd-salary: 2 implausible figures dropped
==== status
0
