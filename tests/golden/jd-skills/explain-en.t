==== cmd
jd-skills --explain fixtures/ambiguous-en.csv
==== stdout
id,skill,offset,matched,alias,rule
r-yes,Python,16,Python,Python,exact
r-yes,R,24,R,R,exact+context:cue Experience
r-yes,SQL,30,SQL,SQL,exact
r-no,R,23,R,R,exact+rejected:negative
go-yes,Backend Development,6,backend,backend,exact
go-yes,Go,26,Go,Go,exact+context:skill Backend Development
go-yes,Kubernetes,33,Kubernetes,Kubernetes,exact
go-no,Go,51,Go,Go,exact+rejected:negative
c-yes,C,0,Embedded C,Embedded C,exact+context:skill C++
c-yes,C++,15,C++,C++,exact
c-no,C,14,C,C,exact+rejected:negative
c-no,C,42,C,C,exact+rejected:negative
excel-yes,Excel,9,Excel skills,Excel skills,exact
excel-yes,Pivot Tables,26,pivot tables,Pivot Tables,fold
excel-no,Communication,10,communication,Communication,fold
excel-no,Excel,67,Excel,Excel,exact+rejected:negative
excel-no,Sales,76,sales,Sales,fold
spark-yes,Big Data,0,Big data,Big Data,fold
spark-yes,Spark,24,Spark,Spark,exact+context:word Big
spark-yes,Kafka,34,Kafka,Kafka,exact
spark-no,Spark,0,Spark,Spark,exact+rejected:no-evidence
spark-no,Willingness to Learn,6,curiosity,curiosity,exact
rust-yes,Rust,23,Rust,Rust,exact+context:word Systems
java-yes,Java,0,Java,Java,exact
java-yes,Spring Boot,12,Spring Boot,Spring Boot,exact
java-yes,Microservices,24,microservices,Microservices,fold
java-no,JavaScript,0,JavaScript,JavaScript,exact
java-no,TypeScript,39,TypeScript,TypeScript,exact
java-no,React,51,React,React,exact
sas-yes,Statistics,0,Statistical analysis,statistical analysis,fold
sas-yes,SAS,24,SAS,SAS,exact+context:word SPSS
sas-yes,SPSS,31,SPSS,SPSS,exact
sas-no,SaaS,9,SaaS,SaaS,exact
swift-yes,iOS,6,iOS,iOS,exact
swift-yes,Swift,18,Swift,Swift,exact+context:word iOS
swift-no,Swift,55,Swift,Swift,exact+rejected:no-evidence
dart-yes,Mobile Development,0,Mobile apps,mobile apps,fold
dart-yes,Flutter,17,Flutter,Flutter,exact
dart-yes,Dart,29,Dart,Dart,exact+context:word Flutter
dart-no,Dart,7,Dart,Dart,exact+rejected:negative
julia-yes,Julia,18,Julia,Julia,exact+context:word Numerical
julia-yes,Python,27,Python,Python,exact
julia-no,Julia,19,Julia,Julia,exact+rejected:negative
julia-no,Human Resources,32,recruiting,recruiting,exact
ruby-yes,Ruby,14,Ruby,Ruby,exact+context:skill PostgreSQL
ruby-yes,PostgreSQL,23,PostgreSQL,PostgreSQL,exact
ruby-no,Ruby,5,Ruby,Ruby,exact+rejected:no-evidence
==== status
0
