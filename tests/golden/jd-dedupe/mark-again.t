==== cmd
jd-dedupe -q --mark fixtures/no-words.csv > marked.tmp
jd-dedupe -q --mark marked.tmp
jd-dedupe -q --emit-keys marked.tmp | LC_ALL=C sort | jd-dedupe -q --clusters > edges.tmp
jd-dedupe -q --mark --apply edges.tmp marked.tmp | head -2
rm -f marked.tmp edges.tmp
==== stdout
id,title,text,cluster,dup_of,similarity
1,Koch,,1,,
2,Kellner,,2,,
3,Fahrer,,3,,
4,Lager,!!! ---,4,,
5,Support,We answer calls in English and German.,5,,
6,Support,We answer calls in English and German!,5,5,1
id,title,text,cluster,dup_of,similarity
1,Koch,,1,,
==== status
0
