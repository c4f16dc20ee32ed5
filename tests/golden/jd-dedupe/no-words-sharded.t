==== cmd
jd-dedupe --emit-keys fixtures/no-words.csv > keys.tmp
cut -c1 keys.tmp | sort | uniq -c
LC_ALL=C sort keys.tmp | jd-dedupe -q --clusters > edges.tmp
cat edges.tmp
jd-dedupe -q --apply edges.tmp fixtures/no-words.csv > apply.tmp
jd-dedupe -q fixtures/no-words.csv | cmp - apply.tmp && echo same
rm -f keys.tmp edges.tmp apply.tmp
==== stdout
      1 #
     42 b
      6 s
      2 x
5	5
6	5
same
==== stderr
jd-dedupe: 6 records, 50 key lines
==== status
0
