==== cmd
sed "1s/text/body/" fixtures/ads.csv | jd-dedupe -t body | cut -d, -f1
==== stdout
id
a1
b1
c1
d1
==== stderr
jd-dedupe: 7 records in, 4 out, 2 exact duplicates, 1 near duplicates, 2 duplicate clusters
==== status
0
