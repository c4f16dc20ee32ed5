==== cmd
jd-skills --long
==== stdin
text
Python and Docker
SQL
==== stdout
id,skill,category,mentions,level,section
1,Python,language,1,required,other
1,Docker,cloud,1,required,other
2,SQL,language,1,required,other
==== status
0
