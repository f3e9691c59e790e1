#!/usr/bin/env bash
# The player of every hip exercise at 1024x640, 1366x768, 1920x1080 and 3840x2160, text 1x and 2x, and presenter
# mode: full-size and quarter-size pictures and the table of figure sizes and cut-off steps
# (src/test/java/.../app/FloorScreenshots.java). Usage: bench/floor-screens.sh [FOLDER] [CATALOGUE]
# (default target/floor-screens, exercises/hip.json); FLOOR_JAVA_OPTIONS="-Dfloor.only=1366x768-text1" takes one size.
# Needs Xvfb (apt-get install -y xvfb libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/screenshots.classpath
classpath="target/classes:target/test-classes:$(cat target/screenshots.classpath)"
run() {
  java -Dprism.order=sw ${FLOOR_JAVA_OPTIONS:-} -cp "$classpath" org.exerciseplayer.app.FloorScreenshots "$@"
}
if [ -n "${DISPLAY:-}" ]; then
  run "$@"
else
  Xvfb :63 -screen 0 3840x2160x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb' EXIT
  sleep 1
  DISPLAY=:63 run "$@"
fi
