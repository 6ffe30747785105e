#!/usr/bin/env bash
# build-web.sh — builds the explainer for the web and publishes it into dist/, a static folder
# any host can serve as it is (docs/hosting.md): content-hashed file names, .br and .gz beside
# each file, the text version in index.html, and dist/offline/motive-matrix.html for classrooms.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/lib/common.sh"
use_emscripten
build="${MM_WEB_BUILD_DIR:-$here/build/web}"
extra=()
[[ -n "${MM_IMGUI_DIR:-}" ]] && extra+=(-DMM_IMGUI_DIR="$MM_IMGUI_DIR")
[[ -n "${MM_SDL2_WASM:-}" ]] && extra+=(-DMM_SDL2_WASM="$MM_SDL2_WASM")
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  emcmake cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=MinSizeRel "${extra[@]}" >/dev/null
fi
cmake --build "$build" -j"$(nproc)"
dist="$(sed -n 's/^MM_DIST_DIR:[A-Z]*=//p' "$build/CMakeCache.txt")"
site="${dist:-$build/site}"  # the unpublished build

# The text version: the bundled story as semantic HTML, written into dist/index.html (the first
# paint, and what screen readers, search engines and print read). `motive-matrix html` renders
# it, so the native tool is built too, once, in its own tree (no UI test, no ImGui needed).
tools="${MM_TOOLS_BUILD_DIR:-$here/build/native-tools}"
if [[ ! -f "$tools/CMakeCache.txt" ]]; then
  log "configuring the native tool in $tools"
  cmake -S "$here" -B "$tools" -DMM_BUILD_UI_TESTS=OFF -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$tools" --target motive-matrix -j"$(nproc)"
"$here/scripts/inject-text-version.sh" "$site/index.html" "$here/assets/stories/witkoff-call-leak.json" \
  "$tools/motive-matrix"

out="${MM_PUBLISH_DIR:-$here/dist}"
node "$here/scripts/lib/publish.mjs" --dist "$site" --out "$out"
log "web app published to $out/ (unpublished build: $site/)"
