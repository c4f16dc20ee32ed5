==== cmd
jd-salary --mentions
==== stdin
id,text
d1,Wir bieten ein Jahresgehalt von 65.000 € brutto.
d2,Das Gehalt liegt zwischen 55.000 und 70.000 Euro im Jahr.
d3,Vergütung: 4.500 € brutto monatlich
d4,Stundenlohn: 15 € brutto
d5,"Ihr Gehalt: 60.000 € bis 80.000 € p. a."
d6,"Bruttojahresgehalt ab 58.000,00 EUR"
d7,Das Einstiegsgehalt liegt bei 48.000 € im Jahr.
d8,Im Durchschnitt verdienen Data Scientists 68.000 € jährlich.
d9,Der Median liegt bei 62.500 € pro Jahr.
d10,"Gehalt: 55 - 65 T€"
d11,Tagessatz: 850 € netto
d12,Gehaltsband 70 Tsd. € bis 85 Tsd. €
d13,Vergütung bis zu 90.000 € jährlich
d14,Lohn 22 € pro Stunde
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
d1,1,65.000 €,,65000,65000,EUR,year,65000,65000,0,explicit,explicit
d2,1,55.000 und 70.000 Euro im Jahr,,55000,70000,EUR,year,55000,70000,0,explicit,explicit
d3,1,4.500 € brutto monatlich,,4500,4500,EUR,month,54000,54000,0,explicit,explicit
d4,1,15 €,,15,15,EUR,hour,31200,31200,0,explicit,explicit
d5,1,60.000 € bis 80.000 € p. a.,,60000,80000,EUR,year,60000,80000,0,explicit,explicit
d6,1,"ab 58.000,00 EUR",,58000,,EUR,year,58000,,0,explicit,explicit
d7,1,48.000 € im Jahr,starting,48000,48000,EUR,year,48000,48000,0,explicit,explicit
d8,1,68.000 € jährlich,average,68000,68000,EUR,year,68000,68000,0,explicit,explicit
d9,1,62.500 € pro Jahr,median,62500,62500,EUR,year,62500,62500,0,explicit,explicit
d10,1,55 - 65 T€,,55000,65000,EUR,year,55000,65000,0,inferred,explicit
d11,1,850 €,,850,850,EUR,day,221000,221000,0,explicit,explicit
d12,1,70 Tsd. € bis 85 Tsd. €,,70000,85000,EUR,year,70000,85000,0,inferred,explicit
d13,1,bis zu 90.000 € jährlich,,,90000,EUR,year,,90000,0,explicit,explicit
d14,1,22 € pro Stunde,,22,22,EUR,hour,45760,45760,0,explicit,explicit
==== status
0
