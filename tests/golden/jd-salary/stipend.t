==== cmd
jd-salary --mentions
==== stdin
id,text
s1,"Stipend 1.200 € / month"
s2,"Monthly stipend: $2,000"
s3,"PhD stipend of €2,500 per month"
s4,"Stipendium in Höhe von 1.450 € monatlich"
s5,"Ein monatliches Stipendium von 1.300 €"
s6,"Learning stipend: $1,000 per year"
s7,"Home office stipend of $500"
s8,"Stipend for equipment: $300"
s9,"Learning stipend paid yearly: $1,000"
s10,"Salary €45,000 plus a $1,000 learning stipend"
s11,"Weiterbildung: Stipendium für Konferenzen 800 €"
s12,"$100 per month gym stipend"
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
s1,1,1.200 € / month,,1200,1200,EUR,month,14400,14400,0,explicit,explicit
s2,1,"$2,000",,2000,2000,USD,month,24000,24000,0,explicit,explicit
s3,1,"€2,500 per month",,2500,2500,EUR,month,30000,30000,0,explicit,explicit
s4,1,1.450 € monatlich,,1450,1450,EUR,month,17400,17400,0,explicit,explicit
s5,1,1.300 €,,1300,1300,EUR,month,15600,15600,0,explicit,explicit
s10,1,"€45,000",,45000,45000,EUR,year,45000,45000,0,inferred,explicit
==== status
0
