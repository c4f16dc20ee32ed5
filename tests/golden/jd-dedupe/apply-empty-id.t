==== cmd
cat > ids.tmp
jd-dedupe -q --emit-keys ids.tmp 2> /dev/null | LC_ALL=C sort | jd-dedupe -q --clusters > edges.tmp
cat edges.tmp
echo "--apply:"
jd-dedupe -q --apply edges.tmp ids.tmp; echo "status $?"
rm -f edges.tmp ids.tmp
==== stdin
id,text
,We are hiring a data engineer in Berlin with Python and SQL skills.
,"Nurses wanted for the intensive care unit, night shifts, in Leipzig."
a1,We are hiring a data engineer in Berlin with Python and SQL skills!
a2,We are hiring a data engineer in Berlin with Python and SQL skills.
==== stdout
a1	a1
a2	a1
--apply:
id,text
,We are hiring a data engineer in Berlin with Python and SQL skills.
,"Nurses wanted for the intensive care unit, night shifts, in Leipzig."
a1,We are hiring a data engineer in Berlin with Python and SQL skills!
status 1
==== stderr
jd-dedupe: ids.tmp:2: empty id or id with a tab or line break; record kept as its own cluster
jd-dedupe: ids.tmp:3: empty id or id with a tab or line break; record kept as its own cluster
==== status
0
