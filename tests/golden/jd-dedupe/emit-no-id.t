==== cmd
jd-dedupe --emit-keys
==== stdin
title,text
x,hello world
==== stdout
#jd-dedupe-keys v1 shingle=5 hashes=128 bands=21 rows=6 threshold=0.8
==== stderr
jd-dedupe: -: no column 'id'
jd-dedupe: 0 records, 0 key lines
==== status
1
