#!/usr/bin/env bash
# History store benchmark: ten years of twice-daily sessions recorded through SqliteHistoryStore, then opening
# and loading them, against a bare JDBC read of the same rows. Not part of `mvn test`.
# Usage: bench/history.sh [folder] [warmups] [runs]   (defaults: target/bench-history 5 15)
set -euo pipefail
exec "$(dirname "$0")/run.sh" HistoryBenchmark "$@"
