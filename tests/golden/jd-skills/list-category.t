==== cmd
jd-skills --taxonomy fixtures/tiny.csv --list -c soft-skill
==== stdout
skill,category,alias,flags,context,negative
Teamwork,soft-skill,Teamwork,,,
Teamwork,soft-skill,Teamfähigkeit,,,
Teamwork,soft-skill,team player,,,
==== status
0
