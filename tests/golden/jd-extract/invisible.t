==== cmd
jd-extract --min-words 0 fixtures/invisible.html fixtures/invisible.txt
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
828e3bfb0dde3aed,fixtures/invisible.html,de,Entwicklerin (m/w/d),,,,,,,16,"Entwicklerin (m/w/d)\n\nSie arbeiten mit Kubernetes, TypeScript, JavaScript und PostgreSQL in einem kleinen Team."
0e2236981706d0a2,fixtures/invisible.txt,de,Ausbildung zur Fachinformatikerin,,,,apprenticeship,,,10,Ausbildung zur Fachinformatikerin\n\nKenntnisse in JavaScript und Datenbanken sind hilfreich.
==== status
0
