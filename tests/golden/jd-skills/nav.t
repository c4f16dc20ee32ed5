==== cmd
jd-skills --long fixtures/nav.csv
==== stdout
id,skill,category,mentions,level,section
en,Scala,language,1,required,tasks
en,Python,language,1,required,tasks
en,Airflow,data-tool,1,required,tasks
de,SQL,language,1,required,requirements
==== status
0
