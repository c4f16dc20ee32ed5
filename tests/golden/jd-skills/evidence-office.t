==== cmd
# Office tools are no evidence for ambiguous names: a kitchen, an office or
# a German "Chef" names Excel too.  The tech readings keep their evidence
# (context words, nearby tech skills).
jd-skills --explain
==== stdin
id,text
chef-en,"Sous Chef wanted. Basic Excel skills."
chef-de,"Der Chef ist nett. Wir nutzen Excel."
chef-de2,"Koch (m/w/d) gesucht, Chef de Partie, Excel und Word von Vorteil."
puppet-en,"Puppet theatre seeks stage assistant. Excel and Outlook required."
puppet-de,"Puppet-Theater sucht Assistenz. Excel-Kenntnisse erforderlich."
salt-en,"Salt and pepper on every table. Excel stock lists."
spark-en,"Spark joy in our office team! Word, PowerPoint and Excel."
spark-de,"Der Spark unseres Teams: Kommunikation, Teamfähigkeit und Excel."
rust-de,"Rust entfernen, Lackieren; Stundenzettel in Excel."
swift-de,"Swift-Überweisungen prüfen, Excel-Listen pflegen."
go-en,"Go team! Excel and PowerPoint."
r-en,"Form R and Excel reports."
c-de,"Führerschein Klasse B und C, Excel-Kenntnisse."
helm-de,"Helm und Sicherheitsschuhe tragen, Excel-Listen."
unity-de,"Unity im Team, Excel und Word."
spring-en,"Spring internship, Excel and Outlook."
lambda-en,"Lambda sensor repair workshop, Excel."
chef-tech,"DevOps: Chef and Terraform."
chef-ctx,"Chef cookbooks for configuration management."
puppet-tech,"Configuration with Puppet and Ansible."
salt-tech,"Salt states on Kubernetes nodes."
spark-tech,"Spark and Scala pipelines."
rust-tech,"Rust and C++ for embedded systems."
swift-tech,"Swift for iOS, Excel for reports."
helm-tech,"Helm charts and Kubernetes."
r-tech,"R and SQL for reporting in Excel."
==== stdout
id,skill,offset,matched,alias,rule
chef-en,Chef,5,Chef,Chef,exact+rejected:no-evidence
chef-en,Excel,24,Excel skills,Excel skills,exact
chef-de,Chef,4,Chef,Chef,exact+rejected:no-evidence
chef-de,Excel,30,Excel,Excel,exact
chef-de2,Chef,22,Chef,Chef,exact+rejected:no-evidence
chef-de2,Excel,38,Excel,Excel,exact
puppet-en,Puppet,0,Puppet,Puppet,exact+rejected:no-evidence
puppet-en,Excel,38,Excel,Excel,exact
puppet-en,Outlook,48,Outlook,Outlook,exact+context:word Excel
puppet-de,Puppet,0,Puppet,Puppet,exact+rejected:no-evidence
puppet-de,Excel,32,Excel-Kenntnisse,Excel-Kenntnisse,exact
salt-en,SaltStack,0,Salt,Salt,exact+rejected:no-evidence
salt-en,Excel,32,Excel,Excel,exact
spark-en,Spark,0,Spark,Spark,exact+rejected:no-evidence
spark-en,Microsoft PowerPoint,36,PowerPoint,PowerPoint,exact
spark-en,Excel,51,Excel,Excel,exact
spark-de,Spark,4,Spark,Spark,exact+rejected:no-evidence
spark-de,Teamwork,40,Teamfähigkeit,Teamfähigkeit,exact
spark-de,Excel,59,Excel,Excel,exact
rust-de,Rust,0,Rust,Rust,exact+rejected:no-evidence
rust-de,Excel,44,Excel,Excel,exact
swift-de,Swift,0,Swift,Swift,exact+rejected:no-evidence
swift-de,Excel,30,Excel,Excel,exact
go-en,Go,0,Go,Go,exact+rejected:no-evidence
go-en,Excel,9,Excel,Excel,exact
go-en,Microsoft PowerPoint,19,PowerPoint,PowerPoint,exact
r-en,R,5,R,R,exact+rejected:no-evidence
r-en,Excel,11,Excel,Excel,exact
c-de,C,27,C,C,exact+rejected:no-evidence
c-de,Excel,30,Excel-Kenntnisse,Excel-Kenntnisse,exact
helm-de,Helm,0,Helm,Helm,exact+rejected:no-evidence
helm-de,Excel,35,Excel,Excel,exact
unity-de,Unity,0,Unity,Unity,exact+rejected:no-evidence
unity-de,Excel,15,Excel,Excel,exact
spring-en,Spring,0,Spring,Spring,exact+rejected:no-evidence
spring-en,Excel,19,Excel,Excel,exact
spring-en,Outlook,29,Outlook,Outlook,exact+context:word Excel
lambda-en,AWS Lambda,0,Lambda,Lambda,exact+rejected:no-evidence
lambda-en,Excel,31,Excel,Excel,exact
chef-tech,DevOps,0,DevOps,DevOps,exact
chef-tech,Chef,8,Chef,Chef,exact+context:word DevOps
chef-tech,Terraform,17,Terraform,Terraform,exact
chef-ctx,Chef,0,Chef,Chef,exact+context:word configuration
chef-ctx,Configuration Management,19,configuration management,Configuration Management,fold
puppet-tech,Puppet,19,Puppet,Puppet,exact+context:word Configuration
puppet-tech,Ansible,30,Ansible,Ansible,exact
salt-tech,SaltStack,0,Salt,Salt,exact+context:skill Kubernetes
salt-tech,Kubernetes,15,Kubernetes,Kubernetes,exact
spark-tech,Spark,0,Spark,Spark,exact+context:word Scala
spark-tech,Scala,10,Scala,Scala,exact
rust-tech,Rust,0,Rust,Rust,exact+context:word embedded
rust-tech,C++,9,C++,C++,exact
rust-tech,Embedded Systems,17,embedded systems,Embedded Systems,fold
swift-tech,Swift,0,Swift,Swift,exact+context:word iOS
swift-tech,iOS,10,iOS,iOS,exact
swift-tech,Excel,15,Excel,Excel,exact
helm-tech,Helm,0,Helm charts,Helm Charts,fold
helm-tech,Kubernetes,16,Kubernetes,Kubernetes,exact
r-tech,R,0,R,R,exact+context:skill SQL
r-tech,SQL,6,SQL,SQL,exact
r-tech,Reporting,14,reporting,Reporting,fold
r-tech,Excel,27,Excel,Excel,exact
==== status
0
