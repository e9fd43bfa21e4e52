#!/usr/bin/env python3
"""Trunk post-build hook: put the hashes of index.html's inline scripts (the
wasm loader Trunk writes) into its Content-Security-Policy, in place of the
INLINE_SCRIPT_HASHES placeholder. No inline script runs without its hash."""
import base64
import hashlib
import os
import re
import sys

path = os.path.join(os.environ.get("TRUNK_STAGING_DIR", "dist"), "index.html")
html = open(path, encoding="utf-8").read()
if "INLINE_SCRIPT_HASHES" not in html:
    sys.exit(f"csp.py: no INLINE_SCRIPT_HASHES placeholder in {path}")
hashes = []
for body in re.findall(r"<script\b(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S):
    digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
    hashes.append(f"'sha256-{digest}'")
html = html.replace("INLINE_SCRIPT_HASHES", " ".join(hashes))
open(path, "w", encoding="utf-8").write(html)
print(f"csp.py: {len(hashes)} inline script(s) hashed into the policy")
