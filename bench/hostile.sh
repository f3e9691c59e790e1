#!/usr/bin/env bash
# Time and memory of `--validate` on the largest hostile files the limits allow (issue 14), against the bundled
# catalogue measured in the same run: each a fresh JVM (as a person runs it), the median of N rounds, with its peak
# resident memory. The files are made in target/hostile/ (about 150 MB in all) and left there.
# Usage: bench/hostile.sh [rounds]   (default 3). Linux (GNU time). Not part of `mvn test`.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -DincludeScope=runtime
classes=target/classes:$(cat target/bench.classpath)
out=target/hostile
mkdir -p "$out"
python3 - "$out" <<'PY'
import sys, pathlib
out = pathlib.Path(sys.argv[1])
minimal = pathlib.Path("src/test/resources/catalogues/minimal.json").read_text()
cap = 32 * 1024 * 1024
files = {
    "values-32mib.json": '{"sections": [' + ",".join(["0"] * ((cap - 100) // 2)) + "]}",
    "text-32mib.json": minimal.replace('"Hug one knee."', '"' + "a" * (cap - 2000) + '"'),
    "key-32mib.json": minimal.replace('"holdSeconds": 10', '"' + "k" * (cap - 2000) + '": 1'),
}
for name, text in files.items():
    (out / name).write_text(text)
PY
# The corpus's large hostile files, as the corpus tests meet them.
for corpus in src/test/resources/catalogues/bad/*.json.gz; do
    gunzip -c "$corpus" >"$out/$(basename "${corpus%.gz}")"
done
measure() {  # file -> "seconds KiB" medians
    local times=() memories=()
    for _ in $(seq "$rounds"); do
        # --validate exits 1 on a refused file; GNU time writes its figures to a file of their own.
        /usr/bin/time -o target/hostile/time.txt -f '%e %M' java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
            -cp "$classes" org.exerciseplayer.Main --validate "$1" >/dev/null 2>&1 || true
        read -r seconds kib < <(tail -1 target/hostile/time.txt)
        times+=("$seconds"); memories+=("$kib")
    done
    printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (rounds + 1) / 2 ))p")" \
        "$(printf '%s\n' "${memories[@]}" | sort -n | sed -n "$(( (rounds + 1) / 2 ))p")"
}
read -r base_s base_k < <(measure exercises/hip.json)
printf '%-42s %9s %9s %8s %9s\n' file seconds ratio MiB ratio
printf '%-42s %9s %9s %8d %9s\n' "hip.json (baseline)" "$base_s" "1.00" $((base_k / 1024)) "1.00"
for file in "$out"/*.json; do
    read -r s k < <(measure "$file")
    printf '%-42s %9s %9.2f %8d %9.2f\n' "$(basename "$file")" "$s" "$(echo "$s / $base_s" | bc -l)" \
        $((k / 1024)) "$(echo "$k / $base_k" | bc -l)"
done
