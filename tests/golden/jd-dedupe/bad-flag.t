==== cmd
jd-dedupe --bogus
==== stdout
==== stderr
jd-dedupe: unknown option '--bogus' (try 'jd-dedupe --help')
==== status
2
