==== cmd
# --merge: a column the query names that is not there is status 1, as in a
# batch run; a query --merge cannot take is a usage error (2)
printf 'lang,x\nen,1\nde,2\n' | jd-stats --partial 'count by lang' > state.tmp
jd-stats --merge 'count by lang | sort y' state.tmp; echo "exit $?"
printf 'lang,x\nen,1\n' | jd-stats 'count by lang | sort y'; echo "exit $?"
jd-stats --merge 'sort x | count by lang' state.tmp; echo "exit $?"
rm -f state.tmp
==== stdout
exit 1
exit 1
exit 2
==== stderr
jd-stats: no column 'y' (columns: lang, count)
  count by lang | sort y
                       ^
jd-stats: -: no column 'y' (columns: lang, count)
  count by lang | sort y
                       ^
jd-stats: --partial/--merge: only where, split and select can come before the aggregate verb
  sort x | count by lang
  ^
==== status
0
