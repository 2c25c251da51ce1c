#!/bin/sh
# Writes the AppCDS archive of an installed Diplomatic Timeline image: the classes named in diplomatic-timeline.classlist
# (recorded by packaging/build.sh from a real start) are parsed once and mapped by every later start.
# Shipped inside the image beside the jars (lib/app/); run by packaging/build.sh for the app-image and by the .deb's
# postinst after installation, because an archive is valid only for the class path it was made with.
# Usage: lib/app/cds-archive.sh       (see docs/decisions/0004-appcds-archive.md)
set -eu
appdir=$(cd "$(dirname "$0")" && pwd)
name=diplomatic-timeline
java="$appdir/../runtime/bin/java"
[ -x "$java" ] && [ -s "$appdir/$name.classlist" ] || exit 0
# The launcher's class path, in the launcher's order, as the archive must record it.
cp=$(sed -n 's/^app\.classpath=//p' "$appdir/$name.cfg" | sed "s|\$APPDIR|$appdir|" | paste -sd: -)
rm -f "$appdir/$name.jsa"
"$java" -Xshare:dump -XX:SharedClassListFile="$appdir/$name.classlist" -XX:SharedArchiveFile="$appdir/$name.jsa" \
  -cp "$cp" >/dev/null 2>&1 || { rm -f "$appdir/$name.jsa"; echo "$name: no CDS archive (starts without it)" >&2; }
