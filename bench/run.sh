#!/usr/bin/env bash
# letterlint benchmark: cold single-letter time, batch throughput and peak memory.
# Usage: bench/run.sh [LETTERS]   (default 100). Not a test: run it by hand and put the figures in notes.
# Peak memory is the maximum resident set size reported by GNU time (/usr/bin/time -v) when present.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100}"
jar=cli/target/letterlint.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
java_opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto)
out=bench/out
rm -rf "$out" && mkdir -p "$out/letters"
# A batch made from the example and corpus letters, copied round-robin.
sources=(examples/letters/*.txt cli/src/test/resources/corpus/letters/*.txt)
for i in $(seq 1 "$n"); do
  src="${sources[$(( (i - 1) % ${#sources[@]} ))]}"
  cp "$src" "$out/letters/$(printf 'letter-%04d' "$i")-$(basename "$src")"
done
one=examples/letters/outcome-defensive.txt

measure() { # label, command...
  local label="$1"; shift
  local start end
  if [ -x /usr/bin/time ]; then
    start=$(date +%s.%N)
    /usr/bin/time -v -o "$out/time.txt" "$@" > /dev/null 2>"$out/stderr.txt" || true
    end=$(date +%s.%N)
    local rss
    rss=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$out/time.txt")
    printf '%-34s %6.2f s   peak RSS %4d MiB\n' "$label" "$(echo "$end - $start" | bc)" "$((rss / 1024))"
  else
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s.%N)
    printf '%-34s %6.2f s\n' "$label" "$(echo "$end - $start" | bc)"
  fi
}

echo "letterlint benchmark on $(nproc) cores, $(java -version 2>&1 | head -1)"
java "${java_opts[@]}" -jar "$jar" check "$one" > /dev/null 2>&1 || true  # warm the file cache
for run in 1 2 3; do
  measure "cold, one letter (run $run)" java "${java_opts[@]}" -jar "$jar" check --format json --no-config "$one"
done
for jobs in 1 2; do
  measure "batch, $n letters, $jobs thread(s)" java "${java_opts[@]}" -jar "$jar" check --format json --no-config -j "$jobs" "$out/letters"
done
echo "letters per second = $n / batch seconds"
