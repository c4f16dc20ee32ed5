==== cmd
jd-extract --csv -t description --map 'title=Job Title,company=Company,location=Location,posted=Date Posted,source=url' fixtures/export.csv
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
f8367bbe1295f91c,https://jobs.orbis.example/123,en,Lead Frontend Engineer,Orbis Travel SE,Berlin,2026-09-28,full-time,lead,hybrid,54,"We are hiring a lead engineer for our booking frontend.\nYou will guide four developers, shape our React and TypeScript code base and work closely with design.\nThis is a permanent full-time role with hybrid work: two days a week in our Berlin office.\nPaths like C:\\new\\temp stay as they are."
89b0ad498d11cc4e,https://karriere.feldmann.example/praktikum,de,Praktikum Marketing (m/w/d),Feldmann Verlag KG,Stuttgart,2026-10-03,internship,intern,,32,"Für sechs Monate suchst du ein Praktikum im Online-Marketing? Bei uns schreibst du Newsletter-Texte, planst Kampagnen und wertest Zahlen aus.\n\n- Pflichtpraktikum im Rahmen des Studiums\n- Vergütung 1.200 € im Monat"
742fe31b3ff996f1,fixtures/export.csv:7,en,Data Scientist,Blue Harbor Insurance,"Rotterdam, NL",2026-10-01,contract,,remote,45,"Blue Harbor Insurance is looking for a data scientist to improve our pricing models for car insurance. You build models in Python, explain them to actuaries and put them into production together with our engineers. Contract role for 12 months, fully remote within the Netherlands."
==== status
0
