#!/usr/bin/env bash
# Prints the milliseconds from starting COMMAND until its window "Diplomatic Timeline" is mapped on a private Xvfb,
# once per run, then the median. Usage: packaging/window-time.sh RUNS COMMAND...
# Needs Xvfb and xwininfo (Debian: xvfb, x11-utils). Used for docs/BENCHMARKS-startup.md.
set -euo pipefail
runs=$1; shift
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1
times=()
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  DISPLAY=$display "$@" >/dev/null 2>&1 &
  app=$!
  ms=timeout
  while kill -0 "$app" 2>/dev/null; do
    if DISPLAY=$display xwininfo -name "Diplomatic Timeline" 2>/dev/null | grep -q IsViewable; then
      ms=$(( ($(date +%s%N) - start) / 1000000 ))
      break
    fi
    [ $(( ($(date +%s%N) - start) / 1000000000 )) -lt 60 ] || break
    sleep 0.01
  done
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  echo "run $i: $ms ms"
  [ "$ms" = timeout ] || times+=("$ms")
done
[ "${#times[@]}" -gt 0 ] && printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " ms over " NR " runs"}'
