==== cmd
jd-dedupe --keep newest
==== stdin
id,text
1,hello world
==== stdout
==== stderr
jd-dedupe: -: no column 'posted'
jd-dedupe: 0 records in, 0 out, 0 exact duplicates, 0 near duplicates, 0 duplicate clusters
==== status
1
