==== cmd
jd-skills --long --explain
==== stdout
==== stderr
jd-skills: --long and --explain exclude each other (try 'jd-skills --help')
==== status
2
