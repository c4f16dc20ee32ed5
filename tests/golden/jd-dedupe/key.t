==== cmd
jd-dedupe --key title,company,location fixtures/ads.csv | cut -d, -f1-4
==== stdout
id,title,company,location
a1,Data Engineer,Nordlicht Analytics GmbH,Berlin
b1,Backend Developer,Kestrel Systems Ltd,London
c1,Data Analyst,Nordlicht Analytics GmbH,Berlin
==== stderr
jd-dedupe: 7 records in, 3 out, 2 exact duplicates, 2 near duplicates, 2 duplicate clusters
==== status
0
