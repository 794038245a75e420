# C-z suspends the dashboard to the shell (terminal restored), and fg brings back the same screen.
# An interactive shell runs in the pane so that job control exists, as in a real terminal.

new_workspace
cat > "$WORK/rc.sh" <<RC
PS1='shell\$ '
export HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME
RC
tmux_start 100 30 "bash --noprofile --rcfile $WORK/rc.sh -i"
expect_screen "an interactive shell in the pane" 'shell$' 10
keys "$MIGOF --country CAN" Enter
expect_screen "the dashboard opens" "Canada (CAN)" 15
keys Down Enter
expect_screen "an area opens before suspending" "▾" 5
before=$(screen_text)
keys C-z
if wait_for "Stopped" 5 && wait_gone "Canada (CAN)" 5; then
  pass "C-z stops migof and gives the screen back to the shell"
else
  fail "C-z should stop migof" "$(screen_text)"
fi
keys "stty -a | tr ' ' '\\n' | grep -cxE 'icanon|echo|isig'" Enter
if wait_for "3" 5 && screen_text | grep -qx "3"; then pass "the terminal is restored while stopped (icanon echo isig)"; else fail "tty not restored while stopped" "$(screen_text)"; fi
keys "jobs" Enter
expect_screen "the shell lists migof as a stopped job" "Stopped" 5
keys "fg" Enter
if wait_for "Canada (CAN)" 10; then
  # Poll until the whole frame is back: the first capture may still show a partial repaint.
  deadline=$(( $(date +%s) + 5 ))
  while [ "$(screen_text)" != "$before" ] && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.01; done
  if [ "$(screen_text)" = "$before" ]; then pass "fg restores the screen exactly"; else
    fail "fg should restore the screen exactly" "$(diff <(echo "$before") <(screen_text))"; fi
else
  fail "fg should bring the dashboard back" "$(screen_text)"
fi
keys Down
expect_screen "keys work after fg" "Canada (CAN)"
keys q
expect_screen "q quits after a suspend" 'shell$' 5
keys "echo rc=\$?" Enter
expect_screen "exit status 0 after a suspend and fg" "rc=0" 5
tmux_stop
