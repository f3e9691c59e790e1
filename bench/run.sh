#!/usr/bin/env bash
# Compiles the benchmarks in bench/src against the app's runtime class path and runs one of them.
# Usage: bench/run.sh CLASS [arguments...]   e.g. bench/run.sh DriftBenchmark 8 10
# The scripts beside this one call it; benchmarks are not part of `mvn test`.
set -euo pipefail
cd "$(dirname "$0")/.."
benchmark=$1
shift
# The runtime class path only, as the app ships (-DincludeScope; -Dmdep.includeScope is not read).
mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -DincludeScope=runtime
classes=target/classes:$(cat target/bench.classpath)
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$classes" $(find bench/src -name '*.java')
exec java -Djava.awt.headless=true -cp "target/bench-classes:$classes" "org.exerciseplayer.bench.$benchmark" "$@"
