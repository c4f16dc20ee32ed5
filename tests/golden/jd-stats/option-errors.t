==== cmd
jd-stats --quantile-type 6 count fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats --quantile-type linear 'quantile x 50' fixtures/nums4.csv 2>&1; echo "exit $?"
jd-stats --partial --merge count fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats -i --partial fixtures/ads.csv < /dev/null 2>&1; echo "exit $?"
jd-stats --partial 'where lang = de | select id' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats --merge 'head 3 | count' fixtures/ads.csv 2>&1; echo "exit $?"
jd-stats -f 2>&1; echo "exit $?"
==== stdout
jd-stats: --quantile-type: expected 7 or miller, got '6' (try 'jd-stats --help')
exit 2
p50
2.5
exit 0
jd-stats: --partial and --merge do not go together (try 'jd-stats --help')
exit 2
jd-stats: --partial/--merge are for batch runs, not -i (try 'jd-stats --help')
exit 2
jd-stats: --partial/--merge need an aggregate verb (count, summary, quantile, freq, hist, crosstab)
  where lang = de | select id
  ^
exit 2
jd-stats: --partial/--merge: only where, split and select can come before the aggregate verb
  head 3 | count
  ^
exit 2
jd-stats: option '-f' needs an argument (try 'jd-stats --help')
exit 2
==== status
0
