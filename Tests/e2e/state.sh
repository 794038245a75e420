# The remembered view: written at quit to $XDG_STATE_HOME/migof/state.json (never beside the
# store), reopened at the next start, skipped by --fresh and deep links, a damaged file
# ignored with one message and left as it is.

new_workspace
STATE="$XDG_STATE_HOME/migof/state.json"
DASH="env HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME XDG_STATE_HOME=$XDG_STATE_HOME $MIGOF"
tmux_start 100 30 "$DASH; echo rc=\$?; sleep 60"
expect_screen "the dashboard opens" "Press ? for help" 15
keys b o r /
keys a n Enter
expect_screen "the browser is filtered, sorted and narrowed to a region" "region: Africa · sort: overall" 5
keys Down t
expect_screen "a second theme" "theme:" 5
keys q
expect_screen "quits" "rc=0" 5
tmux_stop
[ -f "$STATE" ] && pass "the view is written to \$XDG_STATE_HOME/migof/state.json" || fail "no state file at $STATE"
OUT=$(cat "$STATE" 2>/dev/null)
expect_out "it records the screen" '"screen": "browser"'
expect_out "the sort" '"sort": "overall"'
expect_out "the search" '"filter": "an"'
expect_out "the region" '"region": "Africa"'
expect_out "the selected row" '"country": "MRT"'
expect_out "the theme" '"theme": "light"'
[ -z "$(ls "$XDG_DATA_HOME/migof" | grep -v '^store.json')" ] && pass "nothing is written into the store's folder" \
  || fail "the store's folder holds more than the store" "$(ls -la "$XDG_DATA_HOME/migof")"
ls "$XDG_STATE_HOME/migof" | grep -q '\.tmp\|~' && fail "a temporary file is left beside the state" || pass "written atomically, nothing left over"

KEEP_VIEW=1 tmux_start 100 30 "$DASH; echo rc=\$?; sleep 60"
expect_screen "the next start reopens the browser as it was" "/ an" 15
expect_screen "with its region and sort" "region: Africa · sort: overall" 5
keys Enter
expect_screen "on the row that was selected" "Mauritania (MRT)" 5
keys q
expect_screen "quits" "rc=0" 5
tmux_stop
OUT=$(cat "$STATE")
expect_out "the profile is remembered next" '"screen": "profile"'

KEEP_VIEW=1 tmux_start 100 30 "$DASH --fresh; echo rc=\$?; sleep 60"
expect_screen "--fresh starts on home" "O3 Safe, orderly and regular" 15
if screen_text | grep -q "Mauritania"; then fail "--fresh reopened the last view" "$(screen_text)"; else pass "and not on the remembered profile"; fi
keys q
expect_screen "quits" "rc=0" 5
tmux_stop

KEEP_VIEW=1 tmux_start 100 30 "$DASH --country DNK; echo rc=\$?; sleep 60"
expect_screen "a deep link wins over the remembered view" "Denmark (DNK)" 15
keys q
# It writes the view as it exits: wait, or that write could land on the damaged file below.
expect_screen "the deep-linked dashboard quits" "rc=0" 10
tmux_stop

mkdir -p "$(dirname "$STATE")"
printf '{"screen": "profile",\n "year": "soon"}\n' > "$STATE"
sha=$(sha256sum < "$STATE")
KEEP_VIEW=1 tmux_start 120 30 "$DASH; echo rc=\$?; sleep 60"
expect_screen "a damaged state file gives one message with its line" "state.json:2:10: \"year\" must be a whole number" 15
expect_screen "and the dashboard starts as usual" "O3 Safe, orderly and regular" 5
keys q
expect_screen "quits" "rc=0" 5
tmux_stop
same_file "the damaged file is left as it is" "$STATE" "$sha"
