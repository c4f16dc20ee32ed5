==== cmd
jd-skills --explain fixtures/nav.csv
==== stdout
id,skill,offset,matched,alias,rule
en,Python,8,Python,Python,exact+rejected:navigation
en,Java,23,Java,Java,exact+rejected:navigation
en,Excel,36,Excel,Excel,exact+rejected:navigation
en,Scala,110,Scala,Scala,exact
en,Python,124,Python,Python,exact
en,Airflow,154,Airflow,Airflow,exact
en,Java,183,Java,Java,exact+rejected:navigation
en,Go,226,Go,Go,exact+rejected:navigation
en,Spark,266,Spark,Spark,exact+rejected:navigation
en,Insurance,298,Insurance,Insurance,exact+rejected:navigation
de,SAP,13,SAP,SAP,exact+rejected:navigation
de,Java,24,Java,Java,exact+rejected:navigation
de,SQL,81,SQL-Kenntnisse,SQL-Kenntnisse,exact
de,Java,112,Java,Java,exact+rejected:navigation
de,Excel,164,Excel,Excel,exact+rejected:navigation
==== status
0
