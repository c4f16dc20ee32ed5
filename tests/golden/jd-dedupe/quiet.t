==== cmd
jd-dedupe -q fixtures/ads.csv | wc -l; jd-dedupe --quiet --mark fixtures/ads.csv | wc -l
==== stdout
5
8
==== status
0
