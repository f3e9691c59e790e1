#!/usr/bin/env bash
# Drift benchmark: runs a plan against the real clock at demo speed and reports each phase boundary's drift.
# Usage: bench/drift.sh [speed] [planMinutes]   (defaults: 8 and 10, about 75 s of real time)
# Not part of `mvn test`. Results: printed, and every boundary in bench/results/*.csv (not committed).
set -euo pipefail
exec "$(dirname "$0")/run.sh" DriftBenchmark "$@"
