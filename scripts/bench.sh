#!/usr/bin/env bash
# Speed of the core: criterion benches of parse, check, summarize and all
# three together on the seeds and on a 1 MB and a 16 MB protocol, each next
# to pulldown-cmark reading the same text in the same run. Built with the
# `release-native` profile (opt-level 3), as the CLI is.
#
#   bash scripts/bench.sh                 # everything (about 10 minutes)
#   bash scripts/bench.sh '1 MB'          # one input (a criterion filter)
#   JUSTERA_BENCH_SEEDS_ONLY=1 bash scripts/bench.sh
#
# Prints per input and stage the median time, MB/s and the ratio to
# pulldown-cmark's median on the same text (lower is better), then the
# growth from 1 MB to 16 MB.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
FILTER="${1:-}"
cargo bench -p justera-bench --profile release-native --bench parse -- --noplot ${FILTER:+"$FILTER"} >&2
python3 - "$ROOT/target/criterion" <<'PY'
import json, os, sys
root = sys.argv[1]
stages = ["pulldown-cmark", "parse", "check", "summarize", "all"]
def load(group, stage):
    d = os.path.join(root, group, stage)
    try:
        est = json.load(open(os.path.join(d, "new", "estimates.json")))
        bench = json.load(open(os.path.join(d, "new", "benchmark.json")))
    except OSError:
        return None
    size = (bench.get("throughput") or {}).get("Bytes")
    return est["median"]["point_estimate"] / 1e9, size
groups = sorted(g for g in os.listdir(root) if g != "report" and os.path.isdir(os.path.join(root, g)))
# criterion names a group's folder after the group, with spaces as `_`.
print(f"{'input':<10} {'stage':<15} {'bytes':>10} {'median':>11} {'MB/s':>9} {'× pulldown':>11}")
medians = {}
for g in groups:
    base = load(g, "pulldown-cmark")
    for s in stages:
        r = load(g, s)
        if r is None:
            continue
        t, size = r
        medians[(g, s)] = (t, size)
        mbs = size / t / 1e6 if size else float("nan")
        ratio = t / base[0] if base else float("nan")
        print(f"{g.replace('_', ' '):<10} {s:<15} {size or 0:>10} {t*1e3:>9.2f}ms {mbs:>9.1f} {ratio:>11.1f}")
for s in stages:
    a, b = medians.get(("1_MB", s)), medians.get(("16_MB", s))
    if a and b:
        print(f"growth 1 MB → 16 MB, {s}: input ×{b[1]/a[1]:.1f}, time ×{b[0]/a[0]:.1f}")
PY
