# Import and the command line (issue 11, items 21-27): imports from spreadsheets, country
# names, formats, terminal widths, the trend wording, --version, the audit user, dates,
# empty results, notes and theme errors.

new_workspace
STORE="$XDG_DATA_HOME/migof/store.json"

run_migof --version
expect_rc "--version" 0
expect_out "--version names the version" "migof 1."
run_migof paths
expect_out "paths shows the version" "version    1."

# import sdg from a spreadsheet: a BOM, lowercase, D01, OVERALL, 3.0 (store created on first use).
CSV="$WORK/excel.csv"
printf '\xef\xbb\xbfiso3,country,year,domain,rating,source\ncan,Canada,2021,d01,1.0,new src\nFRA,Germany,2021,OVERALL,2,src\n' > "$CSV"
run_migof import sdg "$CSV" --dry-run
expect_rc "a spreadsheet export imports (dry run)" 0
expect_out "dry run lists a changed rating" "CAN 2021 D1: 3 → 1 (source new src)"
expect_out "dry run lists a new rating" "FRA 2021 overall: – → 2 (source src)"
expect_err "a name naming another country is a warning" "FRA is France, but the row names 'Germany', which is Germany (DEU)"
check "a dry run creates no store" test ! -e "$STORE"
run_migof import sdg "$CSV"
expect_rc "import into a store created on first use" 0
run_migof log CAN --format json
if python3 -c '
import json,sys
d=json.load(sys.stdin)
r=[e for e in d if e["change"]=="rating"]
assert len(r)==1 and r[0]["indicator"]=="P1" and r[0]["oldScore"]==3 and r[0]["newScore"]==1 and r[0]["newNote"]=="new src", d
' <<<"$OUT"; then pass "import audits the rating it changed"; else fail "import audit" "$OUT"; fi
printf 'iso3,country,year,domain,rating,source\nCAN,Canada,2021,D1,2,a\nCAN,Canada,2021,D01,3,b\nCAN,Canada,1850,overall,3,a\n' > "$CSV"
before=$(sha256sum < "$STORE")
run_migof import sdg "$CSV"
expect_rc "conflicting spellings of one rating refused" 65
expect_err "D1 and D01 are one domain" "$CSV:3: duplicate rating for CAN 2021 D1 (first on line 2)"
expect_err "an old year is out of range, not 'not four digits'" "$CSV:4: year 1850 is out of range"
same_file "a refused import writes nothing" "$STORE" "$before"
printf 'iso3,country,year,domain,rating,source\nCAN,Canada,2021,D1,2,a\n' > "$CSV"
run_migof import sdg "$CSV" --dry-run
expect_out "one row is one row" "would import 1 row:"

# Country names and aliases.
run_migof show uk --format json
if python3 -c 'import json,sys; assert json.load(sys.stdin)["iso3"]=="GBR"' <<<"$OUT"; then pass "uk is the United Kingdom, not Ukraine"; else fail "uk" "$OUT $ERR"; fi
run_migof show "ivory coast" --format json
if python3 -c 'import json,sys; assert json.load(sys.stdin)["iso3"]=="CIV"' <<<"$OUT"; then pass "ivory coast is Côte d'Ivoire"; else fail "ivory coast" "$OUT $ERR"; fi
run_migof show usa
expect_rc "a country not in the store" 64
expect_err "usa is named, not confused with Uganda" "United States of America (USA) is not in this store; add it with"
run_migof show "$(head -c 100000 /dev/zero | tr '\0' 'q')"
expect_rc "a 100 KB country argument is refused" 64
if [ "${#ERR}" -lt 200 ]; then pass "the refusal does not echo 100 KB"; else fail "echoed ${#ERR} characters"; fi

# --format: exactly what each help lists; errors show the subcommand's usage.
run_migof list --help
if grep -q 'values: table, csv, json' <<<"$OUT"; then pass "list --help offers only its formats"; else fail "list help" "$OUT"; fi
run_migof list --format md
expect_rc "list refuses md" 64
expect_err "the error shows list's usage" "Usage: migof list "
run_migof log --since 2026-13-01
expect_rc "log --since refuses month 13" 64
expect_err "the error shows log's usage" "Usage: migof log "
run_migof log --since 2026-02-30
expect_rc "log --since refuses 30 February" 64
run_migof list --sort Z9
expect_err "a bad --sort shows list's usage" "Usage: migof list "
run_migof export
expect_rc "export defaults to csv" 0
if [ "$(head -c 10 <<<"$OUT")" = "iso3,iso2," ]; then pass "export's default format is csv"; else fail "export default" "$(head -2 <<<"$OUT")"; fi
run_migof export --format csv --year 1999
expect_rc "an empty export exits 3" 3
expect_err "an empty export says so" "nothing to export: no country has an assessment for 1999"
run_migof compare CAN DNK --year 1999
expect_rc "an empty comparison exits 3" 3
expect_err "an empty comparison says so" "nothing to compare"

# The trend summary follows the Δ column, in text and JSON alike.
run_migof compare MEX MEX --year 2021 --year-b 2019
expect_out "a reversed trend shows ▼2" "▼2"
# The complete data rates every area of both years, so the areas are counted, B against A.
expect_out "and words it as B against A" "Mexico 2019 against 2021: higher in 0 areas, lower in 6"
text_summary=$(grep -F "against 2021" <<<"$OUT")
run_migof compare MEX MEX --year 2021 --year-b 2019 --format json
if python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["summary"]["text"]==sys.argv[1], d["summary"]' "$text_summary" <<<"$OUT"; then
  pass "JSON and text give the same summary"; else fail "json summary" "$OUT"; fi

# The piped dashboard prints exactly `migof list`.
run_migof list
listed=$OUT
run_migof
if [ "$OUT" = "$listed" ]; then pass "migof | cat prints what migof list prints"; else fail "piped dashboard differs from list" "$(diff <(echo "$OUT") <(echo "$listed") | head)"; fi
expect_out "a pipe gets full names" "United Kingdom of Great Britain and Northern Ireland"

# The audit user without $USER; notes over the limit.
run_migof set CAN 1a yes
env -u USER "$MIGOF" set CAN 1b no >/dev/null 2>&1
run_migof log CAN --format json
if python3 -c 'import json,sys; d=json.load(sys.stdin); assert d[-1]["indicator"]=="1b" and d[-1]["user"]==sys.argv[1], d[-1]' "$(id -un)" <<<"$OUT"; then
  pass "without \$USER the audit names the passwd user"; else fail "audit user" "$(tail -15 <<<"$OUT")"; fi
before=$(sha256sum < "$STORE")
run_migof set CAN 1c yes --note "$(head -c 501 /dev/zero | tr '\0' 'n')"
expect_rc "a note over 500 characters is refused" 64
expect_err "the refusal says why" "the note has 501 characters; a note holds at most 500"
same_file "and nothing changes" "$STORE" "$before"

# Tables fit the terminal they are printed on.
cat > "$WORK/tables.sh" <<TABLES
#!/bin/sh
"$MIGOF" list; "$MIGOF" show GBR; "$MIGOF" compare CAN DNK; "$MIGOF" log
echo tables-done
sleep 60
TABLES
chmod +x "$WORK/tables.sh"
tmux_start 70 50 "env HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME $WORK/tables.sh"
tmux -L "$TMUX_SOCKET" set-option -t t history-limit 5000 >/dev/null
expect_screen "tables printed in a 70-column terminal" "tables-done" 15
# -J joins lines the terminal wrapped, so a line wider than the pane shows as one long line.
widest=$(tmux -L "$TMUX_SOCKET" capture-pane -pJ -S - -t t | python3 -c '
import sys, unicodedata
print(max(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in l.rstrip("\n")) for l in sys.stdin))')
if [ "$widest" -le 70 ]; then pass "list, show, compare and log fit 70 columns ($widest)"; else fail "a table is $widest columns wide in a 70-column terminal"; fi
tmux_stop

# Theme errors name the chosen theme's own file, and user themes are in the t cycle.
mkdir -p "$XDG_CONFIG_HOME/migof/themes"
printf '{\n  "name": "dusk",\n  "roles": {\n    "text": {"fg": "#d0d0d0"}\n  }\n}\n' > "$XDG_CONFIG_HOME/migof/themes/dusk.json"
printf '{\n  "name": "broken",\n  "roles": {\n    "text": {"fg": red}\n  }\n}\n' > "$XDG_CONFIG_HOME/migof/themes/broken.json"
cat > "$WORK/dash.sh" <<DASH
#!/bin/sh
"$MIGOF" "\$@"
echo "rc=\$?"
sleep 60
DASH
chmod +x "$WORK/dash.sh"
DASH="env HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME $WORK/dash.sh"
tmux_start 100 30 "$DASH --theme dusk"
expect_screen "the dashboard opens in a user theme" "Press ? for help" 15
if screen_text | grep -q "broken.json"; then fail "--theme dusk blames broken.json" "$(screen_text)"; else pass "--theme dusk does not blame another file"; fi
# Once round the cycle: every bundled theme, then dusk again.
for _ in $(seq 0 "$(ls "$ROOT"/Themes/*.json | wc -l)"); do keys t; done
expect_screen "t goes round every theme, the user theme included" "theme: dusk"
keys q
expect_screen "q exits" "rc=0"
tmux_stop
tmux_start 100 30 "$DASH --theme broken"
expect_screen "the chosen broken theme names its file and line" "broken.json:4: not valid JSON" 15
keys q
tmux_stop

rm -rf "$WORK"
