# jd-stats: GNU Readline for the REPL
LDLIBS_jd-stats := -lreadline
