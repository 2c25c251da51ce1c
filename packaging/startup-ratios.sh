#!/usr/bin/env bash
# Issue 11's start-up ratios: the app with --timings against a bare JavaFX window (bench.BareWindow), launched the same
# way, interleaved under one Xvfb. One line per run: variant, ms to window-shown and to events-shown (the --timings
# lines: ms since the JVM started), wall ms from launching the command to each line, events, peak RSS in MB
# (/usr/bin/time: the largest RSS of the process it ran or any waited-for child, so the JVM under Maven too), its CPU
# seconds (user and system, until it is stopped half a second after the last line: steadier than wall time on a busy
# machine), and the load average, then the ms to load-started and events-set (reading starts; the result reaches the window).
#
# Usage: packaging/startup-ratios.sh ROUNDS FOLDER [cp|jar|mvn|pkg]   (default cp)
#   cp   java -cp "$CP" …              (after test-compile and target/bench.cp, see docs/BENCHMARKS.md)
#   jar  java -jar target/diplomatic-timeline.jar  against  java -jar target/bare-window.jar (made here, same lib/)
#   mvn  ./mvnw -o -q javafx:run -Djavafx.args=…  against  ./mvnw -o -q exec:exec running the bare window
#   pkg  the app-image of packaging/build.sh (bin/diplomatic-timeline, its runtime and CDS archive)  against the bare
#        window on that image's runtime and class path, with the image's JVM options but no archive of its own
#        (VARIANTS="bare barejar seeds …" adds the jar's bare window, on the system JDK with its CDS archive)
# SEEDS_CACHE=DIR keeps the seeds' cache folder (and so the class-data archive a jar start records) across runs of
# this script, so that runs of two builds can be interleaved round by round without each recording an archive.
# FOLDER e.g. from bench.GeneratedNewsFolder. Each round opens FOLDER twice with one fresh extraction cache: "folder"
# is the first opening (nothing cached), "again" the second (unchanged files). The seeds run with their cache warm.
set -u
rounds=${1:-3}
folder=${2:?folder of articles}
mode=${3:-cp}
CP="target/test-classes:target/classes:$(cat target/bench.cp)"
cache_root=$(mktemp -d)
display=:$(( 90 + RANDOM % 9 ))
Xvfb "$display" -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb; rm -rf "$cache_root"' EXIT
sleep 2
export DISPLAY=$display

if [ "$mode" = jar ] || [ "$mode" = pkg ]; then
  # The bare window as a jar beside the app's, on the app's own lib/ folder.
  tmp=$(mktemp -d)
  (cd target/test-classes && cp --parents org/diplomatictimeline/bench/BareWindow*.class "$tmp"/)
  { echo "Main-Class: org.diplomatictimeline.bench.BareWindow\$Launcher"
    unzip -p target/diplomatic-timeline.jar META-INF/MANIFEST.MF | tr -d '\r' | sed -n '/^Class-Path:/,/^[A-Z]/p' \
      | grep -v '^Main-Class' | sed 's/^Class-Path: /Class-Path: diplomatic-timeline.jar /'
  } >"$tmp/manifest.txt"
  jar --create --file target/bare-window.jar --manifest "$tmp/manifest.txt" -C "$tmp" org
  rm -rf "$tmp"
fi
image=target/package/diplomatic-timeline
if [ "$mode" = pkg ]; then
  # The image's own JVM options (from its launcher's .cfg), less its archive, which holds the app's class path.
  read -r -a pkg_options < <(sed -n 's/^java-options=//p' "$image/lib/app/diplomatic-timeline.cfg" \
    | grep -v SharedArchiveFile | sed "s|\$APPDIR|$image/lib/app|g" | paste -sd' ' -)
fi

launch() { # sets cmd: variant, then arguments for the app (none: the bare window)
  local variant=$1; shift
  case "$mode:$variant" in
    *:barejar) cmd=(java -jar target/bare-window.jar) ;;
    cp:bare) cmd=(java -cp "$CP" "org.diplomatictimeline.bench.BareWindow\$Launcher") ;;
    cp:*) cmd=(java -cp "$CP" org.diplomatictimeline.cli.Main --timings "$@") ;;
    jar:bare) cmd=(java -jar target/bare-window.jar) ;;
    jar:*) cmd=(java -jar target/diplomatic-timeline.jar --timings "$@") ;;
    # exec:exec hands the child's output to Maven's log at INFO, so this one runs without -q
    mvn:bare) cmd=(./mvnw -o org.codehaus.mojo:exec-maven-plugin:3.5.0:exec -Dexec.executable=java
                   "-Dexec.args=-cp $CP org.diplomatictimeline.bench.BareWindow\$Launcher") ;;
    mvn:*) cmd=(./mvnw -o -q javafx:run "-Djavafx.args=--timings $*") ;;
    pkg:bare) cmd=("$image/lib/runtime/bin/java" "${pkg_options[@]}" -cp "target/test-classes:$image/lib/app/diplomatic-timeline.jar"
                   "org.diplomatictimeline.bench.BareWindow\$Launcher") ;;
    pkg:*) cmd=("$image/bin/diplomatic-timeline" --timings "$@") ;;

  esac
}

run() { # variant, cache dir, then arguments for the app
  local variant=$1 cache=$2; shift 2
  local out; out=$(mktemp)
  local cmd; launch "$variant" "$@"
  local t0; t0=$(date +%s%3N)
  local tw="" te=""
  # The cache folder is chosen through XDG_CACHE_HOME, as a user's would be; each run is its own process group.
  XDG_CACHE_HOME="$cache" setsid /usr/bin/time -f "rss %M cpu %U %S" -o "$out.rss" "${cmd[@]}" >"$out" 2>/dev/null &
  local pid=$!
  for _ in $(seq 1 3000); do
    [ -z "$tw" ] && grep -q "window-shown" "$out" && tw=$(( $(date +%s%3N) - t0 ))
    [ -z "$te" ] && grep -q "events-shown" "$out" && te=$(( $(date +%s%3N) - t0 ))
    if [ -n "$te" ] || { [[ "$variant" = bare* ]] && [ -n "$tw" ]; }; then break; fi
    kill -0 "$pid" 2>/dev/null || break; sleep 0.05
  done
  sleep 0.5
  # Ends what this function started: the processes of the group it launched, newest first (Maven's forked JVM before
  # Maven, so each is reaped by its parent and counted), all but /usr/bin/time itself, which then writes the RSS.
  # After TERM it waits up to 30 s for them to end: a JVM recording its class-data archive writes it as it exits.
  for sig in TERM KILL; do
    for p in $(pgrep -g "$pid" | sort -rn); do [ "$p" != "$pid" ] && kill -"$sig" "$p" 2>/dev/null && sleep 0.3; done
    for _ in $(seq 1 300); do [ -z "$(pgrep -g "$pid" | grep -vx "$pid")" ] && break; sleep 0.1; done
  done
  wait "$pid" 2>/dev/null
  local w e n kb
  kb=$(awk '/rss/ {print $2}' "$out.rss" 2>/dev/null); kb=${kb:-0}
  cpu=$(awk '/rss/ {printf "%.2f", $4 + $6}' "$out.rss" 2>/dev/null)
  w=$(sed -n 's/.*timing window-shown \([0-9]*\).*/\1/p' "$out")
  e=$(sed -n 's/.*timing events-shown [0-9]* \([0-9]*\).*/\1/p' "$out")
  n=$(sed -n 's/.*timing events-shown \([0-9]*\) .*/\1/p' "$out")
  # Where the time between the window and the events goes: loading (load-started to events-set), then showing.
  ls=$(sed -n 's/.*timing load-started \([0-9]*\).*/\1/p' "$out")
  es=$(sed -n 's/.*timing events-set [0-9]* \([0-9]*\).*/\1/p' "$out")
  echo "$mode $variant window ${w:--} events ${e:--} wall_window ${tw:--} wall_events ${te:--} n ${n:--}" \
    "rss_mb $(( kb / 1024 )) cpu_s ${cpu:--} load $(cut -d' ' -f1 /proc/loadavg) load_started ${ls:--} events_set ${es:--}"
  rm -f "$out" "$out.rss"
}

# VARIANTS="bare seeds" leaves out the folder (a Maven launch alone can take minutes on a busy machine).
for r in $(seq 1 "$rounds"); do
  fresh="$cache_root/round-$r"
  for v in ${VARIANTS:-bare seeds folder again}; do
    case $v in
      bare|barejar) run "$v" "$fresh" ;;
      seeds) run seeds "${SEEDS_CACHE:-$cache_root/seeds}" ;;
      # The app has been started before (the seeds' class-data archive, if any), the folder never: its fresh
      # extraction cache gets a copy of the archive, so "folder" is a first opening, not a first start.
      folder|again) seeds=${SEEDS_CACHE:-$cache_root/seeds}
                    if [ ! -d "$fresh/diplomatic-timeline" ] && [ -d "$seeds/diplomatic-timeline/class-data" ]; then
                      mkdir -p "$fresh/diplomatic-timeline"
                      cp -r "$seeds/diplomatic-timeline/class-data" "$fresh/diplomatic-timeline/"
                    fi
                    run "$v" "$fresh" "$folder" ;;
    esac
  done
done
