==== cmd
jd-skills --category language,cloud --long fixtures/rules.csv
==== stdout
id,skill,category,mentions,level,section
tokens,C#,language,1,required,other
tokens,Java,language,1,required,other
tokens,Kotlin,language,1,required,other
tokens,C,language,1,required,other
tokens,C++,language,1,required,other
versions,Python,language,2,required,other
versions,Java,language,1,required,other
versions,HTML,language,1,required,other
versions,CSS,language,1,required,other
versions,JavaScript,language,1,required,other
compounds,Python,language,1,required,other
compounds,Kubernetes,cloud,1,required,other
compounds,SQL,language,1,required,other
compounds,Java,language,1,required,other
fused,Python,language,1,required,other
fused,Java,language,1,required,other
fused,Scala,language,1,required,other
phrases,Python,language,1,required,other
fused-more,Docker,cloud,1,required,other
fused-more,Kubernetes,cloud,1,required,other
fused-more,Python,language,1,required,other
==== status
0
