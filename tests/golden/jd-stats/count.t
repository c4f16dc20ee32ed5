==== cmd
jd-stats 'count' fixtures/ads.csv
jd-stats 'count by lang' fixtures/ads.csv
jd-stats 'count by lang, seniority' fixtures/ads.csv
==== stdout
count
10
lang,count
de,5
en,4
fr,1
lang,seniority,count
de,junior,1
de,lead,1
de,mid,1
de,senior,2
en,junior,1
en,mid,2
en,senior,1
fr,senior,1
==== status
0
