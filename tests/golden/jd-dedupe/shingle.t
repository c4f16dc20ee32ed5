==== cmd
jd-dedupe -q --mark --shingle 1 --threshold 0.5 fixtures/ads.csv | sed "s/,.*,/ /"
==== stdout
id similarity
a1 
b1 
a2 1
c1 
a3 0.891
b2 1
d1 
==== status
0
