#!/usr/bin/env bash
# End-to-end tests: the real binary on temporary stores, then in tmux.
# Usage: MIGOF=/path/to/migof bash Tests/e2e/run.sh
set -u
cd "$(dirname "$0")"
: "${MIGOF:?set MIGOF to the migof binary}"
MIGOF=$(cd "$(dirname "$MIGOF")" && pwd)/$(basename "$MIGOF")
ROOT=$(cd ../.. && pwd)
export MIGOF ROOT
source ./lib.sh
trap 'tmux_stop' EXIT
E2E=$(pwd)
for suite in ${MIGOF_E2E_SUITES:-cli.sh cli-input.sh tui.sh edit.sh answer.sh compare.sh browser.sh suspend.sh config.sh report.sh state.sh copy.sh install.sh fault.sh journal.sh terminal.sh text.sh git.sh load.sh world.sh}; do
  echo "== $suite"
  # From this folder each time, by absolute path: a suite may leave the shell elsewhere
  # (git.sh works in its repositories); a suite that is not there fails.
  cd "$E2E"
  [ -r "$ROOT/Tests/e2e/$suite" ] || { fail "no suite $ROOT/Tests/e2e/$suite"; continue; }
  source "$ROOT/Tests/e2e/$suite"
done
for failure in "${FAILURES[@]}"; do echo "failed: $failure"; done
echo
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
