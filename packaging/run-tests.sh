#!/usr/bin/env bash
# Quick start 2: installs what is missing, builds everything and runs every test: all GoogleTest binaries through
# ctest (release build, GUI tests offscreen), then one clang-14 build with AddressSanitizer + UBSan and libFuzzer
# coverage that runs every test again (core, CLI, GUI) and the libFuzzer targets (every committed regression and seed
# input, and a short fuzz run of each target: RECO_FUZZ_SECONDS, 20 s by default; docs/testing.md says how to fuzz
# longer), then the tests of the core modules that start threads under ThreadSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/debian-setup.sh
export QT_QPA_PLATFORM=offscreen
start=$(date +%s)
timings=()
timed() {  # timed LABEL COMMAND...: runs the command and notes how long it took for the summary at the end
  local label=$1 t0
  shift
  t0=$(date +%s)
  "$@"
  timings+=("$label: $(( $(date +%s) - t0 )) s")
}

echo "== release build: all tests =="
timed "release configure" cmake --preset release
timed "release build" cmake --build --preset release
bash packaging/check-packages.sh build/release
timed "release tests" ctest --preset release
timed "release package check" bash packaging/check-package.sh build/release   # the .deb: lintian, validators, CLI

# The presets set ASAN_OPTIONS, UBSAN_OPTIONS, LSAN_OPTIONS (tests/sanitizers/lsan.supp) and TSAN_OPTIONS.
echo "== clang-14 ASan + UBSan build: every test (core, CLI, GUI), fuzz regression inputs and short fuzz runs =="
timed "asan configure" cmake --preset asan
timed "asan build" cmake --build --preset asan
bash packaging/check-packages.sh build/asan
timed "asan tests and fuzz runs" ctest --preset asan

echo "== clang-14 TSan build: the tests of the core modules that start threads (ctest label threads) =="
timed "tsan configure" cmake --preset tsan
timed "tsan build" cmake --build --preset tsan
bash packaging/check-packages.sh build/tsan
timed "tsan tests" ctest --preset tsan

printf '%s\n' "${timings[@]}"
echo "all tests passed in $(( $(date +%s) - start )) s"
