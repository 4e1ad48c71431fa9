#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the committed PNG icons from resources/crossroads.svg.
# Run after editing the SVG, then commit the PNGs. Needs rsvg-convert
# (Debian package librsvg2-bin, installed by packaging/install-deps.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/../../resources/crossroads.svg"
id=crossroads  # the icon name, as in the desktop entry

for size in 16 32 48 64 128 256; do
  dir="$here/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  rsvg-convert --width "$size" --height "$size" --format png "$svg" --output "$dir/$id.png"
  echo "$dir/$id.png"
done
