==== cmd
jd-stats --partial 'summary x by g' fixtures/nums.csv
jd-stats --partial 'split skills ; | freq skills by lang top 2' fixtures/ads.csv
==== stdout
#jd-stats-partial,1,summary x by g
G,a,0,0
V,a,1,2,3,5,7,9
G,b,2,0
V,b,10,20
#jd-stats-partial,1,split skills ; | freq skills by lang top 2
G,de,C++,1,0
G,de,Docker,3,0
G,de,Go,1,0
G,de,Java,1,0
G,de,Kubernetes,1,0
G,de,Python,2,0
G,de,"Rust, Go",1,0
G,de,SQL,2,0
G,en,Excel,1,0
G,en,Go,1,0
G,en,JavaScript,1,0
G,en,Kubernetes,1,0
G,en,Pandas,1,0
G,en,Python,1,0
G,en,React,1,0
G,en,Rust,1,0
G,en,SQL,1,0
G,fr,,1,0
D,de,5
D,en,4
D,fr,1
==== status
0
