==== cmd
jd-stats 'crosstab lang seniority | sort nosuch desc' fixtures/ads.csv; echo "exit $?"
jd-stats 'crosstab lang seniority | where senior > 1 | select lang staff' fixtures/ads.csv; echo "exit $?"
jd-stats --format json 'crosstab lang seniority | select lang intern' fixtures/ads.csv; echo "exit $?"
jd-stats --partial 'crosstab lang seniority | head 1 | sort intern' fixtures/ads.csv | jd-stats --merge 'crosstab lang seniority | head 1 | sort intern'; echo "exit $?"
printf 'crosstab lang seniority | sort intern\ncount\n' | jd-stats -i fixtures/ads.csv; echo "exit $?"
jd-stats 'crosstab lang seniority | select senior | sort lang' fixtures/ads.csv
==== stdout
exit 1
exit 1
exit 1
exit 1
count
10
exit 1
==== stderr
jd-stats: fixtures/ads.csv: no column 'nosuch' (columns: lang, junior, lead, mid, senior)
  crosstab lang seniority | sort nosuch desc
                                 ^
jd-stats: fixtures/ads.csv: no column 'staff' (columns: lang, junior, lead, mid, senior)
  crosstab lang seniority | where senior > 1 | select lang staff
                                                           ^
jd-stats: fixtures/ads.csv: no column 'intern' (columns: lang, junior, lead, mid, senior)
  crosstab lang seniority | select lang intern
                                        ^
jd-stats: no column 'intern' (columns: lang, junior, lead, mid, senior)
  crosstab lang seniority | head 1 | sort intern
                                          ^
jd-stats: no column 'intern' (columns: lang, junior, lead, mid, senior)
  crosstab lang seniority | sort intern
                                 ^
jd-stats: fixtures/ads.csv: no column 'lang' (columns: senior)
  crosstab lang seniority | select senior | sort lang
                                                 ^
==== status
1
