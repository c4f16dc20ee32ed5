==== cmd
jd-skills --long fixtures/levels.csv
==== stdout
id,skill,category,mentions,level,section
en-inline,Python,language,1,required,requirements
en-inline,SQL,language,1,required,requirements
en-inline,Docker,cloud,1,preferred,requirements
en-inline,Kafka,tool,1,negated,requirements
en-inline,Java,language,1,negated,requirements
de-inline,SQL,language,1,required,requirements
de-inline,Azure,cloud,1,preferred,requirements
de-inline,Java,language,1,negated,requirements
de-inline,SAP,tool,1,negated,requirements
en-headings,Kafka,tool,1,required,requirements
en-headings,Python,language,1,required,requirements
en-headings,Jira,tool,1,required,benefits
de-headings,Scala,language,1,required,requirements
de-headings,Tableau,data-tool,1,required,company
not-heading,Python,language,1,required,other
not-heading,SQL,language,1,required,other
==== status
0
