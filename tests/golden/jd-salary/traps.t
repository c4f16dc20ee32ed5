==== cmd
jd-salary --mentions
==== stdin
id,text
m1,Une rémunération de 45 k€ - 55 k€ brut annuel selon profil
m2,"Salaire : 42 000 € à 50 000 € brut par an, selon expérience"
m3,"- C $95,000–C $110,000 per year, plus an annual bonus"
m4,"Wir bieten ein Bruttojahresgehalt ab 81.000 EUR, je nach Erfahrung bis zu 91.000 EUR p.a."
m5,"From $60,000, up to $75,000 depending on experience."
m6,- Weiterbildungsbudget von 1.500 EUR im Jahr
m7,The salary range for this role is $93k–$102k plus bonus.
m8,"Tuition reimbursement of up to $5,250 per year"
m9,"On-target earnings of $85,000"
m10,Intensivzulage von 150 € im Monat
m11,Homeoffice-Budget von 500 €
m12,Start ab 01.03.2027 in 10115 Berlin
m13,Plan B $50k
m14,"Ab 4.000 € im Monat. Bis zu 10 Tage Urlaub extra."
m15,"Salary: $95,000 - $110,000 (CAD) per year"
m16,"Pay $50k (EUR 40k)"
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
m1,1,45 k€ - 55 k€ brut annuel,,45000,55000,EUR,year,45000,55000,0,explicit,explicit
m2,1,42 000 € à 50 000 € brut par an,,42000,50000,EUR,year,42000,50000,0,explicit,explicit
m3,1,"C $95,000–C $110,000 per year",,95000,110000,CAD,year,95000,110000,0,explicit,explicit
m4,1,"ab 81.000 EUR, je nach Erfahrung bis zu 91.000 EUR p.a.",,81000,91000,EUR,year,81000,91000,0,explicit,explicit
m5,1,"From $60,000, up to $75,000",,60000,75000,USD,year,60000,75000,0,inferred,explicit
m7,1,$93k–$102k,,93000,102000,USD,year,93000,102000,0,inferred,explicit
m9,1,"$85,000",ote,85000,85000,USD,year,85000,85000,0,inferred,explicit
m13,1,$50k,,50000,50000,USD,year,50000,50000,0,inferred,explicit
m14,1,Ab 4.000 € im Monat,,4000,,EUR,month,48000,,0,explicit,explicit
m15,1,"$95,000 - $110,000 (CAD) per year",,95000,110000,CAD,year,95000,110000,0,explicit,explicit
m16,1,$50k,,50000,50000,USD,year,50000,50000,0,inferred,explicit
m16,2,EUR 40k,,40000,40000,EUR,year,40000,40000,0,inferred,explicit
==== status
0
