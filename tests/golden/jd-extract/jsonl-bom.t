==== cmd
jd-extract --min-words 0 fixtures/bom.jsonl
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
65edd53c332ba866,fixtures/bom.jsonl:1,de,Elektrikerin,,,,full-time,,,11,Wir suchen eine Elektrikerin in Vollzeit für unsere Baustellen in Hamburg.
486d8429f587e325,fixtures/bom.jsonl:2,,,,,,,,,9,"Second line after the first one, read as usual."
==== status
0
