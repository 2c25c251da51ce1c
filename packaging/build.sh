#!/usr/bin/env bash
# Builds the Linux packages of Diplomatic Timeline:
#   target/package/diplomatic-timeline/        an app-image (bin/diplomatic-timeline starts the app)
#   target/package/diplomatic-timeline_*.deb   a Debian package of that image, with a menu entry and icon
# Usage: packaging/build.sh [--no-deb] [--no-cds] [MAVEN_ARG...]   e.g. packaging/build.sh -o  (offline)
# Needs a JDK 17+ with jmods (jlink, jpackage), and for the .deb: fakeroot and dpkg-dev.
# See docs/decisions/0002-packaging-jlink-jpackage.md for why it is put together this way.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

deb=yes
cds=yes
mvn_args=()
for arg in "$@"; do
  case "$arg" in
    --no-deb) deb=no ;;
    --no-cds) cds=no ;;
    *) mvn_args+=("$arg") ;;
  esac
done

say() { printf '\n==> %s\n' "$*"; }

jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
for tool in jlink jpackage jdeps; do
  [ -x "$jdk/bin/$tool" ] || { echo "no $tool in $jdk: set JAVA_HOME to a full JDK 17+" >&2; exit 1; }
done
[ -d "$jdk/jmods" ] || { echo "no jmods in $jdk (on Debian: the openjdk-17-jdk package has them)" >&2; exit 1; }
if [ "$deb" = yes ] && ! { command -v fakeroot && command -v dpkg-deb; } >/dev/null; then
  echo "the .deb needs fakeroot and dpkg-dev (apt-get install fakeroot dpkg-dev), or use --no-deb" >&2
  exit 1
fi

say "building the jar: ./mvnw -B -ntp -DskipTests package ${mvn_args[*]:-}"
./mvnw -B -ntp -q -DskipTests package "${mvn_args[@]}"

version=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)
name=diplomatic-timeline
main_class=org.diplomatictimeline.cli.Main
work=target/package
rm -rf "$work"
mkdir -p "$work/input/lib"

# The app runs from the class path inside the image (its jar plus the non-JavaFX libraries); JavaFX goes into the
# runtime as real modules, linked from the platform jars Maven already fetched (JavaFX jmods are not on Maven Central).
cp "target/$name.jar" packaging/cds-archive.sh "$work/input/"
fx_jars=()
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar) fx_jars+=("$jar") ;;
    javafx-*) ;;  # the platform-neutral javafx jars are empty shells
    *) cp "$jar" "$work/input/lib/" ;;
  esac
done
fx_path=$(IFS=:; echo "${fx_jars[*]}")

say "modules the app needs (jdeps)"
jdk_modules=$("$jdk/bin/jdeps" -q --multi-release 17 --ignore-missing-deps --print-module-deps \
  --module-path "$fx_path:$work/input/lib" "$work/input/lib/"*.jar target/classes)
# Added to what jdeps sees: the JDK modules module-info.java requires (jdeps cannot follow reflection or service
# loading); jdk.charsets, as the corpus reader decodes legacy encodings; jdk.unsupported, for libraries using
# sun.misc.Unsafe; jdk.localedata, for month and weekday names of languages other than English.
declared=$(sed -n 's/^ *requires \(transitive \)\{0,1\}\(\(java\|jdk\)\.[a-z.]*\);.*/\2/p' src/main/java/module-info.java)
modules=$(printf '%s\n' ${jdk_modules//,/ } $declared javafx.controls javafx.swing jdk.charsets jdk.unsupported \
  jdk.localedata | sort -u | paste -sd, -)
echo "$modules"

say "linking the runtime (jlink)"
"$jdk/bin/jlink" --module-path "$jdk/jmods:$fx_path" --add-modules "$modules" \
  --include-locales=en,ru,zh,de,fr,es --strip-debug --no-header-files --no-man-pages --compress=2 --output "$work/runtime"
# JavaFX ships its native libraries inside the platform jars; in the runtime's lib folder they are found directly
# instead of being unpacked into ~/.openjfx/cache on first start.
for jar in "${fx_jars[@]}"; do
  unzip -q -o -j "$jar" '*.so' -d "$work/runtime/lib" 2>/dev/null || true
done

# The class-data archive is used when present (made by lib/app/cds-archive.sh); JVM warnings, such as one about an
# unusable archive, go to stderr so that the headless commands' stdout stays pure JSON.
# C1 only, the serial collector and a heap kept tight: the desktop start-up options a plain `java -jar` gets from TunedJvmRelaunch
# (docs/decisions/0009-tuned-child-jvm-for-java-jar.md).
java_options=(--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED -Dfile.encoding=UTF-8
  -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30
  '-XX:SharedArchiveFile=$APPDIR/'"$name.jsa" -Xlog:disable -Xlog:all=warning:stderr)

say "app-image (jpackage)"
"$jdk/bin/jpackage" --type app-image --name "$name" --app-version "$version" \
  --vendor "Diplomatic Timeline" --description "A timeline of diplomatic events from news articles, offline" \
  --copyright "Diplomatic Timeline authors, Apache-2.0" \
  --input "$work/input" --main-jar "$name.jar" --main-class "$main_class" \
  --runtime-image "$work/runtime" --icon packaging/icon.png \
  --java-options "${java_options[*]}" --dest "$work"
image="$work/$name"

if [ "$cds" = yes ]; then
  say "AppCDS: recording the classes a start loads (docs/decisions/0004-appcds-archive.md)"
  packaging/record-classlist.sh "$image" || echo "warning: no class list; the app starts without a CDS archive" >&2
fi

if [ "$deb" = yes ]; then
  say ".deb (jpackage)"
  "$jdk/bin/jpackage" --type deb --app-image "$image" --name "$name" --app-version "$version" \
    --vendor "Diplomatic Timeline" --description "A timeline of diplomatic events from news articles, offline" \
    --linux-package-name "$name" --linux-package-deps libgtk-3-0 \
    --linux-shortcut --linux-menu-group "Office;Education" --linux-app-category misc \
    --linux-deb-maintainer "maintainers@diplomatic-timeline.invalid" \
    --icon packaging/icon.png --resource-dir packaging/linux --license-file LICENSE \
    --dest "$work"
fi

# The archive is made last: it belongs to this image's location, and the .deb makes its own after installation.
if [ "$cds" = yes ]; then
  say "AppCDS archive for the app-image"
  "$image/lib/app/cds-archive.sh"
fi

say "done"
ls -1d "$image" "$work"/*.deb 2>/dev/null || true  # no .deb with --no-deb
