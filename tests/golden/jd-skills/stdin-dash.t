==== cmd
printf "id,text\n1,Rust und C++\n" | jd-skills -
==== stdout
id,text,skills,skill_count
1,Rust und C++,Rust;C++,2
==== status
0
