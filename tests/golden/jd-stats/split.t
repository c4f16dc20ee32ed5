==== cmd
jd-stats 'split skills ; | select id skills' fixtures/ads.csv
jd-stats 'split skills , | where id = a09 | select id skills' fixtures/ads.csv
jd-stats 'split skills "; " | where id = a05 | select skills' fixtures/ads.csv
==== stdout
id,skills
a01,Python
a01,SQL
a01,Docker
a02,Java
a02,SQL
a03,Rust
a03,Go
a03,Kubernetes
a04,Python
a04,Pandas
a05,Python
a05,Docker
a06,
a07,JavaScript
a07,React
a08,Go
a08,Kubernetes
a08,Docker
a09,C++
a09,"Rust, Go"
a10,SQL
a10,Excel
id,skills
a09,C++;Rust
a09,Go
skills
Python
Docker
==== status
0
