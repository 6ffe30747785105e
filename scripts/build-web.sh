#!/usr/bin/env bash
# build-web.sh — builds the explainer for the web into dist/ (a static folder any host can serve).
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
log "web app written to ${MM_DIST_DIR:-$here/dist}/"
