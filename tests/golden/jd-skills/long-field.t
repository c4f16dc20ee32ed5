==== cmd
# A hang guard, not a speed test: 200,000 ambiguous names in one field
# (each needing evidence) once took minutes (every rejected match looked
# at every other match); now a fraction of a second.  ulimit -t stops a
# relapse after 20 CPU seconds (status 152, SIGXCPU) instead of hanging.
ulimit -t 20
awk 'BEGIN { printf "id,text\nr,\""; for (i = 0; i < 200000; i++) printf "R "; print "R and SQL\"" }' | jd-skills --long
awk 'BEGIN { printf "id,text\ngo,\""; for (i = 0; i < 200000; i++) printf "Go team "; print "\"" }' | jd-skills --long
awk 'BEGIN { printf "id,text\nmix,\""; for (i = 0; i < 100000; i++) printf "Go team Rust crew SQL the a of the R "; print "\"" }' | jd-skills --long
==== stdout
id,skill,category,mentions,level,section
r,R,language,200001,required,other
r,SQL,language,1,required,other
id,skill,category,mentions,level,section
id,skill,category,mentions,level,section
mix,Go,language,100000,required,other
mix,Rust,language,100000,required,other
mix,SQL,language,100000,required,other
mix,R,language,100000,required,other
==== status
0
