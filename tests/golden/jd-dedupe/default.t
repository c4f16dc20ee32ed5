==== cmd
jd-dedupe fixtures/ads.csv
==== stdout
id,title,company,location,posted,text
a1,Data Engineer,Nordlicht Analytics GmbH,Berlin,2026-03-01,"Data Engineer (m/w/d) - Nordlicht Analytics GmbH, Berlin\nFull-time, hybrid.\n\nAbout us\nNordlicht Analytics builds forecasting software for public transport companies across Europe. Our team of forty people works from Berlin and Hamburg.\n\nYour tasks:\n- Design and run data pipelines in Python and SQL\n- Build dashboards for our operations team\n- Work closely with R&D on new forecasting models\n- Keep our documentation and runbooks up to date\n\nYour profile:\n- Three years of experience with Spark or a similar tool\n- Excellent communication skills in English and German\n\nApply by 2026-04-01 quoting reference 4711."
b1,Backend Developer,Kestrel Systems Ltd,London,2026-03-02,"Backend Developer, Kestrel Systems Ltd, London\n\nWe are looking for a backend developer to join our payments team. You will build and operate services in Go and Java (not JavaScript) that move money for thousands of small businesses every day.\n\nWhat you will do\n- Develop new features for our payment gateway\n- Review code and share knowledge with the team\n- Take part in our on-call rotation, one week in six\n\nWhat you bring\n- Solid experience with Go, PostgreSQL and Kafka\n- A calm head during incidents\n\nSalary: £65,000 - £80,000 per year."
c1,Data Analyst,Nordlicht Analytics GmbH,Berlin,2026-03-06,"Data Analyst (m/w/d) - Nordlicht Analytics GmbH, Berlin\nPart-time, on site.\n\nAbout us\nNordlicht Analytics builds forecasting software for public transport companies across Europe. Our team of forty people works from Berlin and Hamburg.\n\nYour tasks:\n- Answer questions from sales with Excel and Tableau\n- Prepare monthly reports on ticket revenue\n- Check data quality in our customer database\n\nYour profile:\n- A degree in statistics or economics\n- Good knowledge of R\n\nApply by 2026-05-15 quoting reference 4812."
d1,backend developer,KESTREL SYSTEMS LTD.,London,2026-03-12,"Backend Developer, Kestrel Systems Ltd, London. Short version of the ad: Go and Java services for payments. Apply on our careers page."
==== stderr
jd-dedupe: 7 records in, 4 out, 2 exact duplicates, 1 near duplicates, 2 duplicate clusters
==== status
0
