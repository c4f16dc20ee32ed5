==== cmd
jd-stats -i fixtures/ads.csv 2>&1; echo "exit $?"; cat out.tmp; rm -f out.tmp
==== stdin
count by lang
summary salary_annual_max by lang
quantile salary_annual_max 50 by seniority
sumary x
.mode json
freq seniority top 1
.mode csv
.cols
.output out.tmp
count
.output
.bogus
.load fixtures/nope.csv
.mode xml
.timer maybe
.load
head 1 | select id
.quit
count
==== stdout
lang,count
de,5
en,4
fr,1
lang,count,missing,min,p25,median,mean,p75,p90,max,stddev
de,5,0,48000,62000,85000,80000,95000,104000,110000,24989.998
en,2,2,75000.5,86250.375,97500.25,97500.25,108750.125,115500.05,120000,31819.4516
fr,1,0,70000,70000,70000,70000,70000,70000,70000,
seniority,p50
junior,48000
lead,110000
mid,68500.25
senior,90000
jd-stats: unknown verb 'sumary' (verbs: where, count, summary, quantile, freq, split, hist, crosstab, select, sort, head, distinct)
  sumary x
  ^
[
  {"seniority": "senior", "count": 4, "share": 0.4, "cum_share": 0.4}
]
column,type,numbers,missing
id,text,0,0
lang,text,0,0
seniority,text,0,0
posted,text,0,0
salary_annual_max,number,8,2
salary_currency,text,0,1
skills,text,0,1
jd-stats: unknown command '.bogus' (try .help)
jd-stats: fixtures/nope.csv: No such file or directory
jd-stats: nothing loaded; data not replaced (10 records)
usage: .mode table|csv|json
usage: .timer on|off
usage: .load FILE...
id
a01
exit 1
count
10
==== status
0
