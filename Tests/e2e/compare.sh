# The compare screen in a real terminal (tmux): reached by marking two countries in the
# browser, its deltas checked against `migof compare --format json`, then swap, a year, quit.

new_workspace
cat > "$WORK/wrap.sh" <<WRAP
#!/bin/sh
# Keep the pane alive after migof exits so its status can be read.
trap : INT TERM
"$MIGOF" "\$@"
echo "rc=\$?"
echo "wrapper-done"
sleep 60
WRAP
chmod +x "$WORK/wrap.sh"
WRAPPED="env HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME $WORK/wrap.sh"

# deltas_match JSON: every Δ on screen (overall and each area row) equals the JSON's delta.
deltas_match() {
  screen_text > "$WORK/screen.txt"
  printf '%s' "$1" > "$WORK/compare.json"
  python3 - "$WORK/screen.txt" "$WORK/compare.json" <<'PY'
import json, re, sys
screen = open(sys.argv[1], encoding="utf-8").read().splitlines()
data = json.load(open(sys.argv[2], encoding="utf-8"))
def text(d):
    if d is None: return "–"
    if d == 0: return "="
    return "▲%d" % d if d > 0 else "▼%d" % -d
bad = []
for row in data["deltas"]:
    pattern = r"^┃  Overall " if row["id"] == "overall" else r"^┃[▸▾] %s " % row["id"]
    line = next((l for l in screen if re.search(pattern, l)), None)
    got = line.rstrip("┃ ").split()[-1] if line else None
    if got != text(row["delta"]):
        bad.append("%s: screen %s, json %s" % (row["id"], got, text(row["delta"])))
print("\n".join(bad))
sys.exit(1 if bad or len(data["deltas"]) != 7 else 0)
PY
}

tmux_start 100 30 "$WRAPPED"
expect_screen "dashboard opens" "Press ? for help" 15
keys b
expect_screen "browser opens" "Countries, 2021"
keys / c a n a d a Enter
expect_screen "search finds Canada" "1 of 138"
keys Space
expect_screen "Space marks Canada as A" "[A] Canada"
# Esc alone, then a pause for the screen: Esc followed at once by / would read as Alt-/.
keys Escape
expect_screen "Esc clears the search, the mark stays" "138 of 138"
keys / d e n m a r k Enter
expect_screen "search finds Denmark" "DNK  Denmark"
keys Space
expect_screen "Space marks Denmark as B" "[B] Denmark"
keys c
expect_screen "c opens the comparison" "Canada leads in 4 areas, Denmark in 0, equal in 2"
expect_screen "A on the left, B on the right" "A  Canada (CAN) · Americas · 2021"
run_migof compare CAN DNK --format json
if out=$(deltas_match "$OUT"); then pass "deltas on screen match compare --format json"; else fail "deltas differ from the JSON" "$out
$(screen_text)"; fi

keys x
expect_screen "x swaps the sides" "Denmark leads in 0 areas, Canada in 4, equal in 2"
run_migof compare DNK CAN --format json
if out=$(deltas_match "$OUT"); then pass "swapped deltas match the JSON"; else fail "swapped deltas differ" "$out
$(screen_text)"; fi

keys '['
expect_screen "[ moves side A to 2019" "A  Denmark (DNK) · Europe · 2019"
expect_screen "side B keeps its year" "CAN 2021"
run_migof compare DNK CAN --year 2019 --year-b 2021 --format json
if out=$(deltas_match "$OUT"); then pass "deltas after the year change match the JSON"; else fail "deltas after the year change differ" "$out
$(screen_text)"; fi

resize 60 20
expect_screen "below 70 columns the sides stack" "B CAN"
resize 100 30
keys q
expect_screen "q exits 0 from the comparison" "rc=0"
tmux_stop

tmux_start 100 30 "$WRAPPED --compare mex mex"
expect_screen "--compare with one country twice opens the trend" "Mexico 2019 vs 2021" 15
expect_screen "trend summary" "Mexico from 2019 to 2021: up in 6 areas"
keys q
expect_screen "q exits 0" "rc=0"
tmux_stop

run_migof --compare CAN --compare DNK --year 2019
expect_rc "piped --compare prints the comparison" 0
expect_out "piped --compare names both sides" "B: Denmark (DNK, Europe, 2019)"
run_migof --compare CAN
expect_rc "--compare with one country is a usage error" 64
run_migof compare CAN DNK --format md
expect_out "compare md is a table ready to paste" "| Overall | 3 Meets (reported) | 2 Partially meets (reported) | ▼1 |"

rm -rf "$WORK"
