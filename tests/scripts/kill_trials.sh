#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The full kill -9 run (issue 16): 100 trials of each of the four operations (an
# import and a restore of network-scale data, a migration from the oldest schema, sheet
# autosave while typing), 400 in all. Each test prints its tally; this prints them together.
# CI runs the same tests with 10 trials each at small scale.
# Usage: kill_trials.sh BUILD_DIR [TRIALS] [SCALE]   (defaults: 100 network)
set -euo pipefail

build="${1:?usage: kill_trials.sh BUILD_DIR [TRIALS] [SCALE]}"
export PACTESUR_KILL_TRIALS="${2:-100}"
export PACTESUR_KILL_IMPORT_SCALE="${3:-network}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
# A hundred network-scale trials run far past Qt Test's five-minute watchdog.
export QTEST_FUNCTION_TIMEOUT=${QTEST_FUNCTION_TIMEOUT:-7200000}
# ...and print their tally after every trial, so that a run stopped early says how far it got.
export PACTESUR_KILL_PROGRESS=1
log="$(mktemp -d)"
status=0
for operation in import restore migration autosave; do
    test="$build/tests/crash/tst_killtrials_$operation"
    start=$(date +%s)
    if ! nice -n 5 "$test" > "$log/$operation.txt" 2>&1; then
        status=1
        echo "kill_trials: $operation failed; its output follows" >&2
        cat "$log/$operation.txt" >&2
    fi
    echo "$operation: $(( $(date +%s) - start )) s"
done
echo "--- tallies ($PACTESUR_KILL_TRIALS trials per operation, $PACTESUR_KILL_IMPORT_SCALE scale)"
grep -h "QINFO" "$log"/*.txt | sed 's/^QINFO *: *[^ ]* //'
rm -rf "$log"
exit $status
