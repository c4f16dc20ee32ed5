==== cmd
jd-extract fixtures/no-such-file.txt fixtures/latin1.html
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
c409d6a154ff93a5,fixtures/latin1.html,de,Elektriker (m/w/d),Schöller Haustechnik,Nürnberg,,full-time,,onsite,48,"Elektriker (m/w/d)\n\nStandort: Nürnberg\n\nSchöller Haustechnik sucht einen Elektriker für die Wartung von Heizungsanlagen und die Installation von Wärmepumpen in Privathäusern. Sie arbeiten in Vollzeit direkt vor Ort bei unseren Kunden, Präsenz im Betrieb ist an zwei Tagen nötig.\n\nWir zahlen übertariflich und stellen ein Firmenfahrzeug."
==== stderr
jd-extract: fixtures/no-such-file.txt: No such file or directory
==== status
1
