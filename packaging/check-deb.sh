#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks a built crossroads .deb: its contents and control fields, then runs
# the program unpacked into a temporary root (it must find its data there,
# relative to itself) and validates the desktop entry and the metainfo.
# Prints "ok - NAME" or "not ok - NAME" per check, lines starting with "#"
# for details, and "N passed, M failed" last; exits 1 if any check failed.
#   bash packaging/check-deb.sh [PATH.deb]   (default: the one in build/release)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)

deb=${1:-}
if [ -z "$deb" ]; then
  debs=("$here"/../build/release/crossroads_*.deb)
  deb=${debs[0]}
fi

version=0.1.0
appstream_id=io.github.crossroads.Crossroads
date=2026-01-22

passed=0
failed=0
pass() { echo "ok - $1"; passed=$((passed + 1)); }
fail() { echo "not ok - $1"; failed=$((failed + 1)); }
check() {  # NAME COMMAND...: passes when the command exits 0
  local name=$1; shift
  if "$@"; then pass "$name"; else fail "$name"; fi
}
diag() {  # details under a check, without the temporary root's path
  grep -v -e '^QStandardPaths' -e '^[[:space:]]*$' | sed -e "s|${root:-/nonexistent-root}||g" -e 's/^/#   /'
}
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
}

if [ ! -f "$deb" ]; then
  fail "package file exists ($deb)"
  finish
fi
pass "package file exists ($(basename "$deb"))"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root
out=$tmp/out
mkdir -p "$root" "$out" "$tmp/home" "$tmp/runtime"
chmod 700 "$tmp/runtime"

# --- contents -------------------------------------------------------------
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|; s|/$||' >"$tmp/contents"
expected=(
  /usr/bin/crossroads
  /usr/share/crossroads/geodata/region.json
  /usr/share/crossroads/geodata/boundaries/countries.gpkg
  /usr/share/crossroads/geodata/timeline/events.json
  /usr/share/crossroads/geodata/timeline/memberships.json
  /usr/share/applications/crossroads.desktop
  /usr/share/icons/hicolor/scalable/apps/crossroads.svg
  /usr/share/metainfo/$appstream_id.metainfo.xml
  /usr/share/man/man1/crossroads.1.gz
  /usr/share/doc/crossroads/copyright
)
for size in 16 32 48 64 128 256; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/crossroads.png")
done
for f in "${expected[@]}"; do
  check "contains $f" grep -qxF "$f" "$tmp/contents"
done
# The film encoder: a module in the package's private library folder.
check "contains the video module" grep -qE '^/usr/lib/(.*/)?crossroads/crossroads_video\.so$' "$tmp/contents"

# --- control fields -------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
check "Package is crossroads" test "$(field Package)" = crossroads
check "Version is $version" test "$(field Version)" = "$version"
depends=$(field Depends)
echo "# Depends: $depends"
for dep in libgdal libqt6core6 libqt6gui6 libqt6widgets6 qt6-qpa-plugins libqt6svg6 fonts-dejavu-core libavcodec; do
  check "Depends on $dep" grep -qE "(^|, )$dep" <<<"$depends"
done

# --- the program, unpacked --------------------------------------------------
if ! dpkg -x "$deb" "$root"; then
  fail "dpkg -x unpacks the package"
  finish
fi
pass "dpkg -x unpacks the package"
exe=$root/usr/bin/crossroads
export QT_QPA_PLATFORM=offscreen HOME=$tmp/home XDG_RUNTIME_DIR=$tmp/runtime
unset XDG_DATA_HOME XDG_CONFIG_HOME

check "installed executable has no RPATH or RUNPATH" \
  bash -c "! readelf -d '$exe' | grep -qE 'RUNPATH|RPATH'"

got=$("$exe" --version 2>"$tmp/err"); rc=$?
if [ $rc -eq 0 ] && [ "$got" = "crossroads $version" ]; then
  pass "crossroads --version prints crossroads $version"
else
  fail "crossroads --version prints crossroads $version"
  { echo "exit $rc, printed: $got"; cat "$tmp/err"; } | diag
fi

if "$exe" export --date "$date" --output "$out/x.png" --size 800x600 >"$tmp/log" 2>&1; then
  pass "export exits 0 with the installed data"
else
  fail "export exits 0 with the installed data"
  diag <"$tmp/log"
fi
for f in x.png x.pgw x.png.aux.xml; do
  check "export wrote $f" test -s "$out/$f"
done
check "x.png is an 800x600 PNG" bash -c "file '$out/x.png' | grep -q 'PNG image data, 800 x 600'"

# FFmpeg loads with the first film, not with the program.
check "installed executable does not link FFmpeg" bash -c "! readelf -d '$exe' | grep -q libavcodec"
if "$exe" export --animate --from 2025-11-01 --to 2025-11-03 --duration 1 --fps 4 --size 320x180 \
     --output "$out/film.mp4" >"$tmp/log" 2>&1 && test -s "$out/film.mp4"; then
  pass "export --animate writes an MP4 through the installed video module"
else
  fail "export --animate writes an MP4 through the installed video module"
  diag <"$tmp/log"
fi

if "$exe" validate >"$tmp/log" 2>&1; then
  pass "validate accepts the installed data"
else
  fail "validate accepts the installed data"
  echo "#   problems in the packaged data (geodata/), not in the packaging:"
  diag <"$tmp/log"
fi

"$exe" query --date "$date" --data /nonexistent >/dev/null 2>"$tmp/log"; rc=$?
if [ $rc -eq 2 ]; then
  pass "query --data /nonexistent exits 2"
else
  fail "query --data /nonexistent exits 2"
  { echo "exit $rc"; cat "$tmp/log"; } | diag
fi

# --- desktop integration ------------------------------------------------------
if desktop-file-validate "$root/usr/share/applications/crossroads.desktop" >"$tmp/log" 2>&1; then
  pass "desktop-file-validate crossroads.desktop"
else
  fail "desktop-file-validate crossroads.desktop"
fi
diag <"$tmp/log"

metainfo=$root/usr/share/metainfo/$appstream_id.metainfo.xml
if appstreamcli validate --no-net "$metainfo" >"$tmp/log" 2>&1; then
  pass "appstreamcli validate --no-net $appstream_id.metainfo.xml"
else
  fail "appstreamcli validate --no-net $appstream_id.metainfo.xml"
fi
diag <"$tmp/log"

check "metainfo launches crossroads.desktop" \
  grep -qF '<launchable type="desktop-id">crossroads.desktop</launchable>' "$metainfo"
check "desktop entry names icon crossroads" grep -qx 'Icon=crossroads' "$root/usr/share/applications/crossroads.desktop"

man=$root/usr/share/man/man1/crossroads.1.gz
check "man page documents every subcommand" bash -c \
  "zcat '$man' | grep -q 'crossroads export' && zcat '$man' | grep -q 'crossroads query' &&
   zcat '$man' | grep -q 'crossroads brief' && zcat '$man' | grep -q 'crossroads validate'"
check "man page carries version $version" bash -c "zcat '$man' | grep -q '^\.TH .*$version'"

finish
