==== cmd
cut -d, -f2- fixtures/ads.csv | jd-dedupe -q --mark | awk -F, "{ print \$1, \$(NF-2), \$(NF-1), \$NF }"
==== stdout
title cluster dup_of similarity
Data Engineer 1  
Backend Developer 2  
Data Engineer 1 1 1
Data Analyst 3  
Data Engineer 1 1 0.828
Backend Developer 2 2 1
backend developer 4  
==== status
0
