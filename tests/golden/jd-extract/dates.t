==== cmd
jd-extract --min-words 0 --date 2026-09-30 fixtures/dates.jsonl
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
0627fee756812bb4,fixtures/dates.jsonl:1,,,,,2026-10-03,,,,11,Posted: 2026-10-03\nAn ISO date on a labelled line.
2fcb43caf3ec810e,fixtures/dates.jsonl:2,,,,,2026-10-03,,,,9,Date posted: 03.10.2026\nA German numeric date.
38ee275e732849b9,fixtures/dates.jsonl:3,en,,,,2026-10-03,,,,14,"Posted October 3, 2026\nAn English date with the month first and no colon."
ceb67ba696994cf0,fixtures/dates.jsonl:4,en,,,,2026-10-03,,,,13,"Published on 3 Oct 2026\nA day, an abbreviated month and a year."
9ccc562d7eed55fb,fixtures/dates.jsonl:5,,,,,2026-10-03,,,,10,Veröffentlicht am 3. Oktober 2026\nEin deutsches Datum mit Monatsnamen.
5457244fe5a81be5,fixtures/dates.jsonl:6,,,,,2026-09-30,,,,13,"Online seit: 31.02.2026\nKein gültiges Datum, also bleibt das Feld leer."
b5344898324c6384,fixtures/dates.jsonl:7,,,,,2026-09-30,,,,12,"No date anywhere in this short advert, so --date fills it in."
==== status
0
