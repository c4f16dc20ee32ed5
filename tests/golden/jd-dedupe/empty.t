==== cmd
jd-dedupe < /dev/null; echo "status $?"; printf "id,text\n" | jd-dedupe; printf "id,text\n" | jd-dedupe --mark
==== stdout
status 0
id,text
id,text,cluster,dup_of,similarity
==== stderr
jd-dedupe: 0 records in, 0 out, 0 exact duplicates, 0 near duplicates, 0 duplicate clusters
jd-dedupe: 0 records in, 0 out, 0 exact duplicates, 0 near duplicates, 0 duplicate clusters
jd-dedupe: 0 records in, 0 out, 0 exact duplicates, 0 near duplicates, 0 duplicate clusters
==== status
0
