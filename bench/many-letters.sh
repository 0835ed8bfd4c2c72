#!/usr/bin/env bash
# Memory with the number of letters: one `check --format json -o` run over a folder of N copies of
# the example letters, without grammar, in a heap capped at 512 MiB, with its time and peak
# resident memory (GNU time). The streaming reporters should keep memory flat however many letters
# there are; a report held whole would run out of heap. Not a test: run it by hand.
#
# Usage: bench/many-letters.sh [LETTERS] [FORMAT]   (default 20000 letters, json)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-20000}"
format="${2:-json}"
jar=cli/target/letterlint.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests -pl cli -am package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sources=(examples/letters/*.txt)
for i in $(seq 1 "$n"); do
  dir="$work/letters/$(( (i - 1) / 1000 ))"
  mkdir -p "$dir"
  cp "${sources[$(( (i - 1) % ${#sources[@]} ))]}" "$dir/letter-$i.txt"
done
timer=()
[ -x /usr/bin/time ] && timer=(/usr/bin/time -f '%e s, peak %M KiB')
start=$(date +%s)
"${timer[@]}" java -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -jar "$jar" \
  check -q --no-config --no-grammar --fail-on never --format "$format" -o "$work/report.$format" "$work/letters"
echo "$n letters, --format $format: $(( $(date +%s) - start )) s; report $(du -h "$work/report.$format" | cut -f1)"
