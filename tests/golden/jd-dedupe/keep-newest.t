==== cmd
jd-dedupe --keep newest fixtures/ads.csv | cut -d, -f1,5
==== stdout
id,posted
b1,2026-03-02
c1,2026-03-06
a3,2026-03-10
d1,2026-03-12
==== stderr
jd-dedupe: 7 records in, 4 out, 1 exact duplicates, 2 near duplicates, 2 duplicate clusters
==== status
0
