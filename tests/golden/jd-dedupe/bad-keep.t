==== cmd
jd-dedupe --keep oldest
==== stdout
==== stderr
jd-dedupe: --keep: expected first, longest or newest, got 'oldest' (try 'jd-dedupe --help')
==== status
2
