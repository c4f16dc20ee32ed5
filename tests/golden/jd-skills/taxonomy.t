==== cmd
jd-skills --taxonomy fixtures/tiny.csv
==== stdin
id,text
1,"Python3, R und maschinelles Lernen; team player"
2,Our R&D team uses Py
==== stdout
id,text,skills,skill_count
1,"Python3, R und maschinelles Lernen; team player",Python;R;Machine Learning;Teamwork,4
2,Our R&D team uses Py,Python,1
==== status
0
