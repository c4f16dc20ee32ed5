==== cmd
jd-stats 'quantile x 10 25 50 75 90' fixtures/nums4.csv
jd-stats --quantile-type miller 'quantile x 10 25 50 75 90' fixtures/nums4.csv
jd-stats 'quantile x 0 12.5 100 by g' fixtures/nums.csv
jd-stats --quantile-type miller 'summary x by g' fixtures/nums.csv
==== stdout
p10,p25,p50,p75,p90
1.3,1.75,2.5,3.25,3.7
p10,p25,p50,p75,p90
1,2,3,4,4
g,p0,p12.5,p100
a,1,1.625,9
b,10,11.25,20
g,count,missing,min,p25,median,mean,p75,p90,max,stddev
a,6,0,1,2,5,4.5,7,9,9,3.082207001
b,2,2,10,10,20,15,20,20,20,7.071067812
==== status
0
