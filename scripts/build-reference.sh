#!/usr/bin/env bash
# build-reference.sh — builds the benchmark's reference: Dear ImGui 1.86's own
# examples/example_emscripten_opengl3 (the demo window over SDL2 + WebGL), from the same Debian
# source package, against the same SDL2-for-wasm, with the same optimisation and link flags as the
# explainer (cmake/WebApp.cmake). scripts/bench.sh measures it next to the explainer, so that
# ratios (explainer / reference) are comparable across machines.
#
# Output: build/reference/ (ignored by git): index.html, page.js, imgui-example.js, imgui-example.wasm,
# flags.txt (the exact compile and link lines). MM_REFERENCE_DIR overrides the folder. Objects are
# rebuilt when a source or the flags change.
#
#   scripts/build-reference.sh --no-demo   the same program with IMGUI_DISABLE_DEMO_WINDOWS (an
#                                          empty frame: Dear ImGui + SDL2 + the GL backend and
#                                          nothing else) into build/reference-no-demo/: the
#                                          payload floor of any explainer on this stack
#
# Differences from the upstream example, all needed to run it with this project's toolchain
# (applied with sed to a copy of main.cpp, printed below when they run):
#   - SDL_INIT_GAMECONTROLLER is dropped from SDL_Init (our SDL2 is built without joystick support,
#     and SDL_Init would fail);
#   - WebGL2 / "#version 300 es" (the example's own commented-out alternative), as the explainer uses;
#   - our own page instead of shell_minimal.html (Debian's emscripten cannot minify HTML), which sets
#     performance.mark("first-frame") after the first main-loop iteration, like the explainer does.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/scripts/lib/common.sh"
use_emscripten

no_demo=""
[[ "${1:-}" == "--no-demo" ]] && no_demo=1
imgui="${MM_IMGUI_DIR:-$TP/src/imgui}"
sdl="${MM_SDL2_WASM:-$TP/sdl2-wasm}"
out="${MM_REFERENCE_DIR:-$here/build/reference${no_demo:+-no-demo}}"
example="$imgui/examples/example_emscripten_opengl3"
[[ -f "$example/main.cpp" ]] || die "no $example/main.cpp (run scripts/setup.sh or set MM_IMGUI_DIR)"
[[ -f "$sdl/lib/libSDL2.a" ]] || die "no SDL2 for wasm at $sdl (run scripts/setup.sh or set MM_SDL2_WASM)"

# The explainer's flags, read from its build (scripts/build-web.sh, MM_WEB_BUILD_DIR): the compile
# line of imgui's GL backend minus the IMGUI_DISABLE_* defines the demo cannot do without, and the
# link line minus the explainer's module and export settings; the glue is minified with terser
# as scripts/lib/publish.mjs minifies the explainer's. Without a web build: the flags of
# cmake/WebApp.cmake as of this writing.
web="${MM_WEB_BUILD_DIR:-$here/build/web}"
cxxflags=() ldflags=() terser=""
if [[ -f "$web/compile_commands.json" && -f "$web/CMakeFiles/motive-matrix.dir/link.txt" ]]; then
  mapfile -t cxxflags < <(node -e '
    const cc = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const e = cc.find((x) => /imgui_impl_opengl3\.cpp$/.test(x.file));
    if (!e) process.exit(1);
    const skip = process.argv[2] ? /^-DIMGUI_DISABLE_DEFAULT_FONT$/ : /^-DIMGUI_DISABLE_(DEMO_WINDOWS|DEBUG_TOOLS|DEFAULT_FONT)$/;
    for (const t of e.command.split(/\s+/)) if (/^(-O|-f|-D|-std=|-g|-m)/.test(t) && !skip.test(t)) console.log(t);
  ' "$web/compile_commands.json" "$no_demo") || cxxflags=()
  mapfile -t ldflags < <(tr ' ' '\n' <"$web/CMakeFiles/motive-matrix.dir/link.txt" \
    | grep -E '^(-O|-flto|-g|-s[A-Z])' | grep -vE '^-s(MODULARIZE|EXPORT_NAME|EXPORTED_FUNCTIONS|EXPORTED_RUNTIME_METHODS)=')
fi
terser="$(command -v terser || true)"
if ((${#cxxflags[@]} == 0 || ${#ldflags[@]} == 0)); then
  log "reference: no explainer build in $web; using the flags written in this script"
  cxxflags=(-Os -DNDEBUG -Oz -flto -fno-exceptions -std=c++17 -DIMGUI_IMPL_OPENGL_ES3)
  ldflags=(-Os -Oz -flto -sUSE_SDL=0 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
           -sENVIRONMENT=web -sFILESYSTEM=0 -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=16MB
           -sMALLOC=emmalloc -sDISABLE_EXCEPTION_CATCHING=1 -sABORTING_MALLOC=0
           -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0)
fi
# The example's own needs: no file system (its Makefile's default), the SDL2 headers.
cxxflags+=(-DIMGUI_DISABLE_FILE_FUNCTIONS -I"$imgui" -I"$imgui/backends" -isystem "$sdl/include/SDL2")

mkdir -p "$out/obj"
sed -e 's/SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_GAMECONTROLLER/SDL_INIT_VIDEO | SDL_INIT_TIMER/' \
    -e 's|const char\* glsl_version = "#version 100";|const char* glsl_version = "#version 300 es";|' \
    -e 's/SDL_GL_CONTEXT_MAJOR_VERSION, 2)/SDL_GL_CONTEXT_MAJOR_VERSION, 3)/' \
    "$example/main.cpp" >"$out/main.cpp.tmp"
grep -q '"#version 300 es";' "$out/main.cpp.tmp" && ! grep -q 'SDL_INIT_GAMECONTROLLER)' "$out/main.cpp.tmp" \
  || die "the example's main.cpp is not the one this script knows how to adapt"
if ! cmp -s "$out/main.cpp.tmp" "$out/main.cpp"; then mv "$out/main.cpp.tmp" "$out/main.cpp"; else rm "$out/main.cpp.tmp"; fi

sources=("$out/main.cpp" "$imgui/imgui.cpp" "$imgui/imgui_demo.cpp" "$imgui/imgui_draw.cpp" "$imgui/imgui_tables.cpp"
         "$imgui/imgui_widgets.cpp" "$imgui/backends/imgui_impl_sdl.cpp" "$imgui/backends/imgui_impl_opengl3.cpp")
printf '%s\n' "em++ -c ${cxxflags[*]}" "em++ -o imgui-example.js ${ldflags[*]}" "terser: ${terser:-no}" >"$out/flags.new"
if ! cmp -s "$out/flags.new" "$out/flags.txt"; then rm -f "$out"/obj/*.o; mv "$out/flags.new" "$out/flags.txt"; else rm "$out/flags.new"; fi

objs=()
stale=0
for src in "${sources[@]}"; do
  o="$out/obj/$(basename "${src%.cpp}").o"
  objs+=("$o")
  if [[ ! -f "$o" || "$src" -nt "$o" ]]; then
    log "reference: compiling $(basename "$src")"
    em++ "${cxxflags[@]}" -c "$src" -o "$o"
    stale=1
  fi
done
if ((stale)) || [[ ! -f "$out/imgui-example.wasm" ]]; then
  log "reference: linking"
  em++ "${objs[@]}" "$sdl/lib/libSDL2.a" "${ldflags[@]}" -o "$out/imgui-example.js"
  if [[ -n "$terser" ]]; then
    "$terser" "$out/imgui-example.js" --compress passes=2 --mangle -o "$out/imgui-example.min.js"
    mv "$out/imgui-example.min.js" "$out/imgui-example.js"
  fi
fi

cat >"$out/page.js" <<'EOF'
// The reference page's script: the canvas for SDL, and performance.mark("first-frame") after the
// first main-loop iteration (the explainer sets the same mark after its first complete frame).
var Module = {
  canvas: document.getElementById("canvas"),
  print: function (t) { console.log(t); },
  printErr: function (t) { console.warn(t); },
  postMainLoop: function () {
    if (!performance.getEntriesByName("first-frame").length) performance.mark("first-frame");
  },
};
EOF
cat >"$out/index.html" <<'EOF'
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dear ImGui 1.86 example_emscripten_opengl3 (benchmark reference)</title>
<link rel="icon" href="data:,">
<style>html,body{margin:0;padding:0;height:100%;overflow:hidden}canvas{display:block;width:100vw;height:100vh}</style>
</head>
<body>
<canvas id="canvas" oncontextmenu="event.preventDefault()" tabindex="-1"></canvas>
<script src="page.js"></script>
<script src="imgui-example.js"></script>
</body>
</html>
EOF
log "reference written to $out/ ($(stat -c %s "$out/imgui-example.wasm") bytes wasm, $(stat -c %s "$out/imgui-example.js") bytes js)"
