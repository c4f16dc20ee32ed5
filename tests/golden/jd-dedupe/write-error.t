==== cmd
jd-dedupe -q fixtures/ads.csv > /dev/full; echo "status $?"; jd-dedupe -q --mark fixtures/ads.csv > /dev/full; echo "status $?"; jd-dedupe -q fixtures/ads.csv | head -1
==== stdout
status 1
status 1
id,title,company,location,posted,text
==== stderr
jd-dedupe: write error on standard output: No space left on device
jd-dedupe: write error on standard output: No space left on device
==== status
0
