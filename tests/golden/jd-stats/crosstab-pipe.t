==== cmd
jd-stats 'crosstab lang seniority | sort senior desc, mid' fixtures/ads.csv
jd-stats 'crosstab lang seniority | select lang senior' fixtures/ads.csv
jd-stats 'crosstab lang seniority | where senior > 1' fixtures/ads.csv
jd-stats 'crosstab lang seniority | sort mid desc | head 1' fixtures/ads.csv
jd-stats 'crosstab lang seniority | distinct senior | sort senior' fixtures/ads.csv
jd-stats 'crosstab lang seniority | select senior, lang | sort lang desc' fixtures/ads.csv
printf 'a,b\nx,1\nx,2\ny,2\n' | jd-stats 'crosstab a b | sort 2 desc, a'
printf 'a,b\nx,1\nx,2\ny,2\n' | jd-stats 'crosstab a b | crosstab 2 1 | sort 0'
(jd-stats --partial 'crosstab lang seniority | sort senior desc' fixtures/ads.csv; jd-stats --partial 'crosstab lang seniority | sort senior desc' fixtures/more.csv) | jd-stats --merge 'crosstab lang seniority | sort senior desc'
printf 'crosstab lang seniority | where mid = 2 | select lang mid\n' | jd-stats -i fixtures/ads.csv
==== stdout
lang,junior,lead,mid,senior
de,1,1,1,2
fr,0,0,0,1
en,1,0,2,1
lang,senior
de,2
en,1
fr,1
lang,junior,lead,mid,senior
de,1,1,1,2
lang,junior,lead,mid,senior
en,1,0,2,1
senior
1
2
senior,lang
1,fr
1,en
2,de
a,1,2
x,1,1
y,0,1
2,0,1
1,1,1
lang,junior,lead,mid,senior
de,1,1,2,2
en,1,0,2,1
fr,0,0,0,1
lang,mid
en,2
==== status
0
