#!/usr/bin/env bash
# Runs the libFuzzer build of the harness (`make fuzz`) on each reader for FUZZ_SECONDS.
# usage: Tests/fuzz/run.sh BINARY   (environment: FUZZ_SECONDS, FUZZ_READERS, FUZZ_WORK)
#
# Each reader grows its own corpus in $FUZZ_WORK/corpus/<reader>/ (the committed seeds in
# Tests/fuzz/corpus/<reader>/ are read, never written) and saves any failing input in
# $FUZZ_WORK/crashes/<reader>/. Exits 1 when a reader found a crash, a failed check or a hang.
set -u
bin=${1:?usage: run.sh BINARY}
seconds=${FUZZ_SECONDS:-30}
readers=${FUZZ_READERS:-store journal framework theme}
work=${FUZZ_WORK:-.build/fuzz-lib}
failed=0
for reader in $readers; do
    [ -d "Tests/fuzz/corpus/$reader" ] || { echo "fuzz: no seed corpus Tests/fuzz/corpus/$reader"; exit 2; }
    mkdir -p "$work/corpus/$reader" "$work/crashes/$reader"
    log="$work/$reader.log"
    before=$(ls "$work/crashes/$reader" | wc -l)
    # -timeout: an input that takes 10 s is a hang; -rss_limit_mb: one that takes 2 GB is a leak.
    MIGOF_FUZZ_READER=$reader "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$work/crashes/$reader/" \
        "$work/corpus/$reader" "Tests/fuzz/corpus/$reader" >"$log" 2>&1
    status=$?
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    found=$(( $(ls "$work/crashes/$reader" | wc -l) - before ))
    echo "fuzz $reader: ${runs:-?} inputs in ${seconds} s (${rate:-?}/s); ${last:-no status line}; $found new crash files"
    if [ "$status" -ne 0 ] || [ "$found" -gt 0 ]; then
        failed=1
        grep -E 'migof-fuzz:|ERROR|SUMMARY|Fatal error|Test unit written' "$log" | head -20
        echo "fuzz $reader: log $log; replay a crash with: .build/debug/MigofFuzz --reader $reader FILE"
    fi
done
exit $failed
