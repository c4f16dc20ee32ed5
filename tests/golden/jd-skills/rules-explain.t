==== cmd
jd-skills --explain fixtures/rules.csv
==== stdout
id,skill,offset,matched,alias,rule
tokens,C#,0,C#,C#,exact
tokens,.NET,3,.NET,.NET,exact
tokens,Hadoop,9,Hadoop,Hadoop,exact
tokens,Hive,16,Hive,Hive,exact
tokens,HBase,21,HBase,HBase,exact
tokens,Java,28,Java,Java,exact
tokens,Kotlin,33,Kotlin,Kotlin,exact
tokens,C,41,C,C,exact+context:skill C#
tokens,C++,43,C++,C++,exact
tokens,ASP.NET,51,ASP.NET,ASP.NET,exact
tokens,Node.js,60,Node.js,Node.js,exact
versions,Python,0,Python3,Python3,exact
versions,Python,9,Python,Python,exact
versions,Java,22,Java,Java,exact
versions,HTML,31,HTML5,HTML5,exact
versions,CSS,38,CSS3,CSS3,exact
versions,JavaScript,44,ES6,ES6,exact
versions,Angular,49,Angular 2+,Angular 2+,exact
versions,Vue.js,61,Vue3,Vue3,exact
compounds,Python,0,Python,Python,exact
compounds,Kubernetes,19,Kubernetes-Clustern,Kubernetes-Clustern,exact
compounds,SQL,40,SQL,SQL,exact
compounds,Databases,44,Datenbanken,Datenbanken,exact
compounds,Java,57,Java,Java,exact
fused,Python,0,Pythonkenntnisse,Python,suffix
fused,Java,18,Javaentwickler,Java,suffix
fused,Linux,34,Linuxerfahrung,Linux,suffix
fused,Scala,50,Scalaentwicklung,Scala,suffix
phrases,Python,14,Python,Python,exact
phrases,Machine Learning,36,maschinellem Lernen,maschinellem Lernen,exact
phrases,Artificial Intelligence,60,künstlicher Intelligenz,künstlicher Intelligenz,exact
folding,Teamwork,0,TEAMFÄHIGKEIT,Teamfähigkeit,fold
folding,Teamwork,16,teamfaehigkeit,Teamfähigkeit,fold
folding,Communication,32,Kommunikationsfähigkeit,Kommunikationsfähigkeit,exact
folding,Problem Solving,58,Problemlösungskompetenz,Problemlösungskompetenz,exact
multiword,Machine Learning,0,Machine Learning,Machine Learning,exact
multiword,Deep Learning,18,Deep Learning,Deep Learning,exact
multiword,NLP,33,natural language processing,Natural Language Processing,fold
multiword,Computer Vision,62,Computer Vision,Computer Vision,exact
multiword,LLM,79,LLMs,LLMs,exact
multiword,MLOps,85,MLOps,MLOps,exact
multiword,CI/CD,92,CI/CD,CI/CD,exact
multiword,A/B Testing,99,A/B testing,A/B Testing,fold
case,React,35,React,React,exact
case,Angular,45,Angular,Angular,exact
longest,Microsoft SQL Server,0,Microsoft SQL Server,Microsoft SQL Server,exact
longest,Spring Boot,22,Spring Boot,Spring Boot,exact
longest,Spark,35,Apache Spark,Apache Spark,exact
longest,Power BI,49,Power BI,Power BI,exact
longest,scikit-learn,59,scikit-learn,scikit-learn,exact
sharp-s,LLM,14,großen Sprachmodellen,großen Sprachmodellen,exact
sharp-s,LLM,38,GROSSE SPRACHMODELLE,große Sprachmodelle,fold
sharp-s,Anomaly Detection,60,Ausreissererkennung,Ausreißererkennung,fold
german,Mathematics,0,Mathematik,Mathematik,exact
german,Statistics,15,Statistik,Statistik,exact
german,Teamwork,26,Teamfähigkeit,Teamfähigkeit,exact
german,Communication,42,Kommunikationsfähigkeit,Kommunikationsfähigkeit,exact
german,Machine Learning,68,maschinelles Lernen,maschinelles Lernen,exact
fused-more,Docker,0,Dockerkenntnisse,Docker,suffix
fused-more,Kubernetes,18,Kuberneteserfahrung,Kubernetes,suffix
fused-more,Linux,39,Linuxentwickler,Linux,suffix
fused-more,Python,56,Pythonentwicklung,Python,suffix
==== status
0
