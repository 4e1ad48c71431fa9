#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the release preset into build/release, makes the Debian package
# there with CPack (build/release/crossroads_<version>_<arch>.deb), then
# checks it with packaging/check-deb.sh. Exits non-zero if any step or check
# fails. JOBS sets the parallel build jobs (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/release

bash packaging/install-deps.sh

# The package needs only the program: the tests are built and run by the
# other presets.
cmake --preset release -DCROSSROADS_BUILD_TESTS=OFF >/dev/null
cmake --build --preset release -j "${JOBS:-2}"

rm -f "$build"/crossroads_*.deb
(cd "$build" && cpack --config CPackConfig.cmake)

debs=("$build"/crossroads_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  echo "build-deb: expected one crossroads_*.deb in $build" >&2
  exit 1
fi
echo "build-deb: built ${debs[0]}"
bash packaging/check-deb.sh "${debs[0]}"
