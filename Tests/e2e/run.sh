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
for suite in ${MIGOF_E2E_SUITES:-cli.sh cli-input.sh tui.sh edit.sh compare.sh browser.sh suspend.sh config.sh install.sh fault.sh journal.sh terminal.sh text.sh git.sh load.sh}; do
  echo "== $suite"
  source "./$suite"
done
for failure in "${FAILURES[@]}"; do echo "failed: $failure"; done
echo
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
