==== cmd
jd-salary --mentions
==== stdin
id,text
m1,"Mzda 65 000 Kč měsíčně"
m2,"Plat: 58 000 - 72 000 CZK za měsíc"
m3,"Fizetés: 900 000 HUF havonta"
m4,"Salariu 9.000 lei brut lunar"
m5,"Salariu 110.000 RON brut anual"
m6,"Salary AED 25,000 per month"
m7,"Salary RM 6,000 per month"
m8,"Salary MYR 80,000 per annum"
m9,"Salary PHP 40,000 monthly"
m10,"Salary ₱55,000 per month"
m11,"Salary ฿45,000 per month"
m12,"Gaji Rp 12.000.000 per bulan"
m13,"Annual salary KRW 55,000,000"
m14,"Experience with PHP 8 and Laravel 11, MySQL 8"
m15,"PHP 7.4 or PHP 8.2, 5+ years"
m16,"Salary 40 000 Kč"
m17,"Bér: 600 000 Ft havonta"
m18,"Fizetés: bruttó 600.000 Ft / hó"
m19,"Havi bruttó 650 000 Ft"
m20,"The crane lifts 40 ft loads"
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
m1,1,65 000 Kč měsíčně,,65000,65000,CZK,month,780000,780000,0,explicit,explicit
m2,1,58 000 - 72 000 CZK za měsíc,,58000,72000,CZK,month,696000,864000,0,explicit,explicit
m3,1,900 000 HUF havonta,,900000,900000,HUF,month,10800000,10800000,0,explicit,explicit
m4,1,9.000 lei brut lunar,,9000,9000,RON,month,108000,108000,0,explicit,explicit
m5,1,110.000 RON brut anual,,110000,110000,RON,year,110000,110000,0,explicit,explicit
m6,1,"AED 25,000 per month",,25000,25000,AED,month,300000,300000,0,explicit,explicit
m7,1,"RM 6,000 per month",,6000,6000,MYR,month,72000,72000,0,explicit,explicit
m8,1,"MYR 80,000 per annum",,80000,80000,MYR,year,80000,80000,0,explicit,explicit
m9,1,"PHP 40,000 monthly",,40000,40000,PHP,month,480000,480000,0,explicit,explicit
m10,1,"₱55,000 per month",,55000,55000,PHP,month,660000,660000,0,explicit,explicit
m11,1,"฿45,000 per month",,45000,45000,THB,month,540000,540000,0,explicit,explicit
m12,1,Rp 12.000.000 per bulan,,12000000,12000000,IDR,month,144000000,144000000,0,explicit,explicit
m13,1,"KRW 55,000,000",,55000000,55000000,KRW,year,55000000,55000000,0,explicit,explicit
m16,1,40 000 Kč,,40000,40000,CZK,month,480000,480000,0,inferred,explicit
m17,1,600 000 Ft havonta,,600000,600000,HUF,month,7200000,7200000,0,explicit,explicit
m18,1,600.000 Ft / hó,,600000,600000,HUF,month,7200000,7200000,0,explicit,explicit
m19,1,650 000 Ft,,650000,650000,HUF,month,7800000,7800000,0,explicit,explicit
==== status
0
