==== cmd
jd-stats 'count by seniority'
==== stdin
id,lang,seniority,posted,salary_annual_max,salary_currency,skills
a01,de,senior,2024-01-15,85000,EUR,Python;SQL;Docker
a02,de,junior,2024-01-20,48000,EUR,Java;SQL
a03,en,senior,2024-02-03,120000,USD,Rust;Go;Kubernetes
a04,en,mid,2024-02-10,,,Python;Pandas
a05,de,mid,2024-02-28,62000,EUR,Python; Docker
a06,fr,senior,2024-03-01,70000,EUR,
a07,en,junior,2024-03-05,n/a,USD,JavaScript;React
a08,de,senior,2024-03-12,95000,EUR,Go;Kubernetes;Docker
a09,de,lead,2024-12-30,110000,EUR,"C++;Rust, Go"
a10,en,mid,2021-01-03,75000.5,GBP,SQL;Excel
==== stdout
seniority,count
junior,2
lead,1
mid,3
senior,4
==== status
0
