==== cmd
# The default skills column lists only the skills an ad asks for: one it
# only rules out (level negated in --long) is left out; one both ruled out
# and asked for counts (the --long level rule: required, else preferred).
jd-skills
jd-skills --long
==== stdin
id,text
en-neg,"No Java needed, we use Kotlin."
de-neg,"Python erforderlich. Keine Java-Kenntnisse erforderlich."
en-all-neg,"No prior experience with Docker required."
de-all-neg,"Ohne Vorkenntnisse in Excel möglich"
en-both,"No Java for now. Later Java is required."
de-both,"Kein PHP im Team. PHP-Kenntnisse wünschenswert."
en-not-neg,"No travel, but SQL is required."
de-not-neg,"Keine Reisetätigkeit, aber SQL-Kenntnisse erforderlich."
en-post,"Java not required, Python is."
de-post,"Nicht erforderlich: SAP. Wir nutzen Scala."
==== stdout
id,text,skills,skill_count
en-neg,"No Java needed, we use Kotlin.",Kotlin,1
de-neg,Python erforderlich. Keine Java-Kenntnisse erforderlich.,Python,1
en-all-neg,No prior experience with Docker required.,,0
de-all-neg,Ohne Vorkenntnisse in Excel möglich,,0
en-both,No Java for now. Later Java is required.,Java,1
de-both,Kein PHP im Team. PHP-Kenntnisse wünschenswert.,PHP,1
en-not-neg,"No travel, but SQL is required.",SQL,1
de-not-neg,"Keine Reisetätigkeit, aber SQL-Kenntnisse erforderlich.",SQL,1
en-post,"Java not required, Python is.",Python,1
de-post,Nicht erforderlich: SAP. Wir nutzen Scala.,Scala,1
==== status
0
