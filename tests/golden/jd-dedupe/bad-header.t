==== cmd
printf "id,title\nz1,x\n" > other.tmp
jd-dedupe fixtures/ads.csv other.tmp > out.tmp; echo "status $?"; cut -d, -f1 out.tmp; rm -f other.tmp out.tmp
==== stdout
status 1
id
a1
b1
c1
d1
==== stderr
jd-dedupe: other.tmp: header differs from the first file's; file skipped
jd-dedupe: 7 records in, 4 out, 2 exact duplicates, 1 near duplicates, 2 duplicate clusters
==== status
0
