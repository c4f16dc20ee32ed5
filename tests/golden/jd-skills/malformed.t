==== cmd
jd-skills
==== stdin
id,text
1,Python
2,SQL,extra
3,"Java
==== stdout
id,text,skills,skill_count
1,Python,Python,1
==== stderr
jd-skills: -:3: 3 fields, header has 2; record skipped
jd-skills: -:4: unterminated quoted field; record skipped
==== status
1
