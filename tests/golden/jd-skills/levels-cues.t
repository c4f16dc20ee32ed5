==== cmd
# Level cues, English and German: "not required" before a ':' negates the
# next clause; "not a must", "kein Muss", "nicht zwingend" are preferred,
# not negated; "ohne Vorkenntnisse in X möglich" is negated.
jd-skills --long
==== stdin
id,text
audit-en,"Requirements: Python. Nice to have: Go, Rust. No PHP. Not required: Java."
audit-de-zwingend,"Kenntnisse in SQL sind nicht zwingend erforderlich"
audit-de-ohne,"Ohne Vorkenntnisse in Excel möglich"
audit-de-muss,"SAP-Kenntnisse sind kein Muss"
en-colon-neg,"Not needed: Kubernetes. Docker is required."
de-colon-neg,"Nicht erforderlich: Java, Scala. Python erforderlich."
en-post-neg,"Java is not required."
de-post-neg,"Java-Kenntnisse sind nicht erforderlich."
en-must-pref,"Docker is not a must. Kubernetes is a must."
en-necessarily-pref,"Experience with Terraform not necessarily required."
de-muss-colon-pref,"Kein Muss: Docker. Python ist ein Muss."
de-unbedingt-pref,"Python-Kenntnisse nicht unbedingt notwendig"
de-pflicht-pref,"Tableau ist keine Pflicht"
de-kein-still-neg,"Kein Docker, keine Java-Kenntnisse nötig."
de-moeglich-req,"Einstieg mit Python möglich"
de-ohne-comma-req,"Ohne Reisen, Vorkenntnisse in SQL möglich"
en-required-req,"Python required. Java preferred."
==== stdout
id,skill,category,mentions,level,section
audit-en,Python,language,1,required,requirements
audit-en,Go,language,1,preferred,requirements
audit-en,Rust,language,1,preferred,requirements
audit-en,PHP,language,1,negated,requirements
audit-en,Java,language,1,negated,requirements
audit-de-zwingend,SQL,language,1,preferred,other
audit-de-ohne,Excel,office,1,negated,other
audit-de-muss,SAP,tool,1,preferred,other
en-colon-neg,Kubernetes,cloud,1,negated,other
en-colon-neg,Docker,cloud,1,required,other
de-colon-neg,Java,language,1,negated,other
de-colon-neg,Scala,language,1,negated,other
de-colon-neg,Python,language,1,required,other
en-post-neg,Java,language,1,negated,other
de-post-neg,Java,language,1,negated,other
en-must-pref,Docker,cloud,1,preferred,other
en-must-pref,Kubernetes,cloud,1,required,other
en-necessarily-pref,Terraform,cloud,1,preferred,other
de-muss-colon-pref,Docker,cloud,1,preferred,other
de-muss-colon-pref,Python,language,1,required,other
de-unbedingt-pref,Python,language,1,preferred,other
de-pflicht-pref,Tableau,data-tool,1,preferred,other
de-kein-still-neg,Docker,cloud,1,negated,other
de-kein-still-neg,Java,language,1,negated,other
de-moeglich-req,Python,language,1,required,other
de-ohne-comma-req,SQL,language,1,required,other
en-required-req,Python,language,1,required,other
en-required-req,Java,language,1,preferred,other
==== status
0
