#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a fresh Debian 12 machine:
#   bash packaging/dev.sh run        install, build, open the atlas
#   bash packaging/dev.sh test       install, build (warnings are errors), run every test
#   bash packaging/dev.sh test-asan  the same under AddressSanitizer + UBSan
#                                    (with the bad-input battery, label battery)
#   bash packaging/dev.sh fuzz [S]   build the libFuzzer harnesses (clang) and run
#                                    each for S seconds (default 40)
#   bash packaging/dev.sh package    build the .deb and check it
#   bash packaging/dev.sh bench      build and run the benchmarks
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=$(nproc 2>/dev/null || echo 2)

bash packaging/install-deps.sh

build() {  # preset [target]
  cmake --preset "$1" >/dev/null
  cmake --build --preset "$1" -j "$jobs" ${2:+--target "$2"}
}

case "${1:-run}" in
  run)
    build dev crossroads  # the program alone: tests and benchmarks are for `test`
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      # No desktop on this machine: give the atlas a virtual one.
      export DISPLAY=:77
      Xvfb "$DISPLAY" -screen 0 1920x1080x24 >/dev/null 2>&1 &
      sleep 1
      openbox >/dev/null 2>&1 &
      echo "No display found: Crossroads runs on the virtual display $DISPLAY (1920x1080)."
    fi
    exec "$root/build/dev/bin/crossroads"
    ;;
  test)
    build ci
    QT_QPA_PLATFORM=offscreen ctest --preset ci
    ;;
  test-asan)
    # Test discovery runs the instrumented binaries at build time too. Qt
    # and fontconfig keep caches to process exit, which LeakSanitizer would
    # count; memory errors and undefined behaviour still fail.
    export ASAN_OPTIONS=detect_leaks=0:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    build asan
    QT_QPA_PLATFORM=offscreen ctest --preset asan --label-exclude "^db$"
    ;;
  fuzz)
    # Each harness in tests/fuzz for a short run from the seed corpus (files
    # of geodata/ and tests/data/, plus what earlier crashes left in
    # regressions/). A crash stops CI; its input is saved under
    # build/fuzz/crashes/HARNESS/ to be added to tests/fuzz/regressions/.
    seconds=${2:-40}
    build fuzz crossroads_fuzzers
    export ASAN_OPTIONS=detect_leaks=0:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    status=0
    mkdir -p build/fuzz/logs
    for fuzzer in build/fuzz/bin/crossroads_fuzz_*; do
      name=${fuzzer##*/crossroads_fuzz_}
      corpus=build/fuzz/corpus/$name crashes=build/fuzz/crashes/$name log=build/fuzz/logs/$name.log
      mkdir -p "$corpus" "$crashes"
      candidates=(tests/fuzz/regressions/"$name")
      case $name in
        date) candidates+=(tests/fuzz/seeds/date) ;;
        command_line) candidates+=(tests/fuzz/seeds/command_line) ;;
        outline_cache) candidates+=(tests/fuzz/seeds/outline_cache) ;;
        region) candidates+=(geodata) ;;
        story) candidates+=(geodata/stories tests/data/stories) ;;
        boundaries) candidates+=(tests/data/boundaries) ;;
        *) candidates+=(geodata/timeline tests/data/timeline) ;;
      esac
      # libFuzzer stops at once on a folder that does not exist: pass only
      # the seed folders there are.
      seeds=()
      for dir in "${candidates[@]}"; do [ -d "$dir" ] && seeds+=("$dir"); done
      echo "== fuzz $name (${seconds}s)"
      rc=0
      "$fuzzer" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -max_len=65536 -close_fd_mask=1 \
        -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" "${seeds[@]}" >"$log" 2>&1 || rc=$?
      grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|SUMMARY|Test unit written" "$log" || true
      if [ "$rc" -ne 0 ] || [ -n "$(ls -A "$crashes")" ]; then
        tail -n 40 "$log" >&2
        echo "fuzz $name: exit $rc; crash inputs (if any) in $crashes" >&2
        status=1
      fi
    done
    exit $status
    ;;
  package)
    bash packaging/build-deb.sh
    ;;
  bench)
    build dev
    QT_QPA_PLATFORM=offscreen "$root/build/dev/bin/crossroads_bench" "${@:2}"
    ;;
  *)
    echo "usage: bash packaging/dev.sh run|test|test-asan|fuzz [seconds]|package|bench" >&2
    exit 2
    ;;
esac
