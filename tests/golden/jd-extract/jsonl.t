==== cmd
jd-extract fixtures/ads.jsonl
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
247d89f99e584072,https://vantagegrid.example/jobs/88,en,Principal Cloud Architect,Vantage Grid AB,Stockholm,2026-10-03,full-time,principal,remote,42,"Vantage Grid operates solar parks in Sweden and Finland. As principal architect you decide how our monitoring platform grows on AWS and you coach three teams. We offer a permanent full-time contract, flexible hours and remote work from anywhere in Sweden."
7a0f1ac86f8698ab,fixtures/ads.jsonl:2,fr,Stagiaire en comptabilité,Maison Lefèvre,Lyon,2026-10-02,internship,intern,,37,Nous recherchons un stagiaire pour notre service de comptabilité à Lyon. Vous participez à la clôture mensuelle et vous travaillez avec notre équipe sur les factures des clients. Le stage dure six mois et commence en janvier.
==== stderr
jd-extract: fixtures/ads.jsonl:3: invalid JSON: '[' or '{' expected near 'this'; record skipped
jd-extract: fixtures/ads.jsonl:4: no field 'text'; record skipped
jd-extract: fixtures/ads.jsonl:5: not a JSON object; record skipped
==== status
1
