#!/usr/bin/env bash
# Report benchmark: the physio PDF for ten years of twice-daily sessions, against the one-year report and the
# CSV export of the same data, measured in the same run.
# Usage: bench/report.sh [warm-up runs] [measured runs]   (defaults: 10 and 30, about 15 seconds)
# Not part of `mvn test`; the class is src/test/java/org/exerciseplayer/bench/ReportBenchmark.java.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/report-bench.classpath \
    -DincludeScope=test
exec java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/report-bench.classpath)" \
    org.exerciseplayer.bench.ReportBenchmark "$@"
