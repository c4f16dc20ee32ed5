==== cmd
jd-salary --mentions
==== stdin
id,text
d1,Gehalt: 80.000 - 100.000 € brutto/Jahr
d2,Gehalt: 50-60k €
d3,Gehalt: 60.000 € - 70.000 € brutto p.a.
d4,Gehalt: 4.500 - 5.500 € brutto/Monat
d5,"Gehalt: €70.000,- bis €85.000,-"
d6,Gehalt: 70-80.000 EUR
d7,Gehalt 4-5.000 € monatlich
d8,Gehalt: 60 - 70 TEUR
d9,Gehalt: ca. 55.000 €
d10,Gehalt: rund 60.000 Euro
d11,Gehaltsrahmen: 65.000–75.000 €/Jahr
d12,Lohn: 45$/h
d13,Vergütung: 5.000 € – 6.500 € brutto pro Monat (13 Gehälter)
d14,Jahresbruttogehalt: 55.000 bis 65.000 Euro
d15,Gehalt ab 4.200 € brutto/Monat bei 40 Std./Woche
d16,Gehalt max. 80.000 €
d17,Gehalt: max. 80.000 EUR
d18,Gehalt zwischen 60.000 und 80.000 Euro
d19,Gehalt mindestens 60.000 €
d20,Gehalt bis zu 80.000 €
d21,Lohn: CHF 98'000 pro Jahr
d22,Gehalt: 90.000 - 110.000 CHF pro Jahr
d23,Gehalt 72 Tsd. €
d24,Einstiegsgehalt: 45.000 €
d25,Durchschnittsgehalt: 60.000 €
d26,Berufseinsteiger verdienen 42.000 €.
d27,Erfahrene Entwickler verdienen 70.000 €.
d28,Senior-Entwickler: 85.000 €
d29,Grundgehalt 50.000 € plus Bonus
d30,Monatsgehalt: 4.000 €
d31,Gehalt: 4.000 € brutto im Monat
d32,Gehalt 60.000 € zzgl. 5.000 € Bonus
d33,Gehalt 45 bis 55.000 EUR im Jahr
d34,"Lohn: 1.234,56 € pro Woche"
d35,Gehalt 60.000 € und mehr
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
d1,1,80.000 - 100.000 € brutto/Jahr,,80000,100000,EUR,year,80000,100000,0,explicit,explicit
d2,1,50-60k €,,50000,60000,EUR,year,50000,60000,0,inferred,explicit
d3,1,60.000 € - 70.000 € brutto p.a.,,60000,70000,EUR,year,60000,70000,0,explicit,explicit
d4,1,4.500 - 5.500 € brutto/Monat,,4500,5500,EUR,month,54000,66000,0,explicit,explicit
d5,1,"€70.000,- bis €85.000,-",,70000,85000,EUR,year,70000,85000,0,inferred,explicit
d6,1,70-80.000 EUR,,70000,80000,EUR,year,70000,80000,0,inferred,explicit
d7,1,4-5.000 € monatlich,,4000,5000,EUR,month,48000,60000,0,explicit,explicit
d8,1,60 - 70 TEUR,,60000,70000,EUR,year,60000,70000,0,inferred,explicit
d9,1,55.000 €,,55000,55000,EUR,year,55000,55000,0,inferred,explicit
d10,1,60.000 Euro,,60000,60000,EUR,year,60000,60000,0,inferred,explicit
d11,1,65.000–75.000 €/Jahr,,65000,75000,EUR,year,65000,75000,0,explicit,explicit
d12,1,45$/h,,45,45,USD,hour,93600,93600,0,explicit,explicit
d13,1,5.000 € – 6.500 € brutto pro Monat,,5000,6500,EUR,month,65000,84500,0,explicit,explicit
d14,1,55.000 bis 65.000 Euro,,55000,65000,EUR,year,55000,65000,0,explicit,explicit
d15,1,ab 4.200 € brutto/Monat,,4200,,EUR,month,50400,,0,explicit,explicit
d16,1,max. 80.000 €,,,80000,EUR,year,,80000,0,inferred,explicit
d17,1,max. 80.000 EUR,,,80000,EUR,year,,80000,0,inferred,explicit
d18,1,60.000 und 80.000 Euro,,60000,80000,EUR,year,60000,80000,0,inferred,explicit
d19,1,mindestens 60.000 €,,60000,,EUR,year,60000,,0,inferred,explicit
d20,1,bis zu 80.000 €,,,80000,EUR,year,,80000,0,inferred,explicit
d21,1,CHF 98'000 pro Jahr,,98000,98000,CHF,year,98000,98000,0,explicit,explicit
d22,1,90.000 - 110.000 CHF pro Jahr,,90000,110000,CHF,year,90000,110000,0,explicit,explicit
d23,1,72 Tsd. €,,72000,72000,EUR,year,72000,72000,0,inferred,explicit
d24,1,45.000 €,starting,45000,45000,EUR,year,45000,45000,0,inferred,explicit
d25,1,60.000 €,average,60000,60000,EUR,year,60000,60000,0,inferred,explicit
d26,1,42.000 €,entry,42000,42000,EUR,year,42000,42000,0,inferred,explicit
d27,1,70.000 €,mid,70000,70000,EUR,year,70000,70000,0,inferred,explicit
d28,1,85.000 €,senior,85000,85000,EUR,year,85000,85000,0,inferred,explicit
d29,1,50.000 €,base,50000,50000,EUR,year,50000,50000,0,inferred,explicit
d30,1,4.000 €,,4000,4000,EUR,month,48000,48000,0,explicit,explicit
d31,1,4.000 € brutto im Monat,,4000,4000,EUR,month,48000,48000,0,explicit,explicit
d32,1,60.000 €,,60000,60000,EUR,year,60000,60000,0,inferred,explicit
d33,1,45 bis 55.000 EUR im Jahr,,45000,55000,EUR,year,45000,55000,0,explicit,explicit
d34,1,"1.234,56 € pro Woche",,1234.56,1234.56,EUR,week,64197.12,64197.12,0,explicit,explicit
d35,1,60.000 € und mehr,,60000,,EUR,year,60000,,0,inferred,explicit
==== status
0
