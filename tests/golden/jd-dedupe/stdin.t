==== cmd
jd-dedupe --keep newest < fixtures/ads.csv | cut -d, -f1; cat fixtures/ads.csv | jd-dedupe -q - | cut -d, -f1
==== stdout
id
b1
c1
a3
d1
id
a1
b1
c1
d1
==== stderr
jd-dedupe: 7 records in, 4 out, 1 exact duplicates, 2 near duplicates, 2 duplicate clusters
==== status
0
