==== cmd
jd-stats 'count by month(posted)' fixtures/ads.csv
jd-stats 'count by week(posted)' fixtures/ads.csv
jd-stats 'where year(posted) >= 2024 | count by year(posted), lang' fixtures/ads.csv
printf 'd\n2024-02-30\nnot a date\n2024-13-01\n2023\n2024-06-30T12:00:00Z\n2024-05\n2024-01-01x\n2024-02-29\n' | jd-stats 'select d, year(d), month(d), week(d)'
==== stdout
month,count
2021-01,1
2024-01,2
2024-02,3
2024-03,3
2024-12,1
week,count
2020-W53,1
2024-W03,2
2024-W05,1
2024-W06,1
2024-W09,2
2024-W10,1
2024-W11,1
2025-W01,1
year,lang,count
2024,de,5
2024,en,3
2024,fr,1
d,year,month,week
2024-02-30,,,
not a date,,,
2024-13-01,,,
2023,2023,,
2024-06-30T12:00:00Z,2024,2024-06,2024-W26
2024-05,2024,2024-05,
2024-01-01x,,,
2024-02-29,2024,2024-02,2024-W09
==== status
0
