==== cmd
jd-dedupe -q --emit-keys fixtures/ads.csv | awk -F"\t" "/^s/ { print \$1, \$2, length(\$3) } /^x/ { print \$2, length(\$1) }" | head -4
==== stdout
s a1 344
a1 17
s b1 344
b1 17
==== status
0
