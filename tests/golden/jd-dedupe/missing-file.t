==== cmd
jd-dedupe nope.csv fixtures/ads.csv > out.tmp; echo "status $?"; cut -d, -f1 out.tmp; rm -f out.tmp
==== stdout
status 1
id
a1
b1
c1
d1
==== stderr
jd-dedupe: nope.csv: No such file or directory
jd-dedupe: 7 records in, 4 out, 2 exact duplicates, 1 near duplicates, 2 duplicate clusters
==== status
0
