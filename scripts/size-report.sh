#!/usr/bin/env bash
# Raw and gzip (-9) sizes of the wasm and JS the site ships, from dist/.
# Builds first when dist/ is missing (or with --build).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
if [ ! -f dist/index.html ] || [ "${1:-}" = "--build" ]; then
  . scripts/setup.sh
  trunk build --release >&2
fi
printf '%-44s %10s %10s\n' file raw gzip
total_raw=0; total_gz=0
for f in dist/*.wasm dist/*.js; do
  [ -f "$f" ] || continue
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-44s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done
printf '%-44s %10d %10d\n' total "$total_raw" "$total_gz"
