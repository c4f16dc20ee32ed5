==== cmd
jd-dedupe -q --keep longest --mark fixtures/ads.csv | awk -F, "{ print \$1, \$(NF-2), \$(NF-1), \$NF }"
jd-dedupe --keep longest fixtures/ads.csv | cut -d, -f1
==== stdout
id cluster dup_of similarity
a1 1 a3 0.828
b1 2  
a2 1 a3 0.828
c1 3  
a3 1  
b2 2 b1 1
d1 4  
id
b1
c1
a3
d1
==== stderr
jd-dedupe: 7 records in, 4 out, 1 exact duplicates, 2 near duplicates, 2 duplicate clusters
==== status
0
