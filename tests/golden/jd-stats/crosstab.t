==== cmd
jd-stats 'crosstab lang seniority' fixtures/ads.csv
jd-stats 'crosstab year(posted) lang | head 1' fixtures/ads.csv
==== stdout
lang,junior,lead,mid,senior
de,1,1,1,2
en,1,0,2,1
fr,0,0,0,1
year,de,en,fr
2021,0,1,0
==== status
0
