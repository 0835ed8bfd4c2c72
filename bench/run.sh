#!/usr/bin/env bash
# letterlint benchmark: cold single-letter time, batch throughput and peak memory, with and
# without grammar, on 1 and 2 threads, and the same single letter through LanguageTool's own
# command line (English only, same JVM and flags) as a peer.
#
# Usage: bench/run.sh [LETTERS] [--no-peer]   (default 100 letters)
# Not a test: run it by hand and put the figures in your notes. Peak memory is the maximum
# resident set size from GNU time (/usr/bin/time -v) when it is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100}"
peer=yes
[ "${2:-}" = "--no-peer" ] && peer=no
jar=cli/target/letterlint.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
# The launcher's flags: a short-lived command does best with C1 only and the serial collector.
java_opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
out=bench/out
rm -rf "$out/letters" && mkdir -p "$out/letters"
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
  start=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$out/time.txt" "$@" > /dev/null 2>"$out/stderr.txt" || true
  else
    "$@" > /dev/null 2>&1 || true
  fi
  end=$(date +%s.%N)
  local seconds rss=""
  seconds=$(echo "$end - $start" | bc)
  if [ -f "$out/time.txt" ]; then
    rss=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); printf "   peak RSS %4d MiB", $2 / 1024}' "$out/time.txt")
  fi
  printf '%-44s %6.2f s%s\n' "$label" "$seconds" "$rss"
}

echo "letterlint benchmark: $(nproc) cores, $(java -version 2>&1 | head -1), $n letters"
lint=(java "${java_opts[@]}" -jar "$jar" check --format json --no-config)
"${lint[@]}" --no-grammar "$one" > /dev/null 2>&1 || true  # warm the file cache
for run in 1 2 3; do
  measure "cold, one letter, no grammar (run $run)" "${lint[@]}" --no-grammar "$one"
done
for run in 1 2 3; do
  measure "cold, one letter, with grammar (run $run)" "${lint[@]}" "$one"
done
for jobs in 1 2; do
  measure "batch of $n, no grammar, $jobs thread(s)" "${lint[@]}" --no-grammar -j "$jobs" "$out/letters"
done
for jobs in 1 2; do
  measure "batch of $n, with grammar, $jobs thread(s)" "${lint[@]}" -j "$jobs" "$out/letters"
done
echo "(letters per second = $n / batch seconds)"

if [ "$peer" = yes ]; then
  # Peer: LanguageTool's own command line, English only, fetched from Maven Central once.
  lt="$out/languagetool-cli"
  if [ ! -d "$lt" ]; then
    ./mvnw -q -B -f bench/peers/languagetool/pom.xml dependency:copy-dependencies -DoutputDirectory="$PWD/$lt"
  fi
  for run in 1 2 3; do
    measure "peer: LanguageTool CLI, one letter (run $run)" java "${java_opts[@]}" -cp "$lt/*" org.languagetool.commandline.Main -l en-GB "$one"
  done
fi
