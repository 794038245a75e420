# Issue 12 in a real terminal: the world map from `migof --map`, and `:rounds` against
# `migof rounds --format json` on the same store.

new_workspace
ENVS="env HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME"
run_migof rounds --format json
expect_rc "rounds --format json creates the default store and prints" 0
printf '%s\n' "$OUT" > "$WORK/rounds.json"

tmux_start 100 30 "$ENVS $MIGOF --map"
expect_screen "--map opens the world map" "World map · Overall published" 15
expect_screen "the map's legend counts the bands" "3 Meets (57)"
# From Canada, ↓ reaches the United States, then Mexico, on the rows below.
keys Down
expect_screen "down from Canada selects the tile below" "United States of America (USA)"
keys Down
expect_screen "down again reaches Mexico" "Mexico (MEX) · Overall published 2021: 3 Meets"
keys Enter
expect_screen "Enter opens Mexico's profile" "Mexico (MEX)"
expect_screen "the breadcrumb shows the profile above the map" "World map · Overall published › Mexico"
tmux_stop

tmux_start 100 30 "$ENVS $MIGOF; echo rc=\$?; sleep 60"
expect_screen "dashboard opens" "Press ? for help" 15
keys :
keys r o u n d s Enter
expect_screen ":rounds shows the overall summary" "Overall: 62 in both rounds"
screen=$(screen_text)
# Every summary line and the first rows of the JSON are on the screen, in the same order.
missing=$(python3 - "$WORK/rounds.json" "$screen" <<'PY'
import json, sys
data, screen = json.load(open(sys.argv[1])), sys.argv[2]
lines = [s["text"] for s in data["summary"]]
lines += ["%s  %s" % (r["iso3"], r["name"]) for r in data["rows"][:3]]
rows = [l for l in screen.splitlines() if l.startswith("┃") and "→" in l]
order = [r["iso3"] for r in data["rows"][:len(rows)]]
shown = [l[1:4] for l in rows]
print("\n".join([l for l in lines if l not in screen] + ([] if shown == order else ["order %s != %s" % (shown, order)])))
PY
) || missing="the JSON could not be read: ${missing:-python3 failed}"
if [ -z "$missing" ]; then pass "rounds --format json matches the screen"; else fail "rounds JSON and screen differ" "$missing
$screen"; fi
# Quit and wait for the exit: a dashboard still closing holds the store's lock, and the
# `migof set` below would be refused.
keys q
expect_screen "the dashboard quits before the shell edits the store" "rc=0" 10
tmux_stop

# migof review: answers set from the shell make Canada's 2021 P1 a complete assessment
# (all "no": 0%, band 1) against its published 3, listed as a disagreement; a half-answered
# P2 is work in progress.
for indicator in 1a 1b 1c 1d 1e; do
  run_migof set CAN "$indicator" no --year 2021
  expect_rc "set CAN $indicator no" 0
done
run_migof set CAN 2a yes --year 2021
expect_rc "set CAN 2a yes" 0
run_migof review --year 2021
expect_rc "review lists the answered country-year" 0
expect_out "review shows Canada's P1 coverage and the disagreement" "5/5 1≠3"
expect_out "review shows the partial P2" "1/5 (4)/4"
expect_out "review says how many disagree" "1 country-year with answers in 2021 · 1 with disagreements (1 area)"
run_migof review --format json
disagree=$(python3 -c 'import json,sys; d=json.load(sys.stdin); print(",".join(d["rows"][0]["disagreements"]))' <<<"$OUT")
check "review JSON names P1 as the disagreement" test "$disagree" = "P1"

# Bad rounds are refused with a message, and nothing is printed as if it were a table.
run_migof rounds --from 2021 --to 2019
expect_rc "rounds refuses a later --from" 64
expect_err "rounds says which must be earlier" "--from (2021) must be earlier than --to (2019)"
run_migof rounds --from 2017 --to 2021
expect_err "rounds names the years with data" "no assessment in 2017; years with data: 2019, 2021, 2023"
run_migof rounds --region Atlantis
expect_err "rounds lists the regions for an unknown one" "no country of region 'Atlantis' in both 2019 and 2021"
run_migof rounds --region Europe --sort name --format csv
expect_out "rounds CSV by name starts with Albania" "ALB,Albania,Europe,3,3,published"
