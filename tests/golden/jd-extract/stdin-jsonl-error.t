==== cmd
jd-extract --jsonl --min-words 0
==== stdin
{"text":"Pflegefachkraft in Teilzeit gesucht."}
not json
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
e63b1481c17bfdd1,-:1,,,,,,part-time,,,4,Pflegefachkraft in Teilzeit gesucht.
==== stderr
jd-extract: -:2: invalid JSON: '[' or '{' expected near 'not'; record skipped
==== status
1
