==== cmd
# a stage run again on its own output replaces its columns
printf 'id,text\n1,"Kotlin and SQL, no Java needed."\n' | jd-skills | jd-skills
printf 'id,skills,text\n2,stale value,"Python-Kenntnisse"\n' | jd-skills
==== stdout
id,text,skills,skill_count
1,"Kotlin and SQL, no Java needed.",Kotlin;SQL,2
id,text,skills,skill_count
2,Python-Kenntnisse,Python,1
==== status
0
