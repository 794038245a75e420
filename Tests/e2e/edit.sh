# Editing in the dashboard: scoring, notes, save and audit; kill -9 and recovery; read-only.

new_workspace
STORE="$XDG_DATA_HOME/migof/store.json"
# These flows walk the indicators themselves (a digit, then j): auto-advance off.
mkdir -p "$XDG_CONFIG_HOME/migof" && printf 'auto-advance = false\n' > "$XDG_CONFIG_HOME/migof/config.toml"
"$MIGOF" paths >/dev/null 2>&1
# These editing flows score 1–4 MGI topics (P1.1 …): a store of the published data under
# that framework, which every command then opens with by itself.
"$MIGOF" import sdg "$ROOT/Sources/MigofCore/Resources/sdg-10-7-2.csv" --new --framework mgi-topics --store "$STORE" >/dev/null 2>&1
cp "$STORE" "$WORK/original.json"
cat > "$WORK/wrap.sh" <<WRAP
#!/bin/sh
trap : INT TERM
"$MIGOF" "\$@"
echo "rc=\$?"
echo "wrapper-done"
sleep 60
WRAP
chmod +x "$WORK/wrap.sh"
WRAPPED="env HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME USER=e2e-analyst $WORK/wrap.sh"
app_pid() {
  local pane; pane=$(tmux -L "$TMUX_SOCKET" display -p -t t '#{pane_pid}')
  for _ in $(seq 300); do pgrep -P "$pane" -x migof && return 0; sleep 0.01; done
  return 1
}

# 1. Score three indicators and write an accented note, save, quit, and find them again.
tmux_start 120 30 "$WRAPPED --country CAN"
expect_screen "profile opens for editing" "Canada (CAN)" 15
keys Enter
expect_screen "P1 expands" "P1.1 Basic services"
keys j 3
expect_screen "score P1.1" "CAN 2021 P1.1: – → Meets"
keys j 2
expect_screen "score P1.2" "CAN 2021 P1.2: – → Partially meets"
keys j 4
expect_screen "score P1.3" "CAN 2021 P1.3: – → Fully meets"
expect_screen "modified marker" "[+]"
keys n
expect_screen "note editor opens" "Note · P1.3"
keys -l "Loi n° 12 — vérifiée"
keys Enter
expect_screen "note kept" "CAN 2021 P1.3: note set"
keys s
expect_screen "save reports audited changes" "(4 audited changes)"
if wait_gone "[+]" 3; then pass "marker clears after save"; else fail "marker still shown" "$(screen_text)"; fi
keys q
expect_screen "quit after save" "rc=0"
tmux_stop

run_migof show CAN --format json
if python3 -c '
import json,sys
d=json.load(sys.stdin); ind={i["id"]:i for i in d["areas"][0]["indicators"]}
assert ind["P1.1"]["score"]==3 and ind["P1.2"]["score"]==2 and ind["P1.3"]["score"]==4, ind
assert ind["P1.3"]["note"]=="Loi n° 12 — vérifiée", ind["P1.3"]
' <<<"$OUT"; then pass "restart finds the scores and the note"; else fail "scores after restart" "$OUT"; fi
if python3 - "$WORK/original.json" "$STORE" <<'PY'
import json, subprocess, sys
lines = subprocess.run(["diff", sys.argv[1], sys.argv[2]], capture_output=True, text=True).stdout.splitlines()
removed = [l[1:].strip() for l in lines if l.startswith("<")]
added = ["+ " + l[1:] for l in lines if l.startswith(">")]
# Removed: the three null scores, and CAN's closing brace of its assessments, which gained a
# comma when CAN's audit entries attached.
assert sorted(removed) == sorted(['"P1.1": null,', '"P1.2": null,', '"P1.3": null,', '}']), removed
body = [l[2:].strip() for l in added]
assert {'"P1.1": 3,', '"P1.2": 2,', '"P1.3": 4,', '"P1.3": "Loi n° 12 — vérifiée"'} <= set(body), body
rest = [l for l in body if l not in {'"P1.1": 3,', '"P1.2": 2,', '"P1.3": 4,', '"P1.3": "Loi n° 12 — vérifiée"', '},', '}', '"notes": {', '"audit": [', ']'}]
store = json.load(open(sys.argv[2]))
audit = store["countries"]["CAN"]["audit"]
assert "audit" not in store and len(audit) == 4 and all(e["user"] == "e2e-analyst" for e in audit), audit
# Each audit entry is one line of its own.
assert len(rest) == 4 and all(l.startswith('{"time":') for l in rest), rest
PY
then pass "store diff is those lines plus audit entries"; else fail "store diff" "$(diff "$WORK/original.json" "$STORE" | head -40)"; fi
run_migof log CAN --format csv
if [ "$(grep -c '^2' <<<"$OUT")" -eq 4 ] && grep -q "e2e-analyst,score,CAN,2021,P1.1,,3" <<<"$OUT"; then pass "migof log shows the audit trail"; else fail "migof log" "$OUT"; fi

# 2. Score two indicators, kill -9, restart, recover.
tmux_start 120 30 "$WRAPPED --country DNK"
expect_screen "second session opens" "Denmark (DNK)" 15
keys Enter
expect_screen "P1 of Denmark expands" "P1.1 Basic services"
keys j 1
expect_screen "score DNK P1.1" "DNK 2021 P1.1: – → Requires progress"
keys j 2
expect_screen "score DNK P1.2" "DNK 2021 P1.2: – → Partially meets"
kill -9 "$(app_pid)"
expect_screen "killed" "rc=137"
tmux_stop
check "the journal survived kill -9" test -s "$STORE.journal"
tmux_start 120 30 "$WRAPPED"
expect_screen "restart offers recovery" "Recover unsaved edits?" 15
expect_screen "the journal is described" "2 unsaved edits by e2e-analyst"
keys r
expect_screen "edits recovered" "recovered 2 unsaved edits"
keys s
expect_screen "recovered edits saved" "audited change"
keys q
expect_screen "quit" "rc=0"
tmux_stop
run_migof show DNK --format json
if python3 -c '
import json,sys
d=json.load(sys.stdin); ind={i["id"]:i["score"] for i in d["areas"][0]["indicators"]}
assert ind["P1.1"]==1 and ind["P1.2"]==2, ind
' <<<"$OUT"; then pass "both recovered scores are in the store"; else fail "recovered scores" "$OUT"; fi
check "the journal is empty after the save" test ! -e "$STORE.journal"

# 3. Two dashboards on one store: the second is read-only; the shell cannot write either.
tmux_start 120 30 "$WRAPPED --country NOR"
expect_screen "first dashboard" "Norway (NOR)" 15
first=$(app_pid)
SECOND="migof-e2e-second-$$"
tmux -L "$SECOND" -f /dev/null start-server \; set -g default-terminal tmux-256color \; \
  new-session -d -s t -x 120 -y 30 "$WRAPPED --country NOR"
second_screen() { tmux -L "$SECOND" capture-pane -p -t t 2>/dev/null; }
ok=0
for _ in $(seq 1000); do second_screen | grep -qF "read-only (PID $first)" && { ok=1; break; }; sleep 0.01; done
[ $ok -eq 1 ] && pass "second dashboard is read-only and names the holder" || fail "second not read-only" "$(second_screen)"
tmux -L "$SECOND" send-keys -t t Enter j 3
ok=0
for _ in $(seq 500); do second_screen | grep -qF "read-only: another migof (PID $first)" && { ok=1; break; }; sleep 0.01; done
[ $ok -eq 1 ] && pass "edits are refused with a message" || fail "read-only edit" "$(second_screen)"
run_migof set NOR P1.1 3
expect_rc "the shell cannot write while the dashboard edits" 75
keys q
expect_screen "first dashboard quits" "rc=0"
tmux_stop
# The read-only one tries the lock again on its next edit, and now gets it.
second_wait() {
  for _ in $(seq 500); do second_screen | grep -qF "$1" && return 0; sleep 0.01; done
  return 1
}
tmux -L "$SECOND" send-keys -t t 3
second_wait "NOR 2021 P1.1: – → Meets" && pass "the read-only dashboard edits once the holder quits" \
  || fail "still read-only after the holder quit" "$(second_screen)"
# Ctrl-C with an unsaved edit asks first; a second Ctrl-C quits with 130, the edit kept in the journal.
tmux -L "$SECOND" send-keys -t t C-c
second_wait "1 change since the last save." && pass "Ctrl-C asks first when edits are unsaved" \
  || fail "Ctrl-C did not ask" "$(second_screen)"
tmux -L "$SECOND" send-keys -t t C-c
second_wait "rc=130" && pass "a second Ctrl-C quits with 130" || fail "second Ctrl-C" "$(second_screen)"
check "the unsaved edit waits in the journal" test -s "$STORE.journal"
tmux -L "$SECOND" kill-server 2>/dev/null

rm -rf "$WORK"
