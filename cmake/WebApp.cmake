# WebApp.cmake — the Emscripten configuration: builds the explainer and writes its unpublished
# static folder (MM_DIST_DIR, default <build>/site), which scripts/lib/publish.mjs turns into dist/.
set(MM_SDL2_WASM "$ENV{MM_SDL2_WASM}" CACHE PATH "SDL2 built for wasm (include/SDL2, lib/libSDL2.a)")
if(NOT MM_SDL2_WASM)
  set(MM_SDL2_WASM "${MM_THIRD_PARTY}/sdl2-wasm")
endif()
if(NOT EXISTS "${MM_SDL2_WASM}/lib/libSDL2.a")
  message(FATAL_ERROR "No SDL2 for wasm at ${MM_SDL2_WASM}: run scripts/setup.sh or set MM_SDL2_WASM")
endif()
if(NOT MM_HAVE_IMGUI)
  message(FATAL_ERROR "No Dear ImGui at ${MM_IMGUI_DIR}: run scripts/setup.sh or set MM_IMGUI_DIR")
endif()
# The unpublished site (plain names); scripts/build-web.sh publishes it into dist/ (hashed names,
# .br/.gz, the offline file) with scripts/lib/publish.mjs.
set(MM_DIST_DIR "${CMAKE_BINARY_DIR}/site" CACHE PATH "Where the static site is written before publishing")

# Size first: this runs inside other people's articles, often on phones.
set(MM_WEB_OPT -Oz -flto)
# WebAssembly features every browser the glue targets (MIN_*_VERSION below: Chrome 85, Firefox 79,
# Safari 15.1: MDN's compatibility data gives 15.1 for the saturating casts and bulk memory, so
# the targets say so; on Safari 15.0 the module would not compile and the page shows the text
# version with its "stopped" alert) runs, compiled into our code and Dear ImGui (SDL2 and libc are prebuilt MVP code):
# saturating float→int casts instead of MVP's guarded sequence around every cast, sign extension,
# memory.copy/fill, mutable globals. scripts/lib/wasm-opt.mjs reads this list and enables the same set.
# docs/benchmarks.md ("Levers") has what each saves and the support tables it was checked against.
set(MM_WASM_FEATURES -mnontrapping-fptoint -msign-ext -mbulk-memory -mmutable-globals)
list(APPEND MM_WEB_OPT ${MM_WASM_FEATURES})

# Dear ImGui 1.86 embeds its ProggyClean font (12 KB of base85, 9.4 KB brotli) and falls back on
# it when an atlas is built without fonts; it has no switch to leave it out. The explainer never
# builds an atlas before its own four faces are there (src/platform/app.cpp: fonts are built only
# when the font data is complete), so the web build compiles a copy of imgui_draw.cpp (in the build
# tree, never committed) whose ImFontAtlas::Build() refuses an empty atlas instead; the linker then
# drops AddFontDefault and the font. The native build (UI tests) keeps the original file.
set(MM_IMGUI_DRAW_LEAN "${CMAKE_BINARY_DIR}/generated/imgui_draw_lean.cpp")
file(READ "${MM_IMGUI_DIR}/imgui_draw.cpp" mm_imgui_draw)
string(REPLACE "    if (ConfigData.Size == 0)\n        AddFontDefault();" "    if (ConfigData.Size == 0)\n        return false;  // motive-matrix: see cmake/WebApp.cmake" mm_imgui_draw_lean "${mm_imgui_draw}")
if(mm_imgui_draw_lean STREQUAL mm_imgui_draw)
  message(FATAL_ERROR "imgui_draw.cpp: ImFontAtlas::Build()'s AddFontDefault() call not found (another Dear ImGui version?)")
endif()
# Its #include "…" find imgui's headers through mm_imgui's include directory. Rewritten only
# when it changes, so a reconfigure does not recompile it.
file(WRITE "${MM_IMGUI_DRAW_LEAN}.tmp" "${mm_imgui_draw_lean}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${MM_IMGUI_DRAW_LEAN}.tmp" "${MM_IMGUI_DRAW_LEAN}")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${MM_IMGUI_DIR}/imgui_draw.cpp")
get_target_property(mm_imgui_sources mm_imgui SOURCES)
list(TRANSFORM mm_imgui_sources REPLACE ".*/imgui_draw\\.cpp$" "${MM_IMGUI_DRAW_LEAN}")
set_property(TARGET mm_imgui PROPERTY SOURCES ${mm_imgui_sources})
# More copies with unreachable code taken out: the .ini reader's sscanf, the GL backend's, gamepads.
include(${CMAKE_CURRENT_LIST_DIR}/ImGuiLean.cmake)
# No file system here (-sFILESYSTEM=0), so Dear ImGui's file helpers (the .ini file, a log file,
# fonts from files) could only fail: its own switch replaces them with stubs that fail at once, and
# fopen, fread and the rest of stdio's file code leave the module.
target_compile_definitions(mm_imgui PUBLIC IMGUI_DISABLE_FILE_FUNCTIONS)
foreach(t mm_core mm_imgui mm_ui)
  target_compile_options(${t} PRIVATE ${MM_WEB_OPT} -fno-exceptions)
endforeach()
target_compile_definitions(mm_core PUBLIC JSON_NOEXCEPTION)

add_library(mm_imgui_backends STATIC ${MM_LEAN_imgui_impl_sdl} ${MM_LEAN_imgui_impl_opengl3})
target_include_directories(mm_imgui_backends SYSTEM PUBLIC ${MM_IMGUI_DIR}/backends "${MM_SDL2_WASM}/include/SDL2")
# imgui 1.86's GL backend defaults to GLES2 (WebGL1) under Emscripten; we target WebGL2.
target_compile_definitions(mm_imgui_backends PUBLIC IMGUI_IMPL_OPENGL_ES3)
target_compile_options(mm_imgui_backends PRIVATE ${MM_WEB_OPT} -fno-exceptions)
target_link_libraries(mm_imgui_backends PUBLIC mm_imgui)

file(GLOB MM_PLATFORM_SOURCES CONFIGURE_DEPENDS src/platform/*.cpp)
# The studio's exports are its own module's (below), never the explainer's.
list(FILTER MM_PLATFORM_SOURCES EXCLUDE REGEX "/studio_exports\\.cpp$")
add_executable(motive-matrix ${MM_PLATFORM_SOURCES})
target_compile_options(motive-matrix PRIVATE ${MM_WEB_OPT} -fno-exceptions)
target_link_libraries(motive-matrix PRIVATE mm_ui mm_imgui_backends "${MM_SDL2_WASM}/lib/libSDL2.a")
set_target_properties(motive-matrix PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${MM_DIST_DIR}")
# What the page may call: the C runtime's main, malloc and free, and the page API
# (src/platform/page_api.h). Emscripten puts on Module only what this names, so it is kept by
# hand; the page_api test (tests/checks/page_api.cmake) fails when it and the
# EMSCRIPTEN_KEEPALIVE functions of src/platform differ.
set(MM_EXPORTS "_main,_malloc,_free,_mm_add_font,_mm_load_story,_mm_select,_mm_state,_mm_resize,_mm_wake,_mm_set_view,_mm_set_lens,_mm_set_page_visible,_mm_probe,_mm_probe_json,_mm_nav,_mm_set_font_scale,_mm_text_html,_mm_set_theme,_mm_locale_for,_mm_set_locale,_mm_matrix_csv,_mm_draw_for_image,_mm_set_mode,_mm_classroom,_mm_tour,_mm_set_presenter")
target_link_options(motive-matrix PRIVATE ${MM_WEB_OPT}
  -sUSE_SDL=0 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sENVIRONMENT=web -sFILESYSTEM=0 -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=16MB
  -sMALLOC=emmalloc -sMODULARIZE=1 -sEXPORT_NAME=createMotiveMatrix
  -sEXPORTED_FUNCTIONS=${MM_EXPORTS}
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8
  -sDISABLE_EXCEPTION_CATCHING=1 -sABORTING_MALLOC=0 -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0
  # Less glue: no GL error bookkeeping, errno, longjmp or eval, and only browsers with WebGL2
  # (the page checks for it and shows the text version otherwise).
  -sGL_EXTENSIONS_IN_PREFIXED_FORMAT=0 -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0 -sGL_TRACK_ERRORS=0
  -sGL_POOL_TEMP_BUFFERS=0 -sSUPPORT_ERRNO=0 -sSUPPORT_LONGJMP=0 -sTEXTDECODER=2 -sDYNAMIC_EXECUTION=0
  -sMIN_CHROME_VERSION=85 -sMIN_FIREFOX_VERSION=79 -sMIN_SAFARI_VERSION=150100 -sMIN_EDGE_VERSION=85
  # Glue that can take the module in two halves: scripts/build-web.sh splits it after the link
  # (scripts/lib/split-wasm.mjs), so that a reader's first load carries only the code reading runs;
  # web/js/deferred.js fetches the rest on the reader's first interaction. The glue also runs the
  # whole module as it is (its "placeholder" imports are then unused).
  -sSPLIT_MODULE=1)
# Then binaryen's newer wasm-opt (npm, pinned in scripts/binaryen; setup.sh and build-web.sh install
# it) shrinks the module once more: −2.6 KB brotli (docs/benchmarks.md, "Levers"). The script
# refuses a result whose imports or exports differ from what the glue expects.
if(NOT EXISTS "${CMAKE_SOURCE_DIR}/scripts/binaryen/node_modules/binaryen/bin/wasm-opt")
  message(FATAL_ERROR "No binaryen in scripts/binaryen/node_modules: run scripts/setup.sh (or scripts/build-web.sh)")
endif()
find_program(MM_NODE NAMES node nodejs REQUIRED)
# With SPLIT_MODULE, emcc leaves the module it linked as motive-matrix.wasm.orig and writes an
# instrumented copy for profiling in its place; the split (scripts/lib/split-wasm.mjs) makes its
# own. The linked module, shrunk, is kept as <build>/motive-matrix.whole.wasm, which the split
# reads, and copied into the site, which then works unsplit too.
set(MM_WHOLE_WASM "${CMAKE_BINARY_DIR}/motive-matrix.whole.wasm")
add_custom_command(TARGET motive-matrix POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E rename "${MM_DIST_DIR}/motive-matrix.wasm.orig" "${MM_WHOLE_WASM}"
  COMMAND "${MM_NODE}" "${CMAKE_SOURCE_DIR}/scripts/lib/wasm-opt.mjs" "${MM_WHOLE_WASM}"
          --relink-on-failure "${MM_DIST_DIR}/motive-matrix.js"
  COMMAND ${CMAKE_COMMAND} -E copy "${MM_WHOLE_WASM}" "${MM_DIST_DIR}/motive-matrix.wasm"
  COMMAND ${CMAKE_COMMAND} -E rm -f "${MM_DIST_DIR}/motive-matrix.deferred.wasm"
  VERBATIM)

# Static files next to the .js/.wasm: the page, its scripts and styles, stories, fonts. The page's
# script stays in pieces (js/) here: scripts/lib/publish.mjs joins them into app.js.
file(GLOB MM_WEB_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*.js ${CMAKE_SOURCE_DIR}/web/*.css ${CMAKE_SOURCE_DIR}/web/*.svg
     ${CMAKE_SOURCE_DIR}/assets/*.schema.json)
file(GLOB MM_WEB_JS_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/js/*.js)
file(GLOB MM_STORY_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/stories/*.json)
# The interface languages other than English (which is built into the wasm): fetched when used.
file(GLOB MM_LOCALE_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/locales/*.json)
list(FILTER MM_LOCALE_FILES EXCLUDE REGEX "/en\\.json$")
# The demo article that embeds the explainer with embed.js (docs/hosting.md).
file(GLOB MM_DEMO_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/demo/*.html ${CMAKE_SOURCE_DIR}/web/demo/*.css)
# A target of its own that runs on every build (copy_if_different keeps it cheap): as a
# POST_BUILD step, an edit to web/, shell.html or a story alone would never reach the site.
add_custom_target(mm_web_static ALL
  COMMAND ${CMAKE_COMMAND} -E make_directory "${MM_DIST_DIR}/stories" "${MM_DIST_DIR}/fonts" "${MM_DIST_DIR}/demo" "${MM_DIST_DIR}/js" "${MM_DIST_DIR}/locales"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different "${CMAKE_SOURCE_DIR}/shell.html" "${MM_DIST_DIR}/index.html"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${MM_WEB_FILES} "${MM_DIST_DIR}/"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${MM_WEB_JS_FILES} "${MM_DIST_DIR}/js/"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${MM_STORY_FILES} "${MM_DIST_DIR}/stories/"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${MM_LOCALE_FILES} "${MM_DIST_DIR}/locales/"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${MM_FONT_FILES} "${MM_DIST_DIR}/fonts/"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${MM_DEMO_FILES} "${MM_DIST_DIR}/demo/"
  VERBATIM)
add_dependencies(mm_web_static mm_fonts motive-matrix)
add_dependencies(motive-matrix mm_fonts)

# ---- strtod's test module: src/platform/strtod.cpp (the explainer's strtod, strtof, strtold) ----
# with tests/strtod/strtod_probe.cpp, for Node (the same V8 as Chromium); never published.
# tests/browser/strtod.test.mjs compares its answers with glibc's (strtod_reference, native).
add_executable(strtod-probe tests/strtod/strtod_probe.cpp src/platform/strtod.cpp)
target_compile_options(strtod-probe PRIVATE ${MM_WEB_OPT} -fno-exceptions)
set_target_properties(strtod-probe PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
target_link_options(strtod-probe PRIVATE ${MM_WEB_OPT}
  -sENVIRONMENT=node -sFILESYSTEM=0 -sALLOW_MEMORY_GROWTH=1 -sMODULARIZE=1 -sEXPORT_NAME=createStrtodProbe
  -sEXPORTED_FUNCTIONS=_mm_strtod_probe,_mm_strtold_agrees,_malloc,_free
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8)

# ---- the editors' studio (web/studio/, docs/authoring.md): dist/studio/ -----------------------
# Its own small module from src/core only (no ImGui, SDL or App), so that the explainer's readers
# never download studio code. MM_STUDIO_EXPORTS lists page_api.h's "studio module" section; the
# page_api test keeps them in step.
set(MM_STUDIO_EXPORTS "_malloc,_free,_mm_studio_check,_mm_studio_import")
# It parses JSON with nlohmann too, so it takes the explainer's strtod (src/platform/strtod.cpp).
add_executable(studio-core src/platform/studio_exports.cpp src/platform/strtod.cpp)
target_compile_options(studio-core PRIVATE ${MM_WEB_OPT} -fno-exceptions)
target_link_libraries(studio-core PRIVATE mm_core)
set_target_properties(studio-core PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${MM_DIST_DIR}/studio")
target_link_options(studio-core PRIVATE ${MM_WEB_OPT}
  -sENVIRONMENT=web -sFILESYSTEM=0 -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=16MB
  -sMALLOC=emmalloc -sMODULARIZE=1 -sEXPORT_NAME=createStudioCore
  -sEXPORTED_FUNCTIONS=${MM_STUDIO_EXPORTS}
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8
  -sDISABLE_EXCEPTION_CATCHING=1 -sABORTING_MALLOC=0 -sSUPPORT_ERRNO=0 -sSUPPORT_LONGJMP=0 -sTEXTDECODER=2
  -sDYNAMIC_EXECUTION=0 -sMIN_CHROME_VERSION=85 -sMIN_FIREFOX_VERSION=79 -sMIN_SAFARI_VERSION=150100 -sMIN_EDGE_VERSION=85)
file(GLOB MM_STUDIO_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/studio/*.html ${CMAKE_SOURCE_DIR}/web/studio/*.js
     ${CMAKE_SOURCE_DIR}/web/studio/*.css)
add_custom_target(mm_studio_static ALL
  COMMAND ${CMAKE_COMMAND} -E make_directory "${MM_DIST_DIR}/studio"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${MM_STUDIO_FILES} "${MM_DIST_DIR}/studio/"
  VERBATIM)
add_dependencies(mm_studio_static studio-core)
