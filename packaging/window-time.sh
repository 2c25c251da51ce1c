#!/usr/bin/env bash
# Prints the milliseconds from starting COMMAND until its window "Diplomatic Timeline" is mapped on a private Xvfb,
# and the CPU milliseconds (user + system) the process had used by then, once per run, then the medians.
# The CPU figure is steadier than the wall-clock one on a machine that is busy with other work. Usage: packaging/window-time.sh RUNS COMMAND...
# Needs Xvfb and xwininfo (Debian: xvfb, x11-utils). Used for docs/BENCHMARKS-startup.md.
set -euo pipefail
runs=$1; shift
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1
times=()
cpus=()
tick=$(getconf CLK_TCK)
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  DISPLAY=$display "$@" >/dev/null 2>&1 &
  app=$!
  ms=timeout
  cpu=-
  while kill -0 "$app" 2>/dev/null; do
    if DISPLAY=$display xwininfo -name "Diplomatic Timeline" 2>/dev/null | grep -q IsViewable; then
      ms=$(( ($(date +%s%N) - start) / 1000000 ))
      # utime and stime are fields 14 and 15 of /proc/PID/stat (after the command name in parentheses).
      cpu=$(sed 's/.*) //' "/proc/$app/stat" | awk -v t="$tick" '{print int(($12 + $13) * 1000 / t)}')
      break
    fi
    [ $(( ($(date +%s%N) - start) / 1000000000 )) -lt 60 ] || break
    sleep 0.01
  done
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  echo "run $i: $ms ms to the window, $cpu ms CPU"
  [ "$ms" = timeout ] || { times+=("$ms"); cpus+=("$cpu"); }
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
if [ "${#times[@]}" -gt 0 ]; then
  echo "median: $(median "${times[@]}") ms to the window, $(median "${cpus[@]}") ms CPU, over ${#times[@]} runs"
fi
