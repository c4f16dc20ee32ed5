==== cmd
jd-extract fixtures/article-header.html
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
8b1196257cec0bc8,fixtures/article-header.html,en,Payroll Specialist (m/w/d),,Graz,2026-10-05,part-time,,,38,"Payroll Specialist (m/w/d)\n\nLocation: Graz\n\nWe look for a payroll specialist who prepares the monthly payroll for our 300 employees and answers their questions about payslips. Part-time, 30 hours a week.\n\nPosted: 2026-10-05"
==== status
0
