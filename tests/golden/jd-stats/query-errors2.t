==== cmd
jd-stats 'where lang not de' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where lang is not' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where lang ~' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where lang ~ ""' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where lang contains' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where lang in ()' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where lang = de)' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where lang = de or' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where lang =' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where month(posted = 1' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where nope = 1' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'summary' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'summary x by' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'summary salary_annual_max by lang by lang' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'summary salary_annual_max by nope' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'quantile salary_annual_max -5' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'quantile salary_annual_max 50 by' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'freq' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'freq lang top' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'freq lang top x' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'freq lang by seniority by lang' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'freq nope' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'split month(posted) ;' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'split skills ""' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'split nope ;' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'hist' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'hist salary_annual_max bins' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'hist salary_annual_max bins 10001' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'hist salary_annual_max width -3' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'hist salary_annual_max width 0.001' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'crosstab' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'crosstab lang' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'crosstab lang nope' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'select id,' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'select id nope' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'distinct' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'sort' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'sort month(posted)' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'head' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'head 0' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'count by lang | select lang count nope' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'count |' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats '   ' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where id = "ä" and lang = x | sumary' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats "where $(printf '(%.0s' $(seq 1 250))lang = de$(printf ')%.0s' $(seq 1 250))" fixtures/ads.csv 2> err.tmp; echo "exit $?"; head -1 err.tmp
jd-stats "where $(printf '(%.0s' $(seq 1 150))lang = de$(printf ')%.0s' $(seq 1 150)) | count" fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats "$(head -c 100001 /dev/zero | tr '\0' x)" fixtures/ads.csv 2> err.tmp; echo "exit $?"; head -1 err.tmp; rm -f err.tmp
==== stdout
jd-stats: expected 'in' after 'not', found 'de'
  where lang not de
                 ^
exit 2
jd-stats: expected 'empty', found end of query
  where lang is not
                   ^
exit 2
jd-stats: expected a regular expression, found end of query
  where lang ~
              ^
exit 2
jd-stats: expected a regular expression, found ''
  where lang ~ ""
               ^
exit 2
jd-stats: expected a value, found end of query
  where lang contains
                     ^
exit 2
jd-stats: expected a value, found ')'
  where lang in ()
                 ^
exit 2
jd-stats: expected '|' or end of query, found ')'
  where lang = de)
                 ^
exit 2
jd-stats: expected a column name or '(', found end of query
  where lang = de or
                    ^
exit 2
jd-stats: expected a value, found end of query
  where lang =
              ^
exit 2
jd-stats: expected ')', found an operator
  where month(posted = 1
                     ^
exit 2
jd-stats: fixtures/ads.csv: no column 'nope' (columns: id, lang, seniority, posted, salary_annual_max, salary_currency, skills)
  where nope = 1
        ^
exit 1
jd-stats: expected a column name, found end of query
  summary
         ^
exit 2
jd-stats: expected a column name, found end of query
  summary x by
              ^
exit 2
jd-stats: expected '|' or end of query, found 'by'
  summary salary_annual_max by lang by lang
                                    ^
exit 2
jd-stats: fixtures/ads.csv: no column 'nope' (columns: id, lang, seniority, posted, salary_annual_max, salary_currency, skills)
  summary salary_annual_max by nope
                               ^
exit 1
jd-stats: expected a percentage from 0 to 100, found '-5'
  quantile salary_annual_max -5
                             ^
exit 2
jd-stats: expected a column name, found end of query
  quantile salary_annual_max 50 by
                                  ^
exit 2
jd-stats: expected a column name, found end of query
  freq
      ^
exit 2
jd-stats: expected a whole number after 'top', found end of query
  freq lang top
               ^
exit 2
jd-stats: expected a whole number after 'top', found 'x'
  freq lang top x
                ^
exit 2
jd-stats: 'by' given twice
  freq lang by seniority by lang
                         ^
exit 2
jd-stats: fixtures/ads.csv: no column 'nope' (columns: id, lang, seniority, posted, salary_annual_max, salary_currency, skills)
  freq nope
       ^
exit 1
jd-stats: split needs a plain column
  split month(posted) ;
        ^
exit 2
jd-stats: the separator is empty
  split skills ""
               ^
exit 2
jd-stats: fixtures/ads.csv: no column 'nope' (columns: id, lang, seniority, posted, salary_annual_max, salary_currency, skills)
  split nope ;
        ^
exit 1
jd-stats: expected a column name, found end of query
  hist
      ^
exit 2
jd-stats: expected a whole number of bins, found end of query
  hist salary_annual_max bins
                             ^
exit 2
jd-stats: at most 10000 bins
  hist salary_annual_max bins 10001
                              ^
exit 2
jd-stats: the bin width must be above 0
  hist salary_annual_max width -3
                               ^
exit 2
jd-stats: hist: width 0.001 gives more than 100000 bins
lo,hi,count,bar
exit 1
jd-stats: expected a column name, found end of query
  crosstab
          ^
exit 2
jd-stats: expected a column name, found end of query
  crosstab lang
               ^
exit 2
jd-stats: fixtures/ads.csv: no column 'nope' (columns: id, lang, seniority, posted, salary_annual_max, salary_currency, skills)
  crosstab lang nope
                ^
exit 1
jd-stats: expected a column name, found end of query
  select id,
            ^
exit 2
jd-stats: fixtures/ads.csv: no column 'nope' (columns: id, lang, seniority, posted, salary_annual_max, salary_currency, skills)
  select id nope
            ^
exit 1
jd-stats: expected a column name, found end of query
  distinct
          ^
exit 2
jd-stats: expected a column name, found end of query
  sort
      ^
exit 2
jd-stats: sort takes plain columns (select month(COL) first)
  sort month(posted)
       ^
exit 2
jd-stats: expected a whole number of records, found end of query
  head
      ^
exit 2
jd-stats: expected a whole number of records, found '0'
  head 0
       ^
exit 2
jd-stats: fixtures/ads.csv: no column 'nope' (columns: lang, count)
  count by lang | select lang count nope
                                    ^
exit 1
jd-stats: expected a verb (where, count, summary, quantile, freq, split, hist, crosstab, select, sort, head, distinct), found end of query
  count |
         ^
exit 2
jd-stats: empty query (try 'count' or 'summary COLUMN by COLUMN')
     
  ^
exit 2
jd-stats: unknown verb 'sumary' (verbs: where, count, summary, quantile, freq, split, hist, crosstab, select, sort, head, distinct)
  where id = "ä" and lang = x | sumary
                                ^
exit 2
exit 2
jd-stats: expression nested too deeply
count
5
exit 0
exit 2
jd-stats: query too long
==== status
0
