==== cmd
jd-dedupe --mark --keep longest
==== stdin
id,text
1,"Data Engineer in Berlin, full time"
2,too,many,fields
3,"Data Engineer in Berlin, full time"
4,"unterminated
==== stdout
id,text,cluster,dup_of,similarity
1,"Data Engineer in Berlin, full time",1,,
3,"Data Engineer in Berlin, full time",1,1,1
==== stderr
jd-dedupe: -:3: 4 fields, header has 2; record skipped
jd-dedupe: -:5: unterminated quoted field; record skipped
jd-dedupe: 2 records in, 2 out, 1 exact duplicates, 0 near duplicates, 1 duplicate clusters
==== status
1
