#!/usr/bin/env bash
# What the site ships, from dist/: every asset's raw and gzip (-9) size,
# grouped by when a visitor loads it, and a budget for the first load.
#
#   first load  what the page needs before a file is opened: index.html,
#               the page's JS and wasm, the stylesheet, the icon and manifest
#   text worker started by the page when the first file is opened
#   documents   the PDF and Word readers, started by the text worker only
#               when such a file arrives
#   api         the JavaScript API for other sites (justera-api.js) and its
#               example page: the app never loads them
#   offline     the service worker (it caches the first load and the text
#               worker in the background, for offline use)
#
# Fails (exit 1) when the first load is over BUDGET_KB (default 300) KB
# gzip. Builds first when dist/ is missing (or with --build).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
BUDGET_KB="${BUDGET_KB:-300}"
if [ ! -f dist/index.html ] || [ "${1:-}" = "--build" ]; then
  . scripts/setup.sh
  trunk build --release >&2
fi
python3 - "$BUDGET_KB" <<'PY'
import gzip, os, sys
budget = int(sys.argv[1]) * 1024
groups = {"first load": [], "text worker": [], "documents": [], "api": [], "offline": [], "other": []}
for name in sorted(os.listdir("dist")):
    path = os.path.join("dist", name)
    if not os.path.isfile(path):
        continue
    data = open(path, "rb").read()
    gz = len(gzip.compress(data, 9))
    if name.startswith("docworker"):
        group = "documents"
    elif name.startswith("worker"):
        group = "text worker"
    elif name in ("justera-api.js", "api.html", "api-example.js"):
        group = "api"
    elif name == "sw.js":
        group = "offline"
    elif name.endswith((".html", ".js", ".wasm", ".css", ".svg", ".webmanifest")):
        group = "first load"
    else:
        group = "other"
    groups[group].append((name, len(data), gz))
print(f"{'asset':<46} {'raw':>10} {'gzip':>10}")
totals = {}
for group, files in groups.items():
    if not files:
        continue
    print(f"-- {group}")
    for name, raw, gz in files:
        print(f"   {name:<43} {raw:>10} {gz:>10}")
    raw, gz = sum(f[1] for f in files), sum(f[2] for f in files)
    totals[group] = gz
    print(f"   {'total ' + group:<43} {raw:>10} {gz:>10}")
first = totals.get("first load", 0)
verdict = "within" if first <= budget else "OVER"
print(f"first load: {first / 1024:.1f} KB gzip, budget {budget // 1024} KB: {verdict} budget")
sys.exit(0 if first <= budget else 1)
PY
