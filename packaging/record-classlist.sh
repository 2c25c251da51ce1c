#!/usr/bin/env bash
# Records which classes a real start of an app-image loads, into IMAGE/lib/app/diplomatic-timeline.classlist:
# the window under a private Xvfb when there is one (stopped a few seconds after it appears), else `export`.
# Usage: packaging/record-classlist.sh IMAGE_DIR     (run by packaging/build.sh)
set -euo pipefail
image=$1
name=diplomatic-timeline
launcher="$image/bin/$name"
list="$image/lib/app/$name.classlist"
rm -f "$list"
record="-XX:DumpLoadedClassList=$list"

if command -v Xvfb >/dev/null && command -v xwininfo >/dev/null; then
  display=:$((190 + RANDOM % 100))
  Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill "$xvfb" 2>/dev/null || true' EXIT
  sleep 1
  DISPLAY=$display JAVA_TOOL_OPTIONS="$record" "$launcher" >/dev/null 2>&1 &
  app=$!
  for _ in $(seq 600); do
    DISPLAY=$display xwininfo -name "Diplomatic Timeline" 2>/dev/null | grep -q IsViewable && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
  done
  sleep 5  # the first extraction and paint load their classes too
  kill -TERM "$app" 2>/dev/null || true
  wait "$app" || true
else
  echo "no Xvfb: recording the headless export only" >&2
  JAVA_TOOL_OPTIONS="$record" "$launcher" export >/dev/null || true
fi
[ -s "$list" ] || { echo "no class list was recorded" >&2; exit 1; }
echo "class list: $(wc -l <"$list") classes"
