==== cmd
jd-extract -v fixtures/utf16le.txt fixtures/utf16be.txt fixtures/bom-utf8.txt
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
6bc3b3a517a85d18,fixtures/utf16le.txt,en,Data Analyst (m/f/d),,Bremen,,part-time,,remote,51,"Data Analyst (m/f/d)\nLocation: Bremen\n\nWe are a logistics company in Bremen and we are looking for a data analyst who will build reports for our warehouse teams. You work with SQL and Python, part-time with 30 hours per week, and you can work from home on Fridays."
6cea29521c5dcf4e,fixtures/utf16be.txt,de,Lagerlogistiker (m/w/d),,Würzburg,,full-time,,,41,"Lagerlogistiker (m/w/d)\nStandort: Würzburg\n\nFür unser Lager in Würzburg suchen wir ab sofort einen Lagerlogistiker in Vollzeit. Sie nehmen Waren an, kommissionieren Aufträge und fahren Stapler. Die Stelle ist unbefristet und das Gehalt liegt bei 2.900 € im Monat."
f881507cf448ade1,fixtures/bom-utf8.txt,en,Frontend Developer,,Lisbon,2026-09-12,contract,,hybrid,55,"Frontend Developer\nLocation: Lisbon\nPosted: 12 Sep 2026\n\nOur product team in Lisbon is looking for a frontend developer for our booking app. You will build the interface with TypeScript and React and work closely with our designers. This is a contract role for twelve months, hybrid, with two days a week in the office."
==== stderr
jd-extract: 3 files read, 3 records written, 0 skipped, 0 repaired bytes
==== status
0
