==== cmd
jd-extract fixtures/ad.html
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
f36f7e597324ade2,https://careers.northwind.example/jobs/4711,en,Senior Data Engineer (m/f/d),Northwind Analytics GmbH,"Hamburg, Germany",2026-10-03,full-time,senior,hybrid,106,"Senior Data Engineer (m/f/d)\n\nCompany: Northwind Analytics GmbH\nLocation: Hamburg, Germany\nPosted: 3 Oct 2026\n\nNorthwind Analytics builds forecasting pipelines for retail chains across Europe. We are looking for an experienced engineer to join our platform team on a full-time basis. You can work from our Hamburg office and from home two days a week – a hybrid set-up that our team likes.\n\nYour tasks\n\n- Design and run batch and streaming pipelines with Apache Spark & Kafka\n- Model data in PostgreSQL and BigQuery\n- Mentor two junior colleagues\n\nSalary\n\nLevel Salary\nJunior Salary $75,000\nSenior Salary $120,000\n\nQuestions? Write to jobs@northwind.example."
==== status
0
