#!/usr/bin/env bash
# Issue 11's start-up ratios: the app with --timings against a bare JavaFX window (bench.BareWindow), same class
# path and JVM, interleaved under one Xvfb. Prints one line per run: variant, ms to window-shown, ms to events-shown,
# events, peak RSS in MB. Usage: packaging/startup-ratios.sh ROUNDS FOLDER   (after test-compile and bench.cp, see
# docs/BENCHMARKS.md; FOLDER e.g. from bench.GeneratedNewsFolder).
set -u
rounds=${1:-3}
folder=${2:?folder of articles}
CP="target/test-classes:target/classes:$(cat target/bench.cp)"
Xvfb :91 -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb' EXIT
sleep 2
export DISPLAY=:91
run() { # name, then the java arguments
  local name=$1; shift
  local out; out=$(mktemp)
  /usr/bin/time -f "rss %M" -o "$out.rss" java -cp "$CP" "$@" >"$out" 2>/dev/null &
  local pid=$!
  for _ in $(seq 1 900); do
    if grep -q "events-shown" "$out" || { [ "$name" = bare ] && grep -q "window-shown" "$out"; }; then break; fi
    kill -0 "$pid" 2>/dev/null || break; sleep 0.1
  done
  sleep 0.5
  pkill -TERM -P "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  local w e n
  w=$(awk '/window-shown/ {print $3}' "$out"); e=$(awk '/events-shown/ {print $4}' "$out")
  n=$(awk '/events-shown/ {print $3}' "$out")
  echo "$name window ${w:--} events ${e:--} n ${n:--} rss_mb $(( $(awk '/rss/ {print $2}' "$out.rss") / 1024 ))"
  rm -f "$out" "$out.rss"
}
for r in $(seq 1 "$rounds"); do
  run bare "org.diplomatictimeline.bench.BareWindow\$Launcher"
  run seeds org.diplomatictimeline.cli.Main --timings
  run folder org.diplomatictimeline.cli.Main --timings "$folder"
done
