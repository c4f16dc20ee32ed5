# scripts/csv.awk: small awk functions shared by jdkit's report scripts
# (POSIX awk: mawk and gawk).  They read only the small result tables the
# report scripts write (from jd-stats output): one record per physical
# line, as the jdkit CSV contract guarantees, RFC 4180 quoting.
#
#   n = csv_split(line, f)   fields of one record into f[1..n]
#   csv_field(s)             s quoted for CSV when it needs it
#   html(s)                  s escaped for HTML text and attribute values
#   group3(s)                a plain decimal number with thin-space thousands

function csv_split(s, f,    n, c, i, len, fld, inq) {
	sub(/\r$/, "", s)
	if (index(s, "\"") == 0)
		return split(s, f, ",")
	n = 0; fld = ""; inq = 0; len = length(s)
	for (i = 1; i <= len; i++) {
		c = substr(s, i, 1)
		if (inq) {
			if (c == "\"") {
				if (substr(s, i + 1, 1) == "\"") { fld = fld "\""; i++ }
				else inq = 0
			} else
				fld = fld c
		} else if (c == "\"")
			inq = 1
		else if (c == ",") {
			f[++n] = fld; fld = ""
		} else
			fld = fld c
	}
	f[++n] = fld
	return n
}

function csv_field(s) {
	if (s ~ /[",]/ || s ~ /^ | $/) {
		gsub(/"/, "\"\"", s)
		return "\"" s "\""
	}
	return s
}

function html(s) {
	gsub(/&/, "\\&amp;", s)
	gsub(/</, "\\&lt;", s)
	gsub(/>/, "\\&gt;", s)
	gsub(/"/, "\\&quot;", s)
	return s
}

# "1234567.5" -> "1 234 567.5" (U+2009 thin space), for display only
function group3(s,    sign, ip, fp, out) {
	if (s !~ /^-?[0-9]+(\.[0-9]+)?$/)
		return s
	sign = ""
	if (substr(s, 1, 1) == "-") { sign = "-"; s = substr(s, 2) }
	ip = s; fp = ""
	if (index(s, ".")) { ip = substr(s, 1, index(s, ".") - 1); fp = substr(s, index(s, ".")) }
	out = ""
	while (length(ip) > 3) {
		out = "\342\200\211" substr(ip, length(ip) - 2) out
		ip = substr(ip, 1, length(ip) - 3)
	}
	return sign ip out fp
}
