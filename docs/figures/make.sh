#!/usr/bin/env bash
# Draws the start and end pose of every bundled exercise to docs/figures/*.png, headless (no display needed).
# Extra arguments go to the tool: a catalogue, an output folder, --every-keyframe, --dark.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/figures.classpath
classpath="target/classes:target/test-classes:$(cat target/figures.classpath)"
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
  -cp "$classpath" org.exerciseplayer.ui.figure.FigurePictures "${@:-exercises/hip.json}"
