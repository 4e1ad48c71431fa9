#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package that building, running, testing and
# packaging Crossroads needs. Idempotent: packages already present are skipped,
# and nothing is fetched when all are there. Runs as root, or through sudo.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build git pkg-config file
  # libraries the code links
  qt6-base-dev qt6-base-dev-tools qt6-positioning-dev qt6-svg-dev
  libgdal-dev libproj-dev libspng-dev libgl-dev
  libavcodec-dev libavformat-dev libavutil-dev libswscale-dev libgif-dev libpq-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  gdal-bin proj-bin poppler-utils
  # the shared store's tests start their own PostgreSQL + PostGIS server
  postgresql-15 postgresql-15-postgis-3
  # fuzzing: clang's libFuzzer with AddressSanitizer and UBSan (tests/fuzz)
  clang libfuzzer-14-dev
  # Qt's runtime platform plugins (xcb for a desktop, offscreen for tests)
  qt6-qpa-plugins libqt6svg6 fonts-dejavu-core
  # packaging checks
  desktop-file-utils appstream dpkg-dev help2man librsvg2-bin
  # a desktop to open the app on when none is running
  xvfb openbox xauth
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
