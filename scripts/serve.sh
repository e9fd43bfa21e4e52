#!/usr/bin/env bash
# Build the app and serve it on this machine, rebuilding on every change.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
PORT="${PORT:-8080}"
echo "Justera: http://127.0.0.1:$PORT/  (Ctrl-C stops it)"
# No autoreload: the page's Content-Security-Policy would refuse Trunk's
# injected reload script. Reload the page after a change.
exec trunk serve --address 127.0.0.1 --port "$PORT" --no-autoreload "$@"
