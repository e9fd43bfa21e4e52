#!/usr/bin/env bash
# Everything CI checks, in order: format, the code's structure (no import
# circle between files, no file over 800 lines), native tests, the release
# build of the web app and its size (the first load within budget), then the
# browser tests against dist/ served on 127.0.0.1.
# Ends with the plain line "N passed, N failed" for the browser tests and a
# non-zero exit on any failure. Runs without stdin (CI=true).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
T0=$(date +%s)
step() { echo; echo "== $* ($(( $(date +%s) - T0 ))s)"; }

step "setup"
SETUP_FOR_TESTS=1 . scripts/setup.sh

step "cargo fmt --check"
cargo fmt --all -- --check

step "structure: no import circle between files, no source file over 800 lines"
python3 scripts/check-structure.py --self-test
# Reported here; the run goes on so the other steps still report, and the
# exit at the end is non-zero when the structure is broken.
STRUCTURE=0
python3 scripts/check-structure.py || STRUCTURE=$?

step "cargo test (native: core, CLI, web app logic)"
cargo test -p justera -p justera-cli -p justera-web

step "trunk build --release"
rm -rf dist
trunk build --release

step "size of the first load (scripts/size-report.sh)"
# Reported here, failing the run at the end when over budget (the browser
# tests still run and report).
set +e
bash scripts/size-report.sh
SIZE=$?
set -e

step "browser tests"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
python3 -m http.server --bind 127.0.0.1 --directory dist "$PORT" >/tmp/justera-http.$$.log 2>&1 &
SERVER=$!
TAP="$(mktemp)"
cleanup() { kill "$SERVER" 2>/dev/null || true; rm -f "$TAP" /tmp/justera-http.$$.log; }
trap cleanup EXIT
for _ in $(seq 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/')" 2>/dev/null && break
  sleep 0.2
done

set +e
BASE_URL="http://127.0.0.1:$PORT/" node --test --test-concurrency=1 --test-timeout=120000 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$TAP" \
  tests/e2e/*.test.mjs
E2E=$?
set -e
PASS=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$TAP" | tail -1)
FAIL=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$TAP" | tail -1)
PASS=${PASS:-0}
FAIL=${FAIL:-0}
if [ "$E2E" -ne 0 ] && [ "$FAIL" -eq 0 ]; then FAIL=1; fi

step "done"
if [ "$STRUCTURE" -ne 0 ]; then
  echo "structure check FAILED (import circles or long files, listed above)"
fi
# The size budget (issue 13): a first load over 300 KB gzip fails the run.
[ "$SIZE" -eq 0 ] || echo "size FAILED: the first load is over its 300 KB budget (listed above)"
echo "e2e: $PASS passed, $FAIL failed"
[ "$STRUCTURE" -eq 0 ] && [ "$SIZE" -eq 0 ] && [ "$E2E" -eq 0 ] && [ "$FAIL" -eq 0 ] && [ "$PASS" -gt 0 ]
