# The dashboard in a real terminal (tmux), on a temporary store and XDG folders.

new_workspace
cat > "$WORK/wrap.sh" <<WRAP
#!/bin/sh
# Keep the pane alive after migof exits so its status and the tty state can be read.
trap : INT TERM
"$MIGOF" "\$@"
echo "rc=\$?"
stty -a | tr ' ' '\n' | grep -E '^-?(icanon|echo|isig)\$' | tr '\n' ' '
echo
echo "wrapper-done"
sleep 60
WRAP
chmod +x "$WORK/wrap.sh"
WRAPPED="env HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME $WORK/wrap.sh"

# The wrapper prints the tty flags after migof exits: all three on, none negated.
restored() {
  local flags; flags=$(screen_text | grep -E '^-?(isig|icanon|echo)( |$)')
  for flag in isig icanon echo; do
    grep -qw -- "$flag" <<<"$flags" && ! grep -q -- "-$flag" <<<"$flags" || return 1
  done
}

tmux_start 100 30 "$WRAPPED"
expect_screen "dashboard opens with the help hint" "Press ? for help" 15
expect_screen "home shows the six areas" "O3 Safe, orderly and regular"
keys /
keys C a n a d a
expect_screen "search narrows to Canada" "1 of 138"
keys Enter
keys Enter
expect_screen "profile opens" "Canada (CAN)"
screen=$(screen_text)
ok=1
for row in P1:3:Meets P2:4:Fully P3:4:Fully O1:4:Fully O2:4:Fully O3:4:Fully; do
  IFS=: read -r area want label <<<"$row"
  grep -qE "[▸▾] $area [^┃]* $want $label" <<<"$screen" || { ok=0; fail "Canada 2021 $area should be $want" "$screen"; }
done
[ $ok -eq 1 ] && pass "six 2021 ratings of Canada on screen"
keys [
expect_screen "year switches to 2019" "[2019]"
resize 40 10
expect_screen "40x10 still draws" "Press ? for help"
resize 30 8
expect_screen "below the minimum it says so" "need 40x10, have 30x8"
resize 100 30
expect_screen "growing back redraws the profile" "Canada (CAN)"
keys ?
expect_screen "help opens" "Keys · Esc closes"
keys Escape
if wait_gone "Keys · Esc closes"; then pass "Esc closes help"; else fail "help still open" "$(screen_text)"; fi
keys q
expect_screen "q exits 0" "rc=0"
expect_screen "wrapper finished" "wrapper-done"
if restored; then pass "terminal restored after q"; else fail "tty not restored after q" "$(screen_text)"; fi
tmux_stop

tmux_start 100 30 "$WRAPPED"
expect_screen "second start" "Press ? for help" 15
keys C-c
expect_screen "Ctrl-C exits 130" "rc=130"
expect_screen "wrapper finished" "wrapper-done"
if restored; then pass "terminal restored after Ctrl-C"; else fail "tty not restored after Ctrl-C" "$(screen_text)"; fi
tmux_stop

tmux_start 100 30 "$WRAPPED --country DNK --theme light"
expect_screen "deep link opens Denmark" "Denmark (DNK)" 15
pane=$(tmux -L "$TMUX_SOCKET" display -p -t t '#{pane_pid}')
app=""
for _ in $(seq 300); do app=$(pgrep -P "$pane" -x migof || true); [ -n "$app" ] && break; sleep 0.01; done
kill -TERM "$app"
expect_screen "SIGTERM exits 143" "rc=143"
expect_screen "wrapper finished" "wrapper-done"
if restored; then pass "terminal restored after SIGTERM"; else fail "tty not restored after SIGTERM" "$(screen_text)"; fi
tmux_stop

tmux_start 100 30 "env LC_ALL=C LANG=C $WRAPPED --country CIV"
expect_screen "a C locale still works, with ASCII boxes" "# Areas, 2021 ===" 15
expect_screen "accents fall back to ASCII" "Cote d'Ivoire (CIV)"
expect_screen "arrows and marks fall back to ASCII" "since 2019, published: 2 -> 3 ^"
keys q
expect_screen "C locale quits cleanly" "rc=0"
tmux_stop

tmux_start 100 30 "$WRAPPED --area O2"
expect_screen "deep link opens O2" "Objective O2 · SDG 10.7.2 domain 5" 15
tmux_stop

rm -rf "$WORK"
