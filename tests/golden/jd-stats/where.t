==== cmd
jd-stats 'where lang = de | select id' fixtures/ads.csv
jd-stats 'where lang != de and salary_annual_max >= 75000 | select id' fixtures/ads.csv
jd-stats 'where salary_annual_max < 62000 or salary_annual_max > 100000 | select id salary_annual_max' fixtures/ads.csv
jd-stats 'where salary_annual_max <= 62000.0 | select id' fixtures/ads.csv
jd-stats 'where skills ~ (?i)^python | select id' fixtures/ads.csv
jd-stats "where skills ~ 'Go$|Go;' | select id" fixtures/ads.csv
jd-stats 'where skills contains C++ | select id' fixtures/ads.csv
jd-stats 'where lang in (fr, en) and not seniority in (mid) | select id' fixtures/ads.csv
jd-stats 'where seniority not in (mid, senior) | select id' fixtures/ads.csv
jd-stats 'where skills is empty or salary_annual_max is empty | select id' fixtures/ads.csv
jd-stats 'where salary_currency is not empty and not (lang = de or lang = fr) | select id' fixtures/ads.csv
jd-stats 'where id > a08 | select id' fixtures/ads.csv
jd-stats "where seniority = 'senior' | count" fixtures/ads.csv
==== stdout
id
a01
a02
a05
a08
a09
id
a03
a10
id,salary_annual_max
a02,48000
a03,120000
a09,110000
id
a02
a05
id
a01
a04
a05
id
a03
a08
a09
id
a09
id
a03
a06
a07
id
a02
a07
a09
id
a04
a06
id
a03
a07
a10
id
a09
a10
count
4
==== status
0
