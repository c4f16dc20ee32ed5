==== cmd
jd-stats 'freq lang' fixtures/ads.csv
jd-stats 'freq seniority by lang top 1' fixtures/ads.csv
jd-stats 'split skills ; | freq skills top 4' fixtures/ads.csv
==== stdout
lang,count,share,cum_share
de,5,0.5,0.5
en,4,0.4,0.9
fr,1,0.1,1
lang,seniority,count,share,cum_share
de,senior,2,0.4,0.4
en,mid,2,0.5,0.5
fr,senior,1,1,1
skills,count,share,cum_share
Docker,3,0.3,0.3
Python,3,0.3,0.6
SQL,3,0.3,0.9
Go,2,0.2,1.1
==== status
0
