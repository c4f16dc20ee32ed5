==== cmd
jd-skills -e fixtures/ambiguous-de.csv
==== stdout
id,skill,offset,matched,alias,rule
r-ja,R,14,R,R,exact+context:cue Kenntnisse
r-ja,Python,21,Python,Python,exact
r-nein,R,42,R,R,exact+rejected:negative
go-ja,Go,10,Go,Go,exact+context:cue Kenntnisse
go-ja,Docker,42,Docker,Docker,exact
go-nein,Go,21,Go,Go,exact+rejected:negative
go-nein,Go,52,Go,Go,exact+rejected:negative
c-ja,C,18,C,C,exact+context:cue Programmierung
c-nein,C,44,C,C,exact+rejected:negative
c-nein,C,62,C,C,exact+rejected:negative
excel-ja,Excel,10,Excel-Kenntnisse,Excel-Kenntnisse,exact
spark-ja,Spark,22,Spark,Spark,exact+context:cue Datenverarbeitung
spark-ja,Hadoop,32,Hadoop,Hadoop,exact
spark-nein,Spark,15,Spark,Spark,exact+rejected:no-evidence
rust-ja,Rust,13,Rust,Rust,exact+context:cue Erfahrung
rust-ja,C++,22,C++,C++,exact
rust-ja,Embedded Systems,31,eingebettete Systeme,eingebettete Systeme,exact
rust-nein,Rust,10,Rust,Rust,exact+rejected:no-evidence
java-ja,Java,0,Java,Java,exact
java-ja,Spring Boot,21,Spring Boot,Spring Boot,exact
java-nein,JavaScript,0,JavaScript,JavaScript,exact
java-nein,Vue.js,40,Vue.js,Vue.js,exact
sas-ja,SAS,14,SAS,SAS,exact+context:cue Kenntnisse
sas-nein,SaaS,21,SaaS,SaaS,exact
swift-ja,Swift,0,Swift,Swift,exact+context:cue Kenntnisse
swift-ja,iOS,29,iOS,iOS,exact
dart-ja,Dart,9,Dart,Dart,exact+context:word Flutter
dart-ja,Flutter,18,Flutter,Flutter,exact
dart-nein,Dart,14,Dart,Dart,exact+rejected:negative
julia-ja,Julia,19,Julia,Julia,exact+context:cue Programmiersprache
julia-nein,Julia,19,Julia,Julia,exact+rejected:negative
ruby-ja,Ruby,0,Ruby,Ruby,exact+context:cue Kenntnisse
ruby-ja,PostgreSQL,34,PostgreSQL,PostgreSQL,exact
ruby-nein,Ruby,24,Ruby,Ruby,exact+rejected:no-evidence
==== status
0
