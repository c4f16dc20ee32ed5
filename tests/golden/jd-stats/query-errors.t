==== cmd
jd-stats 'sumary x' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'count by' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'count lang' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats '' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where lang' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where lang =' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats "where lang = 'de" fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where lang ! de' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where (lang = de' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where lang = de and' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where lang in de' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where lang in (de' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where lang is full' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where lang ~ (ab' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where lang ~ "a[b"' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'where not' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'quantile x' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'quantile x 101' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'quantile x abc' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'freq lang top 0' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'freq lang top 2 top 3' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'head -1' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'head 2.5' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'hist x bins 0' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'hist x width 0' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'split skills' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'count | | count' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'count by month(posted' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'count by lang)' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'select' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'sort lang up' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats 'count by lang by seniority' fixtures/ads.csv 2>&1; echo "exit $?"
==== stdout
jd-stats: unknown verb 'sumary' (verbs: where, count, summary, quantile, freq, split, hist, crosstab, select, sort, head, distinct)
  sumary x
  ^
exit 2
jd-stats: expected a column name, found end of query
  count by
          ^
exit 2
jd-stats: expected '|' or end of query, found 'lang'
  count lang
        ^
exit 2
jd-stats: empty query (try 'count' or 'summary COLUMN by COLUMN')
  
  ^
exit 2
jd-stats: expected a column name or '(', found end of query
  where
       ^
exit 2
jd-stats: expected a comparison (= != < <= > >= ~ contains in is), found end of query
  where lang
            ^
exit 2
jd-stats: expected a value, found end of query
  where lang =
              ^
exit 2
jd-stats: unterminated string (missing ')
  where lang = 'de
               ^
exit 2
jd-stats: unexpected '!' (did you mean '!=' or 'not'?)
  where lang ! de
             ^
exit 2
jd-stats: expected ')' for the '(' at column 7, found end of query
  where (lang = de
                  ^
exit 2
jd-stats: expected a column name or '(', found end of query
  where lang = de and
                     ^
exit 2
jd-stats: expected '(' after 'in', found 'de'
  where lang in de
                ^
exit 2
jd-stats: expected ',' or ')', found end of query
  where lang in (de
                   ^
exit 2
jd-stats: expected 'empty', found 'full'
  where lang is full
                ^
exit 2
jd-stats: bad regular expression: missing closing parenthesis
  where lang ~ (ab
                  ^
exit 2
jd-stats: bad regular expression: missing terminating ] for character class
  where lang ~ "a[b"
                   ^
exit 2
jd-stats: expected a column name or '(', found end of query
  where not
           ^
exit 2
jd-stats: expected a percentage (0 to 100), found end of query
  quantile x
            ^
exit 2
jd-stats: expected a percentage from 0 to 100, found '101'
  quantile x 101
             ^
exit 2
jd-stats: expected a percentage (0 to 100), found 'abc'
  quantile x abc
             ^
exit 2
jd-stats: expected a whole number after 'top', found '0'
  freq lang top 0
                ^
exit 2
jd-stats: 'top' given twice
  freq lang top 2 top 3
                  ^
exit 2
jd-stats: expected a whole number of records, found '-1'
  head -1
       ^
exit 2
jd-stats: expected a whole number of records, found '2.5'
  head 2.5
       ^
exit 2
jd-stats: expected a whole number of bins, found '0'
  hist x bins 0
              ^
exit 2
jd-stats: the bin width must be above 0
  hist x width 0
               ^
exit 2
jd-stats: expected a separator (quote it if it is '|' or a space), found end of query
  split skills
              ^
exit 2
jd-stats: expected a verb (where, count, summary, quantile, freq, split, hist, crosstab, select, sort, head, distinct), found '|'
  count | | count
          ^
exit 2
jd-stats: expected ')', found end of query
  count by month(posted
                       ^
exit 2
jd-stats: expected '|' or end of query, found ')'
  count by lang)
               ^
exit 2
jd-stats: expected a column name, found end of query
  select
        ^
exit 2
jd-stats: fixtures/ads.csv: no column 'up' (columns: id, lang, seniority, posted, salary_annual_max, salary_currency, skills)
  sort lang up
            ^
exit 1
jd-stats: expected '|' or end of query, found 'by'
  count by lang by seniority
                ^
exit 2
==== status
0
