#!/usr/bin/env bash
# build-web.sh — builds the explainer for the web (build/web/site) and publishes it into dist/
# with scripts/lib/publish.mjs: a static folder any host can serve as it is (docs/hosting.md),
# with one page script, content-hashed file names, .br and .gz beside each file, the text version
# in index.html, and dist/offline/motive-matrix.html for classrooms.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/lib/common.sh"
use_emscripten
ensure_binaryen  # the wasm-opt pass after the link (cmake/WebApp.cmake)
ensure_browser   # the module split's readers' visits (scripts/lib/split-wasm.mjs)
build="${MM_WEB_BUILD_DIR:-$here/build/web}"
extra=()
[[ -n "${MM_THIRD_PARTY:-}" ]] && extra+=(-DMM_THIRD_PARTY="$MM_THIRD_PARTY")
[[ -n "${MM_IMGUI_DIR:-}" ]] && extra+=(-DMM_IMGUI_DIR="$MM_IMGUI_DIR")
[[ -n "${MM_SDL2_WASM:-}" ]] && extra+=(-DMM_SDL2_WASM="$MM_SDL2_WASM")
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  emcmake cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=MinSizeRel "${extra[@]}" >/dev/null
fi
cmake --build "$build" -j"$(nproc)"
site="$(sed -n 's/^MM_DIST_DIR:[A-Z]*=//p' "$build/CMakeCache.txt")"
site="${site:-$build/site}"  # the unpublished build

# The text version of the page's story is written into dist/index.html by publish.mjs with
# `motive-matrix html`, so the native tool is built too, once, in its own tree (no UI test, no
# ImGui needed).
tools="${MM_TOOLS_BUILD_DIR:-$here/build/native-tools}"
if [[ ! -f "$tools/CMakeCache.txt" ]]; then
  log "configuring the native tool in $tools"
  cmake -S "$here" -B "$tools" -DMM_BUILD_UI_TESTS=OFF -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
# strtod_reference: glibc's strtod for tests/browser/strtod.test.mjs.
cmake --build "$tools" --target motive-matrix strtod_reference -j"$(nproc)"

# The module in two: what readers' visits run (the first load) and the rest, fetched on the
# reader's first interaction (scripts/lib/split-wasm.mjs; about a minute).
node "$here/scripts/lib/split-wasm.mjs" --site "$site" --whole "$build/motive-matrix.whole.wasm" \
  --cli "$tools/motive-matrix" --work "$build/split"

out="${MM_PUBLISH_DIR:-$here/dist}"
node "$here/scripts/lib/publish.mjs" --site "$site" --out "$out" --cli "$tools/motive-matrix"
log "web app published to $out/ (unpublished build: $site/)"
