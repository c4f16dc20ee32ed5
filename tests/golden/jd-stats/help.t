==== cmd
jd-stats --help | head -2; jd-stats --version
==== stdout
Usage: jd-stats [OPTION]... QUERY [FILE]...
       jd-stats [OPTION]... -i [FILE]...
jd-stats (jdkit) 0.1.0
==== status
0
