# jd-stats-repl.sh: the REPL in a real terminal (tmux): completion of a
# column name and of a column's values, an error and recovery, Ctrl-C at
# the prompt and during a running query, Ctrl-D, history across two
# sessions (file mode 0600, capped at 1,000 entries).
. ./lib.sh

if ! command -v tmux > /dev/null; then
	skip "tmux not installed"
	exit 0
fi

SOCK="jdstats-test-$$"
tm() { tmux -L "$SOCK" "$@"; }
cleanup() { tm kill-server 2> /dev/null; rm -rf "$T"; }
trap cleanup EXIT

cat > "$T/ads.csv" << 'EOF'
id,lang,seniority,posted,salary_annual_max,company
a1,de,senior,2024-01-15,85000,Kestrel Labs
a2,de,junior,2024-01-20,48000,Acme
a3,en,senior,2024-02-03,120000,Kestrel Labs
a4,fr,mid,2024-02-10,n/a,Blue (Sky)
EOF
# a query on this file runs for minutes: every record hits the regex limit
awk 'BEGIN { print "id,t"; for (i = 0; i < 50000; i++) print i ",aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab" }' > "$T/slow.csv"
HIST="$T/history"

screen() { tm capture-pane -p -t s -S -200; }
# wait_for TEXT [SECONDS]: poll the screen until TEXT shows up
wait_for() {
	local i n=$(( ${2:-10} * 10 ))
	for ((i = 0; i < n; i++)); do
		screen | grep -qF -- "$1" && return 0
		sleep 0.1
	done
	return 1
}
expect() {   # expect NAME TEXT [SECONDS]
	if wait_for "$2" "${3:-10}"; then ok "$1"; else bad "$1" "waited for: $2" "screen:" "$(screen | grep -v '^$' | tail -15)"; fi
}
start() {
	tm new-session -d -s s -x 200 -y 50 \
		"cd '$T' && JD_STATS_HISTORY='$HIST' TERM=xterm jd-stats -i ads.csv; echo \"EXIT:\$?\"; sleep 60"
	wait_for "jd-stats>" 10
}

# ---- session 1 ----
if ! start; then
	bad "REPL starts" "$(screen)"
	exit 0
fi
ok "REPL starts and prompts"
expect "banner counts the records" "4 records, 6 columns"

tm send-keys -t s 'count by senio' Tab
expect "Tab completes a column name" "jd-stats> count by seniority"
tm send-keys -t s Enter
expect "query runs after completion" "junior         1"

tm send-keys -t s 'where lang = ' Tab Tab
expect "Tab Tab lists a column's values after 'where COL ='" "de  en  fr"
tm send-keys -t s 'f' Tab Enter
expect "value completion and query" "a4  fr"

tm send-keys -t s 'sumary salary' Enter
expect "a bad query prints its error" "unknown verb 'sumary'"
expect "the error has a caret under the query" "  ^"
tm send-keys -t s 'summary salary_annual_max by lang | select lang max' Enter
expect "the REPL carries on after an error" "en    120000"

# values with spaces or parentheses are completed in quotes, so they parse
tm send-keys -t s 'where company = Kes' Tab
expect "a value with a space completes quoted" "jd-stats> where company = 'Kestrel Labs'"
tm send-keys -t s ' | count' Enter
expect "the quoted value runs" "    2"
tm send-keys -t s "where company = 'Bl" Tab
expect "completion inside an opened quote closes it" "jd-stats> where company = 'Blue (Sky)'"
tm send-keys -t s ' | select id' Enter
expect "the value in quotes runs" "a4"

# dot commands
tm send-keys -t s '.help' Enter
expect ".help lists the dot commands" ".timer on|off"
tm send-keys -t s '.cols' Enter
expect ".cols: a number column with one 'n/a' and one empty cell" "salary_annual_max  number        3        1"
tm send-keys -t s '.mode csv' Enter 'count by lang' Enter
expect ".mode csv prints CSV" "fr,1"
tm send-keys -t s '.mode json' Enter 'count' Enter
expect ".mode json prints JSON" '{"count": 4}'
tm send-keys -t s '.mode table' Enter '.timer on' Enter 'count by seniority' Enter
expect ".timer on prints the run time" "time: 0."
tm send-keys -t s '.timer off' Enter ".output $T/out.txt" Enter 'count by company' Enter '.output' Enter 'select id | head 1' Enter
expect ".output back to the terminal" "jd-stats> select id | head 1"
if grep -q '^Kestrel Labs  *2$' "$T/out.txt" 2> /dev/null; then ok ".output FILE writes the result there"; else bad ".output FILE writes the result there" "$(cat "$T/out.txt" 2>&1)"; fi
if screen | grep -q 'Kestrel Labs  *2$'; then bad ".output FILE: nothing on the terminal" "$(screen | tail -5)"; else ok ".output FILE: nothing on the terminal"; fi
tm send-keys -t s '.load nope.csv' Enter
expect ".load of a missing file says so" "nope.csv: No such file or directory"
expect ".load that read nothing keeps the data" "nothing loaded; data not replaced (4 records)"
tm send-keys -t s 'count' Enter
expect "data kept after a failed .load" "    4"

tm send-keys -t s 'some half typed query' C-c
sleep 0.3
tm send-keys -t s 'select id | head 1' Enter
expect "Ctrl-C at the prompt drops the line, the REPL goes on" "a1"

tm send-keys -t s '.load slow.csv' Enter
expect ".load replaces the data" "50000 records, 2 columns"
tm send-keys -t s 'where t ~ ^(a|aa)+$ | count' Enter
sleep 1.5
tm send-keys -t s C-c
expect "Ctrl-C stops a running query" "jd-stats: interrupted" 20
tm send-keys -t s 'head 1 | select id' Enter
expect "the REPL is alive after Ctrl-C" "jd-stats> head 1 | select id"
if screen | grep -q "EXIT:"; then bad "Ctrl-C did not end the REPL" "$(screen | tail -5)"; else ok "Ctrl-C did not end the REPL"; fi

tm send-keys -t s 'freq id top 1' Enter
expect "last query of session 1 runs" "cum_share"
tm send-keys -t s C-d
expect "Ctrl-D leaves (status 0)" "EXIT:0"
tm kill-session -t s

# ---- history ----
if [ -f "$HIST" ]; then
	check "history file mode 0600" "600" "$(stat -c %a "$HIST")"
	check "history has the session's queries" "freq id top 1" "$(tail -1 "$HIST")"
else
	bad "history file written" "no $HIST"
fi

# ---- session 2: Up recalls session 1's last query ----
start || bad "REPL starts again" "$(screen)"
tm send-keys -t s Up
expect "Up arrow recalls a query of the previous session" "jd-stats> freq id top 1"
tm send-keys -t s C-u '.quit' Enter
expect ".quit leaves" "EXIT:0"
tm kill-session -t s

# ---- without JD_STATS_HISTORY: ~/.jd_stats_history, 0600 whatever the umask ----
mkdir "$T/home"
tm new-session -d -s s -x 200 -y 50 \
	"cd '$T' && umask 000 && env -u JD_STATS_HISTORY HOME='$T/home' TERM=xterm jd-stats -i ads.csv; echo \"EXIT:\$?\"; sleep 60"
wait_for "jd-stats>" 10 || bad "REPL starts without JD_STATS_HISTORY" "$(screen)"
tm send-keys -t s 'count by company, lang' Enter
expect "query without JD_STATS_HISTORY" "Kestrel Labs"
tm send-keys -t s C-d
expect "Ctrl-D leaves (home history)" "EXIT:0"
tm kill-session -t s
check "history in ~/.jd_stats_history" "count by company, lang" "$(tail -1 "$T/home/.jd_stats_history" 2>&1)"
check "~/.jd_stats_history mode 0600 under umask 000" "600" "$(stat -c %a "$T/home/.jd_stats_history" 2>&1)"
check "JD_STATS_HISTORY's file untouched by that session" "no" "$(grep -q 'count by company, lang' "$HIST" && echo yes || echo no)"

# ---- batch on a terminal: an aligned table; no query on a terminal: the REPL ----
tm new-session -d -s s -x 200 -y 50 \
	"cd '$T' && JD_STATS_HISTORY='$HIST' TERM=xterm jd-stats 'count by lang' ads.csv; echo \"BATCH:\$?\"; JD_STATS_HISTORY='$HIST' TERM=xterm jd-stats; echo \"EXIT:\$?\"; sleep 60"
expect "batch query on a terminal prints a table" "--  -----"
expect "batch query on a terminal: status 0" "BATCH:0"
expect "no query on a terminal starts the REPL" "0 records, 0 columns"
tm send-keys -t s '.load ads.csv' Enter
expect ".load in a REPL started empty" "4 records, 6 columns"
tm send-keys -t s '.quit' Enter
expect ".quit leaves that REPL" "EXIT:0"
tm kill-session -t s

# ---- history is capped at 1,000 entries ----
for i in $(seq 1 1200); do echo "count # $i"; done > "$HIST"
start || bad "REPL starts with a long history" "$(screen)"
tm send-keys -t s 'count by lang' Enter
expect "query with a long history" "fr        1"
tm send-keys -t s C-d
expect "Ctrl-D leaves again" "EXIT:0"
tm kill-session -t s
n=$(wc -l < "$HIST")
if [ "$n" -le 1000 ] && [ "$(tail -1 "$HIST")" = "count by lang" ]; then
	ok "history capped at 1000 entries ($n)"
else
	bad "history capped at 1000 entries" "$n lines, last: $(tail -1 "$HIST")"
fi
