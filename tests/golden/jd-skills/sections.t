==== cmd
jd-skills --long fixtures/sections.csv
==== stdout
id,skill,category,mentions,level,section
en-1,Kafka,tool,1,required,company
en-1,Python,language,1,required,tasks
en-1,Airflow,data-tool,1,required,tasks
en-1,SQL,language,1,required,requirements
en-1,Docker,cloud,1,preferred,requirements
en-1,Terraform,cloud,1,preferred,requirements
en-1,Java,language,1,negated,requirements
en-1,Snowflake,database,1,preferred,requirements
en-1,dbt,data-tool,1,preferred,requirements
en-1,Jira,tool,1,required,benefits
de-1,Tableau,data-tool,1,required,company
de-1,dbt,data-tool,1,required,tasks
de-1,SQL,language,1,required,requirements
de-1,Power BI,data-tool,1,preferred,requirements
de-1,Python,language,1,preferred,requirements
de-1,Java,language,1,negated,requirements
de-1,SAP,tool,1,negated,requirements
de-1,Azure,cloud,1,preferred,requirements
de-1,Microsoft Office,office,1,required,benefits
de-2,Scala,language,1,required,requirements
de-2,Statistics,data-concept,1,required,requirements
de-2,Teamwork,soft-skill,1,preferred,requirements
==== status
0
