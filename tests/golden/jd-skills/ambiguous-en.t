==== cmd
jd-skills fixtures/ambiguous-en.csv
==== stdout
id,text,skills,skill_count
r-yes,"Experience with Python, R and SQL is required.",Python;R;SQL,3
r-no,Our R&D team is led by R. Smith.,,0
go-yes,Build backend services in Go and Kubernetes.,Backend Development;Go;Kubernetes,3
go-no,Own the go-to-market plan and be ready to go live. Go to our website to apply.,,0
c-yes,Embedded C and C++ on microcontrollers.,C;C++,2
c-no,"You report to C-level executives; a grade C is fine, English at C1 level.",,0
excel-yes,Advanced Excel skills and pivot tables.,Excel;Pivot Tables,2
excel-no,Excellent communication; you will excel at building relationships. Excel at sales!,Communication;Sales,2
spark-yes,Big data pipelines with Spark and Kafka.,Big Data;Spark;Kafka,3
spark-no,Spark curiosity in every customer conversation.,Willingness to Learn,1
rust-yes,Systems programming in Rust for embedded devices.,Rust,1
rust-no,Remove rust from the hull and paint the deck.,,0
java-yes,Java 17 and Spring Boot microservices.,Java;Spring Boot;Microservices,3
java-no,"JavaScript developer for our web shop (TypeScript, React).",JavaScript;TypeScript;React,3
sas-yes,Statistical analysis in SAS or SPSS.,Statistics;SAS;SPSS,3
sas-no,Sell our SaaS platform to enterprise customers.,SaaS,1
swift-yes,Build iOS apps in Swift.,iOS;Swift,2
swift-no,We expect a swift response to customer tickets; Taylor Swift fans welcome.,,0
dart-yes,Mobile apps with Flutter and Dart.,Mobile Development;Flutter;Dart,3
dart-no,Friday Dart night in the office kitchen.,,0
julia-yes,Numerical code in Julia or Python.,Julia;Python,2
julia-no,"Questions? Contact Julia Smith, recruiting.",Human Resources,1
ruby-yes,Web apps with Ruby and PostgreSQL.,Ruby;PostgreSQL,2
ruby-no,Join Ruby at our front desk.,,0
==== status
0
