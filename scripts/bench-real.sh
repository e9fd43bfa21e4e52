#!/usr/bin/env bash
# Instructions on real protocols, counted by callgrind (the machine's load
# does not change them). The grown benchmark protocol repeats one seed's
# paragraphs and reads its front page once; real protocols cost more a
# byte (a bundle holds several front pages; numbers, names and tables
# stand in other places), and these are the figures to hold them to.
#
#   bash scripts/bench-real.sh                  # parse+check+summarize ÷ pulldown-cmark, a file each
#   bash scripts/bench-real.sh OLD_CLI NEW_CLI  # `justera check` of two builds, side by side
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
command -v valgrind >/dev/null || { echo "bench-real: needs valgrind" >&2; exit 1; }
FILES=(
  "$SHARED"/seeds/000_*.txt "$SHARED"/seeds/001_*.txt "$SHARED"/seeds/002_*.txt "$SHARED"/seeds/003_*.txt
  "$SHARED"/corpus/kommunhandlingar/data/kungsbacka/ks/2025/2025-06-17/protokoll.md
  "$SHARED"/corpus/kungsbacka/ks-2024-06-18-protokoll.md
  "$SHARED"/corpus/kungsbacka/ifo-2025-09-18-protokoll.md
)
ir() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; }
m() { printf "%.2f" "$(echo "$1 / 1000000" | bc -l)"; }
if [ $# -eq 0 ]; then
  # The library on each file's text, as the grown protocol is measured:
  # parse, check and summarize against pulldown-cmark on the same text,
  # each less `none` (reading the file).
  (cd "$ROOT" && cargo build -q --profile release-native -p justera-bench --example stage)
  STAGE="$ROOT/target/release-native/examples/stage"
  printf '%-62s %8s %9s %9s %7s\n' file bytes pulldown all "×"
  tp=0; ta=0; tb=0
  for f in "${FILES[@]}"; do
    none=$(ir "$STAGE" none "$f")
    p=$(( $(ir "$STAGE" pulldown-cmark "$f") - none )); a=$(( $(ir "$STAGE" all "$f") - none ))
    s=$(stat -c %s "$f"); tp=$((tp + p)); ta=$((ta + a)); tb=$((tb + s))
    printf '%-62s %8d %8sM %8sM %6s×\n' "${f#"$SHARED"/}" "$s" "$(m $p)" "$(m $a)" "$(echo "scale=1; $a / $p" | bc -l)"
  done
  printf '%-62s %8d %8sM %8sM %6s×\n' all "$tb" "$(m $tp)" "$(m $ta)" "$(echo "scale=1; $ta / $tp" | bc -l)"
  exit 0
fi
# The CLIs given, side by side: `justera check FILE` less an almost empty
# file's count (the process itself).
EMPTY="$(mktemp)"; trap 'rm -f "$EMPTY"' EXIT; printf 'x\n' > "$EMPTY"
for cli in "$@"; do
  empty=$(ir "$cli" check "$EMPTY"); total=0; bytes=0
  echo "$cli check (an almost empty file: $((empty / 1000)) k instructions)"
  for f in "${FILES[@]}"; do
    n=$(( $(ir "$cli" check "$f") - empty )); s=$(stat -c %s "$f")
    total=$((total + n)); bytes=$((bytes + s))
    printf '  %-62s %8d bytes %8sM %5d a byte\n' "${f#"$SHARED"/}" "$s" "$(m $n)" $((n / s))
  done
  printf '  %-62s %8d bytes %8sM %5d a byte\n' all "$bytes" "$(m $total)" $((total / bytes))
done
