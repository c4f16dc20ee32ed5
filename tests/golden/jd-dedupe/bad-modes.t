==== cmd
jd-dedupe --emit-keys --clusters
==== stdout
==== stderr
jd-dedupe: --emit-keys, --clusters and --apply exclude each other (try 'jd-dedupe --help')
==== status
2
