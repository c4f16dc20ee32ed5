==== cmd
jd-stats 'summary salary by lang' fixtures/ads.csv
==== stdout
==== stderr
jd-stats: fixtures/ads.csv: no column 'salary' (columns: id, lang, seniority, posted, salary_annual_max, salary_currency, skills)
  summary salary by lang
          ^
==== status
1
