==== cmd
jd-dedupe -q --mark fixtures/ads.csv | awk -F, "{ print \$1, \$(NF-2), \$(NF-1), \$NF }"
jd-dedupe -q --mark --keep newest fixtures/ads.csv | awk -F, "{ print \$1, \$(NF-2), \$(NF-1), \$NF }"
sed "1s/^id,/ref,/" fixtures/ads.csv | jd-dedupe -q --mark | awk -F, "{ print \$1, \$(NF-2), \$(NF-1), \$NF }"
==== stdout
id cluster dup_of similarity
a1 1  
b1 2  
a2 1 a1 1
c1 3  
a3 1 a1 0.828
b2 2 b1 1
d1 4  
id cluster dup_of similarity
a1 1 a3 0.828
b1 2  
a2 1 a3 0.828
c1 3  
a3 1  
b2 2 b1 1
d1 4  
ref cluster dup_of similarity
a1 1  
b1 2  
a2 1 1 1
c1 3  
a3 1 1 0.828
b2 2 2 1
d1 4  
==== status
0
