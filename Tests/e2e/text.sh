# Text that reaches the terminal (issue 11, item 20): escape sequences planted in a store, a
# journal, an import file and the command line never reach the terminal raw. Readers refuse
# them with the file and line; whatever is printed shows them as visible escapes (\x1b).

new_workspace
STORE="$XDG_DATA_HOME/migof/store.json"
mgi_default_store
HOSTILE="$WORK/hostile.json"
# A shared store that tries to set the window title, clear the screen and fake a "valid" line.
python3 - "$STORE" "$HOSTILE" <<'PY'
import json, sys
store = json.load(open(sys.argv[1]))
can = store["countries"]["CAN"]
can["name"] = "Canada\u001b]0;pwned\u0007"
year = can["assessments"]["2021"]
year["notes"] = {"P1.1": "ok\u001b[2J\u001b[H"}
first = next(iter(year["reported"].values()))
first["source"] = "csv\r\u001b[Kvalid\u009b"
json.dump(store, open(sys.argv[2], "w"), indent=2, ensure_ascii=True)
PY
raw_controls() { # true when stdout or stderr holds ESC, BEL, CR or a C1 control
  printf '%s%s' "$OUT" "$ERR" | LC_ALL=C grep -qP '[\x07\x0d\x1b]|\xc2[\x80-\x9f]'
}
for command in "show CAN" "list" "compare CAN DNK" "log" "export --format md" "export --format csv" "validate"; do
  # shellcheck disable=SC2086
  run_migof $command --store "$HOSTILE"
  if raw_controls; then fail "$command: a control character reached the terminal raw" "$(printf '%s%s' "$OUT" "$ERR" | cat -v)"
  else pass "$command: no raw control characters"; fi
  expect_rc "$command refuses the planted store" 65
  expect_err "$command names the file and line" "hostile.json:"
  expect_err "$command shows the character as an escape" '\x1b'
done

# Keys quoted in errors: what the user typed is escaped too.
run_migof show $'\e]0;pwned\a'
if raw_controls; then fail "an unknown country is quoted raw" "$(printf '%s' "$ERR" | cat -v)"; else pass "an unknown country is quoted escaped"; fi
expect_err "the quoted key shows its escapes" 'no country matches '"'"'\x1b]0;pwned\x07'"'"
run_migof --area $'\e[2J'
if raw_controls; then fail "an unknown area is quoted raw" "$(printf '%s' "$ERR" | cat -v)"; else pass "an unknown area is quoted escaped"; fi

# set refuses a note with a control character (a note is one line of printable text).
before=$(sha256sum < "$STORE")
run_migof set CAN P1.1 3 --note $'first line\nsecond\e[2J'
expect_rc "set refuses a note with a line break or escape" 64
expect_err "set says what the note holds" "U+000A"
same_file "set changes nothing on disk" "$STORE" "$before"

# import refuses control characters and invalid UTF-8, naming the line.
printf 'iso3,country,year,domain,rating,source\nCAN,Canada,2021,D1,3,"src\033[2J"\n' > "$WORK/escape.csv"
run_migof import sdg "$WORK/escape.csv"
expect_rc "import refuses an escape sequence" 65
expect_err "import names the line" "escape.csv:2:"
printf 'iso3,country,year,domain,rating,source\nCAN,Canada,2021,D1,3,"two\nlines"\n' > "$WORK/break.csv"
run_migof import sdg "$WORK/break.csv"
expect_rc "import refuses a line break inside a field" 65
printf 'iso3,country,year,domain,rating,source\nCAN,Canad\xe9,2021,D1,3,src\n' > "$WORK/latin1.csv"
run_migof import sdg "$WORK/latin1.csv"
expect_rc "import refuses invalid UTF-8" 65
expect_err "import says it is not UTF-8" "latin1.csv:2: the file is not valid UTF-8"
same_file "imports change nothing on disk" "$STORE" "$before"

# recover --dry-run prints journal fields; a planted user name is shown escaped.
printf '%s\n' '{"time":"2026-11-30T10:00:00Z","user":"mallory\u001b]0;pwned\u0007","edit":{"op":"score","country":"CAN","year":2021,"indicator":"P1.1","old":null,"new":3}}' \
  > "$STORE.journal"
run_migof recover --dry-run
if raw_controls; then fail "recover --dry-run prints a journal field raw" "$(printf '%s%s' "$OUT" "$ERR" | cat -v)"
else pass "recover --dry-run prints no raw control characters"; fi
expect_out "recover --dry-run shows the planted escape" 'mallory\x1b]0;pwned\x07'
rm -f "$STORE.journal"

rm -rf "$WORK"
