==== cmd
jd-skills --explain
==== stdin
id,text
1,"Line one: Python\nLine two: SQL"
==== stdout
id,skill,offset,matched,alias,rule
1,Python,10,Python,Python,exact
1,SQL,27,SQL,SQL,exact
==== status
0
