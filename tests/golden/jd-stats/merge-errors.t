==== cmd
printf 'G,de\n' | jd-stats --merge 'count by lang' 2>&1; echo "exit $?"
printf '#jd-stats-partial,2,count\nG,3,0\n' | jd-stats --merge 'count' 2>&1; echo "exit $?"
printf '#jd-stats-partial,1,count\nG,x,0\n' | jd-stats --merge 'count' 2>&1; echo "exit $?"
# a bad number: nothing of that record is merged
printf '#jd-stats-partial,1,summary x\nV,1,2\nV,3,two\nV,4\n' | jd-stats --merge 'summary x' 2>&1; echo "exit $?"
# numbers in the state of a query that keeps none
printf '#jd-stats-partial,1,count by lang\nG,de,2,0\nV,xx,1\n' | jd-stats --merge 'count by lang' 2>&1; echo "exit $?"
# another query's state
jd-stats --partial 'count by lang' fixtures/ads.csv | jd-stats --merge 'count by seniority' 2>&1; echo "exit $?"
printf '#jd-stats-partial,1,count by lang\nD,de,3\n' | jd-stats --merge 'count by lang' 2>&1; echo "exit $?"
printf 'id,lang\n1,de\n' | jd-stats --merge 'count by lang' 2>&1; echo "exit $?"
# one bad state file does not stop the others
jd-stats --partial 'count by lang' fixtures/ads.csv > good.tmp; printf 'Z\n' > bad.tmp
jd-stats --merge 'count by lang' bad.tmp good.tmp nope.tmp 2>&1; echo "exit $?"; rm -f good.tmp bad.tmp
==== stdout
jd-stats: -:1: not a jd-stats partial state record; rest of the file skipped
lang,count
exit 1
jd-stats: -:1: unknown partial-state version; rest of the file skipped
count
0
exit 1
jd-stats: -:2: not a jd-stats partial state record; rest of the file skipped
count
0
exit 1
jd-stats: -:3: not a jd-stats partial state record; rest of the file skipped
count,missing,min,p25,median,mean,p75,p90,max,stddev
2,0,1,1.25,1.5,1.5,1.75,1.9,2,0.7071067812
exit 1
jd-stats: -:3: not a jd-stats partial state record; rest of the file skipped
lang,count
de,2
exit 1
jd-stats: -:1: state of another query; rest of the file skipped
seniority,count
exit 1
jd-stats: -:2: not a jd-stats partial state record; rest of the file skipped
lang,count
exit 1
jd-stats: -:1: not a jd-stats partial state record; rest of the file skipped
lang,count
exit 1
jd-stats: bad.tmp:1: not a jd-stats partial state record; rest of the file skipped
jd-stats: nope.tmp: No such file or directory
lang,count
de,5
en,4
fr,1
exit 1
==== status
0
