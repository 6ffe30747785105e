#!/usr/bin/env bash
# test.sh — sets up if needed, then runs every test: native unit tests and the headless UI
# layout test (ctest), the same under ASan + UBSan, a short fuzzing pass, the web build and
# publish step, and the browser tests. Exits non-zero on any failure.
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

log "the same unit and UI tests under AddressSanitizer + UndefinedBehaviorSanitizer"
asan="$here/build/asan"
if [[ ! -f "$asan/CMakeCache.txt" ]]; then
  cmake -S "$here" -B "$asan" -DCMAKE_BUILD_TYPE=Debug -DMM_SANITIZE=ON >/dev/null
fi
cmake --build "$asan" -j"$(nproc)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir "$asan" --output-on-failure -j"$(nproc)"

log "a short, bounded fuzzing pass (scripts/fuzz.sh; longer runs: docs/reliability.md)"
"$here/scripts/fuzz.sh" "${MM_TEST_FUZZ_SECONDS:-45}"

log "web build"
"$here/scripts/build-web.sh"

log "browser tests (headless Chromium)"
cd "$here/tests/browser"
# A test that waits for something that never comes fails after 5 minutes (the longest takes about
# one) instead of holding the run until CI's limit.
node --test --test-concurrency=1 --test-timeout=300000 ./*.test.mjs
