#!/usr/bin/env bash
# History store benchmark: ten years of twice-daily sessions recorded through SqliteHistoryStore, then opening
# and loading them, against a bare JDBC read of the same rows. Not part of `mvn test`.
# Usage: bench/history.sh [folder] [warmups] [runs]   (defaults: target/bench-history 5 15)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime
classes=target/classes:$(cat target/bench.classpath)
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$classes" $(find bench/src -name '*.java')
exec java -cp "target/bench-classes:$classes" org.exerciseplayer.bench.HistoryBenchmark "$@"
