#!/usr/bin/env bash
# Installs, with apt-get, whatever RecoEngine needs to build, test and package on Debian 12 that is not installed yet.
# Usage: packaging/debian-setup.sh          install what is missing
#        packaging/debian-setup.sh --list   print the package list (one a line) and do nothing else
# The list names real packages, never virtual ones. packaging/check-packages.sh proves it complete from a build:
# every CMake package config, tool and shared library the build used must come from the dependency closure of it.
set -euo pipefail

packages=(
  # compilers and build tools
  build-essential cmake ninja-build pkg-config dpkg-dev
  # the fuzz build (tests/fuzz): clang 14 with libFuzzer and the sanitizer runtimes; llvm-symbolizer for stack traces
  clang-14 libclang-rt-14-dev llvm-14
  # Qt 6: Widgets, Charts (which needs Qt6OpenGL), SVG, Concurrent, PrintSupport, Test, Linguist tools
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  linguist-qt6 libgl-dev
  # the core's libraries
  libeigen3-dev nlohmann-json3-dev libsqlite3-dev sqlite3
  # publishing to Redis (core/publish): the hiredis client; the tests start a real redis-server
  libhiredis-dev redis-server
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev fonts-dejavu-core
  # package checks: lintian, desktop-file-validate, appstreamcli, update-mime-database, gio (MIME detection)
  lintian desktop-file-utils appstream shared-mime-info libglib2.0-bin
)

if [[ ${1:-} == --list ]]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "recoengine setup: installing ${missing[*]}" >&2
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "recoengine setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    SUDO="sudo"
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
