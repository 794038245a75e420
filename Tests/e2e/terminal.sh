# The terminal, input and the process (issue 11, items 8-12): bracketed paste, Esc presses
# close together, a terminal that goes away without SIGHUP, TERM fallbacks, --no-color, and
# the size taken from the terminal rather than exported COLUMNS/LINES.

new_workspace
STORE="$XDG_DATA_HOME/migof/store.json"
mgi_default_store
cat > "$WORK/wrap.sh" <<WRAP
#!/bin/sh
trap : INT TERM
"$MIGOF" "\$@"
echo "rc=\$?"
echo "wrapper-done"
sleep 60
WRAP
chmod +x "$WORK/wrap.sh"
ENVS="HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME"
WRAPPED="env $ENVS $WORK/wrap.sh"
store_sha() { sha256sum < "$STORE"; }
paste_text() { # TEXT: pasted as the terminal does, inside the paste brackets migof asked for
  printf '%s' "$1" | tmux -L "$TMUX_SOCKET" load-buffer - && tmux -L "$TMUX_SOCKET" paste-buffer -p -d -t t
}

# Item 8. A two-line paste into the note editor is the note's text, not commands: before,
# "2 sources" scored the indicator, saved the store, undid and opened a picker.
before=$(store_sha)
tmux_start 120 30 "$WRAPPED --country CAN"
expect_screen "paste: profile opens" "Canada (CAN)" 15
keys Enter
expect_screen "paste: P1 expands" "P1.1 Basic services"
keys j n
expect_screen "paste: note editor opens" "Note · P1.1"
paste_text $'MIPEX 2020: 45/100.\n2 sources'
expect_screen "paste: both lines land in the note, joined by a space" "MIPEX 2020: 45/100. 2 sources"
keys Enter
expect_screen "paste: Enter sets the note" "CAN 2021 P1.1: note set"
screen=$(screen_text)
if grep -q ": – → \|Compare with\|saved" <<<"$screen"; then fail "paste ran as commands" "$screen"; else pass "paste: nothing scored, saved or opened"; fi
same_file "paste: the store is not saved behind the analyst's back" "$STORE" "$before"
# Outside a text field a paste is ignored, with a message: "2" would score, "s" save, "q" quit.
paste_text "2sq"
expect_screen "paste outside a field is ignored with a message" "paste ignored: no text field is open"
same_file "paste outside a field changes nothing on disk" "$STORE" "$before"
keys /
paste_text $'can\tada'
expect_screen "paste into the search field searches" "can ada"
# Leave no journal behind for the next session: discard the note and quit.
keys Escape
keys q
expect_screen "paste: quitting asks about the unsaved note" "discard"
keys d
expect_screen "paste: discard and quit" "rc=0"
tmux_stop

# Item 10. Two Esc presses in one burst (key repeat, scripts) are two presses: browser → profile → home.
tmux_start 100 30 "$WRAPPED --country CAN"
expect_screen "esc: profile opens" "Canada (CAN)" 15
keys b
expect_screen "esc: browser opens" "of 138"
keys Escape Escape
expect_screen "esc: both presses count, home is back" "O3 Safe, orderly and regular"
tmux_stop

# Item 12. Exported COLUMNS/LINES do not override the terminal's size, and a resize is followed.
tmux_start 100 30 "env COLUMNS=50 LINES=12 $WRAPPED"
expect_screen "size: dashboard opens" "Press ? for help" 15
if screen_text | sed -n 30p | grep -q "Press ? for help"; then pass "size: the status bar is on row 30 of 30, not row 12"
else fail "size: COLUMNS/LINES overrode the terminal" "$(screen_text)"; fi
resize 90 25
# wait_row ROW TEXT: polls until TEXT is on that row of the screen.
wait_row() {
  local deadline=$(( $(date +%s%N) / 1000000 + 5000 ))
  while [ $(( $(date +%s%N) / 1000000 )) -lt "$deadline" ]; do
    screen_text | sed -n "$1p" | grep -qF -- "$2" && return 0
    sleep 0.01
  done
  return 1
}
if wait_row 25 "Press ? for help"; then pass "size: resizing to 90x25 redraws at 90x25"
else fail "size: the resize was not followed" "$(screen_text)"; fi
tmux_stop

# Item 11. --no-color as well as NO_COLOR: no colour in any cell.
tmux_start 100 30 "$WRAPPED --no-color"
expect_screen "no-color: dashboard opens" "Press ? for help" 15
colours=$(tmux -L "$TMUX_SOCKET" capture-pane -e -p -t t | grep -cE $'\e\\[[0-9;]*(3[0-7]|4[0-7]|9[0-7]|10[0-7]|[34]8;)' || true)
if [ "$colours" -eq 0 ]; then pass "no-color: no colour escapes on screen"; else fail "no-color: $colours lines with colour" "$(tmux -L "$TMUX_SOCKET" capture-pane -e -p -t t | head -5 | cat -v)"; fi
tmux_stop

# Item 11. TERM unset, unknown or dumb: the text report instead of the dashboard, a migof:
# message and exit 78, rather than ncurses' own error (unknown) or a one-line mess (dumb).
for term in unset nosuch-terminal dumb; do
  if [ "$term" = unset ]; then setting="-u TERM"; else setting="TERM=$term"; fi
  rm -f "$WORK/term.err"
  tmux_start 100 30 "env $setting $ENVS sh -c '\"$MIGOF\" 2>\"$WORK/term.err\"; echo rc=\$?; sleep 60'"
  expect_screen "TERM $term: prints the country list" "countries,"
  expect_screen "TERM $term: exits 78" "rc=78"
  if grep -q "^migof: TERM" "$WORK/term.err"; then pass "TERM $term: says why, naming migof"
  else fail "TERM $term: no migof: message" "$(cat "$WORK/term.err")"; fi
  tmux_stop
done

# Item 9. The terminal goes away and no SIGHUP reaches migof (it is not migof's controlling
# terminal): end of input and POLLHUP are a hangup. Before, the dashboard spun at 100% CPU.
XDG_DATA_HOME="$WORK/hangup-data" mgi_default_store
if python3 "$ROOT/Tests/e2e/hangup.py" "$MIGOF" "$WORK" > "$WORK/hangup.out" 2>&1; then
  pass "hangup: exit 129, journal kept, lock released"
else
  fail "hangup without SIGHUP" "$(cat "$WORK/hangup.out")"
fi

rm -rf "$WORK"
