# The journal and the files beside the store (issue 11, items 1-7 and 13-19): quitting after
# undo, kills at named points (MIGOF_TEST_KILL_AT, a test-only hook), unreadable journals,
# import with a pending journal, folder fsyncs (strace), empty and missing store paths,
# FIFOs and devices.

new_workspace
STORE="$XDG_DATA_HOME/migof/store.json"
# These flows walk the indicators themselves (a digit, then j): auto-advance off.
mkdir -p "$XDG_CONFIG_HOME/migof" && printf 'auto-advance = false\n' > "$XDG_CONFIG_HOME/migof/config.toml"
mgi_default_store
JOURNAL="$STORE.journal"
ENVS="env HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME USER=e2e-analyst"
cat > "$WORK/wrap.sh" <<WRAP
#!/bin/sh
"\$@"
echo "rc=\$?"
sleep 60
WRAP
chmod +x "$WORK/wrap.sh"

# 1. Score, undo, quit: no journal, and `set` is not refused.
tmux_start 120 30 "$ENVS $WORK/wrap.sh $MIGOF --country CAN"
expect_screen "profile opens" "Canada (CAN)" 15
keys Enter
expect_screen "P1 expands" "P1.1 Basic services"
keys j 3
expect_screen "score" "CAN 2021 P1.1: – → Meets"
keys u
expect_screen "undo" "undone:"
keys q
expect_screen "quits at once" "rc=0"
tmux_stop
check "score, undo, quit leaves no journal" test ! -e "$JOURNAL"
run_migof set CAN P1.2 2
expect_rc "set after score, undo, quit" 0

# Score, save, undo, redo, quit.
tmux_start 120 30 "$ENVS $WORK/wrap.sh $MIGOF --country CAN"
expect_screen "profile opens again" "Canada (CAN)" 15
keys Enter
expect_screen "P1 expands again" "P1.1 Basic services"
keys j 4
expect_screen "score again" "CAN 2021 P1.1: – → Fully meets"
keys s
expect_screen "save" "audited change"
keys u
expect_screen "undo after save" "undone:"
keys C-r
expect_screen "redo" "redone:"
keys q
expect_screen "quits after redo" "rc=0"
tmux_stop
check "score, s, u, C-r, q leaves no journal" test ! -e "$JOURNAL"

# 2. Killed between the store's rename and the journal's removal: recovery knows.
tmux_start 120 30 "$ENVS MIGOF_TEST_KILL_AT=journal-before-clear $WORK/wrap.sh $MIGOF --country CAN"
expect_screen "profile opens for the kill" "Canada (CAN)" 15
keys Enter
expect_screen "P1 expands for the kill" "P1.1 Basic services"
keys j j j 1
expect_screen "score before the kill" "P1.3: – → Requires progress"
keys s
expect_screen "killed after the rename" "rc=137"
tmux_stop
check "the killed save left its journal" test -e "$JOURNAL"
run_migof set CAN P1.4 2
expect_rc "set is not refused by a journal already saved" 0
check "set removed the saved journal" test ! -e "$JOURNAL"
if grep -q '"P1.3": 1' "$STORE"; then pass "the killed save's edit is in the store"; else fail "edit lost"; fi

# 3/4. An unreadable journal is set aside at start, never deleted by the next save.
mkdir "$JOURNAL"
tmux_start 120 30 "$ENVS $WORK/wrap.sh $MIGOF"
expect_screen "start says the journal is set aside" "unreadable journal set aside" 15
keys q
expect_screen "quit" "rc=0"
tmux_stop
if ls -d "$JOURNAL".discarded-* >/dev/null 2>&1 && [ ! -e "$JOURNAL" ]; then pass "unreadable journal moved to journal.discarded-<time>"
else fail "unreadable journal not set aside" "$(ls -la "$(dirname "$STORE")")"; fi
rm -rf "$JOURNAL".discarded-*

# 5. import sdg refuses a pending journal with exit 69, store untouched.
tmux_start 120 30 "$ENVS $WORK/wrap.sh $MIGOF --country CAN"
expect_screen "profile opens to leave a journal" "Canada (CAN)" 15
keys Enter
expect_screen "P1 expands to leave a journal" "P1.1 Basic services"
keys j j j j j 3
expect_screen "an unsaved score" "P1.5: – → Meets"
keys C-c
expect_screen "Ctrl-C asks first with an unsaved edit" "1 change since the last save."
keys C-c
expect_screen "a second Ctrl-C quits and keeps the journal" "rc=130"
tmux_stop
before=$(sha256sum < "$STORE")
run_migof import sdg "$ROOT/Sources/MigofCore/Resources/sdg-10-7-2.csv"
expect_rc "import with a pending journal" 69
expect_err "import names the journal" "run \`migof recover\`"
same_file "import left the store alone" "$STORE" "$before"
run_migof set CAN P1.6 2
expect_rc "set with a pending journal" 69
run_migof recover
expect_rc "recover" 0
expect_out "recover replays the edit" "recovered and saved 1 edits"

# 3. A bad line in the middle no longer poisons the journal: the rest is recovered.
cat > "$JOURNAL" <<'J'
{"time":"2026-11-29T00:00:00Z","user":"u","edit":{"op":"score","country":"CAN","year":2021,"indicator":"P3.2","old":null,"new":3}}
{"time":"2026-11-29T00:00:01Z","user":"u","edit":{"op":"sco
{"time":"2026-11-29T00:00:02Z","user":"u","edit":{"op":"score","country":"CAN","year":2021,"indicator":"P3.3","old":null,"new":2}}
J
run_migof recover
expect_rc "recover past a cut line" 0
expect_out "both whole edits recovered" "recovered and saved 2 edits"
expect_err "the cut line is named" "store.json.journal:2:"
check "recover removed the journal" test ! -e "$JOURNAL"

# 6. The folder is fsynced after the journal is created and after it is removed.
if command -v strace >/dev/null 2>&1; then
  tmux_start 120 30 "$ENVS $WORK/wrap.sh strace -f -o $WORK/trace -e trace=openat,fsync,unlink,unlinkat $MIGOF --country CAN"
  expect_screen "profile opens under strace" "Canada (CAN)" 20
  keys Enter
  expect_screen "P1 expands under strace" "P1.1 Basic services"
  keys j j j j j j j 2
  expect_screen "score under strace" "P1.7: – → Partially meets"
  keys s
  expect_screen "save under strace" "audited change"
  keys q
  expect_screen "quit under strace" "rc=0"
  tmux_stop
  folder=$(dirname "$STORE")
  if python3 - "$WORK/trace" "$JOURNAL" "$folder" <<'PY'
import re, sys
trace, journal, folder = sys.argv[1:]
lines = open(trace).read().splitlines()
fds, created, removed, synced_after_create, synced_after_remove = {}, None, None, False, False
for i, line in enumerate(lines):
    m = re.search(r'openat\(AT_FDCWD, "([^"]+)", ([^)]*)\)\s*=\s*(\d+)', line)
    if m:
        fds[m.group(3)] = (m.group(1), m.group(2))
        if m.group(1) == journal and "O_CREAT" in m.group(2) and "O_EXCL" in m.group(2) and "O_NOFOLLOW" in m.group(2):
            created = i
    if re.search(r'unlink(at)?\((AT_FDCWD, )?"%s"' % re.escape(journal), line) and re.search(r'\)\s*=\s*0$', line):
        removed = i
    m = re.search(r'fsync\((\d+)\)\s*=\s*0', line)
    if m and fds.get(m.group(1), ("", ""))[0] == folder and "O_DIRECTORY" in fds[m.group(1)][1]:
        if created is not None and i > created and removed is None: synced_after_create = True
        if removed is not None and i > removed: synced_after_remove = True
assert created is not None, "journal never created with O_CREAT|O_EXCL|O_NOFOLLOW"
assert removed is not None, "journal never removed"
assert synced_after_create, "no folder fsync after creating the journal"
assert synced_after_remove, "no folder fsync after removing the journal"
PY
  then pass "folder fsynced after the journal is created and after it is removed"; else cp "$WORK/trace" "${TMPDIR:-/tmp}/migof-journal-trace.txt"; fail "folder fsync (trace kept in ${TMPDIR:-/tmp}/migof-journal-trace.txt)"; fi
else
  fail "strace is needed for the folder fsync check (make test installs it)"
fi

# 7. Killed between the backup and the rename: .bak is still the true previous version.
cp "$STORE" "$WORK/v1.json"
cp "$STORE.bak" "$WORK/v0.json"
MIGOF_TEST_KILL_AT=save-after-backup "$MIGOF" set CAN P2.1 3 >/dev/null 2>&1; RC=$?
expect_rc "set killed after the backup" 137
check "store is unchanged" cmp -s "$STORE" "$WORK/v1.json"
check ".bak is still the previous version" cmp -s "$STORE.bak" "$WORK/v0.json"
MIGOF_TEST_KILL_AT=save-after-rename "$MIGOF" set CAN P2.1 3 >/dev/null 2>&1; RC=$?
expect_rc "set killed after the rename" 137
run_migof list
check ".bak becomes the version before the kill at the next start" cmp -s "$STORE.bak" "$WORK/v1.json"
if [ -z "$(find "$(dirname "$STORE")" -name '*.tmp-*')" ]; then pass "no temporary file left"; else fail "temporary files left"; fi

# 19. Under contention every refusal names a live holder launched here, and no staged
# backup is left behind a successful save.
pids=""
for i in $(seq 24); do
  "$MIGOF" set CAN P3.1 $((i % 4 + 1)) >"$WORK/c$i.out" 2>"$WORK/c$i.err" &
  pids="$pids $!"
done
wait
bad=""
refused=0
for i in $(seq 24); do
  grep -q "locked" "$WORK/c$i.err" || continue
  refused=$((refused + 1))
  pid=$(sed -n 's/.*locked by migof process \([0-9]*\).*/\1/p' "$WORK/c$i.err")
  case " $pids " in *" $pid "*) [ -n "$pid" ] || bad="$bad $i";; *) bad="$bad $i";; esac
done
if [ -z "$bad" ]; then pass "24 contending sets: $refused refusals, each naming a holder's PID"
else fail "refusals without the holder's PID:$bad" "$(cat "$WORK/c${bad# }.err" 2>/dev/null | head -3)"; fi
if [ -z "$(find "$(dirname "$STORE")" -name '*.tmp-*')" ]; then pass "no staged backup left after contending sets"; else fail "staged backups left"; fi

# 17. Empty paths are refused; a missing store elsewhere needs --new.
before=$(sha256sum < "$STORE")
run_migof set CAN P2.2 3 --store ''
expect_rc "--store '' is refused" 64
expect_err "--store '' message" "--store needs a path"
run_migof list --framework ''
expect_rc "--framework '' is refused" 64
same_file "the default store is untouched by --store ''" "$STORE" "$before"
run_migof set CAN P2.2 3 --store "$WORK/missing/store.json"
expect_rc "set on a missing store elsewhere" 66
expect_err "missing store message" "no such store"
check "no folder created" test ! -e "$WORK/missing"
# --new copies the bundled default, which is scored with SDG 10.7.2 (indicator 2b, answer yes).
run_migof set CAN 2b yes --store "$WORK/missing/store.json" --new
expect_rc "set --new creates it" 0
check "the new store exists" test -s "$WORK/missing/store.json"

# 18. A relative XDG_DATA_HOME is ignored.
mkdir -p "$WORK/cwd"
(cd "$WORK/cwd" && XDG_DATA_HOME=rel "$MIGOF" paths > "$WORK/paths.txt" 2>&1)
if grep -q "$HOME/.local/share/migof/store.json" "$WORK/paths.txt"; then pass "relative XDG_DATA_HOME ignored"; else fail "relative XDG_DATA_HOME" "$(cat "$WORK/paths.txt")"; fi

# 16. A FIFO or a device is refused at once.
mkfifo "$WORK/fifo.json"
OUT=$(timeout 10 "$MIGOF" validate "$WORK/fifo.json" 2>"$WORK/stderr"); RC=$?
ERR=$(cat "$WORK/stderr")
expect_rc "validate a FIFO" 74
expect_err "FIFO message" "not a regular file"
ln -s /dev/zero "$WORK/zero.json"
OUT=$(timeout 10 "$MIGOF" show CAN --store "$WORK/zero.json" 2>"$WORK/stderr"); RC=$?
ERR=$(cat "$WORK/stderr")
expect_rc "a store linked to /dev/zero" 74

# 13. A store link is followed: the target is written, the link stays.
mkdir -p "$WORK/real" "$WORK/linked"
cp "$STORE" "$WORK/real/store.json"
ln -s "$WORK/real/store.json" "$WORK/linked/store.json"
run_migof set CAN P2.3 4 --store "$WORK/linked/store.json"
expect_rc "set through a store link" 0
check "the link is still a link" test -L "$WORK/linked/store.json"
if grep -q '"P2.3": 4' "$WORK/real/store.json"; then pass "the link's target got the edit"; else fail "target not written"; fi
check "the side files sit beside the target" test -e "$WORK/real/store.json.bak"
# A planted lock link is refused and its target untouched.
echo precious > "$WORK/victim"
rm -f "$WORK/real/store.json.lock"
ln -s "$WORK/victim" "$WORK/real/store.json.lock"
run_migof set CAN P2.3 1 --store "$WORK/real/store.json"
expect_rc "a linked lock file is refused" 74
check "the lock link's target is untouched" test "$(cat "$WORK/victim")" = precious

# Issue 15, score edit (fourth round): the journal's fsync runs off the key's frame. With
# the background fsync held for good (MIGOF_TEST_STALL_AT=journal-fsync, a test-only hook,
# as a disk that never answers) the key's frame still comes, showing the edit pending, and
# a kill -9 then loses nothing: the line was written before that frame.
rm -f "$JOURNAL"
run_migof set CAN P1.1 none
tmux_start 120 30 "$ENVS MIGOF_TEST_STALL_AT=journal-fsync $WORK/wrap.sh $MIGOF --country CAN"
expect_screen "held fsync: profile opens" "Canada (CAN)" 15
keys Enter
expect_screen "held fsync: P1 expands" "P1.1 Basic services"
keys j 3
expect_screen "the key's frame shows the edit pending" "CAN 2021 P1.1: – → Meets · journalling…"
pane=$(tmux -L "$TMUX_SOCKET" display -p -t t '#{pane_pid}')
for _ in $(seq 300); do pid=$(pgrep -P "$pane" -x migof) && break; sleep 0.01; done
kill -9 "$pid"
expect_screen "killed while the fsync was held" "rc=137"
tmux_stop
run_migof recover --dry-run
if grep -q "CAN 2021 P1.1" <<<"$OUT"; then pass "kill -9 before the fsync: the edit is in the journal"; else fail "pending edit lost" "$OUT"; fi
run_migof recover --discard
