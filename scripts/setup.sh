#!/usr/bin/env bash
# Install what building and testing the web app need, idempotently: quick
# when everything is already there. Follows the project's toolchain recipe
# (only package registries are reachable: crates.io, npm, PyPI, Debian).
#
# Source it (`. scripts/setup.sh`) or run it; either way it puts
# tools/node_modules/.bin (wasm-opt) and ~/.cargo/bin on PATH for the caller
# when sourced.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/tools/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

say() { echo "setup: $*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else
    say "need root for: $*"; return 1
  fi
}

APT_UPDATED=
apt_install() {
  if [ -z "$APT_UPDATED" ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Debian packages: node and npm for the tools, Chromium and its driver for the tests.
missing=()
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v python3 >/dev/null || missing+=(python3)
command -v gzip >/dev/null || missing+=(gzip)
# The tests also make .docx and .pdf copies of the seeds and corpus protocols
# (python-docx, pandoc, LibreOffice, groff and Ghostscript) to prove every
# format parses to the same model; serving does not need them. python-docx
# goes into the system python.
if [ -n "${SETUP_FOR_TESTS:-}" ]; then
  command -v pandoc >/dev/null || missing+=(pandoc)
  command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
  dpkg -s python3-docx >/dev/null 2>&1 || missing+=(python3-docx)
  command -v groff >/dev/null || missing+=(groff-base)
  command -v ps2pdf >/dev/null || missing+=(ghostscript)
  # and read those PDFs as poppler's pdftotext gives them.
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
fi
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} (apt)"
  apt_install "${missing[@]}"
fi
# The tests also read those PDFs as a PDF-to-text converter gives them
# (pdfplumber, from PyPI: Debian has no package of it; pinned, since its
# text is snapshotted), in the first python3.
has_plumber() { python3 -c 'import pdfplumber' 2>/dev/null || /usr/bin/python3 -c 'import pdfplumber' 2>/dev/null; }
if [ -n "${SETUP_FOR_TESTS:-}" ] && ! has_plumber; then
  say "installing pdfplumber (pip)"
  python3 -m pip --version >/dev/null 2>&1 || apt_install python3-pip
  python3 -m pip install --quiet pdfplumber==0.11.11 pdfminer.six==20260107 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages pdfplumber==0.11.11 pdfminer.six==20260107
fi

# Rust: the wasm target, Trunk, wasm-bindgen's CLI (same version as the crate's pin).
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! trunk --version 2>/dev/null | grep -q ' 0\.21\.14'; then
  say "installing trunk 0.21.14 (several minutes)"
  cargo install trunk --version 0.21.14 --locked
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q ' 0\.2\.130'; then
  say "installing wasm-bindgen-cli 0.2.130 (a few minutes)"
  # Not --locked: its lockfile pins a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version 0.2.130
fi

# npm: wasm-opt (binaryen 132) into tools/, the browser test deps into tests/e2e/.
npm_deps() { # dir
  local dir="$1"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] ||
     [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "npm ci in ${dir#"$ROOT"/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
npm_deps "$ROOT/tools"
npm_deps "$ROOT/tests/e2e"
if ! wasm-opt --version 2>/dev/null | grep -q 'version 132'; then
  say "wasm-opt 132 is not on PATH after npm ci in tools/"; exit 1
fi
