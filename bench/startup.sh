#!/usr/bin/env bash
# Start-up benchmark: time to the first frame of the home screen and peak memory, against a bare JavaFX
# hello-world (bench/src/.../HelloFloor.java) measured in the same run, each in a fresh JVM, alternately.
# Usage: bench/startup.sh [runs] [warmups]   (defaults: 10 and 2 of each)
# Needs a display; without DISPLAY it starts Xvfb on :95 (apt-get install -y xvfb libgtk-3-0) and stops it after.
# Measures the packaged image too when target/dist/exercise-player/bin/exercise-player exists (mvn -Ppackage),
# with the class-data-sharing archive its Linux launcher makes on a first start (made here before measuring).
# Extra JVM options for the floor and jar runs: STARTUP_JAVA_OPTS="-Xshare:off" bench/startup.sh
# The "jar-o" row is the jar with the options the app is started with (STARTUP_APP_OPTS, empty to leave it out).
# Another image: STARTUP_IMAGE=path/bin/exercise-player; another build of the app from its classes in the same run
# (a "baseline" row): STARTUP_BASELINE_CLASSES=/tmp/before/target/classes; a second image (an "other" row):
# STARTUP_OTHER_IMAGE=path/bin/exercise-player
# Not part of `mvn test`.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
warmups=${2:-2}
# The runtime classpath only, as the app ships (-DincludeScope; -Dmdep.includeScope is not read).
mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/startup.classpath -DincludeScope=runtime
classes=target/classes:$(cat target/startup.classpath)
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$classes" $(find bench/src -name '*.java')

if [ -z "${DISPLAY:-}" ]; then
    if [ ! -e /tmp/.X11-unix/X95 ]; then
        Xvfb :95 -screen 0 1280x800x24 >/dev/null 2>&1 &
        xvfb=$!
        trap 'kill $xvfb 2>/dev/null || true' EXIT
        sleep 1
    fi
    export DISPLAY=:95
fi

out=target/bench-startup
rm -rf "$out" && mkdir -p "$out/data"
java_opts=${STARTUP_JAVA_OPTS:-}
image=${STARTUP_IMAGE:-target/dist/exercise-player/bin/exercise-player}
declare -A commands=(
    [floor]="java $java_opts -cp target/bench-classes:$classes org.exerciseplayer.bench.HelloFloor"
    [jar]="java $java_opts -cp $classes org.exerciseplayer.Main --data-dir $out/data --exit-after-first-frame"
)
order=(floor jar)
# The jar again with the Java options the app is started with (mvn javafx:run's <options>, the image's
# --java-options); the floor keeps the JVM's defaults. STARTUP_APP_OPTS= (empty) leaves the row out.
app_opts=${STARTUP_APP_OPTS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xms32m -Xmn16m}
if [ -n "$app_opts" ]; then
    commands[jar-o]="java $java_opts $app_opts -cp $classes org.exerciseplayer.Main --data-dir $out/data --exit-after-first-frame"
    order+=(jar-o)
fi
# Another build of the app to compare with in the same run, e.g. an earlier commit's target/classes.
if [ -n "${STARTUP_BASELINE_CLASSES:-}" ]; then
    commands[baseline]="java $java_opts -cp $STARTUP_BASELINE_CLASSES:$(cat target/startup.classpath) org.exerciseplayer.Main --data-dir $out/data --exit-after-first-frame"
    order+=(baseline)
fi
if [ -x "$image" ]; then
    commands[image]="$image --data-dir $out/data --exit-after-first-frame"
    order+=(image)
    # The Linux launcher makes its class-data-sharing archive in the background on its first start: start it once
    # and wait for the archive, so that every measured run has it, as every start after a person's first does.
    export XDG_CACHE_HOME=$out/cache
    if head -c 2 "$image" | grep -q '#!'; then
        "$image" --validate >/dev/null
        for ((i = 0; i < 120; i++)); do
            compgen -G "$out/cache/exercise-player/classes-*.jsa" >/dev/null && break
            sleep 1
        done
        compgen -G "$out/cache/exercise-player/classes-*.jsa" >/dev/null || { echo "no archive made" >&2; exit 1; }
    fi
fi
# A second image to compare with in the same run, e.g. one with jpackage's own launcher: STARTUP_OTHER_IMAGE=path/bin/x
if [ -n "${STARTUP_OTHER_IMAGE:-}" ]; then
    commands[other]="$STARTUP_OTHER_IMAGE --data-dir $out/data --exit-after-first-frame"
    order+=(other)
fi

# One run: appends "<first-frame-ms> <peak RSS in KiB>" to $out/<name>.txt unless it is a warm-up.
measure() {
    local name=$1 keep=$2
    local line rss
    line=$(/usr/bin/time -v -o "$out/time.txt" ${commands[$name]} 2>"$out/stderr.txt" | grep '^first-frame-ms=' || true)
    if [ -z "$line" ]; then
        echo "$name printed no first-frame-ms line; its stderr:" >&2
        cat "$out/stderr.txt" >&2
        exit 1
    fi
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time.txt")
    if [ "$keep" = yes ]; then
        echo "${line#first-frame-ms=} $rss" >> "$out/$name.txt"
    fi
}

for ((i = 0; i < warmups; i++)); do
    for name in "${order[@]}"; do measure "$name" no; done
done
for ((i = 0; i < runs; i++)); do
    for name in "${order[@]}"; do measure "$name" yes; done
done

# median and minimum of column $2 of file $1
stat() { sort -n -k"$2","$2" "$1" | awk -v c="$2" '{v[NR]=$c} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2; printf "%d %d %d", m, v[1], v[NR]}'; }

echo "Start-up, $runs runs each after $warmups warm-ups, alternating; java: $(java -version 2>&1 | head -1)"
printf "%-6s %18s %10s %18s %16s\n" "" "first frame median" "min" "peak RSS median" "ratio to floor"
read -r floor_ms _ _ <<< "$(stat "$out/floor.txt" 1)"
read -r floor_rss _ _ <<< "$(stat "$out/floor.txt" 2)"
for name in "${order[@]}"; do
    read -r ms min _ <<< "$(stat "$out/$name.txt" 1)"
    read -r rss _ rss_max <<< "$(stat "$out/$name.txt" 2)"
    printf "%-6s %15d ms %7d ms %14d MiB %10.2f time, %.2f RSS\n" "$name" "$ms" "$min" $((rss / 1024)) \
        "$(echo "$ms / $floor_ms" | bc -l)" "$(echo "$rss / $floor_rss" | bc -l)"
done
echo "Every run: $out/<name>.txt (first-frame ms, peak RSS KiB)"
