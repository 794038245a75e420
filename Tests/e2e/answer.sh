# Answering under SDG 10.7.2 (issue 9): the digits pick the framework's options, the selection
# moves on to the next unanswered indicator, and the assessed figure shows beside the published one.

new_workspace
STORE="$XDG_DATA_HOME/migof/store.json"
mkdir -p "$XDG_DATA_HOME/migof"
"$MIGOF" import sdg "$ROOT/Sources/MigofCore/Resources/sdg-10-7-2.csv" --new --store "$STORE" >/dev/null 2>&1
cat > "$WORK/wrap.sh" <<WRAP
#!/bin/sh
"$MIGOF" "\$@"
echo "rc=\$?"
sleep 60
WRAP
chmod +x "$WORK/wrap.sh"
ENVS="env HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME USER=e2e-analyst"

# 1. Domain 1 of Türkiye 2021 by five digits: yes, legal-only, legal-only, no, yes = 60% → 2,
#    against the published 3. Auto-advance (on by default) walks 1a … 1e and on into P2.
tmux_start 150 30 "$ENVS $WORK/wrap.sh --country TUR"
expect_screen "answer: profile opens" "Türkiye (TUR)" 15
keys Enter j
expect_screen "answer: the footer shows 1a's options" "1 yes  2 legal-only  3 no"
keys 1 2 2 3 1
expect_screen "answer: the last digit answers 1e" "TUR 2021 1e: – → yes"
expect_screen "answer: the selection moved on into P2" "2a One public body"
expect_screen "answer: the P1 row, assessed beside published" "assessed !    3 2 60%"
keys k k k k k k k
expect_screen "answer: the P1 detail names the published rating and its citation" "P1 published 3 Meets · UN SDG Global Database"
expect_screen "answer: and the assessed rating with its percentage" "assessed 2 · 60% (5/5 answered) ! bands differ from the published 3"
expect_screen "answer: the P1 row has region and world averages" "Region    World"
expect_screen "answer: the P1 detail says the region's average with its n" "P1 Asia average"
keys '>'
expect_screen "answer: > jumps to the next area (digits answer here)" "P2 published"
keys s
expect_screen "answer: saved" "audited change"
keys q
expect_screen "answer: quits" "rc=0"
tmux_stop
run_migof show TUR --year 2021 --format json
if python3 -c '
import json,sys
d=json.load(sys.stdin); p1=d["areas"][0]
assert p1["published"]==3 and p1["assessedRating"]==2 and p1["percent"]==60 and p1["disagreement"] is True, p1
' <<<"$OUT"; then pass "answer: show gives assessed 2 at 60% beside the published 3"; else fail "answer: show TUR" "$OUT"; fi

# 2. auto-advance = false: the selection stays on the indicator just answered.
mkdir -p "$XDG_CONFIG_HOME/migof" && printf 'auto-advance = false\n' > "$XDG_CONFIG_HOME/migof/config.toml"
tmux_start 150 30 "$ENVS $WORK/wrap.sh --country CAN"
expect_screen "no advance: profile opens" "Canada (CAN)" 15
keys Enter j 2
expect_screen "no advance: 1a answered" "CAN 2021 1a: – → legal-only"
keys 2
expect_screen "no advance: the selection stayed on 1a" "1a is already legal-only"
keys -
expect_screen "no advance: - steps back one option" "CAN 2021 1a: legal-only → yes"
keys -
expect_screen "no advance: - never wraps" "already at the first option of 1a"
keys C-c
expect_screen "no advance: Ctrl-C asks" "since the last save."
keys d
expect_screen "no advance: discard and quit" "rc="
tmux_stop
