==== cmd
jd-skills fixtures/rules.csv
==== stdout
id,text,skills,skill_count
tokens,"C#/.NET, Hadoop/Hive/HBase, Java/Kotlin, C/C++ und ASP.NET, Node.js",C#;.NET;Hadoop;Hive;HBase;Java;Kotlin;C;C++;ASP.NET;Node.js,11
versions,"Python3, Python 3.11, Java 17, HTML5, CSS3, ES6, Angular 2+, Vue3",Python;Java;HTML;CSS;JavaScript;Angular;Vue.js,7
compounds,"Python-Kenntnisse, Kubernetes-Clustern, SQL-Datenbanken, Java-Entwicklung",Python;Kubernetes;SQL;Databases;Java,5
fused,"Pythonkenntnisse, Javaentwickler, Linuxerfahrung, Scalaentwicklung",Python;Java;Linux;Scala,4
phrases,Kenntnisse in Python; Erfahrung mit maschinellem Lernen und künstlicher Intelligenz,Python;Machine Learning;Artificial Intelligence,3
folding,"TEAMFÄHIGKEIT, teamfaehigkeit, Kommunikationsfähigkeit, Problemlösungskompetenz",Teamwork;Communication;Problem Solving,3
multiword,"Machine Learning, Deep Learning, natural language processing, Computer Vision, LLMs, MLOps, CI/CD, A/B testing",Machine Learning;Deep Learning;NLP;Computer Vision;LLM;MLOps;CI/CD;A/B Testing,8
case,react quickly to incidents; REACT; React and Angular; angular momentum,React;Angular,2
longest,"Microsoft SQL Server, Spring Boot, Apache Spark, Power BI, scikit-learn",Microsoft SQL Server;Spring Boot;Spark;Power BI;scikit-learn,5
sharp-s,"Erfahrung mit großen Sprachmodellen, GROSSE SPRACHMODELLE, Ausreissererkennung",LLM;Anomaly Detection,2
german,"Mathematik und Statistik, Teamfähigkeit, Kommunikationsfähigkeit, maschinelles Lernen",Mathematics;Statistics;Teamwork;Communication;Machine Learning,5
fused-more,"Dockerkenntnisse, Kuberneteserfahrung, Linuxentwickler, Pythonentwicklung",Docker;Kubernetes;Linux;Python,4
==== status
0
