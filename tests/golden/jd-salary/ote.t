==== cmd
jd-salary --mentions
==== stdin
id,text
o1,"Base salary €45k, OTE €60k–€80k"
o2,"OTE of $120k, base salary $70k"
o3,"€60k–€80k OTE (base €45k)"
o4,"Fixgehalt 50.000 €, Zielgehalt 70.000 € bei 100 % Zielerreichung"
o5,"Zieleinkommen 90.000 € (OTE), Grundgehalt 60.000 €"
o6,"On-target earnings: £55,000; basic salary £35,000"
o7,"Salary £40k, on target earnings £60k"
o8,"OTE 60-80k"
o9,"Remote role, €55,000 per year"
o10,"Notebook und Remote-Arbeit, 55.000 € im Jahr"
==== stdout
id,n,raw,label,min,max,currency,period,annual_min,annual_max,estimate,period_source,currency_source
o1,1,€45k,base,45000,45000,EUR,year,45000,45000,0,inferred,explicit
o1,2,€60k–€80k,ote,60000,80000,EUR,year,60000,80000,0,inferred,explicit
o2,1,$120k,ote,120000,120000,USD,year,120000,120000,0,inferred,explicit
o2,2,$70k,base,70000,70000,USD,year,70000,70000,0,inferred,explicit
o3,1,€60k–€80k,ote,60000,80000,EUR,year,60000,80000,0,inferred,explicit
o3,2,€45k,base,45000,45000,EUR,year,45000,45000,0,inferred,explicit
o4,1,50.000 €,base,50000,50000,EUR,year,50000,50000,0,inferred,explicit
o4,2,70.000 €,ote,70000,70000,EUR,year,70000,70000,0,inferred,explicit
o5,1,90.000 €,ote,90000,90000,EUR,year,90000,90000,0,inferred,explicit
o5,2,60.000 €,base,60000,60000,EUR,year,60000,60000,0,inferred,explicit
o6,1,"£55,000",ote,55000,55000,GBP,year,55000,55000,0,inferred,explicit
o6,2,"£35,000",base,35000,35000,GBP,year,35000,35000,0,inferred,explicit
o7,1,£40k,,40000,40000,GBP,year,40000,40000,0,inferred,explicit
o7,2,£60k,ote,60000,60000,GBP,year,60000,60000,0,inferred,explicit
o8,1,60-80k,ote,60000,80000,,year,60000,80000,0,inferred,
o9,1,"€55,000 per year",,55000,55000,EUR,year,55000,55000,0,explicit,explicit
o10,1,55.000 € im Jahr,,55000,55000,EUR,year,55000,55000,0,explicit,explicit
==== status
0
