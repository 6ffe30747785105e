# ImGuiLean.cmake — the web build's copies of Dear ImGui and backend sources (in the build tree, never
# committed) with code the explainer can never reach on the web taken out, so the linker drops what
# it pulled in. Included by cmake/WebApp.cmake; the native build (UI tests) compiles the originals.
# Each edit must match the expected number of times, or the configure stops (another Dear ImGui
# version needs the edits looked at again). Measured in docs/benchmarks.md, "Levers".

# mm_lean_edit(<text variable> <from> <to> <expected count>): replace every <from> with <to>.
function(mm_lean_edit text_var from to expected)
  string(LENGTH "${${text_var}}" before)
  string(REPLACE "${from}" "" without "${${text_var}}")
  string(LENGTH "${without}" after)
  string(LENGTH "${from}" n)
  math(EXPR count "(${before} - ${after}) / ${n}")
  if(NOT count EQUAL expected)
    message(FATAL_ERROR "ImGuiLean.cmake: \"${from}\" found ${count} times, expected ${expected} (another Dear ImGui version?)")
  endif()
  string(REPLACE "${from}" "${to}" edited "${${text_var}}")
  set(${text_var} "${edited}" PARENT_SCOPE)
endfunction()

# mm_lean_write(<file name> <text> <out variable>): the copy in <build>/generated, rewritten only when
# it changes (a reconfigure then recompiles nothing).
function(mm_lean_write name text out_var)
  set(path "${CMAKE_BINARY_DIR}/generated/${name}")
  file(WRITE "${path}.tmp" "${text}")
  execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${path}.tmp" "${path}")
  set(${out_var} "${path}" PARENT_SCOPE)
endfunction()

# 1. The .ini reader. Dear ImGui registers its window and table settings handlers, whose line
#    parsers are the only callers of libc's sscanf besides the GL backend (below), whatever
#    io.IniFilename says. The explainer sets io.IniFilename = nullptr (src/platform/app.cpp), never
#    calls LoadIniSettingsFromMemory, and the web build has no file system (-sFILESYSTEM=0) to read
#    one from, so the parsers never run: their sscanf becomes a function that matches nothing, and
#    vsscanf leaves the module.
set(mm_no_sscanf "\n// motive-matrix (cmake/ImGuiLean.cmake): nothing reads an .ini file in the web build.\nstatic int mm_no_ini_sscanf(const char*, const char*, ...) { return 0; }\n")
foreach(f imgui imgui_tables)
  file(READ "${MM_IMGUI_DIR}/${f}.cpp" text)
  if(f STREQUAL "imgui")
    mm_lean_edit(text "sscanf(" "mm_no_ini_sscanf(" 3)
    # 4. Nor does anything write one: io.IniFilename = nullptr, and nothing calls
    #    SaveIniSettingsToMemory or ClearIniSettings, the only other callers of the settings
    #    handlers. So the window and table handlers are not registered at all, and their readers
    #    and writers (WriteAll formats every window's and table's settings) leave the module.
    #    Windows and tables still keep their settings in memory, as before.
    mm_lean_edit(text "        g.SettingsHandlers.push_back(ini_handler);\n"
      "        (void)ini_handler;  // motive-matrix: no .ini file on the web (cmake/ImGuiLean.cmake)\n" 1)
    mm_lean_edit(text "    TableSettingsInstallHandler(context);\n"
      "    // motive-matrix: TableSettingsInstallHandler(context) left out, no .ini file (cmake/ImGuiLean.cmake)\n" 1)
  else()
    mm_lean_edit(text "sscanf(" "mm_no_ini_sscanf(" 9)
  endif()
  mm_lean_edit(text "#include \"imgui_internal.h\"\n" "#include \"imgui_internal.h\"\n${mm_no_sscanf}" 1)
  mm_lean_write("${f}_lean.cpp" "${text}" lean)
  set(MM_LEAN_${f} "${lean}")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${MM_IMGUI_DIR}/${f}.cpp")
endforeach()

# 2. The GL backend reads its two version strings ("3.0 …", "#version 300 es") with strtol, which
#    accepts exactly what its "%d.%d" and "#version %d" accepted, instead of sscanf.
file(READ "${MM_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp" text)
mm_lean_edit(text "#include <stdio.h>\n" "#include <stdio.h>\n#include <stdlib.h>  // motive-matrix: strtol (cmake/ImGuiLean.cmake)\n" 1)
mm_lean_edit(text "sscanf(gl_version, \"%d.%d\", &major, &minor);"
  "{ char* e; long v = strtol(gl_version, &e, 10); if (e != gl_version) { major = (GLint)v; if (*e == '.') { char* f; long w = strtol(e + 1, &f, 10); if (f != e + 1) minor = (GLint)w; } } }" 1)
mm_lean_edit(text "sscanf(bd->GlslVersionString, \"#version %d\", &glsl_version);"
  "if (strncmp(bd->GlslVersionString, \"#version\", 8) == 0) { const char* s = bd->GlslVersionString + 8; char* e; long v = strtol(s, &e, 10); if (e != s) glsl_version = (int)v; }" 1)
mm_lean_write("imgui_impl_opengl3_lean.cpp" "${text}" MM_LEAN_imgui_impl_opengl3)

# 3. Gamepads. SDL2 is built for the web without joystick support (scripts/setup.sh:
#    -DSDL_JOYSTICK=OFF), so SDL_GameControllerOpen(0) always returns NULL there; saying so lets the
#    linker drop SDL's game controller code and its database of controller names and mappings.
file(READ "${MM_IMGUI_DIR}/backends/imgui_impl_sdl.cpp" text)
mm_lean_edit(text "SDL_GameControllerOpen(0)" "NULL /* motive-matrix: SDL has no joysticks here (cmake/ImGuiLean.cmake) */" 1)
mm_lean_write("imgui_impl_sdl_lean.cpp" "${text}" MM_LEAN_imgui_impl_sdl)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
  "${MM_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp" "${MM_IMGUI_DIR}/backends/imgui_impl_sdl.cpp")

get_target_property(mm_imgui_sources mm_imgui SOURCES)
list(TRANSFORM mm_imgui_sources REPLACE ".*/imgui\\.cpp$" "${MM_LEAN_imgui}")
list(TRANSFORM mm_imgui_sources REPLACE ".*/imgui_tables\\.cpp$" "${MM_LEAN_imgui_tables}")
set_property(TARGET mm_imgui PROPERTY SOURCES ${mm_imgui_sources})
