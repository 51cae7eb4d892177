#!/usr/bin/env bash
# Builds the Debian package from a configured build directory and checks it as a user's machine would meet it:
# contents (executables and desktop files in, tests and benchmarks out), lintian (fails on any error),
# desktop-file-validate, appstreamcli validate, the MIME type (update-mime-database, and GLib's detection of a real
# project file by its magic), then a CLI round trip run from the package extracted into a scratch root, with the
# source and build trees hidden (a private mount namespace with an empty tmpfs over the source tree).
# Usage: packaging/check-package.sh [BUILD_DIR]   (default build/release; configured with the GUI)
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(pwd -P)
build=$(cd "${1:-build/release}" && pwd -P)

check() { echo "check-package: ok: $*"; }
fail() { echo "check-package: FAILED: $*" >&2; exit 1; }

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[[ -n $version ]] || fail "no CMAKE_PROJECT_VERSION in $build/CMakeCache.txt (configure first)"
grep -q '^RECO_BUILD_UI:BOOL=ON' "$build/CMakeCache.txt" || fail "$build is configured without the GUI (RECO_BUILD_UI=OFF)"
deb=$build/recoengine_${version}_amd64.deb
rm -f "$deb"

cmake --build "$build" --target package >/dev/null || fail "cmake --build $build --target package"
[[ -f $deb ]] || fail "the package target did not write $deb"
check "built $(basename "$deb") (version $version from project(VERSION))"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- contents
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$tmp/contents"
app_id=io.github.recoengine.recoengine
expected=(/usr/bin/recoengine /usr/bin/recoengine-cli
  "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml"
  "/usr/share/mime/packages/$app_id.xml" "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
  /usr/share/doc/recoengine/copyright /usr/share/doc/recoengine/changelog.gz
  /usr/share/man/man1/recoengine.1.gz /usr/share/man/man1/recoengine-cli.1.gz
  /usr/share/bash-completion/completions/recoengine-cli)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expected[@]}"; do
  grep -qx "$f" "$tmp/contents" || fail "the package lacks $f"
done
if grep -E '/(test_[^/]*|bench_[^/]*|render_icon)$|gtest|gmock|\.a$|/include/' "$tmp/contents"; then
  fail "test, benchmark, build-tool or development files in the package (listed above)"
fi
check "contents: ${#expected[@]} expected files, no test/benchmark/gtest/build-tool files"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libstdc++6 libsqlite3-0 libhiredis0.14 libqt6core6 libqt6widgets6 libqt6charts6; do
  grep -q "\b$lib\b" <<<"$depends" || fail "Depends (from dpkg-shlibdeps) lacks $lib: $depends"
done
check "Depends from dpkg-shlibdeps: $depends"

# --- lintian: no errors; warnings are printed (each is justified in cmake/Packaging.cmake)
lintian --tag-display-limit 0 "$deb" >"$tmp/lintian" 2>&1 || true
cat "$tmp/lintian"
if grep -q '^E: ' "$tmp/lintian"; then
  fail "lintian reports errors"
fi
check "lintian: no errors ($(grep -c '^W: ' "$tmp/lintian" || true) warnings)"

# --- extract into a scratch root
root=$tmp/root
dpkg -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
grep -qx 'Exec=recoengine %f' "$root/usr/share/applications/$app_id.desktop" || fail "the .desktop entry does not open a file"
grep -qx 'MimeType=application/x-recoengine-project;' "$root/usr/share/applications/$app_id.desktop" \
  || fail "the .desktop entry does not declare the project MIME type"
check "desktop-file-validate: $app_id.desktop (opens application/x-recoengine-project with 'recoengine %f')"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$app_id.metainfo.xml" \
  || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" \
  || fail "the metainfo has no release notes for $version"
check "appstreamcli validate --pedantic: $app_id.metainfo.xml (release $version)"

mime=$tmp/xdg/mime
mkdir -p "$mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$root/usr/share/mime/packages/$app_id.xml" "$mime/packages/"
XDG_DATA_DIRS=$tmp/xdg XDG_DATA_HOME=$tmp/xdg update-mime-database "$mime" 2>"$tmp/umd" || { cat "$tmp/umd" >&2; fail "update-mime-database"; }
if [[ -s $tmp/umd ]]; then cat "$tmp/umd" >&2; fail "update-mime-database warned about the MIME XML"; fi
grep -q '^application/x-recoengine-project$' "$mime/types" || fail "the MIME database lacks application/x-recoengine-project"
check "update-mime-database: application/x-recoengine-project registered"

# --- the packaged CLI round trip, with the source and build trees out of reach
mkdir -p "$tmp/home" "$tmp/work"
cat >"$tmp/work/events.csv" <<'EOF'
user_id,item_id,event,timestamp,title,category
u1,i1,impression,2026-11-01T10:00:00Z,Blue kettle,kitchen
u1,i1,click,2026-11-01T10:00:05Z,Blue kettle,kitchen
u1,i2,purchase,2026-11-01T10:02:00Z,Red mug,kitchen
u2,i2,impression,2026-11-02T09:00:00Z,Red mug,kitchen
u2,i3,click,2026-11-02T09:01:00Z,Garden hose,garden
u3,i3,purchase,2026-11-03T18:30:00Z,Garden hose,garden
u3,i4,impression,2026-11-03T18:31:00Z,Lawn chair,garden
u4,i4,click,2026-11-04T12:00:00Z,Lawn chair,garden
u4,i1,view,2026-11-04T12:05:00Z,Blue kettle,kitchen
EOF
cat >"$tmp/roundtrip.sh" <<'EOF'
set -euo pipefail
cli=$ROOT/usr/bin/recoengine-cli
step() { echo "check-package:   round trip: $*"; }
out=$("$cli" --version)
grep -q "recoengine-cli $VERSION" <<<"$out" || { echo "--version does not print $VERSION: $out" >&2; exit 1; }
out=$(QT_QPA_PLATFORM=offscreen "$ROOT/usr/bin/recoengine" --version)
grep -q "recoengine $VERSION" <<<"$out" || { echo "recoengine --version does not print $VERSION: $out" >&2; exit 1; }
step "both packaged executables start and print version $VERSION"
"$cli" import first.reco events.csv --json >import.json
grep -q '"rows_imported": *9' import.json || { cat import.json >&2; echo "import did not import 9 rows" >&2; exit 1; }
step "import events.csv: 9 rows"
"$cli" rules add-segment first.reco buyers --user-ids u1,u3 --note "bought something" >/dev/null
"$cli" rules add first.reco --kind pin --item i3 --position 1 --segment buyers --author check >/dev/null
"$cli" rules add first.reco --kind ban --category garden --segment buyers --author check >/dev/null
"$cli" rules add first.reco --kind boost --item i2 --factor 2 --author check >/dev/null
"$cli" rules save first.reco --message "packaged round trip" --author check >/dev/null
step "segment and 3 rules added, saved as version 1"
"$cli" rules export first.reco ruleset.json >/dev/null
grep -q '"buyers"' ruleset.json || { echo "the export lacks the segment" >&2; exit 1; }
step "rules export: $(wc -c <ruleset.json) bytes"
"$cli" import second.reco events.csv >/dev/null
"$cli" rules import second.reco ruleset.json --author check >/dev/null
"$cli" rules export second.reco reexport.json >/dev/null
"$cli" rules list first.reco >first.txt
"$cli" rules list second.reco >second.txt
diff first.txt second.txt >&2 || { echo "the second project's rules differ from the first's" >&2; exit 1; }
grep -q 'buyers' second.txt && [[ $(grep -c -E 'pin|ban|boost' second.txt) -ge 3 ]] \
  || { cat second.txt >&2; echo "the imported rule set lacks the segment or rules" >&2; exit 1; }
step "rules import into a second project: the same segment and rules"
set +e
"$cli" rules import second.reco events.csv >/dev/null 2>err.txt; rc=$?
set -e
[[ $rc -eq 1 ]] && grep -q 'events.csv' err.txt || { cat err.txt >&2; echo "a bad rule file gave exit $rc" >&2; exit 1; }
step "a bad rule file is refused with exit 1 and a message naming it"
EOF
export ROOT=$root VERSION=$version
# The source tree (and the build tree inside it) is hidden under an empty tmpfs; a build tree elsewhere is hidden too.
hide="mount -t tmpfs none '$src'"
[[ $build == "$src"/* ]] || hide+=" && mount -t tmpfs none '$build'"
if unshare --mount true 2>/dev/null; then
  (cd "$tmp/work" && HOME=$tmp/home unshare --mount bash -c "$hide && [ -z \"\$(ls -A '$src')\" ] && bash '$tmp/roundtrip.sh'") \
    || fail "the packaged CLI round trip (source tree hidden)"
  check "packaged CLI round trip with $src hidden (private mount namespace), HOME and cwd in a temp dir"
else
  (cd "$tmp/work" && HOME=$tmp/home bash "$tmp/roundtrip.sh") || fail "the packaged CLI round trip"
  check "packaged CLI round trip, HOME and cwd in a temp dir (no mount namespace here: source tree not hidden)"
fi
for exe in "$root/usr/bin/recoengine" "$root/usr/bin/recoengine-cli"; do
  if strings "$exe" | grep -F -e "$src" -e "$build"; then
    fail "$(basename "$exe") holds a source or build path (above)"
  fi
done
check "no source or build path in the packaged executables"

# --- the project file's magic: GLib (what file managers use) detects a real project with no .reco name as ours
cp "$tmp/work/first.reco" "$tmp/project-without-extension"
type=$(XDG_DATA_DIRS=$tmp/xdg XDG_DATA_HOME=$tmp/xdg gio info -a standard::content-type \
  "$tmp/project-without-extension" | sed -n 's/^ *standard::content-type: //p')
[[ $type == application/x-recoengine-project ]] || fail "a project file without extension is detected as '$type'"
printf 'SQLite format 3\0' >"$tmp/other.db" && head -c 200 /dev/zero >>"$tmp/other.db"
type=$(XDG_DATA_DIRS=$tmp/xdg XDG_DATA_HOME=$tmp/xdg gio info -a standard::content-type "$tmp/other.db" \
  | sed -n 's/^ *standard::content-type: //p')
[[ $type != application/x-recoengine-project ]] || fail "a foreign SQLite file is detected as a RecoEngine project"
check "MIME magic: a project file is application/x-recoengine-project by content, another SQLite file ($type) is not"
echo "check-package: all checks passed for $(basename "$deb")"
