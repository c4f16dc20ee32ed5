==== cmd
jd-stats 'count by lang' fixtures/ads.csv fixtures/more.csv
==== stdout
lang,count
de,6
en,4
fr,1
==== status
0
