==== cmd
jd-dedupe -q --threshold 0.9 fixtures/ads.csv | cut -d, -f1; jd-dedupe -q --threshold 0.1 fixtures/ads.csv | cut -d, -f1
==== stdout
id
a1
b1
c1
a3
d1
id
a1
b1
d1
==== status
0
