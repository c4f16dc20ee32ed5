==== cmd
# the sharded steps give what one process gives, also for --keep and --key
for o in "--keep newest" "--keep longest --mark" "--key title,company"; do
	jd-dedupe -q --emit-keys $o fixtures/ads.csv | LC_ALL=C sort | jd-dedupe -q --clusters > edges.tmp
	jd-dedupe -q $o fixtures/ads.csv > one.tmp
	jd-dedupe -q --apply edges.tmp $o fixtures/ads.csv | cmp - one.tmp && echo "same: $o ($(wc -l < one.tmp) lines)"
done
rm -f edges.tmp one.tmp
==== stdout
same: --keep newest (5 lines)
same: --keep longest --mark (8 lines)
same: --key title,company (4 lines)
==== status
0
