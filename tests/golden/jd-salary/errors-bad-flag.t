==== cmd
jd-salary --bogus
==== stdout
==== stderr
jd-salary: unknown option '--bogus' (try 'jd-salary --help')
==== status
2
