#!/usr/bin/env bash
# Makes the README's screenshots from the real window (JavaFX on GTK), under a virtual display.
# Needs: Xvfb and libgtk-3-0 (Debian: apt-get install -y xvfb libgtk-3-0). Writes docs/screenshots/*.png.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/screenshots.classpath
classpath="target/classes:target/test-classes:$(cat target/screenshots.classpath)"
run() {
  java -Dprism.order=sw -cp "$classpath" org.exerciseplayer.app.Screenshots docs/screenshots
}
if [ -n "${DISPLAY:-}" ]; then
  run
else
  Xvfb :97 -screen 0 1920x1080x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb' EXIT
  sleep 1
  DISPLAY=:97 run
fi
