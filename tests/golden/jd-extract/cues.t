==== cmd
jd-extract --min-words 0 fixtures/cues.jsonl | cut -d, -f4-10
==== stdout
title,company,location,posted,employment,seniority,remote
Ausbildung zum Kaufmann für Büromanagement (m/w/d),,,,apprenticeship,,
Freelance Python Developer,,,,freelance,,remote
Lagerhelfer (m/w/d),,,,temporary,,onsite
Head of Data Platform,,,,,head,hybrid
Mid-level QA Engineer,,,,part-time,mid,hybrid
Teamleiter Kundenservice (m/w/d),,,,full-time,lead,hybrid
Medior Backend Developer,,,,,mid,remote
Temporary Event Assistant,,,,temporary,,onsite
==== status
0
