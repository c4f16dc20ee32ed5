==== cmd
jd-extract --min-words 0 fixtures/langs.jsonl
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
0f1f10b2295ecbb2,fixtures/langs.jsonl:1,es,,,,,full-time,,,30,Buscamos un desarrollador para nuestro equipo en Madrid. Trabajarás con los clientes y con el equipo de producto para mejorar la aplicación de reservas. Ofrecemos contrato indefinido y jornada completa.
090584e56111298a,fixtures/langs.jsonl:2,it,,,,,full-time,,,39,Cerchiamo un tecnico per la manutenzione degli impianti nella nostra sede di Bologna. Il lavoro è a tempo pieno e si svolge con il nostro gruppo di assistenza. Offriamo un contratto stabile e la formazione per le nuove macchine.
791796943b79c2e6,fixtures/langs.jsonl:3,nl,,,,,part-time,,,42,"Wij zoeken een verpleegkundige voor onze afdeling in Utrecht. Je werkt in een klein team en je zorgt voor de patiënten op de afdeling. Wij bieden een vast contract van 32 uur per week, deeltijd is ook mogelijk voor wie dat wil."
a76c02f918548748,fixtures/langs.jsonl:4,,,,,,,,,22,Kanban Scrum Jira Confluence Python Kubernetes Terraform AWS GCP Azure Docker Linux Bash Git React Vue Angular Java Kotlin Swift Rust Go
==== status
0
