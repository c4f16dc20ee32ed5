==== cmd
jd-stats
==== stdout
==== stderr
jd-stats: no query given (try 'jd-stats --help')
==== status
2
