==== cmd
jd-stats -f xml count fixtures/ads.csv
==== stdout
==== stderr
jd-stats: --format: expected csv, table or json, got 'xml' (try 'jd-stats --help')
==== status
2
