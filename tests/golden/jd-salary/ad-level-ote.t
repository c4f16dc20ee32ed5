==== cmd
jd-salary
==== stdin
id,text
o1,"Base salary €45k, OTE €60k–€80k"
o2,"OTE of $120k, base salary $70k"
o3,"€60k–€80k OTE (base €45k)"
o4,"Fixgehalt 50.000 €, Zielgehalt 70.000 € bei 100 % Zielerreichung"
o5,"Zieleinkommen 90.000 € (OTE), Grundgehalt 60.000 €"
o6,"OTE $150k"
o7,"Senior: €70k. OTE: €100k."
==== stdout
id,text,salary_min,salary_max,salary_currency,salary_period,salary_annual_min,salary_annual_max,salary_raw
o1,"Base salary €45k, OTE €60k–€80k",45000,45000,EUR,year,45000,45000,€45k
o2,"OTE of $120k, base salary $70k",70000,70000,USD,year,70000,70000,$70k
o3,€60k–€80k OTE (base €45k),45000,45000,EUR,year,45000,45000,€45k
o4,"Fixgehalt 50.000 €, Zielgehalt 70.000 € bei 100 % Zielerreichung",50000,50000,EUR,year,50000,50000,50.000 €
o5,"Zieleinkommen 90.000 € (OTE), Grundgehalt 60.000 €",60000,60000,EUR,year,60000,60000,60.000 €
o6,OTE $150k,150000,150000,USD,year,150000,150000,$150k
o7,Senior: €70k. OTE: €100k.,70000,70000,EUR,year,70000,70000,€70k
==== status
0
