==== cmd
jd-extract --csv fixtures/export.csv; jd-extract --csv -t description --map 'title=Titel' fixtures/export.csv
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
==== stderr
jd-extract: fixtures/export.csv: no column 'text'
jd-extract: fixtures/export.csv: no column 'Titel'
==== status
1
