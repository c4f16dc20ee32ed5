==== cmd
jd-dedupe fixtures/ads.csv fixtures/ads.csv | cut -d, -f1
==== stdout
id
a1
b1
c1
d1
==== stderr
jd-dedupe: 14 records in, 4 out, 8 exact duplicates, 2 near duplicates, 4 duplicate clusters
==== status
0
