==== cmd
jd-skills --taxonomy fixtures/tiny.csv --list
==== stdout
skill,category,alias,flags,context,negative
Python,language,Python,,,
Python,language,Python3,,,
Python,language,Py,,,
R,language,R,cx,tidyverse,\\bR\\s*&\\s*D\\b
Machine Learning,ml-method,Machine Learning,,,
Machine Learning,ml-method,maschinell Lernen,,,
Machine Learning,ml-method,maschinelle Lernen,,,
Machine Learning,ml-method,maschinellem Lernen,,,
Machine Learning,ml-method,maschinellen Lernen,,,
Machine Learning,ml-method,maschineller Lernen,,,
Machine Learning,ml-method,maschinelles Lernen,,,
Machine Learning,ml-method,ML,,,
Teamwork,soft-skill,Teamwork,,,
Teamwork,soft-skill,Teamfähigkeit,,,
Teamwork,soft-skill,team player,,,
==== status
0
