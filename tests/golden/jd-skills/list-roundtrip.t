==== cmd
a=$(jd-skills --list | cksum)
b=$(jd-skills --list | jd-skills --taxonomy /dev/stdin --list | cksum)
[ "$a" = "$b" ] && echo "--list reads back unchanged"
n=$(jd-skills --list | awk -F, 'NR > 1 { print $1 }' | sort -u | wc -l)
[ "$n" -ge 1000 ] && echo "at least 1000 skills"
jd-skills --list | awk -F, 'NR > 1 { print $2 }' | sort -u
==== stdout
--list reads back unchanged
at least 1000 skills
cloud
data-concept
data-tool
database
domain
framework
language
ml-method
office
practice
soft-skill
tool
