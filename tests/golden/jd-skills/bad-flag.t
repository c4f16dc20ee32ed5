==== cmd
jd-skills --bogus
==== stdout
==== stderr
jd-skills: unknown option '--bogus' (try 'jd-skills --help')
==== status
2
