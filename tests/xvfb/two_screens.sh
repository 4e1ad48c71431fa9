#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test binary on a virtual display with two 1920x1080 screens side by
# side (Xvfb with Xinerama), on the xcb platform: the offscreen platform has
# only one screen. Without Xvfb the binary runs offscreen and its tests skip.
#   two_screens.sh TEST_BINARY [gtest arguments]
set -u
bin=$1
shift
if ! command -v Xvfb >/dev/null 2>&1; then
    CROSSROADS_XVFB=missing exec "$bin" "$@"
fi
number=$(mktemp)
# -displayfd: Xvfb picks a free display and writes its number.
Xvfb -displayfd 3 -nolisten tcp -screen 0 1920x1080x24 -screen 1 1920x1080x24 3>"$number" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$number"' EXIT
for _ in $(seq 100); do
    [ -s "$number" ] && break
    sleep 0.1
done
if [ ! -s "$number" ]; then
    echo "two_screens.sh: Xvfb did not start" >&2
    exit 1
fi
DISPLAY=:$(cat "$number") CROSSROADS_TEST_PLATFORM=xcb "$bin" "$@"
