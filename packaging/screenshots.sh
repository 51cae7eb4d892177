#!/usr/bin/env bash
# Renders every workspace and dialog offscreen on a small demo project at 1280x800, in the light and the dark theme,
# into OUT_DIR as <screen>-<theme>.png (welcome-light.png, dashboard-dark.png, import-wizard-light.png, ...).
# The shots come from one GUI test (tests/ui/data/ScreenshotsTest.cpp), which also checks each has real content.
# README shows resources/screenshots/*.png and the user guide embeds resources/screenshots/*-light.png, so the
# default OUT_DIR refreshes both (rebuild afterwards: the guide's copies are Qt resources).
# Usage: [BUILD_DIR=build/release] bash packaging/screenshots.sh [OUT_DIR]   (default OUT_DIR: resources/screenshots)
# Look at the PNGs before committing them.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build/release}
out=${1:-resources/screenshots}
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  [[ -z "${BUILD_DIR:-}" ]] || { echo "BUILD_DIR=$build is not a configured build" >&2; exit 1; }
  cmake --preset release >/dev/null
fi
cmake --build "$build" --target test_ui_data

shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
QT_QPA_PLATFORM=offscreen RECO_SHOT_DIR="$shots" "$build/tests/test_ui_data" \
  --gtest_filter='Screenshots.*'

mkdir -p "$out"
count=0
for file in "$shots"/*-light.png "$shots"/*-dark.png; do
  [[ -f "$file" ]] || continue
  cp "$file" "$out/"
  size=$(stat -c %s "$file")
  printf '%-28s %4d KB\n' "$(basename "$file")" $((size / 1024))
  count=$((count + 1))
done
(( count > 0 )) || { echo "the test rendered no screenshot" >&2; exit 1; }
# In the default folder, pictures the test no longer renders are removed, so README and the guide show only current ones.
if [[ -z "${1:-}" ]]; then
  for file in "$out"/*.png; do
    [[ -f "$shots/$(basename "$file")" ]] || { echo "removing $file (no longer rendered)"; rm -f "$file"; }
  done
fi
echo "$count screenshots written to $out"
