==== cmd
jd-extract --help | head -3; jd-extract --version
==== stdout
Usage: jd-extract [options] [PATH...]
Turn scraped job ads into one CSV record per ad:
  id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
jd-extract (jdkit) 0.1.0
==== status
0
