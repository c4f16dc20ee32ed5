==== cmd
jd-skills --long --id-col key fixtures/other-header.csv
==== stdout
id,skill,category,mentions,level,section
3,Java,language,1,required,other
==== status
0
