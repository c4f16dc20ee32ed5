==== cmd
jd-stats -f table 'summary salary_annual_max by lang' fixtures/ads.csv
jd-stats --format json 'count by lang' fixtures/ads.csv
jd-stats -f json 'where id = a09 | select id skills' fixtures/ads.csv
jd-stats -f json 'where id = zz' fixtures/ads.csv
jd-stats -f table 'where id = a09 | select id lang'  fixtures/ads.csv
==== stdout
lang  count  missing      min        p25    median      mean         p75        p90     max      stddev
----  -----  -------  -------  ---------  --------  --------  ----------  ---------  ------  ----------
de        5        0    48000      62000     85000     80000       95000     104000  110000   24989.998
en        2        2  75000.5  86250.375  97500.25  97500.25  108750.125  115500.05  120000  31819.4516
fr        1        0    70000      70000     70000     70000       70000      70000   70000            
[
  {"lang": "de", "count": 5},
  {"lang": "en", "count": 4},
  {"lang": "fr", "count": 1}
]
[
  {"id": "a09", "skills": "C++;Rust, Go"}
]
[]
id   lang
---  ----
a09  de
==== status
0
