#!/usr/bin/env bash
# Drift benchmark: runs a plan against the real clock at demo speed and reports each phase boundary's drift.
# Usage: bench/drift.sh [speed] [planMinutes]   (defaults: 8 and 10, about 75 s of real time)
# Not part of `mvn test`. Results: printed, and every boundary in bench/results/*.csv (not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime
classes=target/classes:$(cat target/bench.classpath)
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$classes" $(find bench/src -name '*.java')
exec java -cp "target/bench-classes:$classes" org.exerciseplayer.bench.DriftBenchmark "$@"
