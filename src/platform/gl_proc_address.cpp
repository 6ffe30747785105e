// gl_proc_address.cpp — answers SDL's OpenGL function look-ups with "none", to keep Emscripten's table of every GL entry point out of the build.
//
// SDL2's Emscripten driver stores eglGetProcAddress in its EGL table when it sets up GL
// (SDL_emscriptenopengles.c). Emscripten 3.1.6 implements that function in C as one long
// strcmp chain over every GL and WebGL extension function, which drags each of them into the
// module and into the JS glue a second time (as _emscripten_glX). Nothing here looks a GL
// function up by name: Dear ImGui's GL backend and our code call the GLES3 functions directly,
// and SDL asks only for SDL_GL_GetProcAddress / SDL_GL_ExtensionSupported, which the explainer
// never calls. Defining the symbol here means the linker never takes Emscripten's; SDL's
// callers, if one ever appeared, get NULL, which they already handle ("not supported").
// Measured: −3.6 KB of wasm and −3.3 KB of glue, brotli (docs/benchmarks.md, "Levers").
extern "C" void* eglGetProcAddress(const char* name) {
  (void)name;
  return nullptr;
}
