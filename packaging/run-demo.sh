#!/usr/bin/env bash
# Quick start 1: installs what is missing, builds RecoEngine (release) and starts the app on the built-in demo dataset.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/debian-setup.sh
cmake --preset release
cmake --build --preset release --target recoengine recoengine-cli
exec build/release/app/recoengine --demo "$@"
