==== cmd
jd-dedupe --threshold 1.5; jd-dedupe --threshold abc; jd-dedupe --shingle 0
==== stdout
==== stderr
jd-dedupe: --threshold: expected a number in (0, 1], got '1.5' (try 'jd-dedupe --help')
jd-dedupe: --threshold: not a number: 'abc' (try 'jd-dedupe --help')
jd-dedupe: --shingle: expected a whole number from 1 to 64, got '0' (try 'jd-dedupe --help')
==== status
2
