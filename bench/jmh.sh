#!/usr/bin/env bash
# JMH benchmarks (bench/jmh): loading a generated 5,000-exercise catalogue, expanding a 200-exercise routine,
# filtering the home list as a person types, each beside its baseline. Compiled here against the app's classes
# and JMH (profile -Pjmh, provided scope), so neither the app's build nor `mvn verify` sees them.
# Usage: bench/jmh.sh [JMH options...]   e.g. bench/jmh.sh HomeFilter -p query=knee
# Without options: 1 fork, 3 warm-up and 5 measured iterations of 1 s per benchmark (about 3 minutes).
# Results also go to target/jmh-result.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
# -DincludeScope=compile gives compile and provided scope: the app's jars and JMH's.
mvn -q -B -Pjmh compile dependency:build-classpath -Dmdep.outputFile=target/jmh.classpath -DincludeScope=compile
classes=target/classes:$(cat target/jmh.classpath)
rm -rf target/jmh-classes && mkdir -p target/jmh-classes
# JMH's annotation processor writes the generated benchmark classes and META-INF/BenchmarkList.
javac -d target/jmh-classes -cp "$classes" -processorpath "$(cat target/jmh.classpath)" \
    $(find bench/jmh -name '*.java')
if [ $# -eq 0 ]; then
    set -- -f 1 -wi 3 -w 1s -i 5 -r 1s
fi
java -Djava.awt.headless=true -cp "target/jmh-classes:$classes" org.openjdk.jmh.Main "$@" \
    -rf text -rff target/jmh-result.txt
