#!/usr/bin/env bash
# Memory and CPU through a whole session: the real app driven through a session (bench/src/.../app/SessionDriver)
# against a bare JavaFX hello-world (HelloSession), each a fresh JVM, alternately, sampled from /proc/<pid>.
# Usage: bench/session.sh [rounds] [speed] [secondsPerStretch]   (defaults 3, 1, 8: about 5 minutes)
# SESSION_JAVA_OPTIONS="..." adds the floor and the app again with those options (the app's own, as it ships);
# SESSION_BEFORE_CLASSES=DIR (another build's target/classes) adds that app, with SESSION_BEFORE_OPTIONS if given.
# Under dbus-run-session the app has a session bus, as on a desktop (keep-awake, MPRIS).
# Needs a display; without DISPLAY it starts Xvfb on :96 (apt-get install -y xvfb libgtk-3-0). Linux only (/proc).
# Not part of `mvn test`.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ]; then
    if [ ! -e /tmp/.X11-unix/X96 ]; then
        Xvfb :96 -screen 0 1280x800x24 >/dev/null 2>&1 &
        xvfb=$!
        trap 'kill $xvfb 2>/dev/null || true' EXIT
        sleep 1
    fi
    export DISPLAY=:96
fi
# bench/run.sh sets java.awt.headless, which JavaFX does not read; the children get a clean command line.
bench/run.sh SessionResources "$@"
