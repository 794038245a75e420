# Faults: saves killed with SIGKILL at random moments, a full disk, a read-only disk, and
# damaged files through the real binary. MIGOF_FUZZ_SCALE multiplies the kills (20 in
# `make test`, at most 200), MIGOF_FUZZ_SEED picks them.

new_workspace
SCALE=${MIGOF_FUZZ_SCALE:-1}
KILLS=$(( 20 * SCALE < 200 ? 20 * SCALE : 200 ))
SEED=${MIGOF_FUZZ_SEED:-20261129}
RANDOM=$SEED
FAULT_MOUNT=""
fault_cleanup() {
  if [ -n "$FAULT_MOUNT" ]; then umount "$FAULT_MOUNT" 2>/dev/null; FAULT_MOUNT=""; fi
}
trap 'fault_cleanup; tmux_stop' EXIT

leftovers() { # FOLDER: temporary files of saves in the folder
  find "$1" -maxdepth 1 \( -name '.store.json.tmp-*' -o -name 'store.json.bak.tmp-*' \) | sort
}

# --- Saves killed at random moments --------------------------------------------
# A store big enough that a save takes a while (encode, write, fsync, backup, rename).
STORE="$WORK/kill/store.json"
mkdir -p "$WORK/kill"
"$MIGOF" generate --entities 500 --years 2 --seed 7 --framework mgi-topics --out "$WORK/old.json" >/dev/null
cp "$WORK/old.json" "$STORE"
# The new version: the same edit, run to completion.
"$MIGOF" set S00250 P1.1 none --year 2021 --note "killed" --store "$STORE" >/dev/null
cp "$STORE" "$WORK/new.json"
cmp -s "$WORK/old.json" "$WORK/new.json" && fail "the edit must change the store"
# How long a whole `set` takes here, so the kills spread over all of it and a little after.
start=$(date +%s%N)
cp "$WORK/old.json" "$STORE"
"$MIGOF" set S00250 P1.1 none --year 2021 --note "killed" --store "$STORE" >/dev/null
span_ms=$(( ( $(date +%s%N) - start ) / 1000000 * 11 / 10 + 1 ))

bad_kills=0
mid_save=0
old_seen=0
new_seen=0
for n in $(seq "$KILLS"); do
  cp "$WORK/old.json" "$STORE"
  rm -f "$STORE.bak"
  "$MIGOF" set S00250 P1.1 none --year 2021 --note "killed" --store "$STORE" >/dev/null 2>&1 &
  pid=$!
  # Half the kills anywhere, half in the second half of the run, where the save is.
  delay=$(( (RANDOM * 32768 + RANDOM) % span_ms ))
  [ $((RANDOM % 2)) -eq 0 ] && delay=$(( span_ms / 2 + delay / 2 ))
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  problem=""
  if cmp -s "$STORE" "$WORK/old.json"; then old_seen=$((old_seen + 1))
  # The new version carries an audit entry whose time is when that save ran.
  elif cmp -s <(sed 's/"time": *"[^"]*"/"time":"T"/' "$STORE") <(sed 's/"time": *"[^"]*"/"time":"T"/' "$WORK/new.json"); then
    new_seen=$((new_seen + 1))
  else problem="store is neither the old nor the new version"; fi
  "$MIGOF" validate "$STORE" >/dev/null 2>&1 || problem="$problem; store does not parse"
  if [ -e "$STORE.bak" ] && ! "$MIGOF" validate "$STORE.bak" >/dev/null 2>&1; then problem="$problem; .bak does not parse"; fi
  [ -n "$(leftovers "$WORK/kill")" ] && mid_save=$((mid_save + 1))
  # The next start sweeps up what the killed save left.
  "$MIGOF" list --store "$STORE" >/dev/null 2>&1 || problem="$problem; the next start failed"
  left=$(leftovers "$WORK/kill")
  [ -n "$left" ] && problem="$problem; leftovers after the next start: $left"
  if [ -n "$problem" ]; then
    bad_kills=$((bad_kills + 1))
    fail "kill $n after ${delay} ms (seed $SEED): $problem"
  fi
done
if [ "$bad_kills" -eq 0 ]; then
  pass "$KILLS saves killed at random moments: always the old ($old_seen) or new ($new_seen) store, valid, swept up ($mid_save left temporary files)"
fi
[ "$mid_save" -gt 0 ] && pass "some kills landed mid-save" || echo "  note  no kill landed mid-save this run (seed $SEED)"

# --- A full disk and a read-only disk ------------------------------------------
SMALL="$WORK/small"
mkdir -p "$SMALL"
BUNDLED="$WORK/bundled-mgi.json"
"$MIGOF" import sdg "$ROOT/Sources/MigofCore/Resources/sdg-10-7-2.csv" --new --framework mgi-topics --store "$BUNDLED" >/dev/null 2>&1
size_kb=$(( ($(stat -c %s "$BUNDLED") / 1024) * 3 / 2 ))
if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o "size=${size_kb}k" tmpfs "$SMALL" 2>"$WORK/mount.err"; then
  FAULT_MOUNT="$SMALL"
  # Room for the store once, not for the temporary copy a save writes next to it.
  cp "$BUNDLED" "$SMALL/store.json"
  before=$(sha256sum < "$SMALL/store.json")
  run_migof set CAN P1.1 3 --note "full disk" --store "$SMALL/store.json"
  expect_rc "save to a full disk fails" 74
  expect_err "full disk message names the cause" "No space left on device"
  same_file "full disk: the old store is intact" "$SMALL/store.json" "$before"
  if [ -z "$(leftovers "$SMALL")" ] && [ ! -e "$SMALL/store.json.bak" ]; then pass "full disk: no temporary files left"; else fail "full disk leftovers" "$(ls -la "$SMALL")"; fi
  run_migof validate "$SMALL/store.json"
  expect_rc "full disk: the store still validates" 0

  mount -o remount,ro "$SMALL"
  run_migof set CAN P1.1 3 --store "$SMALL/store.json"
  expect_rc "save to a read-only disk fails" 74
  expect_err "read-only message names the cause" "Read-only file system"
  same_file "read-only: the old store is intact" "$SMALL/store.json" "$before"
  run_migof list --store "$SMALL/store.json"
  expect_rc "read-only: the store can still be read" 0
  fault_cleanup
else
  echo "  skip  full and read-only disk: cannot mount a small tmpfs ($(id -u) $(cat "$WORK/mount.err" 2>/dev/null)); the injected faults in SaveTests cover the write path"
  if [ "$(id -u)" -ne 0 ]; then
    cp "$BUNDLED" "$SMALL/store.json"
    before=$(sha256sum < "$SMALL/store.json")
    chmod 555 "$SMALL"
    run_migof set CAN P1.1 3 --store "$SMALL/store.json"
    expect_rc "save into a read-only folder fails" 74
    same_file "read-only folder: the old store is intact" "$SMALL/store.json" "$before"
    chmod 755 "$SMALL"
  fi
fi

# --- Damaged files through the binary ------------------------------------------
DAMAGED="$WORK/damaged.json"
check_damaged() { # NAME WANT-RC: validate the damaged file; it must never change
  local sum; sum=$(sha256sum < "$DAMAGED")
  run_migof validate "$DAMAGED"
  expect_rc "$1" "$2"
  if [ "$2" -ne 0 ]; then
    if grep -qE "^migof: $DAMAGED:[0-9]+:[0-9]+: " <<<"$ERR"; then pass "$1: line:column"; else fail "$1: no line:column" "$ERR"; fi
  fi
  same_file "$1: file untouched" "$DAMAGED" "$sum"
}
printf '\xef\xbb\xbf' > "$DAMAGED"; cat "$BUNDLED" >> "$DAMAGED"
check_damaged "a byte order mark is accepted" 0
sed 's/$/\r/' "$BUNDLED" > "$DAMAGED"
check_damaged "CRLF line ends are accepted" 0
sed '0,/"Canada"/s//"Can\xffada"/' "$BUNDLED" > "$DAMAGED"
check_damaged "invalid UTF-8 is refused" 65
expect_err "invalid UTF-8 is named" "invalid UTF-8"
head -c 100000 "$BUNDLED" > "$DAMAGED"
check_damaged "a truncated store is refused" 65
{ printf '{"version": 1, "countries": {"CAN": {"name": '; head -c 100000 /dev/zero | tr '\0' '['; } > "$DAMAGED"
check_damaged "100,000 open brackets are refused" 65
expect_err "nesting limit is named" "nesting deeper than 512 levels"
