==== cmd
jd-dedupe --emit-keys fixtures/ads.csv > keys.tmp
grep -c "^b" keys.tmp; grep "^#" keys.tmp; cut -c1 keys.tmp | sort | uniq -c
LC_ALL=C sort keys.tmp | jd-dedupe --clusters > edges.tmp
cat edges.tmp
jd-dedupe --apply edges.tmp fixtures/ads.csv > apply.tmp
jd-dedupe fixtures/ads.csv 2>/dev/null | cmp - apply.tmp && echo same
jd-dedupe -q --mark --apply edges.tmp fixtures/ads.csv | cut -d, -f1 | tr "\n" " "; echo
rm -f keys.tmp edges.tmp apply.tmp
==== stdout
147
#jd-dedupe-keys v1 shingle=5 hashes=128 bands=21 rows=6 threshold=0.8
      1 #
    147 b
      7 s
      7 x
a1	a1
a2	a1
a3	a1
b1	b1
b2	b1
same
id a1 b1 a2 c1 a3 b2 d1 
==== stderr
jd-dedupe: 7 records, 161 key lines
jd-dedupe: 7 records, 3 candidate pairs verified, 2 duplicate clusters of 5 records
jd-dedupe: 7 records in, 4 out, 2 exact duplicates, 1 near duplicates, 2 duplicate clusters
==== status
0
