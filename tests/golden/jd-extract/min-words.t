==== cmd
jd-extract --min-words 40 -v fixtures/site fixtures/ads.jsonl
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
4d2adc89a59b0f2a,fixtures/site/ad1.txt,en,Warehouse Team Lead,,Bremen,,full-time,lead,,43,"Warehouse Team Lead\n\nLocation: Bremen\n\nNordlicht Parcel Services keeps small businesses in northern Germany supplied. Lead a team of twelve people in our parcel hub, plan shifts and train new colleagues on the scanners and forklifts. Full-time, starting as soon as possible."
dfba8051f9804628,fixtures/site/ad2.txt,en,Forklift Driver,,Hannover,,full-time,,,40,"Forklift Driver\n\nLocation: Hannover\n\nNordlicht Parcel Services keeps small businesses in northern Germany supplied. Move pallets between the trucks and the high racks, check deliveries and keep the loading bays safe and tidy. Full-time, starting as soon as possible."
91cb315edcc3a54f,fixtures/site/ad3.txt,en,Dispatcher,,Kassel,,full-time,,,41,"Dispatcher\n\nLocation: Kassel\n\nNordlicht Parcel Services keeps small businesses in northern Germany supplied. Plan the routes of forty vans every morning, talk to drivers on the phone and solve problems when deliveries go wrong. Full-time, starting as soon as possible."
247d89f99e584072,https://vantagegrid.example/jobs/88,en,Principal Cloud Architect,Vantage Grid AB,Stockholm,2026-10-03,full-time,principal,remote,42,"Vantage Grid operates solar parks in Sweden and Finland. As principal architect you decide how our monitoring platform grows on AWS and you coach three teams. We offer a permanent full-time contract, flexible hours and remote work from anywhere in Sweden."
==== stderr
jd-extract: fixtures/site/export.csv: CSV file skipped (--csv reads exports)
jd-extract: fixtures/ads.jsonl:3: invalid JSON: '[' or '{' expected near 'this'; record skipped
jd-extract: fixtures/ads.jsonl:4: no field 'text'; record skipped
jd-extract: fixtures/ads.jsonl:5: not a JSON object; record skipped
jd-extract: skipped 3 documents under 40 words
jd-extract: 6 files read, 4 records written, 3 skipped, 0 repaired bytes
==== status
1
