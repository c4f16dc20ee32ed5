==== cmd
d=$(mktemp -d) && f=$PWD/fixtures && mkdir -p "$d/in/real" && cp "$f/de-ad.txt" "$d/in/real/" && ln -s "$f/en-ad.txt" "$d/in/en.txt" && ln -s "$f/site/archive" "$d/in/linked" && ln -s "$d/nowhere" "$d/in/broken.txt" && cd "$d" && jd-extract in > out.csv 2> err.txt; echo "status $?"; cut -d, -f2-5 out.csv; cat err.txt; rm -rf "$d"
==== stdout
status 1
source,lang,title,company
in/en.txt,en,Junior Backend Developer,Lumen Robotics Ltd
in/linked/old.txt,en,Night Shift Supervisor,
in/real/de-ad.txt,de,Werkstudent (m/w/d) Datenanalyse,Kranich Logistik GmbH
jd-extract: in/broken.txt: No such file or directory
==== status
0
