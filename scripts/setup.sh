#!/usr/bin/env bash
# setup.sh — install what motive-matrix needs to build and test, idempotently.
#
# What it provides (each step is skipped when already done):
#   1. Debian packages: emscripten, nlohmann-json, GoogleTest, fonts, fontTools, brotli, terser, chromium,
#      clang with its sanitizer and libFuzzer runtimes.
#   2. Dear ImGui 1.86 and SDL2 2.26.5 sources from Debian *source* packages into third_party/ (ignored).
#   3. SDL2 built once for WebAssembly (static, size-optimised) and cached in third_party/.
#   4. npm packages for the browser tests (tests/browser/node_modules) and binaryen's wasm-opt for
#      the web build (scripts/binaryen/node_modules).
#
# Bring your own toolchain instead of apt (each is optional):
#   EMSDK=/path/to/emsdk          use that emsdk (its emsdk_env.sh is sourced by the build scripts)
#   MM_IMGUI_DIR=/path/to/imgui    an existing Dear ImGui tree (imgui.cpp, backends/)
#   MM_SDL2_SRC=/path/to/SDL2      an existing SDL2 source tree to build for wasm
#   MM_SDL2_WASM=/path/to/prefix   an SDL2 already built for wasm (include/SDL2, lib/libSDL2.a)
#   MM_SKIP_APT=1                  never call apt-get (fail with a list of what is missing instead)
#   MM_SKIP_BROWSER=1              skip chromium and npm (native work only)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/lib/common.sh"

# ---------------------------------------------------------------------------------------------
# 1. Debian packages
# ---------------------------------------------------------------------------------------------
packages=(cmake make g++ dpkg-dev xz-utils nlohmann-json3-dev libgtest-dev googletest
          fonts-noto-core python3-fonttools python3-brotli brotli gzip clang libclang-rt-14-dev terser)
if [[ -z "${EMSDK:-}" ]] && ! command -v emcc >/dev/null; then packages+=(emscripten); fi
if [[ "${EMSDK:-}" == "" && -x /usr/bin/emcc ]]; then packages+=(emscripten); fi
if [[ -z "${MM_SKIP_BROWSER:-}" ]]; then packages+=(chromium nodejs npm); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ -n "${MM_SKIP_APT:-}" ]]; then die "missing Debian packages: ${missing[*]}"; fi
  # nodejs/npm may come from elsewhere (nodesource, nvm): do not fight an existing node.
  if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=($(printf '%s\n' "${missing[@]}" | grep -vx -e nodejs -e npm || true))
  fi
fi
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# ---------------------------------------------------------------------------------------------
# 2. Dear ImGui and SDL2 sources (Debian source packages, unpacked into third_party/src)
# ---------------------------------------------------------------------------------------------
mkdir -p "$TP/src" "$TP/dl"
need_src=()
[[ -n "${MM_IMGUI_DIR:-}" || -f "$TP/src/imgui/imgui.cpp" ]] || need_src+=(imgui)
[[ -n "${MM_SDL2_SRC:-}" || -n "${MM_SDL2_WASM:-}" || -f "$TP/src/SDL2/CMakeLists.txt" ]] || need_src+=(libsdl2)
if ((${#need_src[@]})); then
  if ! ls /etc/apt/sources.list.d/*.sources 2>/dev/null | xargs grep -lq '^Types:.*deb-src' 2>/dev/null \
     && ! grep -qs '^deb-src' /etc/apt/sources.list; then
    [[ -n "${MM_SKIP_APT:-}" ]] && die "no deb-src entry; set MM_IMGUI_DIR / MM_SDL2_SRC instead"
    log "adding a deb-src entry (/etc/apt/sources.list.d/motive-matrix-src.sources)"
    sed 's/^Types: *deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
      | as_root tee /etc/apt/sources.list.d/motive-matrix-src.sources >/dev/null
    as_root apt-get update -qq
  fi
  for pkg in "${need_src[@]}"; do
    log "fetching Debian source package $pkg"
    (cd "$TP/dl" && apt-get source --download-only -qq "$pkg" 2>&1 | grep -v "unsandboxed as root" >&2 || true)
  done
fi
unpack() { # unpack <glob of .orig tarball> <dest>
  local tarball; tarball=$(ls "$TP"/dl/$1 2>/dev/null | head -n1) || true
  [[ -n "$tarball" ]] || die "no source tarball matching $1 in $TP/dl"
  rm -rf "$2.tmp" && mkdir -p "$2.tmp"
  tar -xf "$tarball" -C "$2.tmp" --strip-components=1
  mv "$2.tmp" "$2"
}
if [[ -z "${MM_IMGUI_DIR:-}" && ! -f "$TP/src/imgui/imgui.cpp" ]]; then unpack 'imgui_*.orig.tar.*' "$TP/src/imgui"; fi
if [[ -z "${MM_SDL2_SRC:-}${MM_SDL2_WASM:-}" && ! -f "$TP/src/SDL2/CMakeLists.txt" ]]; then
  unpack 'libsdl2_*.orig.tar.*' "$TP/src/SDL2"
fi

# ---------------------------------------------------------------------------------------------
# 3. SDL2 for WebAssembly, built once (static, -Oz, only the subsystems the app uses)
# ---------------------------------------------------------------------------------------------
# SDL_LEAN_AND_MEAN drops the software blitters, RLE and YUV code; SDL_RENDER=OFF the 2D
# renderer. The explainer draws with WebGL2 through imgui, so neither is reachable, but without
# them off they cost 20 KB brotli of wasm (docs/benchmarks.md, "Levers"). SDL_OFFSCREEN and
# SDL_DUMMYVIDEO off leave only the Emscripten video driver, the one a browser uses (−2.1 KB: the
# other two drivers, and the BMP writer and file streams the dummy one saves frames with). The
# recipe is written next to the library: a tree built with other flags is rebuilt, not silently reused.
sdl_flags=(-DCMAKE_BUILD_TYPE=MinSizeRel "-DCMAKE_C_FLAGS=-Oz -flto -DSDL_LEAN_AND_MEAN=1"
  -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL_THREADS=OFF -DSDL_RENDER=OFF
  -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_HIDAPI=OFF -DSDL_SENSOR=OFF
  -DSDL_POWER=OFF -DSDL_FILESYSTEM=OFF -DSDL_LOCALE=OFF -DSDL_MISC=OFF -DSDL_TIMERS=ON
  -DSDL_LOADSO=OFF -DSDL_CPUINFO=OFF -DSDL_ATOMIC=OFF -DSDL_OFFSCREEN=OFF -DSDL_DUMMYVIDEO=OFF)
sdl_recipe="SDL2 2.26.5 for wasm: ${sdl_flags[*]}"
if [[ -z "${MM_SDL2_WASM:-}" ]] && ! { [[ -f "$TP/sdl2-wasm/lib/libSDL2.a" ]] &&
     [[ "$(cat "$TP/sdl2-wasm/recipe.txt" 2>/dev/null)" == "$sdl_recipe" ]]; }; then
  use_emscripten
  src="${MM_SDL2_SRC:-$TP/src/SDL2}"
  log "building SDL2 for wasm from $src (once; about 8 minutes on 2 cores)"
  rm -rf "$TP/build/sdl2-wasm" "$TP/sdl2-wasm.new"; mkdir -p "$TP/build"
  emcmake cmake -S "$src" -B "$TP/build/sdl2-wasm" -DCMAKE_INSTALL_PREFIX="$TP/sdl2-wasm.new" \
    "${sdl_flags[@]}" >"$TP/build/sdl2-wasm.log" 2>&1 \
    || { tail -n 30 "$TP/build/sdl2-wasm.log"; die "SDL2 configure failed (log: $TP/build/sdl2-wasm.log)"; }
  cmake --build "$TP/build/sdl2-wasm" -j"$(nproc)" >>"$TP/build/sdl2-wasm.log" 2>&1 \
    && cmake --install "$TP/build/sdl2-wasm" >>"$TP/build/sdl2-wasm.log" 2>&1 \
    || { tail -n 30 "$TP/build/sdl2-wasm.log"; die "SDL2 build failed (log: $TP/build/sdl2-wasm.log)"; }
  # Swapped in only when complete, so an interrupted build never leaves a half library behind.
  printf '%s\n' "$sdl_recipe" >"$TP/sdl2-wasm.new/recipe.txt"
  rm -rf "$TP/sdl2-wasm" && mv "$TP/sdl2-wasm.new" "$TP/sdl2-wasm"
fi

# ---------------------------------------------------------------------------------------------
# 4. npm packages for the browser tests (never downloads a browser: Debian's chromium is used)
# ---------------------------------------------------------------------------------------------
if [[ -z "${MM_SKIP_BROWSER:-}" ]]; then
  ensure_browser
  ensure_binaryen
fi
log "setup complete"
