==== cmd
jd-salary --mentions
==== stdin
id,text
n1,"Salary: $1,234.56 per month"
n2,"Gehalt: 1.234,56 € im Monat"
n3,Gehalt 45.000 € p.a.
n4,"Gehalt 45.000,00 € p.a."
n5,"Gehalt 45.000,- € p.a."
n6,Gehalt 45 000 € p.a.
n7,Gehalt 45 000 € p.a.
n8,Gehalt 45 000 € p.a.
n9,Lohn CHF 95'000 pro Jahr
n10,Lohn CHF 95’000 pro Jahr
n11,"CTC ₹12,00,000 per annum"
n12,"CTC ₹1,20,00,000 per annum"
n13,Salary 60k USD
n14,Salary 60K USD
n15,Gehalt 72 T€
n16,Gehalt 72T€
n17,Gehalt 65 Tsd. € brutto
n18,Salary: 45 thousand dollars a year
n19,Salary 12 LPA
n20,Salary 18 lakh INR per annum
n21,CTC 1.2 crore INR per annum
n22,"Hourly rate $21.5"
n23,"Salary $7.40 per hour"
n24,Gehalt 3.500 € brutto monatlich
n25,"Gehalt 3.500,50 € brutto monatlich"
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
n1,1,"$1,234.56 per month",,1234.56,1234.56,USD,month,14814.72,14814.72,0,explicit,explicit
n2,1,"1.234,56 € im Monat",,1234.56,1234.56,EUR,month,14814.72,14814.72,0,explicit,explicit
n3,1,45.000 € p.a.,,45000,45000,EUR,year,45000,45000,0,explicit,explicit
n4,1,"45.000,00 € p.a.",,45000,45000,EUR,year,45000,45000,0,explicit,explicit
n5,1,"45.000,- € p.a.",,45000,45000,EUR,year,45000,45000,0,explicit,explicit
n6,1,45 000 € p.a.,,45000,45000,EUR,year,45000,45000,0,explicit,explicit
n7,1,45 000 € p.a.,,45000,45000,EUR,year,45000,45000,0,explicit,explicit
n8,1,45 000 € p.a.,,45000,45000,EUR,year,45000,45000,0,explicit,explicit
n9,1,CHF 95'000 pro Jahr,,95000,95000,CHF,year,95000,95000,0,explicit,explicit
n10,1,CHF 95’000 pro Jahr,,95000,95000,CHF,year,95000,95000,0,explicit,explicit
n11,1,"₹12,00,000 per annum",,1200000,1200000,INR,year,1200000,1200000,0,explicit,explicit
n12,1,"₹1,20,00,000 per annum",,12000000,12000000,INR,year,12000000,12000000,0,explicit,explicit
n13,1,60k USD,,60000,60000,USD,year,60000,60000,0,inferred,explicit
n14,1,60K USD,,60000,60000,USD,year,60000,60000,0,inferred,explicit
n15,1,72 T€,,72000,72000,EUR,year,72000,72000,0,inferred,explicit
n16,1,72T€,,72000,72000,EUR,year,72000,72000,0,inferred,explicit
n17,1,65 Tsd. €,,65000,65000,EUR,year,65000,65000,0,inferred,explicit
n18,1,45 thousand dollars a year,,45000,45000,USD,year,45000,45000,0,explicit,explicit
n19,1,12 LPA,,1200000,1200000,INR,year,1200000,1200000,0,explicit,inferred
n20,1,18 lakh INR per annum,,1800000,1800000,INR,year,1800000,1800000,0,explicit,explicit
n21,1,1.2 crore INR per annum,,12000000,12000000,INR,year,12000000,12000000,0,explicit,explicit
n22,1,$21.5,,21.5,21.5,USD,hour,44720,44720,0,explicit,explicit
n23,1,$7.40 per hour,,7.4,7.4,USD,hour,15392,15392,0,explicit,explicit
n24,1,3.500 € brutto monatlich,,3500,3500,EUR,month,42000,42000,0,explicit,explicit
n25,1,"3.500,50 € brutto monatlich",,3500.5,3500.5,EUR,month,42006,42006,0,explicit,explicit
==== status
0
