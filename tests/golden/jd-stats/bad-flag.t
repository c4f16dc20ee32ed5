==== cmd
jd-stats --bogus count fixtures/ads.csv
==== stdout
==== stderr
jd-stats: unknown option '--bogus' (try 'jd-stats --help')
==== status
2
