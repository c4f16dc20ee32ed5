==== cmd
jd-extract -v fixtures/cp1252.txt fixtures/latin1.html fixtures/invalid.txt
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
12b4ded6e7e93ae8,fixtures/cp1252.txt,de,Sachbearbeiter Buchhaltung (m/w/d) in Teilzeit,,Köln,2026-10-03,part-time,,,60,Sachbearbeiter Buchhaltung (m/w/d) in Teilzeit\n\nArbeitsort: Köln\nDatum: 03.10.2026\n\nWir sind ein kleines Familienunternehmen aus Köln und suchen Verstärkung für unsere Buchhaltung. Sie übernehmen die Kreditorenbuchhaltung und bereiten den Monatsabschluss vor.\n\n„Zahlen sind unsere Stärke“ – das Gehalt liegt bei 2.400 € brutto im Monat für 25 Stunden pro Woche. Die Stelle ist befristet auf zwei Jahre.
c409d6a154ff93a5,fixtures/latin1.html,de,Elektriker (m/w/d),Schöller Haustechnik,Nürnberg,,full-time,,onsite,48,"Elektriker (m/w/d)\n\nStandort: Nürnberg\n\nSchöller Haustechnik sucht einen Elektriker für die Wartung von Heizungsanlagen und die Installation von Wärmepumpen in Privathäusern. Sie arbeiten in Vollzeit direkt vor Ort bei unseren Kunden, Präsenz im Betrieb ist an zwei Tagen nötig.\n\nWir zahlen übertariflich und stellen ein Firmenfahrzeug."
918b0790b8b656c5,fixtures/invalid.txt,en,Senior Site Reliability Engineer – fully remote,,Remote (EU time zones),,,senior,remote,53,"Senior Site Reliability Engineer – fully remote\n\nLocation: Remote (EU time zones)\n\nOur small team runs a payment gateway used by 400 online shops in Spain, Portugal and Germany. You keep it fast and boring: Kubernetes, Terraform, Prometheus and a lot of automa�tion. Salary: 85.000 – 100.000 € per year. Caf�� culture included."
==== stderr
jd-extract: fixtures/invalid.txt: 3 invalid bytes repaired
jd-extract: 3 files read, 3 records written, 0 skipped, 3 repaired bytes
==== status
0
