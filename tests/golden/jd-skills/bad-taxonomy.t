==== cmd
jd-skills --taxonomy fixtures/bad-taxonomy.csv fixtures/body.csv
==== stdout
==== stderr
jd-skills: fixtures/bad-taxonomy.csv:3: unknown category 'nosuchcat'
jd-skills: fixtures/bad-taxonomy.csv:4: unknown flag 'q' (use c, x, k, n, w)
jd-skills: fixtures/bad-taxonomy.csv:5: bad negative pattern: offset 9: missing closing parenthesis
jd-skills: fixtures/bad-taxonomy.csv: 3 errors in the taxonomy
==== status
1
