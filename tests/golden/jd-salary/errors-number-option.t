==== cmd
jd-salary --hours-per-year abc
==== stdout
==== stderr
jd-salary: --hours-per-year: not a number: 'abc' (try 'jd-salary --help')
==== status
2
