==== cmd
jd-salary --mentions
==== stdin
id,text
p1,Pay $25 per hour
p2,Pay $25/hr
p3,Pay $25 an hour
p4,Pay $25 hourly
p5,Pay £12.50 p.h.
p6,Stundenlohn 15 €
p7,Lohn 15 € pro Stunde
p8,Lohn 15 €/h
p9,Rate £450 per day
p10,Rate £450 day rate
p11,Tagessatz 750 €
p12,Pay $1200 per week
p13,Pay $1200 weekly
p14,"Pay $5,000 per month"
p15,"Pay $5,000 monthly"
p16,Gehalt 4.000 € monatlich
p17,Gehalt 4.000 € im Monat
p18,Gehalt 4.000 €/Monat
p19,"Salary $90,000 per year"
p20,"Salary $90,000 a year"
p21,"Salary $90,000 annually"
p22,"Salary £40,000 per annum"
p23,Gehalt 60.000 € p.a.
p24,Gehalt 60.000 € p. a.
p25,"Salary $90,000/yr"
p26,Gehalt 60.000 € jährlich
p27,Gehalt 60.000 € im Jahr
p28,Jahresgehalt 60.000 €
p29,Gehalt 4.000 € brutto monatlich
p30,Pay $30
p31,Pay €600
p32,Pay €4.500
p33,Pay €45.000
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
p1,1,$25 per hour,,25,25,USD,hour,52000,52000,0,explicit,explicit
p2,1,$25/hr,,25,25,USD,hour,52000,52000,0,explicit,explicit
p3,1,$25 an hour,,25,25,USD,hour,52000,52000,0,explicit,explicit
p4,1,$25 hourly,,25,25,USD,hour,52000,52000,0,explicit,explicit
p5,1,£12.50 p.h.,,12.5,12.5,GBP,hour,26000,26000,0,explicit,explicit
p6,1,15 €,,15,15,EUR,hour,31200,31200,0,explicit,explicit
p7,1,15 € pro Stunde,,15,15,EUR,hour,31200,31200,0,explicit,explicit
p8,1,15 €/h,,15,15,EUR,hour,31200,31200,0,explicit,explicit
p9,1,£450 per day,,450,450,GBP,day,117000,117000,0,explicit,explicit
p10,1,£450 day rate,,450,450,GBP,day,117000,117000,0,explicit,explicit
p11,1,750 €,,750,750,EUR,day,195000,195000,0,explicit,explicit
p12,1,$1200 per week,,1200,1200,USD,week,62400,62400,0,explicit,explicit
p13,1,$1200 weekly,,1200,1200,USD,week,62400,62400,0,explicit,explicit
p14,1,"$5,000 per month",,5000,5000,USD,month,60000,60000,0,explicit,explicit
p15,1,"$5,000 monthly",,5000,5000,USD,month,60000,60000,0,explicit,explicit
p16,1,4.000 € monatlich,,4000,4000,EUR,month,48000,48000,0,explicit,explicit
p17,1,4.000 € im Monat,,4000,4000,EUR,month,48000,48000,0,explicit,explicit
p18,1,4.000 €/Monat,,4000,4000,EUR,month,48000,48000,0,explicit,explicit
p19,1,"$90,000 per year",,90000,90000,USD,year,90000,90000,0,explicit,explicit
p20,1,"$90,000 a year",,90000,90000,USD,year,90000,90000,0,explicit,explicit
p21,1,"$90,000 annually",,90000,90000,USD,year,90000,90000,0,explicit,explicit
p22,1,"£40,000 per annum",,40000,40000,GBP,year,40000,40000,0,explicit,explicit
p23,1,60.000 € p.a.,,60000,60000,EUR,year,60000,60000,0,explicit,explicit
p24,1,60.000 € p. a.,,60000,60000,EUR,year,60000,60000,0,explicit,explicit
p25,1,"$90,000/yr",,90000,90000,USD,year,90000,90000,0,explicit,explicit
p26,1,60.000 € jährlich,,60000,60000,EUR,year,60000,60000,0,explicit,explicit
p27,1,60.000 € im Jahr,,60000,60000,EUR,year,60000,60000,0,explicit,explicit
p28,1,60.000 €,,60000,60000,EUR,year,60000,60000,0,explicit,explicit
p29,1,4.000 € brutto monatlich,,4000,4000,EUR,month,48000,48000,0,explicit,explicit
p30,1,$30,,30,30,USD,hour,62400,62400,0,inferred,explicit
p31,1,€600,,600,600,EUR,day,156000,156000,0,inferred,explicit
p32,1,€4.500,,4500,4500,EUR,month,54000,54000,0,inferred,explicit
p33,1,€45.000,,45000,45000,EUR,year,45000,45000,0,inferred,explicit
==== status
0
