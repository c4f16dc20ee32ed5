==== cmd
jd-dedupe -q --keep first fixtures/ads.csv > first.tmp
cut -d, -f1 first.tmp
jd-dedupe -q fixtures/ads.csv | cmp - first.tmp && echo "same as the default"
rm -f first.tmp
==== stdout
id
a1
b1
c1
d1
same as the default
==== status
0
