#!/usr/bin/env bash
# Makes the handout's page images for the docs: writes sample handouts (HandoutSamples) and renders two pages.
# Needs: poppler-utils (pdftoppm) and imagemagick (Debian: apt-get install -y poppler-utils imagemagick).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/screenshots.classpath
java -cp "target/classes:target/test-classes:$(cat target/screenshots.classpath)" \
  org.exerciseplayer.handout.HandoutSamples target/handouts
page() { # pdf, page number, png
  pdftoppm -gray -r 75 -png -f "$2" -l "$2" -singlefile "target/handouts/$1" "target/handouts/page"
  convert target/handouts/page.png -colors 16 -define png:compression-level=9 "docs/screenshots/$3"
}
page three.pdf 1 handout-page-1.png
page all-large.pdf 2 handout-large-type.png
