==== cmd
jd-skills --add fixtures/extra.csv
==== stdin
id,text
1,"Python-Programmierung, Polars und Widget-Studio"
==== stdout
id,text,skills,skill_count
1,"Python-Programmierung, Polars und Widget-Studio",Python;Polars;Widget Studio,3
==== status
0
