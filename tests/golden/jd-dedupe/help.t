==== cmd
jd-dedupe --help | head -3; jd-dedupe --version
==== stdout
Usage: jd-dedupe [options] [FILE...]
       jd-dedupe --emit-keys [options] [FILE...] | LC_ALL=C sort | jd-dedupe --clusters > EDGES
       jd-dedupe --apply EDGES [options] [FILE...]
jd-dedupe (jdkit) 0.1.0
==== status
0
