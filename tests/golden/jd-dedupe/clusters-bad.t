==== cmd
jd-dedupe --clusters
==== stdin
#jd-dedupe-keys v1 shingle=5 hashes=128 bands=21 rows=6 threshold=0.8
garbage line
x0123456789abcdef	a
x0123456789abcdef	b
xzz	c
#jd-dedupe-keys v1 shingle=3 hashes=128 bands=21 rows=6 threshold=0.8
==== stdout
==== stderr
jd-dedupe: -:2: not a key line; skipped
jd-dedupe: -:5: not a key line; skipped
jd-dedupe: -:6: key lines made with other settings ('#jd-dedupe-keys v1 shingle=5 hashes=128 bands=21 rows=6 threshold=0.8' and '#jd-dedupe-keys v1 shingle=3 hashes=128 bands=21 rows=6 threshold=0.8')
==== status
1
