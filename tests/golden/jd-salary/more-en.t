==== cmd
jd-salary --mentions
==== stdin
id,text
e1,"Salary: $80,000-$100,000 USD per year"
e2,Salary: €50-60k
e3,Salary: USD 100k–120k
e4,Salary: $100K–$120K + equity
e5,Salary: £35k-£45k DOE
e6,Rate: £350-£450 per day inside IR35
e7,"Salary between £40,000 and £50,000 per annum"
e8,Salary: Up to £60k + bonus
e9,"Salary max. $80,000"
e10,Pay: $45 / hour
e11,"Salary: SGD 6,000 - 8,000 per month"
e12,"Salary: AUD $120,000 + super"
e13,"Salary: NZ$80,000"
e14,Pay: $28.50/hr
e15,Salary: $60K/yr
e16,Salary: $5k/month
e17,Salary: € 45K - 55K
e18,Salary: 45K - 55K EUR
e19,Salary: 90-110k
e20,Salary: £30000-£35000 pro rata
e21,"Salary: $100,000.00 - $120,000.00"
e22,"Compensation: $150,000 - $180,000 base + 10% bonus"
e23,"The pay range for this role is $120,000—$150,000 USD"
e24,Hourly pay: $18.00 - $22.00
e25,"Salary Range: 75,000.00-95,000.00 USD Annually"
e26,Salary: $70k–$90k/year
e27,"Salary: £45,000 – £55,000 + benefits"
e28,Salary: 3000-4000 EUR netto
e29,"Salary: $40-60,000"
e30,"Graduates start at £28,000."
e31,"Contractors earn £500 per day."
e32,"Staff engineers: $250,000"
e33,"The typical salary is $75,000"
e34,"Highest salary: $300,000"
e35,"Principal engineers earn $180,000."
e36,$53K - $91K (Glassdoor Est.)
e37,$21-$34 Per Hour(Glassdoor est.)
e38,Employer Provided Salary:$150K-$160K
e39,"Salary: C$90,000"
e40,"Salary: CA$90,000"
e41,"Salary: AU$90,000"
e42,"Salary: US$50,000"
e43,"Salary: S$90,000"
e44,"Salary: HKD 500,000"
e45,"Salary: ZAR 500,000"
e46,"Salary: MXN 40,000 al mes"
e47,"Salary: $120K AUD"
e48,"Salary: 50,000 dollars"
e49,"Salary: ¥6,000,000"
e50,Pay: $4.000 p.m.
e51,Pay: €3.000 pcm
e52,"Salary: $8,000 per month"
e53,"Salary from $60,000"
e54,"Salary $60,000 or more"
e55,"Salary up to $80,000"
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
e1,1,"$80,000-$100,000 USD per year",,80000,100000,USD,year,80000,100000,0,explicit,explicit
e2,1,€50-60k,,50000,60000,EUR,year,50000,60000,0,inferred,explicit
e3,1,USD 100k–120k,,100000,120000,USD,year,100000,120000,0,inferred,explicit
e4,1,$100K–$120K,,100000,120000,USD,year,100000,120000,0,inferred,explicit
e5,1,£35k-£45k,,35000,45000,GBP,year,35000,45000,0,inferred,explicit
e6,1,£350-£450 per day,,350,450,GBP,day,91000,117000,0,explicit,explicit
e7,1,"£40,000 and £50,000 per annum",,40000,50000,GBP,year,40000,50000,0,explicit,explicit
e8,1,Up to £60k,,,60000,GBP,year,,60000,0,inferred,explicit
e9,1,"max. $80,000",,,80000,USD,year,,80000,0,inferred,explicit
e10,1,$45 / hour,,45,45,USD,hour,93600,93600,0,explicit,explicit
e11,1,"SGD 6,000 - 8,000 per month",,6000,8000,SGD,month,72000,96000,0,explicit,explicit
e12,1,"AUD $120,000",,120000,120000,AUD,year,120000,120000,0,inferred,explicit
e13,1,"NZ$80,000",,80000,80000,NZD,year,80000,80000,0,inferred,explicit
e14,1,$28.50/hr,,28.5,28.5,USD,hour,59280,59280,0,explicit,explicit
e15,1,$60K/yr,,60000,60000,USD,year,60000,60000,0,explicit,explicit
e16,1,$5k/month,,5000,5000,USD,month,60000,60000,0,explicit,explicit
e17,1,€ 45K - 55K,,45000,55000,EUR,year,45000,55000,0,inferred,explicit
e18,1,45K - 55K EUR,,45000,55000,EUR,year,45000,55000,0,inferred,explicit
e19,1,90-110k,,90000,110000,,year,90000,110000,0,inferred,
e20,1,£30000-£35000,,30000,35000,GBP,year,30000,35000,0,inferred,explicit
e21,1,"$100,000.00 - $120,000.00",,100000,120000,USD,year,100000,120000,0,inferred,explicit
e22,1,"$150,000 - $180,000",base,150000,180000,USD,year,150000,180000,0,inferred,explicit
e23,1,"$120,000—$150,000 USD",,120000,150000,USD,year,120000,150000,0,inferred,explicit
e24,1,$18.00 - $22.00,,18,22,USD,hour,37440,45760,0,explicit,explicit
e25,1,"75,000.00-95,000.00 USD Annually",,75000,95000,USD,year,75000,95000,0,explicit,explicit
e26,1,$70k–$90k/year,,70000,90000,USD,year,70000,90000,0,explicit,explicit
e27,1,"£45,000 – £55,000",,45000,55000,GBP,year,45000,55000,0,inferred,explicit
e28,1,3000-4000 EUR,,3000,4000,EUR,month,36000,48000,0,inferred,explicit
e29,1,"$40-60,000",,40000,60000,USD,year,40000,60000,0,inferred,explicit
e30,1,"£28,000",entry,28000,28000,GBP,year,28000,28000,0,inferred,explicit
e31,1,£500 per day,freelance,500,500,GBP,day,130000,130000,0,explicit,explicit
e32,1,"$250,000",lead,250000,250000,USD,year,250000,250000,0,inferred,explicit
e33,1,"$75,000",average,75000,75000,USD,year,75000,75000,0,inferred,explicit
e34,1,"$300,000",top,300000,300000,USD,year,300000,300000,0,inferred,explicit
e35,1,"$180,000",lead,180000,180000,USD,year,180000,180000,0,inferred,explicit
e36,1,$53K - $91K,,53000,91000,USD,year,53000,91000,1,inferred,explicit
e37,1,$21-$34 Per Hour,,21,34,USD,hour,43680,70720,1,explicit,explicit
e38,1,$150K-$160K,,150000,160000,USD,year,150000,160000,0,inferred,explicit
e39,1,"C$90,000",,90000,90000,CAD,year,90000,90000,0,inferred,explicit
e40,1,"CA$90,000",,90000,90000,CAD,year,90000,90000,0,inferred,explicit
e41,1,"AU$90,000",,90000,90000,AUD,year,90000,90000,0,inferred,explicit
e42,1,"US$50,000",,50000,50000,USD,year,50000,50000,0,inferred,explicit
e43,1,"S$90,000",,90000,90000,SGD,year,90000,90000,0,inferred,explicit
e44,1,"HKD 500,000",,500000,500000,HKD,year,500000,500000,0,inferred,explicit
e45,1,"ZAR 500,000",,500000,500000,ZAR,year,500000,500000,0,inferred,explicit
e46,1,"MXN 40,000 al mes",,40000,40000,MXN,month,480000,480000,0,explicit,explicit
e47,1,$120K AUD,,120000,120000,AUD,year,120000,120000,0,inferred,explicit
e48,1,"50,000 dollars",,50000,50000,USD,year,50000,50000,0,inferred,explicit
e49,1,"¥6,000,000",,6000000,6000000,JPY,year,6000000,6000000,0,inferred,explicit
e50,1,$4.000 p.m.,,4000,4000,USD,month,48000,48000,0,explicit,explicit
e51,1,€3.000 pcm,,3000,3000,EUR,month,36000,36000,0,explicit,explicit
e52,1,"$8,000 per month",,8000,8000,USD,month,96000,96000,0,explicit,explicit
e53,1,"from $60,000",,60000,,USD,year,60000,,0,inferred,explicit
e54,1,"$60,000 or more",,60000,,USD,year,60000,,0,inferred,explicit
e55,1,"up to $80,000",,,80000,USD,year,,80000,0,inferred,explicit
==== status
0
