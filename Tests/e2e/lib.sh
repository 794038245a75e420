# Shared helpers for the end-to-end tests: counters, assertions, a temporary home,
# and a private tmux server per run that is polled, never slept on.
set -u

PASSED=0
FAILED=0
FAILURES=()

pass() { PASSED=$((PASSED + 1)); printf '  ok    %s\n' "$1"; }
fail() {
  FAILED=$((FAILED + 1)); FAILURES+=("$1"); printf '  FAIL  %s\n' "$1"
  [ $# -gt 1 ] && printf '%s\n' "$2" | sed 's/^/        /' | head -40
  return 0
}

# check NAME COMMAND...: passes when the command succeeds.
check() { local name=$1; shift; if "$@"; then pass "$name"; else fail "$name"; fi; }

# run_migof ARGS...: runs the binary, capturing OUT, ERR and RC.
run_migof() {
  OUT=$("$MIGOF" "$@" 2>"$WORK/stderr") ; RC=$?
  ERR=$(cat "$WORK/stderr")
}

expect_rc() { # NAME WANT
  if [ "$RC" -eq "$2" ]; then pass "$1 (exit $2)"; else fail "$1: exit $RC, want $2" "stdout: $OUT
stderr: $ERR"; fi
}
expect_out() { # NAME FIXED-STRING
  if grep -qF -- "$2" <<<"$OUT"; then pass "$1"; else fail "$1: stdout lacks '$2'" "$OUT"; fi
}
expect_err() { # NAME FIXED-STRING
  if grep -qF -- "$2" <<<"$ERR"; then pass "$1"; else fail "$1: stderr lacks '$2'" "$ERR"; fi
}
same_file() { # NAME FILE SHA
  if [ "$(sha256sum < "$2")" = "$3" ]; then pass "$1"; else fail "$1: $2 changed on disk"; fi
}

new_workspace() {
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/migof-e2e.XXXXXX")
  export HOME="$WORK/home" XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" XDG_STATE_HOME="$WORK/state"
  unset MIGOF_STORE MIGOF_THEME NO_COLOR
  mkdir -p "$HOME"
}

# mgi_default_store: the default store ($XDG_DATA_HOME/migof/store.json) built from the bundled
# CSV under the MGI topics, whose 1-4 indicators (P1.1 …) the editing flows score; the bundled
# store itself is scored with SDG 10.7.2. Commands then pick mgi-topics from the store itself.
mgi_default_store() {
  mkdir -p "$XDG_DATA_HOME/migof"
  "$MIGOF" import sdg "$ROOT/Sources/MigofCore/Resources/sdg-10-7-2.csv" --new --framework mgi-topics \
    --store "$XDG_DATA_HOME/migof/store.json" >/dev/null 2>&1
}

# --- tmux -------------------------------------------------------------------
TMUX_SOCKET=""
tmux_start() { # WIDTH HEIGHT COMMAND: a private server per session, as the terminal notes advise.
  # Each dashboard starts on its usual first screen: the view the last one remembered is
  # forgotten, unless the test sets KEEP_VIEW=1 to check the remembering itself.
  [ -n "${KEEP_VIEW:-}" ] || rm -f "${XDG_STATE_HOME:-$HOME/.local/state}/migof/state.json"
  TMUX_SOCKET="migof-e2e-$$-$RANDOM"
  tmux -L "$TMUX_SOCKET" -f /dev/null start-server \; set -g default-terminal tmux-256color \; \
    new-session -d -s t -x "$1" -y "$2" "$3"
}
tmux_stop() { [ -n "$TMUX_SOCKET" ] && tmux -L "$TMUX_SOCKET" kill-server 2>/dev/null; TMUX_SOCKET=""; }
screen_text() { tmux -L "$TMUX_SOCKET" capture-pane -p -t t 2>/dev/null; }
keys() { tmux -L "$TMUX_SOCKET" send-keys -t t "$@"; }
resize() { tmux -L "$TMUX_SOCKET" resize-window -t t -x "$1" -y "$2"; }

# wait_for TEXT [SECONDS]: polls the screen every 10 ms until TEXT shows up.
wait_for() {
  local deadline=$(( $(date +%s%N) / 1000000 + ${2:-5} * 1000 ))
  while [ $(( $(date +%s%N) / 1000000 )) -lt "$deadline" ]; do
    if screen_text | grep -qF -- "$1"; then return 0; fi
    sleep 0.01
  done
  return 1
}
# wait_gone TEXT [SECONDS]: polls until TEXT is no longer on the screen.
wait_gone() {
  local deadline=$(( $(date +%s%N) / 1000000 + ${2:-5} * 1000 ))
  while [ $(( $(date +%s%N) / 1000000 )) -lt "$deadline" ]; do
    if ! screen_text | grep -qF -- "$1"; then return 0; fi
    sleep 0.01
  done
  return 1
}
# expect_screen NAME TEXT [SECONDS]
expect_screen() {
  if wait_for "$2" "${3:-5}"; then pass "$1"; else fail "$1: screen lacks '$2'" "$(screen_text)"; fi
}
