==== cmd
jd-salary --mentions
==== stdin
id,text
i1,Salaire : 45 000 € par an
i2,Salaire de 3 000 € par mois
i3,Rémunération entre 40 000 € et 50 000 € brut annuel
i4,Salario: 30.000 € al año
i5,Sueldo de 2.000 € por mes
i6,"Salario 25.000 - 30.000 € brutos anuales"
i7,Salaris € 4.000 per maand
i8,Salaris tussen € 3.500 en € 4.500 per maand
i9,"Salary ₹8,00,000 - ₹12,00,000 per annum"
i10,CTC 8-12 LPA
i11,Stipend Rs. 25000 per month
i12,年収500万円～800万円
i13,月給30万円
i14,時給1500円
i15,Lön 45 000 kr/mån
i16,Wynagrodzenie 15 000 - 20 000 PLN brutto miesięcznie
i17,"Salário R$ 8.000,00 mensal"
i18,Stipendio 35.000 € annui
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
i1,1,45 000 € par an,,45000,45000,EUR,year,45000,45000,0,explicit,explicit
i2,1,3 000 € par mois,,3000,3000,EUR,month,36000,36000,0,explicit,explicit
i3,1,40 000 € et 50 000 € brut annuel,,40000,50000,EUR,year,40000,50000,0,explicit,explicit
i4,1,30.000 € al año,,30000,30000,EUR,year,30000,30000,0,explicit,explicit
i5,1,2.000 € por mes,,2000,2000,EUR,month,24000,24000,0,explicit,explicit
i6,1,25.000 - 30.000 € brutos anuales,,25000,30000,EUR,year,25000,30000,0,explicit,explicit
i7,1,€ 4.000 per maand,,4000,4000,EUR,month,48000,48000,0,explicit,explicit
i8,1,€ 3.500 en € 4.500 per maand,,3500,4500,EUR,month,42000,54000,0,explicit,explicit
i9,1,"₹8,00,000 - ₹12,00,000 per annum",,800000,1200000,INR,year,800000,1200000,0,explicit,explicit
i10,1,8-12 LPA,,800000,1200000,INR,year,800000,1200000,0,explicit,inferred
i11,1,Rs. 25000 per month,,25000,25000,INR,month,300000,300000,0,explicit,explicit
i12,1,500万円～800万円,,5000000,8000000,JPY,year,5000000,8000000,0,explicit,explicit
i13,1,30万円,,300000,300000,JPY,month,3600000,3600000,0,explicit,explicit
i14,1,1500円,,1500,1500,JPY,hour,3120000,3120000,0,explicit,explicit
i15,1,45 000 kr/mån,,45000,45000,SEK,month,540000,540000,0,explicit,explicit
i16,1,15 000 - 20 000 PLN brutto miesięcznie,,15000,20000,PLN,month,180000,240000,0,explicit,explicit
i17,1,"R$ 8.000,00 mensal",,8000,8000,BRL,month,96000,96000,0,explicit,explicit
i18,1,35.000 € annui,,35000,35000,EUR,year,35000,35000,0,explicit,explicit
==== status
0
