==== cmd
jd-dedupe --mark fixtures/no-words.csv
==== stdout
id,title,text,cluster,dup_of,similarity
1,Koch,,1,,
2,Kellner,,2,,
3,Fahrer,,3,,
4,Lager,!!! ---,4,,
5,Support,We answer calls in English and German.,5,,
6,Support,We answer calls in English and German!,5,5,1
==== stderr
jd-dedupe: 6 records in, 6 out, 1 exact duplicates, 0 near duplicates, 1 duplicate clusters
==== status
0
