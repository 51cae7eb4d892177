#!/usr/bin/env bash
# Quick start 2: installs what is missing, builds everything and runs every test: all GoogleTest binaries through
# ctest (release build, GUI tests offscreen), then the core and CLI tests again under AddressSanitizer + UBSan, then
# the libFuzzer targets (clang-14, ASan + UBSan): every committed regression and seed input, and a short fuzz run of
# each target (RECO_FUZZ_SECONDS, 20 s by default; docs/testing.md says how to fuzz longer).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/debian-setup.sh
export QT_QPA_PLATFORM=offscreen
start=$(date +%s)

echo "== release build: all tests =="
cmake --preset release
cmake --build --preset release
bash packaging/check-packages.sh build/release
ctest --preset release
bash packaging/check-package.sh build/release   # the .deb: lintian, validators, packaged CLI round trip

echo "== ASan + UBSan build: core and CLI tests =="
cmake --preset asan
cmake --build --preset asan
bash packaging/check-packages.sh build/asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --preset asan

echo "== clang-14 fuzz build: regression inputs, then each fuzz target for a short run =="
cmake --preset fuzz
cmake --build --preset fuzz
bash packaging/check-packages.sh build/fuzz
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --preset fuzz

echo "all tests passed in $(( $(date +%s) - start )) s"
