==== cmd
jd-extract --date 2026-10-01
==== stdin
Teilzeitkraft Empfang (m/w/d)
Arbeitsort: Leipzig

Für unsere Zahnarztpraxis in Leipzig suchen wir eine freundliche Kraft für den Empfang.
Sie vereinbaren Termine, begrüßen Patientinnen und Patienten und kümmern sich um die Post.
Die Stelle ist unbefristet, 20 Stunden pro Woche.

Jetzt bewerben!
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
05266cdd35b35c2d,-,de,Teilzeitkraft Empfang (m/w/d),,Leipzig,2026-10-01,part-time,,,41,"Teilzeitkraft Empfang (m/w/d)\nArbeitsort: Leipzig\n\nFür unsere Zahnarztpraxis in Leipzig suchen wir eine freundliche Kraft für den Empfang.\nSie vereinbaren Termine, begrüßen Patientinnen und Patienten und kümmern sich um die Post.\nDie Stelle ist unbefristet, 20 Stunden pro Woche."
==== status
0
