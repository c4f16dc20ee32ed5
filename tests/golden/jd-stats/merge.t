==== cmd
(jd-stats --partial 'freq lang top 2' fixtures/ads.csv; jd-stats --partial 'freq lang top 2' fixtures/more.csv) | jd-stats --merge 'freq lang top 2'
jd-stats "freq lang top 2" fixtures/ads.csv fixtures/more.csv
jd-stats --partial 'count' fixtures/ads.csv | jd-stats --merge 'count by lang'
jd-stats --partial 'sort id | count' fixtures/ads.csv
==== stdout
lang,count,share,cum_share
de,6,0.5454545455,0.5454545455
en,4,0.3636363636,0.9090909091
lang,count,share,cum_share
de,6,0.5454545455,0.5454545455
en,4,0.3636363636,0.9090909091
lang,count
==== stderr
jd-stats: -:1: state of another query; rest of the file skipped
jd-stats: --partial/--merge: only where, split and select can come before the aggregate verb
  sort id | count
  ^
==== status
2
