==== cmd
printf 'id,skills,text,skills,skills\n1,Python,hi,Go,Rust\n' | jd-stats 'select id, skills'
==== stdout
id,skills
1,Python
==== stderr
jd-stats: -: column 'skills' appears more than once; the first is used
==== status
0
