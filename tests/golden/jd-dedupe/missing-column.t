==== cmd
jd-dedupe
==== stdin
id,title
1,Data Engineer
==== stdout
==== stderr
jd-dedupe: -: no column 'text'
jd-dedupe: 0 records in, 0 out, 0 exact duplicates, 0 near duplicates, 0 duplicate clusters
==== status
1
