#!/usr/bin/env bash
# Writes the classes the app loads up to its first frame (and the pulse after it): src/main/jpackage/linux/classes.lst,
# from which the Linux launcher makes its class-data-sharing archive, and, of those, the ones not from the JDK
# (JavaFX, the libraries, the app) to src/main/resources/org/exerciseplayer/app/first-frame-classes.txt, which
# app/ClassPreloader loads on a background thread while the toolkit starts. Run it again when start-up changes
# much; classes named that are gone are skipped, and new ones just load the ordinary way.
# Needs a display; without DISPLAY it starts Xvfb on :95 (apt-get install -y xvfb libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/startup.classpath -DincludeScope=runtime
if [ -z "${DISPLAY:-}" ]; then
    if [ ! -e /tmp/.X11-unix/X95 ]; then
        Xvfb :95 -screen 0 1280x800x24 >/dev/null 2>&1 &
        xvfb=$!
        trap 'kill $xvfb 2>/dev/null || true' EXIT
        sleep 1
    fi
    export DISPLAY=:95
fi
data=$(mktemp -d)
list=src/main/jpackage/linux/classes.lst
java -XX:DumpLoadedClassList="$list.tmp" -cp "target/classes:$(cat target/startup.classpath)" org.exerciseplayer.Main \
    --data-dir "$data" --exit-after-first-frame
rm -rf "$data"
# Only class names and the JDK's lambda entries: the "id:"/"source:" parts name this machine's paths.
sed -e 's/ id: .*//' "$list.tmp" > "$list" && rm "$list.tmp"
echo "$(wc -l < "$list") classes in $list"
preload=src/main/resources/org/exerciseplayer/app/first-frame-classes.txt
grep -v -e '^@' -e '^#' -e '^java/' -e '^javax/' -e '^jdk/' -e '^sun/' -e '^com/sun/crypto/' -e '^com/sun/jmx/' \
    -e '^com/sun/management/' -e '^com/sun/proxy/' -e '^com/sun/net/' -e '^org/sqlite/' "$list" > "$preload"
echo "$(wc -l < "$preload") classes in $preload"
