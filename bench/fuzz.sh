#!/usr/bin/env bash
# Coverage-guided fuzzing with Jazzer of the catalogue reader, the routine reader and the plan
# (src/test/java/org/exerciseplayer/fuzz), one after the other, each for its @FuzzTest maxDuration (5 minutes), seeded
# with the bad-file corpora and the good files. The invariant (FileInvariant): every input is refused with located
# problems in plain words, or validates, plans within the limits and plays its first minute in virtual time; never
# an exception, never more than 10 s. `mvn verify` only replays the seeds and the findings kept (regression mode).
#
# Usage: bench/fuzz.sh [TEST...]   (default: CatalogueReaderFuzzTest RoutineReaderFuzzTest PlanFuzzTest)
# A finding is written to src/test/resources/org/exerciseplayer/fuzz/<Test>Inputs/<method>/crash-<hash>; keep it
# there (commit it with the fix) and it is replayed by every `mvn verify`. Logs go to bench/results/fuzz-<Test>.log;
# the corpus grown goes to .cifuzz-corpus/ (not committed). Linux x86-64 or arm64, macOS or Windows (Jazzer's own).
set -uo pipefail
cd "$(dirname "$0")/.."
tests=("$@")
[ ${#tests[@]} -eq 0 ] && tests=(CatalogueReaderFuzzTest RoutineReaderFuzzTest PlanFuzzTest)
mkdir -p bench/results
mvn -q -B test-compile || exit 1
findings_before=$(find src/test/resources/org/exerciseplayer/fuzz -name 'crash-*' -o -name 'timeout-*' | sort)
status=0
printf '%-26s %10s %8s %7s %9s %s\n' test executions seconds exec/s coverage result
for test in "${tests[@]}"; do
    log=bench/results/fuzz-$test.log
    mkdir -p "src/test/resources/org/exerciseplayer/fuzz/${test}Inputs"
    # Only the fuzz-regression execution holds the fuzz tests; JAZZER_FUZZ=1 turns it from replaying to fuzzing.
    JAZZER_FUZZ=1 mvn -B surefire:test@fuzz-regression -Dtest="$test" >"$log" 2>&1
    result=$?
    done_line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1)
    runs=$(echo "$done_line" | awk '{print $2}')
    seconds=$(echo "$done_line" | awk '{print $5}')
    coverage=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | awk '{print $2}')
    rate=$([ -n "$runs" ] && [ "${seconds:-0}" -gt 0 ] && echo $((runs / seconds)) || echo -)
    if [ $result -eq 0 ]; then verdict="no finding"; else verdict="FINDING (see $log)"; status=1; fi
    printf '%-26s %10s %8s %7s %9s %s\n' "$test" "${runs:--}" "${seconds:--}" "$rate" "${coverage:--}" "$verdict"
done
findings_after=$(find src/test/resources/org/exerciseplayer/fuzz -name 'crash-*' -o -name 'timeout-*' | sort)
new=$(comm -13 <(echo "$findings_before") <(echo "$findings_after") | sed '/^$/d')
if [ -n "$new" ]; then
    echo "New findings (replayed by mvn verify from now on):"
    echo "$new"
fi
exit $status
