# Large stores: the dashboard paints its loading frame at once and obeys q during the load;
# keys typed during the load are applied once it is in; CLI progress on a terminal's stderr.

new_workspace
BIG="$WORK/big.json"
"$MIGOF" generate --entities 20000 --years 2 --seed 42 --out "$BIG" >/dev/null
check "a 20,000-entity store is generated" test -s "$BIG"
BIG_SHA=$(sha256sum < "$BIG")

cat > "$WORK/wrap.sh" <<WRAP
#!/bin/sh
trap : INT TERM
"$MIGOF" "\$@"
echo "rc=\$?"
sleep 60
WRAP
chmod +x "$WORK/wrap.sh"
WRAPPED="env HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME $WORK/wrap.sh"

# The progress bar, with bytes and entities, while the 20,000 entities load.
tmux_start 100 30 "$WRAPPED --store $BIG"
expect_screen "the loading frame shows at once" "Loading the store" 5
expect_screen "the progress bar counts entities" " entities" 10
keys b
expect_screen "a key typed during the load is applied once the store is in" "Countries, " 60
expect_screen "the browser lists every entity" "20000 of 20000" 5
keys q
expect_screen "q quits the loaded dashboard" "rc=0" 10
tmux_stop

# A load that never ends (the loader stalls after 100 entities, as on a hung disk): the bar
# shows the entities so far, and q and Ctrl-C must work anyway.
for case in "q:rc=0" "C-c:rc=130"; do
  key=${case%%:*}; want=${case#*:}
  tmux_start 100 30 "env MIGOF_TEST_STALL_AT=load-entity-100 $WRAPPED --store $BIG"
  expect_screen "a load that never ends shows its progress ($key)" "100 entities" 10
  keys "$key"
  expect_screen "$key quits during the load" "$want" 5
  tmux_stop
done

# Validate with stderr on a terminal: a progress line, erased before the verdict.
cat > "$WORK/validate.sh" <<WRAP
#!/bin/sh
read go
MIGOF_PROGRESS_AFTER=0 "$MIGOF" validate "$BIG"
echo "rc=\$?"
sleep 60
WRAP
chmod +x "$WORK/validate.sh"
tmux_start 100 30 "sh $WORK/validate.sh"
tmux -L "$TMUX_SOCKET" pipe-pane -t t -o "cat >> $WORK/pane.log"
keys Enter
expect_screen "validate on a terminal finishes" "rc=0" 60
if grep -qF "migof: loading big.json: " "$WORK/pane.log" && grep -qF " entities)" "$WORK/pane.log"; then
  pass "validate shows its loading progress on a terminal's stderr"
else
  fail "validate shows no progress on a terminal's stderr" "$(tr '\r' '\n' < "$WORK/pane.log" | tail -5)"
fi
if screen_text | grep -q "valid, 20000 countries" && ! screen_text | grep -qF "migof: loading"; then
  pass "the progress line is erased before the verdict"
else
  fail "the progress line is left on screen" "$(screen_text)"
fi
tmux_stop
run_migof validate "$BIG"
expect_rc "validate of the large store" 0
if [ -z "$ERR" ]; then pass "no progress when stderr is not a terminal"; else fail "progress on a piped stderr" "$ERR"; fi
same_file "loading never changes the store" "$BIG" "$BIG_SHA"
rm -rf "$WORK"
