#!/usr/bin/env bash
# Writes the binary seeds of two fuzz targets from a small project made by recoengine-cli on the repository's own
# fixtures (tests/data/import/ml-100k): corpus/project_open (project files, rewritten with 512-byte pages so that
# they stay small) and corpus/model_blob (one stored blob per algorithm, whole and as a payload).
# Usage: tests/fuzz/make-binary-seeds.sh PATH/TO/recoengine-cli     (needs sqlite3 and python3)
set -euo pipefail
cli=$(readlink -f "$1")
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

small() {  # small SRC DEST: a copy of project SRC in the rollback journal mode with 512-byte pages
  cp "$1" "$2"
  sqlite3 "$2" "PRAGMA journal_mode=DELETE; PRAGMA page_size=512; VACUUM;" >/dev/null
}

mkdir -p "$here/corpus/project_open" "$here/corpus/model_blob"
"$cli" import p.reco "$here/../data/import/ml-100k" >/dev/null
small p.reco "$here/corpus/project_open/imported"
for algo in popular itemknn ials bpr ease; do
  "$cli" train p.reco --algo "$algo" --name "$algo" --param threads=1 >/dev/null 2>&1 ||
    "$cli" train p.reco --algo "$algo" --name "$algo" >/dev/null 2>&1
done
"$cli" rules add-segment p.reco older 'gender = "M" and age >= 30' >/dev/null
"$cli" rules add p.reco --kind ban --item 2 --segment older >/dev/null
"$cli" rules add p.reco --kind pin --item 1 --position 1 >/dev/null
"$cli" rules save p.reco --message seed >/dev/null
"$cli" evaluate p.reco --algo popular --split leave-last:1 --seeds 1 --k 2 >/dev/null 2>&1 || true
small p.reco "$here/corpus/project_open/models-rules-runs"

# Model blobs: mode byte 0 + the whole blob; mode byte (1 | algorithm index << 1) + the payload after the header.
python3 - "$tmp/p.reco" "$here/corpus/model_blob" <<'PY'
import sqlite3, struct, sys
db, out = sys.argv[1], sys.argv[2]
order = ["popular", "itemknn", "ials", "bpr", "ease"]
for name, blob in sqlite3.connect(db).execute("SELECT name, blob FROM models ORDER BY name"):
    name_len = struct.unpack_from("<I", blob, 12)[0]
    payload = blob[8 + 4 + 4 + name_len + 8 + 8:]
    open(f"{out}/{name}-blob", "wb").write(b"\x00" + blob)
    open(f"{out}/{name}-payload", "wb").write(bytes([1 | order.index(name) << 1]) + payload)
PY
ls -l "$here/corpus/project_open" "$here/corpus/model_blob"
