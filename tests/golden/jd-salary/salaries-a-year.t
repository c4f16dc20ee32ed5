==== cmd
jd-salary --mentions
==== stdin
id,text
a1,"Gehalt: 3.400 € brutto monatlich, 14 Gehälter im Jahr"
a2,"Mindestgehalt laut KV: € 2.750,- brutto pro Monat (14x jährlich), Überzahlung möglich"
a3,"Monatsgehalt 4.100 € bei 13 Monatsgehältern"
a4,"Vergütung 3.900 € brutto/Monat x 13"
a5,"Wir zahlen 4.200 € im Monat, dazu ein 13. und 14. Monatsgehalt"
a6,"Pay: SGD 5,500 per month plus 13th month salary"
a7,"Salary PHP 40,000 monthly, paid 14 times a year"
a8,"€ 3.000 brutto pro Monat (14x)"
a9,"Salary SGD 5,500 per month with a 13th month bonus"
a10,"Jahresgehalt 58.000 € (14 Gehälter)"
a11,"Gehalt 3.300 € brutto/Monat. 14 Standorte, 130 Mitarbeitende."
a12,"Gehalt 3.300 € brutto/Monat, 30 Tage Urlaub, 12 Gehälter"
a13,"Stundenlohn 18 €, 14 Gehälter"
a14,"Gehalt 3.000 € brutto/Monat, Monitor 27 x 14 Zoll"
a15,"Gehalt 3.000 EUR brutto/Monat ×14"
a16,"Jahresgehalt 14 x 3.000 €"
a17,"Annual salary: 13 x EUR 4,000"
a18,"Gehalt 2 x 3.000 € im Monat, Format 210 x 297 mm"
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
a1,1,3.400 € brutto monatlich,,3400,3400,EUR,month,47600,47600,0,explicit,explicit
a2,1,"€ 2.750,- brutto pro Monat",,2750,2750,EUR,month,38500,38500,0,explicit,explicit
a3,1,4.100 €,,4100,4100,EUR,month,53300,53300,0,explicit,explicit
a4,1,3.900 € brutto/Monat,,3900,3900,EUR,month,50700,50700,0,explicit,explicit
a5,1,4.200 € im Monat,,4200,4200,EUR,month,58800,58800,0,explicit,explicit
a6,1,"SGD 5,500 per month",,5500,5500,SGD,month,71500,71500,0,explicit,explicit
a7,1,"PHP 40,000 monthly",,40000,40000,PHP,month,560000,560000,0,explicit,explicit
a8,1,€ 3.000 brutto pro Monat,,3000,3000,EUR,month,42000,42000,0,explicit,explicit
a9,1,"SGD 5,500 per month",,5500,5500,SGD,month,66000,66000,0,explicit,explicit
a10,1,58.000 €,,58000,58000,EUR,year,58000,58000,0,explicit,explicit
a11,1,3.300 € brutto/Monat,,3300,3300,EUR,month,39600,39600,0,explicit,explicit
a12,1,3.300 € brutto/Monat,,3300,3300,EUR,month,39600,39600,0,explicit,explicit
a13,1,18 €,,18,18,EUR,hour,37440,37440,0,explicit,explicit
a14,1,3.000 € brutto/Monat,,3000,3000,EUR,month,36000,36000,0,explicit,explicit
a15,1,3.000 EUR brutto/Monat,,3000,3000,EUR,month,42000,42000,0,explicit,explicit
a16,1,3.000 €,,3000,3000,EUR,month,42000,42000,0,explicit,explicit
a17,1,"EUR 4,000",,4000,4000,EUR,month,52000,52000,0,explicit,explicit
a18,1,3.000 € im Monat,,3000,3000,EUR,month,36000,36000,0,explicit,explicit
==== status
0
