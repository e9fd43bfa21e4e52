#!/usr/bin/env bash
# Coverage-guided fuzzing of every path from a file's bytes to the screen:
# input::decode (text, .docx, .pdf), the Word XML and PDF content readers
# inside well-formed containers, parse + check + summarize, and the web
# worker's whole job. Run it before a change to the readers
# (crates/justera/src/input/); it is not part of CI.
#
#   scripts/fuzz.sh [SECONDS]     each target SECONDS (default 60)
#   TARGETS="decode text" scripts/fuzz.sh 600
#
# Tool: cargo-fuzz (libFuzzer) on the stable toolchain. libFuzzer's
# instrumentation flags are nightly-only, so RUSTC_BOOTSTRAP=1 lets stable
# rustc accept them; no sanitizer (the code is safe Rust: a crash is a
# panic, an overflow caught by debug assertions, running out of memory
# past -rss_limit_mb, or a unit slower than -timeout). Seeds are written
# fresh by fuzz/examples/make_seeds.rs. A crash leaves its input in
# fuzz/artifacts/TARGET/; make it a fixture in crates/justera/tests/robust.rs.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
SECS="${1:-60}"
TARGETS="${TARGETS:-decode docx_xml pdf_content text process}"
SHARED="${SHARED:-$ROOT/../shared}"
export RUSTC_BOOTSTRAP=1
FLAGS=(--fuzz-dir fuzz --sanitizer none --debug-assertions)

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
(cd fuzz && cargo run -q --example make_seeds -- "$SHARED" corpus)
cargo fuzz build "${FLAGS[@]}"

mkdir -p fuzz/logs
status=0
for t in $TARGETS; do
  # The parse targets read 4 KB: a whole protocol (up to 130 KB) costs
  # about 30 times as much a run as a page of it, and the seeds hold every
  # protocol cut into pieces of that size too (make_seeds.rs).
  case "$t" in
    docx_xml|pdf_content) LEN=65536 ;;
    text|process) LEN=4096 ;;
    *) LEN=262144 ;;
  esac
  echo "== $t (${SECS}s)"
  set +e
  cargo fuzz run "${FLAGS[@]}" "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 -max_len="$LEN" \
    -print_final_stats=1 >"fuzz/logs/$t.log" 2>&1
  rc=$?
  set -e
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "fuzz/logs/$t.log" | tail -1)
  took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "fuzz/logs/$t.log" | tail -1)
  if [ "$rc" -ne 0 ]; then
    status=1
    echo "$t: CRASH after ${runs:-?} runs (exit $rc); input in fuzz/artifacts/$t/, log fuzz/logs/$t.log"
    grep -m3 -E "panicked|ERROR|Test unit written" "fuzz/logs/$t.log" || true
  else
    echo "$t: ${runs:-?} runs in ${took:-$SECS} s, no crash"
  fi
done
exit "$status"
