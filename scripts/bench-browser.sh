#!/usr/bin/env bash
# In the browser, on the built site: from dropping a file to its outline
# painted, and the longest main-thread task meanwhile, for seed 003 and for a
# 300-page protocol (seed 003 grown to about 960 KB, as the benches do).
# A measurement, not a test (tests/e2e/perf.mjs); prints medians for the
# cases `cold` (a fresh page, the drop at once), `idle` (a fresh page, the
# drop one second after load) and `warm` (after another file); CASES=cold,warm
# picks some.
#
#   bash scripts/bench-browser.sh          # RUNS=5 per input and case
#   bash scripts/bench-browser.sh --build  # trunk build --release first
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. scripts/setup.sh
if [ ! -f dist/index.html ] || [ "${1:-}" = "--build" ]; then
  trunk build --release >&2
fi
WORK="$(mktemp -d)"
SERVER=
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

cargo build -q -p justera-cli --profile release-native
cargo run -q -p justera-bench --profile release-native --example protocol -- 960000 >"$WORK/protocol-300-pages.txt"
SEED="$(ls ../shared/seeds/003_*.txt)"
paragraphs() {
  target/release-native/justera parse "$1" |
    python3 -c 'import json, sys; print(len(json.load(sys.stdin)["paragraphs"]))'
}

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
python3 -m http.server --bind 127.0.0.1 --directory dist "$PORT" >"$WORK/http.log" 2>&1 &
SERVER=$!
for _ in $(seq 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/')" 2>/dev/null && break
  sleep 0.2
done
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
BASE_URL="http://127.0.0.1:$PORT/" node tests/e2e/perf.mjs \
  "seed-003=$SEED:$(paragraphs "$SEED")" \
  "300-pages=$WORK/protocol-300-pages.txt:$(paragraphs "$WORK/protocol-300-pages.txt")"
