#!/usr/bin/env bash
# Regenerates the user guide's screenshots (resources/guide/images/*.png) from a small demo project, offscreen.
# The shots come from the GUI tests that already render the windows (tests/ui/data: GuideScreenshots for the four
# workspaces, ImportWizardTest for the import wizard); every image a guide page references must be among them.
# Usage: bash packaging/make-guide-screenshots.sh [BUILD_DIR]   (default: the release preset's build/release)
# Rebuild afterwards (the images are embedded as Qt resources) and look at the PNGs before committing them.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${1:-}
if [[ -z "$build" ]]; then
  cmake --preset release >/dev/null
  build=build/release
fi
cmake --build "$build" --target test_ui_data

shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
QT_QPA_PLATFORM=offscreen RECO_SHOT_DIR="$shots" "$build/tests/test_ui_data" \
  --gtest_filter='GuideScreenshots.*:ImportWizardTest.WalksEveryPageAndImportsAGenericLogWithRejects'

# Every image referenced by a guide page, in any language: guide-NAME.png (workspace shots) or NAME.png.
images=$(grep -oh 'src="\.\./images/[^"]*\.png"' resources/guide/*/*.html | sed 's|src="\.\./images/||; s|"$||' | sort -u)
[[ -n "$images" ]] || { echo "no image referenced by resources/guide/*/*.html" >&2; exit 1; }
mkdir -p resources/guide/images
status=0
for image in $images; do
  name=${image%.png}
  if [[ -f "$shots/guide-$name.png" ]]; then
    cp "$shots/guide-$name.png" "resources/guide/images/$image"
  elif [[ -f "$shots/$image" ]]; then
    cp "$shots/$image" "resources/guide/images/$image"
  else
    echo "resources/guide: $image is referenced but no test rendered it (guide-$name.png or $image)" >&2
    status=1
    continue
  fi
  size=$(stat -c %s "resources/guide/images/$image")
  printf '%-28s %4d KB\n' "$image" $((size / 1024))
  if (( size > 150 * 1024 )); then
    echo "resources/guide/images/$image is over 150 KB" >&2
    status=1
  fi
done
# Images no page references any more are removed, so the bundle holds only what the guide shows.
for file in resources/guide/images/*.png; do
  grep -qx "$(basename "$file")" <<<"$images" || { echo "removing unreferenced $file"; rm -f "$file"; }
done
echo "Written to $root/resources/guide/images; rebuild to embed them."
exit $status
