==== cmd
jd-stats 'select lang id | head 3' fixtures/ads.csv
jd-stats 'sort salary_annual_max desc | select id salary_annual_max' fixtures/ads.csv
jd-stats 'sort lang, salary_annual_max desc | select lang salary_annual_max | head 4' fixtures/ads.csv
jd-stats 'distinct lang seniority' fixtures/ads.csv
jd-stats 'count by lang | sort count desc | head 2' fixtures/ads.csv
jd-stats 'count by lang | where count > 1' fixtures/ads.csv
==== stdout
lang,id
de,a01
de,a02
en,a03
id,salary_annual_max
a03,120000
a09,110000
a08,95000
a01,85000
a10,75000.5
a06,70000
a05,62000
a02,48000
a07,n/a
a04,
lang,salary_annual_max
de,110000
de,95000
de,85000
de,62000
lang,seniority
de,senior
de,junior
en,senior
en,mid
de,mid
fr,senior
en,junior
de,lead
lang,count
de,5
en,4
lang,count
de,5
en,4
==== status
0
