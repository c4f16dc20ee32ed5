==== cmd
jd-skills fixtures/ambiguous-de.csv
==== stdout
id,text,skills,skill_count
r-ja,Kenntnisse in R oder Python setzen wir voraus.,R;Python,2
r-nein,Unsere F&E- und R&D-Abteilung leitet Hans R. Meier.,,0
go-ja,Sehr gute Go-Kenntnisse und Erfahrung mit Docker.,Go;Docker,2
go-nein,Du verantwortest die Go-to-Market-Strategie bis zum Go-live.,,0
c-ja,Programmierung in C für Mikrocontroller.,C,1
c-nein,"Deutsch auf C1-Niveau, Führerschein Klasse C und Kontakt zur C-Ebene.",,0
excel-ja,Sehr gute Excel-Kenntnisse.,Excel,1
excel-nein,Du bist exzellent im Umgang mit Kunden.,,0
spark-ja,Datenverarbeitung mit Spark und Hadoop.,Spark;Hadoop,2
spark-nein,Du bringst den Spark mit und begeisterst unser Team.,,0
rust-ja,Erfahrung in Rust und C++ für eingebettete Systeme.,Rust;C++;Embedded Systems,3
rust-nein,Die Firma Rust & Söhne sucht Bürokräfte.,,0
java-ja,Java-Entwicklung mit Spring Boot.,Java;Spring Boot,2
java-nein,JavaScript-Kenntnisse und Erfahrung mit Vue.js.,JavaScript;Vue.js,2
sas-ja,Kenntnisse in SAS sind erwünscht.,SAS,1
sas-nein,Du vertreibst unsere SaaS-Lösungen.,SaaS,1
swift-ja,Swift-Kenntnisse für unsere iOS-App.,Swift;iOS,2
swift-nein,Zahlungen per SWIFT-Code und Überweisung.,,0
dart-ja,Apps mit Dart und Flutter.,Dart;Flutter,2
dart-nein,Jeden Freitag Dart-Turnier im Büro.,,0
julia-ja,Programmiersprache Julia für numerische Simulationen.,Julia,1
julia-nein,Ansprechpartnerin: Julia Meier.,,0
ruby-ja,Ruby-Kenntnisse und Erfahrung mit PostgreSQL.,Ruby;PostgreSQL,2
ruby-nein,Deine Ansprechpartnerin Ruby freut sich auf dich.,,0
==== status
0
