==== cmd
jd-salary --mentions
==== stdin
id,text
l1,"Junior Salary$75,000"
l2,"Average Salary$111,000"
l3,"Senior Salary$200,000"
l4,"Entry-level engineers earn $65,000 per year."
l5,"The median salary is $98,500 per year."
l6,"Top earners make $180,000 a year."
l7,"The starting salary is $55,000 per year."
l8,"Base salary: $130,000"
l9,Freelancers charge around €650 per day.
l10,Einstiegsgehalt: 45.000 € im Jahr
l11,"Mid-level: $95,000; Lead: $150,000"
l12,Das Durchschnittsgehalt beträgt 58.000 € brutto im Jahr.
l13,"Juniors start at around €50,000/year and seniors earn €85,000/year."
l14,"Rates range between $33 and $106/hour for most freelancers."
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
l1,1,"$75,000",junior,75000,75000,USD,year,75000,75000,0,inferred,explicit
l2,1,"$111,000",average,111000,111000,USD,year,111000,111000,0,inferred,explicit
l3,1,"$200,000",senior,200000,200000,USD,year,200000,200000,0,inferred,explicit
l4,1,"$65,000 per year",entry,65000,65000,USD,year,65000,65000,0,explicit,explicit
l5,1,"$98,500 per year",median,98500,98500,USD,year,98500,98500,0,explicit,explicit
l6,1,"$180,000 a year",top,180000,180000,USD,year,180000,180000,0,explicit,explicit
l7,1,"$55,000 per year",starting,55000,55000,USD,year,55000,55000,0,explicit,explicit
l8,1,"$130,000",base,130000,130000,USD,year,130000,130000,0,inferred,explicit
l9,1,€650 per day,freelance,650,650,EUR,day,169000,169000,0,explicit,explicit
l10,1,45.000 € im Jahr,starting,45000,45000,EUR,year,45000,45000,0,explicit,explicit
l11,1,"$95,000",mid,95000,95000,USD,year,95000,95000,0,inferred,explicit
l11,2,"$150,000",lead,150000,150000,USD,year,150000,150000,0,inferred,explicit
l12,1,58.000 € brutto im Jahr,average,58000,58000,EUR,year,58000,58000,0,explicit,explicit
l13,1,"€50,000/year",junior,50000,50000,EUR,year,50000,50000,0,explicit,explicit
l13,2,"€85,000/year",senior,85000,85000,EUR,year,85000,85000,0,explicit,explicit
l14,1,$33 and $106/hour,freelance,33,106,USD,hour,68640,220480,0,explicit,explicit
==== status
0
