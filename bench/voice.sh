#!/usr/bin/env bash
# Voice benchmark: a hip session at 1x against the real clock with espeak-ng's phrases rendered ahead, each phrase's
# start against its planned instant (median, p99, max) with the plain cues as baseline in the same run, the time to
# render the session's phrases into an empty cache and the cache's size.
# Usage: bench/voice.sh [minutes]   (default: the whole hip session, about 39 minutes; e.g. 5 for the first exercise)
# Needs espeak-ng (apt-get install -y espeak-ng). Sound goes to ALSA's null device (set here), so no speaker is needed
# and none is used; the JavaFX media path is the app's own. Not part of `mvn test`; the class is
# src/test/java/org/exerciseplayer/bench/VoiceBenchmark.java.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/voice-bench.classpath -DincludeScope=test
alsa=$(mktemp -d)
trap 'rm -rf "$alsa"' EXIT
echo 'pcm.!default { type plug slave { pcm { type null } format S16_LE rate 22050 channels 2 } }' > "$alsa/asound.conf"
ALSA_CONFIG_PATH="$alsa/asound.conf" java -Dglass.platform=Monocle -Dmonocle.platform=Headless \
    -Dprism.order=sw -Djava.awt.headless=true \
    -cp "target/test-classes:target/classes:$(cat target/voice-bench.classpath)" \
    org.exerciseplayer.bench.VoiceBenchmark "$@"
