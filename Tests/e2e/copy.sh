# y copies the selection as Markdown through OSC 52: tmux (set-clipboard on) takes it into a
# paste buffer, which the test reads; the screen is untouched; TERM=linux is named as dropping it.

new_workspace
DASH="env HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME XDG_STATE_HOME=$XDG_STATE_HOME $MIGOF"
clip_start() { # COMMAND: a private tmux that accepts OSC 52 from the application
  tmux_start 100 30 "$1"
  tmux -L "$TMUX_SOCKET" set -g set-clipboard on
}
buffer() { tmux -L "$TMUX_SOCKET" save-buffer - 2>/dev/null; }
# wait_buffer TEXT: polls the newest paste buffer until it holds TEXT.
wait_buffer() {
  local deadline=$(( $(date +%s%N) / 1000000 + 5000 ))
  while [ $(( $(date +%s%N) / 1000000 )) -lt "$deadline" ]; do
    buffer | grep -qF -- "$1" && return 0
    sleep 0.01
  done
  return 1
}

clip_start "$DASH --country CAN; echo rc=\$?; sleep 60"
expect_screen "the profile opens" "Canada (CAN)" 15
before=$(screen_text | sed '$d')
keys y
expect_screen "the status line says what was copied" "copied Canada's profile summary (Markdown, " 5
if wait_buffer "## Canada (CAN), 2021"; then pass "tmux's buffer holds the profile summary"; else fail "no profile summary in the tmux buffer" "$(buffer)"; fi
OUT=$(buffer)
expect_out "as Markdown: the area table" "| Area | Rating | Label | Basis |"
expect_out "with the areas" "| P1 Migrants' rights | 3 | Meets | reported |"
[ "$(screen_text | sed '$d')" = "$before" ] && pass "the screen above the status line is unchanged" || fail "copying disturbed the screen" "$(screen_text)"
screen_text | grep -q "52;c" && fail "the escape sequence showed on screen" "$(screen_text)" || pass "no escape sequence on screen"

keys b / c a n a d a Enter
expect_screen "the browser finds Canada" "1 of 138" 5
keys y
expect_screen "a row is copied" "copied Canada's row (Markdown, 5 lines)" 5
if wait_buffer "| CAN | Canada | Americas |"; then pass "tmux's buffer holds the row as a Markdown table"; else fail "no row in the tmux buffer" "$(buffer)"; fi
OUT=$(buffer)
expect_out "under the list's header" "| ISO3 | Country | Region | Overall |"

keys Escape Escape c D e n Enter
expect_screen "a comparison opens" "Denmark" 5
keys y
expect_screen "the comparison is copied" "copied the comparison of Canada and Denmark" 5
if wait_buffer "Denmark"; then pass "tmux's buffer holds the comparison table"; else fail "no comparison in the tmux buffer" "$(buffer)"; fi
keys q
expect_screen "quits" "rc=0" 5
tmux_stop

clip_start "env TERM=linux $DASH --country CAN; echo rc=\$?; sleep 60"
expect_screen "the dashboard under TERM=linux" "Canada (CAN)" 15
keys y
expect_screen "the status line says the terminal drops OSC 52" "sent Canada's profile summary as OSC 52, but TERM=linux ignores it" 5
keys q
expect_screen "quits" "rc=0" 5
tmux_stop
