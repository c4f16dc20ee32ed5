==== cmd
jd-stats 'summary salary_annual_max' fixtures/ads.csv
jd-stats 'summary salary_annual_max by lang' fixtures/ads.csv
jd-stats 'summary x by g' fixtures/nums.csv
==== stdout
count,missing,min,p25,median,mean,p75,p90,max,stddev
8,2,48000,68000,80000.25,83125.0625,98750,113000,120000,24333.59487
lang,count,missing,min,p25,median,mean,p75,p90,max,stddev
de,5,0,48000,62000,85000,80000,95000,104000,110000,24989.998
en,2,2,75000.5,86250.375,97500.25,97500.25,108750.125,115500.05,120000,31819.4516
fr,1,0,70000,70000,70000,70000,70000,70000,70000,
g,count,missing,min,p25,median,mean,p75,p90,max,stddev
a,6,0,1,2.25,4,4.5,6.5,8,9,3.082207001
b,2,2,10,12.5,15,15,17.5,19,20,7.071067812
==== status
0
