==== cmd
jd-salary --country
==== stdout
==== stderr
jd-salary: option '--country' needs an argument (try 'jd-salary --help')
==== status
2
