// sdl_unused.cpp — answers "not supported" for what SDL's Emscripten driver can reach but the explainer never asks for (browser features, the 2D window surface), to keep their code out of the glue and the wasm.
//
// Same idea as gl_proc_address.cpp: a symbol defined here is one the linker never takes from
// Emscripten's JS libraries (so their code and what it pulls in, JSEvents' fullscreen and
// pointer-lock helpers, leave the glue) or from SDL's own archive (below). Each one is
// reached only through an SDL call the explainer and Dear ImGui's SDL backend never make
// (src/platform and cmake/ImGuiLean.cmake's copy of imgui_impl_sdl.cpp call neither
// SDL_SetRelativeMouseMode, SDL_SetWindowFullscreen nor SDL_GL_SetSwapInterval, and the window is
// created without SDL_WINDOW_FULLSCREEN), and SDL handles the failure each answer reports.
// The page's own script uses neither fullscreen nor pointer lock; a page that did would do so in
// plain JS, which this does not touch. Measured in docs/benchmarks.md, "Levers".
#include <EGL/egl.h>
#include <SDL.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

struct SDL_VideoDevice;  // SDL's internal driver table (SDL_sysvideo.h): only passed through here

extern "C" {

// Pointer lock: SDL asks for it only for relative mouse mode (SDL_SetRelativeMouseMode, and the
// "regrab" in its mouse-button handler, which runs only in that mode). On failure
// SDL_SetRelativeMouseMode reports an error and stays in normal mode. The change callback only
// tracks whether SDL's own lock is held; without it SDL simply never sees one.
EMSCRIPTEN_RESULT emscripten_request_pointerlock(const char*, EM_BOOL) { return EMSCRIPTEN_RESULT_NOT_SUPPORTED; }
EMSCRIPTEN_RESULT emscripten_exit_pointerlock(void) { return EMSCRIPTEN_RESULT_NOT_SUPPORTED; }
EMSCRIPTEN_RESULT emscripten_set_pointerlockchange_callback_on_thread(const char*, void*, EM_BOOL,
                                                                     em_pointerlockchange_callback_func, pthread_t) {
  return EMSCRIPTEN_RESULT_NOT_SUPPORTED;  // SDL ignores the result of registering it
}

// Fullscreen: SDL's driver enters it only from SDL_SetWindowFullscreen (or a window created
// fullscreen); on failure it clears the window's fullscreen flags ("fullscreen failed"). Its
// change callback only updates those flags and the display's fullscreen window, which stay unset.
EMSCRIPTEN_RESULT emscripten_request_fullscreen_strategy(const char*, EM_BOOL, const EmscriptenFullscreenStrategy*) {
  return EMSCRIPTEN_RESULT_NOT_SUPPORTED;
}
EMSCRIPTEN_RESULT emscripten_exit_fullscreen(void) { return EMSCRIPTEN_RESULT_NOT_SUPPORTED; }
EMSCRIPTEN_RESULT emscripten_set_fullscreenchange_callback_on_thread(const char*, void*, EM_BOOL,
                                                                    em_fullscreenchange_callback_func, pthread_t) {
  return EMSCRIPTEN_RESULT_NOT_SUPPORTED;  // SDL ignores the result of registering it
}

// Page unload: SDL's handler only queues SDL_APP_TERMINATING, which nothing here watches for (the
// page is going away; no frame polls it), and returns "" so as to ask no confirmation. Without
// the listener the page has no beforeunload handler at all, which also keeps it eligible for the
// browser's back/forward cache.
EMSCRIPTEN_RESULT emscripten_set_beforeunload_callback_on_thread(void*, em_beforeunload_callback, pthread_t) {
  return EMSCRIPTEN_RESULT_NOT_SUPPORTED;  // SDL ignores the result of registering it
}

// Asyncify: the module is built without it (no -sASYNCIFY), so Emscripten's version returns 0 too;
// answered here, the link-time optimiser sees the constant and drops SDL's emscripten_sleep calls
// (after each swap and in SDL_Delay), and the glue's emscripten_sleep, which could only throw.
int emscripten_has_asyncify(void) { return 0; }

// Swap interval: only SDL_GL_SetSwapInterval calls it (SDL's renderers, which would, are not
// built). Emscripten's version switches the Browser main loop's timing, a loop the explainer does
// not use (it draws from requestAnimationFrame). EGL_FALSE makes SDL_GL_SetSwapInterval return an
// error ("Unable to set the EGL swap interval").
EGLBoolean eglSwapInterval(EGLDisplay, EGLint) { return EGL_FALSE; }

// The window surface (SDL_GetWindowSurface, SDL_UpdateWindowSurface): the 2D framebuffer a window
// without OpenGL draws through. The explainer's window is an OpenGL one and nothing calls those
// functions, so SDL never asks its driver for a framebuffer. Defined here, SDL's
// SDL_emscriptenframebuffer.c is never taken from the library, and with it its surface code and
// the putImageData blitter it adds to the glue. Asked anyway, SDL_GetWindowSurface would return
// NULL with SDL's "That operation is not supported" error; there is never a surface to destroy.
int Emscripten_CreateWindowFramebuffer(SDL_VideoDevice*, SDL_Window*, Uint32*, void**, int*) { return SDL_Unsupported(); }
int Emscripten_UpdateWindowFramebuffer(SDL_VideoDevice*, SDL_Window*, const SDL_Rect*, int) { return SDL_Unsupported(); }
void Emscripten_DestroyWindowFramebuffer(SDL_VideoDevice*, SDL_Window*) {}

}  // extern "C"
