#!/usr/bin/env bash
# test.sh — sets up if needed, then runs every test: native unit tests (ctest), the headless
# UI layout test, the web build, and the browser tests. Exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/lib/common.sh"
"$here/scripts/setup.sh"

log "native build and unit tests"
native="$here/build/native"
if [[ ! -f "$native/CMakeCache.txt" ]]; then
  cmake -S "$here" -B "$native" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$native" -j"$(nproc)"
ctest --test-dir "$native" --output-on-failure -j"$(nproc)"

log "web build"
"$here/scripts/build-web.sh"

log "browser tests (headless Chromium)"
cd "$here/tests/browser"
node --test --test-concurrency=1 ./*.test.mjs
