==== cmd
jd-salary --mentions
==== stdin
id,text
o1,Salaire : entre 45 000 € et 55 000 € bruts par an
o2,Rémunération : 50 k€ brut annuel
o3,Salaire : à partir de 40 000 € par an
o4,Salaire : jusqu'à 60 000 € par an
o5,Salaire : 3 500 € brut par mois
o6,Salaire : 80 000 - 100 000 CHF par année
o7,Salaire horaire : 15 € de l'heure
o8,Salaire : 45 k€ à 55 k€
o9,Salario: entre 30.000 y 40.000 € brutos anuales
o10,Salario: desde 25.000 € al año
o11,Salario: hasta 45.000 € anuales
o12,Sueldo: 2.500 € al mes
o13,Salario: $25.000 - $35.000 MXN mensuales
o14,Stipendio: 40.000 € lordi annui
o15,Stipendio: 2.000 € al mese
o16,RAL 35.000 - 40.000 €
o17,Salaris: € 3.000 - € 4.000 bruto per maand
o18,Salaris: vanaf € 50.000 per jaar
o19,Vergoeding: € 25 per uur
o20,Salário: R$ 6.000 a R$ 8.000 por mês
o21,Salário: 5.000 € por mês
o22,Wynagrodzenie: 12 000 - 16 000 zł brutto miesięcznie
o23,Lön: 40 000 - 50 000 kr per månad
o24,Lön: 120 000 – 140 000 kr/år
o25,Lønn: 600 000 - 700 000 kr i året
o26,Lønn: 30 000–40 000 kr/mnd
o27,"Løn: 40.000 DKK om måneden"
o28,Palkka: 4 000 € kuukaudessa
o29,年収 600万円〜900万円
o30,月薪 20000元
o31,"Salary: 15,000 - 25,000 CNY per month"
o32,Salary: 5-6 LPA
o33,Salary: ₹ 6-8 Lacs P.A.
o34,"Salary: ¥4,000,000 - ¥6,000,000"
o35,Salary 12 lakh INR
o36,Salary 5 lakhs per annum
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
o1,1,45 000 € et 55 000 € bruts par an,,45000,55000,EUR,year,45000,55000,0,explicit,explicit
o2,1,50 k€ brut annuel,,50000,50000,EUR,year,50000,50000,0,explicit,explicit
o3,1,à partir de 40 000 € par an,,40000,,EUR,year,40000,,0,explicit,explicit
o4,1,jusqu'à 60 000 € par an,,,60000,EUR,year,,60000,0,explicit,explicit
o5,1,3 500 € brut par mois,,3500,3500,EUR,month,42000,42000,0,explicit,explicit
o6,1,80 000 - 100 000 CHF par année,,80000,100000,CHF,year,80000,100000,0,explicit,explicit
o7,1,15 € de l'heure,,15,15,EUR,hour,31200,31200,0,explicit,explicit
o8,1,45 k€ à 55 k€,,45000,55000,EUR,year,45000,55000,0,inferred,explicit
o9,1,30.000 y 40.000 € brutos anuales,,30000,40000,EUR,year,30000,40000,0,explicit,explicit
o10,1,desde 25.000 € al año,,25000,,EUR,year,25000,,0,explicit,explicit
o11,1,hasta 45.000 € anuales,,,45000,EUR,year,,45000,0,explicit,explicit
o12,1,2.500 € al mes,,2500,2500,EUR,month,30000,30000,0,explicit,explicit
o13,1,$25.000 - $35.000 MXN mensuales,,25000,35000,MXN,month,300000,420000,0,explicit,explicit
o14,1,40.000 € lordi annui,,40000,40000,EUR,year,40000,40000,0,explicit,explicit
o15,1,2.000 € al mes,,2000,2000,EUR,month,24000,24000,0,explicit,explicit
o16,1,35.000 - 40.000 €,,35000,40000,EUR,year,35000,40000,0,inferred,explicit
o17,1,€ 3.000 - € 4.000 bruto per maand,,3000,4000,EUR,month,36000,48000,0,explicit,explicit
o18,1,vanaf € 50.000 per jaar,,50000,,EUR,year,50000,,0,explicit,explicit
o19,1,€ 25 per uur,,25,25,EUR,hour,52000,52000,0,explicit,explicit
o20,1,R$ 6.000 a R$ 8.000 por mês,,6000,8000,BRL,month,72000,96000,0,explicit,explicit
o21,1,5.000 € por mês,,5000,5000,EUR,month,60000,60000,0,explicit,explicit
o22,1,12 000 - 16 000 zł brutto miesięcznie,,12000,16000,PLN,month,144000,192000,0,explicit,explicit
o23,1,40 000 - 50 000 kr per månad,,40000,50000,SEK,month,480000,600000,0,explicit,explicit
o24,1,120 000 – 140 000 kr/år,,120000,140000,SEK,year,120000,140000,0,explicit,explicit
o25,1,600 000 - 700 000 kr i året,,600000,700000,SEK,year,600000,700000,0,explicit,explicit
o26,1,30 000–40 000 kr/mnd,,30000,40000,SEK,month,360000,480000,0,explicit,explicit
o27,1,40.000 DKK om måneden,,40000,40000,DKK,month,480000,480000,0,explicit,explicit
o28,1,4 000 € kuukaudessa,,4000,4000,EUR,month,48000,48000,0,explicit,explicit
o29,1,600万円〜900万円,,6000000,9000000,JPY,year,6000000,9000000,0,explicit,explicit
o30,1,20000元,,20000,20000,CNY,month,240000,240000,0,explicit,explicit
o31,1,"15,000 - 25,000 CNY per month",,15000,25000,CNY,month,180000,300000,0,explicit,explicit
o32,1,5-6 LPA,,500000,600000,INR,year,500000,600000,0,explicit,inferred
o33,1,₹ 6-8 Lacs P.A.,,600000,800000,INR,year,600000,800000,0,explicit,explicit
o34,1,"¥4,000,000 - ¥6,000,000",,4000000,6000000,JPY,year,4000000,6000000,0,inferred,explicit
o35,1,12 lakh INR,,1200000,1200000,INR,year,1200000,1200000,0,inferred,explicit
o36,1,5 lakhs per annum,,500000,500000,INR,year,500000,500000,0,explicit,inferred
==== status
0
