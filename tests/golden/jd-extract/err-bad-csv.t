==== cmd
jd-extract --csv -t description fixtures/bad-export.csv
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
==== stderr
jd-extract: fixtures/bad-export.csv:2: unterminated quoted field; record skipped
==== status
1
