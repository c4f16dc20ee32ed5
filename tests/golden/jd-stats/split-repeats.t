==== cmd
# an item repeated within one cell counts once: the share stays a share of records
printf 'id,skills\n1,Python;SQL;Python\n2,SQL; ;SQL ; SQL\n3,\n4,R;Python\n' | jd-stats -f csv 'split skills ; | freq skills'
==== stdout
skills,count,share,cum_share
Python,2,0.5,0.5
SQL,2,0.5,1
,1,0.25,1.25
R,1,0.25,1.5
==== status
0
