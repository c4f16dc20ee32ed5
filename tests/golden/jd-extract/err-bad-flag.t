==== cmd
jd-extract --bogus fixtures/latin1.html
==== stdout
==== stderr
jd-extract: unknown option '--bogus' (try 'jd-extract --help')
==== status
2
