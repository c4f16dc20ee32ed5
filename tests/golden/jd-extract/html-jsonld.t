==== cmd
jd-extract fixtures/jsonld.html
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
895bede32831d0d4,https://quartz.example/jobs/9,en,Backend Engineer (Go),Quartz Labs,Vienna,2026-09-15,part-time,,remote,25,"Quartz Labs builds billing software for small energy providers. You write Go services, review code and help us keep our PostgreSQL clusters healthy and fast."
==== status
0
