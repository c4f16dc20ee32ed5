==== cmd
jd-extract fixtures/sniff | cut -d, -f2-10
==== stdout
source,lang,title,company,location,posted,employment,seniority,remote
fixtures/sniff/export:1,en,Warehouse Associate,,Leeds,2026-09-01,full-time,,onsite
fixtures/sniff/page,de,Pflegefachkraft (m/w/d),Klinikum Süd,Regensburg,,part-time,,
==== status
0
