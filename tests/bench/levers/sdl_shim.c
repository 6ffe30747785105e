/* sdl_shim.c — LEVER EXPERIMENT (docs/benchmarks.md, "Levers"): the ~35 SDL2 calls that
 * src/platform/app.cpp and imgui 1.86's backends/imgui_impl_sdl.cpp make, implemented directly on
 * Emscripten's html5.h, to measure what SDL2 itself costs in the explainer's download. It keeps
 * the behaviour of SDL 2.26's Emscripten driver where the explainer can see it (which events are
 * listened to on which target, which default actions are prevented, touch as the left mouse button,
 * HiDPI backing store), and drops everything the explainer cannot reach.
 *
 * Build it as a drop-in for libSDL2.a (same headers, so the SDL_Event layout matches):
 *   emcc -Oz -flto -I third_party/sdl2-wasm/include/SDL2 -c tests/bench/levers/sdl_shim.c -o sdl_shim.o
 *   emar rcs libSDL2.a sdl_shim.o   (then point MM_SDL2_WASM at a prefix holding include/ and this lib)
 * This is a measurement, not a maintained port: a real change would be an html5 platform layer in
 * src/platform/ without the SDL indirection.
 */
#include <SDL.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <stdlib.h>
#include <string.h>

struct SDL_Window { int w, h; };
struct SDL_Cursor { int id; };

static struct SDL_Window g_window;
static int g_have_window, g_focused = 1, g_mouse_x, g_mouse_y, g_touch_id = -1;
static Uint32 g_buttons;
static SDL_Keymod g_mod;
static int g_attr[SDL_GL_FLOATBUFFERS + 1];
static const char* g_canvas = "#canvas";
static char g_key_element[64];
static SDL_Event g_queue[128];
static unsigned g_head, g_tail;
static struct SDL_Cursor g_cursors[SDL_NUM_SYSTEM_CURSORS];

static void Push(const SDL_Event* e) {
  if (g_tail - g_head < 128) g_queue[g_tail++ % 128] = *e;
}

int SDL_PollEvent(SDL_Event* e) {
  if (g_head == g_tail) return 0;
  if (e) *e = g_queue[g_head % 128];
  g_head++;
  return 1;
}

/* ------------------------------------------------------------------------------------ mouse */
static void Motion(double x, double y) {
  double cw, ch;
  emscripten_get_element_css_size(g_canvas, &cw, &ch);
  g_mouse_x = (int)(cw > 0 ? x * g_window.w / cw : x);
  g_mouse_y = (int)(ch > 0 ? y * g_window.h / ch : y);
  SDL_Event e = {0};
  e.type = SDL_MOUSEMOTION;
  e.motion.x = g_mouse_x;
  e.motion.y = g_mouse_y;
  e.motion.state = g_buttons;
  Push(&e);
}

static void Button(int down, Uint8 button) {
  SDL_Event e = {0};
  e.type = down ? SDL_MOUSEBUTTONDOWN : SDL_MOUSEBUTTONUP;
  e.button.button = button;
  e.button.state = down ? SDL_PRESSED : SDL_RELEASED;
  e.button.x = g_mouse_x;
  e.button.y = g_mouse_y;
  if (down) g_buttons |= SDL_BUTTON(button); else g_buttons &= ~SDL_BUTTON(button);
  Push(&e);
}

static EM_BOOL OnMouseMove(int type, const EmscriptenMouseEvent* m, void* u) {
  Motion(m->targetX, m->targetY);
  return 0;
}

static EM_BOOL OnMouseButton(int type, const EmscriptenMouseEvent* m, void* u) {
  static const Uint8 map[3] = {SDL_BUTTON_LEFT, SDL_BUTTON_MIDDLE, SDL_BUTTON_RIGHT};
  if (m->button > 2) return 0;
  Button(type == EMSCRIPTEN_EVENT_MOUSEDOWN, map[m->button]);
  double cw, ch;  /* like SDL: do not consume a release outside the canvas */
  emscripten_get_element_css_size(g_canvas, &cw, &ch);
  return m->targetX >= 0 && m->targetX < cw && m->targetY >= 0 && m->targetY < ch;
}

static EM_BOOL OnMouseFocus(int type, const EmscriptenMouseEvent* m, void* u) {
  Motion(m->targetX, m->targetY);
  return 1;
}

static EM_BOOL OnWheel(int type, const EmscriptenWheelEvent* w, void* u) {
  SDL_Event e = {0};
  e.type = SDL_MOUSEWHEEL;
  e.wheel.x = w->deltaX > 0 ? 1 : w->deltaX < 0 ? -1 : 0;
  e.wheel.y = w->deltaY > 0 ? -1 : w->deltaY < 0 ? 1 : 0;
  Push(&e);
  return 1;
}

/* The first finger is the left mouse button, as SDL_HINT_TOUCH_MOUSE_EVENTS does. */
static EM_BOOL OnTouch(int type, const EmscriptenTouchEvent* t, void* u) {
  int prevent = 0;
  for (int i = 0; i < t->numTouches; i++) {
    const EmscriptenTouchPoint* p = &t->touches[i];
    if (!p->isChanged) continue;
    if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
      prevent = 1;
      if (g_touch_id < 0) { g_touch_id = p->identifier; Motion(p->targetX, p->targetY); Button(1, SDL_BUTTON_LEFT); }
    } else if (p->identifier == g_touch_id) {
      Motion(p->targetX, p->targetY);
      if (type != EMSCRIPTEN_EVENT_TOUCHMOVE) { Button(0, SDL_BUTTON_LEFT); g_touch_id = -1; }
    }
    if (type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL) prevent = 1;
  }
  return prevent;
}

static EM_BOOL OnFocus(int type, const EmscriptenFocusEvent* f, void* u) {
  g_focused = type == EMSCRIPTEN_EVENT_FOCUS;
  if (!g_focused) g_mod = KMOD_NONE;
  SDL_Event e = {0};
  e.type = SDL_WINDOWEVENT;
  e.window.event = g_focused ? SDL_WINDOWEVENT_FOCUS_GAINED : SDL_WINDOWEVENT_FOCUS_LOST;
  Push(&e);
  return 1;
}

/* --------------------------------------------------------------------------------- keyboard */
/* Only the keys imgui_impl_sdl maps (io.KeyMap) and the modifiers. */
static const struct { const char* code; SDL_Scancode sc; } kKeys[] = {
    {"Tab", SDL_SCANCODE_TAB}, {"ArrowLeft", SDL_SCANCODE_LEFT}, {"ArrowRight", SDL_SCANCODE_RIGHT},
    {"ArrowUp", SDL_SCANCODE_UP}, {"ArrowDown", SDL_SCANCODE_DOWN}, {"PageUp", SDL_SCANCODE_PAGEUP},
    {"PageDown", SDL_SCANCODE_PAGEDOWN}, {"Home", SDL_SCANCODE_HOME}, {"End", SDL_SCANCODE_END},
    {"Insert", SDL_SCANCODE_INSERT}, {"Delete", SDL_SCANCODE_DELETE}, {"Backspace", SDL_SCANCODE_BACKSPACE},
    {"Space", SDL_SCANCODE_SPACE}, {"Enter", SDL_SCANCODE_RETURN}, {"Escape", SDL_SCANCODE_ESCAPE},
    {"NumpadEnter", SDL_SCANCODE_KP_ENTER}, {"KeyA", SDL_SCANCODE_A}, {"KeyC", SDL_SCANCODE_C},
    {"KeyV", SDL_SCANCODE_V}, {"KeyX", SDL_SCANCODE_X}, {"KeyY", SDL_SCANCODE_Y}, {"KeyZ", SDL_SCANCODE_Z},
    {"ShiftLeft", SDL_SCANCODE_LSHIFT}, {"ShiftRight", SDL_SCANCODE_RSHIFT}, {"ControlLeft", SDL_SCANCODE_LCTRL},
    {"ControlRight", SDL_SCANCODE_RCTRL}, {"AltLeft", SDL_SCANCODE_LALT}, {"AltRight", SDL_SCANCODE_RALT},
    {"MetaLeft", SDL_SCANCODE_LGUI}, {"MetaRight", SDL_SCANCODE_RGUI},
};

static EM_BOOL OnKey(int type, const EmscriptenKeyboardEvent* k, void* u) {
  SDL_Scancode sc = SDL_SCANCODE_UNKNOWN;
  for (size_t i = 0; i < sizeof kKeys / sizeof kKeys[0]; i++)
    if (strcmp(k->code, kKeys[i].code) == 0) { sc = kKeys[i].sc; break; }
  g_mod = (k->shiftKey ? KMOD_SHIFT : 0) | (k->ctrlKey ? KMOD_CTRL : 0) | (k->altKey ? KMOD_ALT : 0) | (k->metaKey ? KMOD_GUI : 0);
  if (sc != SDL_SCANCODE_UNKNOWN) {
    SDL_Event e = {0};
    e.type = type == EMSCRIPTEN_EVENT_KEYDOWN ? SDL_KEYDOWN : SDL_KEYUP;
    e.key.state = type == EMSCRIPTEN_EVENT_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
    e.key.keysym.scancode = sc;
    e.key.keysym.mod = g_mod;
    Push(&e);
  }
  /* like SDL: navigation keys never reach the browser; other keydowns must, for keypress */
  const int nav = sc == SDL_SCANCODE_BACKSPACE || sc == SDL_SCANCODE_TAB || sc == SDL_SCANCODE_LEFT ||
                  sc == SDL_SCANCODE_UP || sc == SDL_SCANCODE_RIGHT || sc == SDL_SCANCODE_DOWN || k->ctrlKey;
  return type == EMSCRIPTEN_EVENT_KEYDOWN ? nav : 1;
}

static EM_BOOL OnKeyPress(int type, const EmscriptenKeyboardEvent* k, void* u) {
  unsigned c = k->charCode;
  SDL_Event e = {0};
  e.type = SDL_TEXTINPUT;
  char* t = e.text.text;
  if (c < 0x20 || c > 0x10FFFF) return 1;
  if (c < 0x80) { t[0] = (char)c; }
  else if (c < 0x800) { t[0] = 0xC0 | (c >> 6); t[1] = 0x80 | (c & 0x3F); }
  else if (c < 0x10000) { t[0] = 0xE0 | (c >> 12); t[1] = 0x80 | ((c >> 6) & 0x3F); t[2] = 0x80 | (c & 0x3F); }
  else { t[0] = 0xF0 | (c >> 18); t[1] = 0x80 | ((c >> 12) & 0x3F); t[2] = 0x80 | ((c >> 6) & 0x3F); t[3] = 0x80 | (c & 0x3F); }
  Push(&e);
  return 1;
}

/* --------------------------------------------------------------------------- init, window, GL */
SDL_bool SDL_SetHint(const char* name, const char* value) {
  if (strcmp(name, SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT) == 0 && value) {
    strncpy(g_key_element, value, sizeof g_key_element - 1);
  }
  return SDL_TRUE;
}

int SDL_Init(Uint32 flags) { return 0; }
const char* SDL_GetError(void) { return "WebGL2 or the canvas is not available"; }
const char* SDL_GetCurrentVideoDriver(void) { return "emscripten"; }
int SDL_GL_SetAttribute(SDL_GLattr attr, int value) {
  if ((unsigned)attr <= SDL_GL_FLOATBUFFERS) g_attr[attr] = value;
  return 0;
}

static void ApplySize(void) {
  const double dpr = emscripten_get_device_pixel_ratio();
  emscripten_set_canvas_element_size(g_canvas, (int)(g_window.w * dpr), (int)(g_window.h * dpr));
  if (dpr != 1.0) emscripten_set_element_css_size(g_canvas, g_window.w, g_window.h);
}

SDL_Window* SDL_CreateWindow(const char* title, int x, int y, int w, int h, Uint32 flags) {
  if (g_have_window) return NULL;
  g_have_window = 1;
  g_window.w = w;
  g_window.h = h;
  ApplySize();
  const char* keys = g_key_element[0] ? g_key_element : EMSCRIPTEN_EVENT_TARGET_WINDOW;
  emscripten_set_mousemove_callback(g_canvas, 0, 0, OnMouseMove);
  emscripten_set_mousedown_callback(g_canvas, 0, 0, OnMouseButton);
  emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, 0, 0, OnMouseButton);
  emscripten_set_mouseenter_callback(g_canvas, 0, 0, OnMouseFocus);
  emscripten_set_mouseleave_callback(g_canvas, 0, 0, OnMouseFocus);
  emscripten_set_wheel_callback(g_canvas, 0, 0, OnWheel);
  emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, 0, 0, OnFocus);
  emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, 0, 0, OnFocus);
  emscripten_set_touchstart_callback(g_canvas, 0, 0, OnTouch);
  emscripten_set_touchend_callback(g_canvas, 0, 0, OnTouch);
  emscripten_set_touchmove_callback(g_canvas, 0, 0, OnTouch);
  emscripten_set_touchcancel_callback(g_canvas, 0, 0, OnTouch);
  emscripten_set_keydown_callback(keys, 0, 0, OnKey);
  emscripten_set_keyup_callback(keys, 0, 0, OnKey);
  emscripten_set_keypress_callback(keys, 0, 0, OnKeyPress);
  return &g_window;
}

void SDL_SetWindowSize(SDL_Window* w, int width, int height) {
  if (!w || width <= 0 || height <= 0) return;
  w->w = width;
  w->h = height;
  ApplySize();
}
void SDL_GetWindowSize(SDL_Window* w, int* width, int* height) {
  if (width) *width = w ? w->w : 0;
  if (height) *height = w ? w->h : 0;
}
void SDL_GetWindowPosition(SDL_Window* w, int* x, int* y) {
  if (x) *x = 0;
  if (y) *y = 0;
}
Uint32 SDL_GetWindowFlags(SDL_Window* w) {
  return SDL_WINDOW_OPENGL | SDL_WINDOW_SHOWN | SDL_WINDOW_ALLOW_HIGHDPI | (g_focused ? SDL_WINDOW_INPUT_FOCUS : 0);
}

SDL_GLContext SDL_GL_CreateContext(SDL_Window* w) {
  EmscriptenWebGLContextAttributes a;
  emscripten_webgl_init_context_attributes(&a);
  a.majorVersion = g_attr[SDL_GL_CONTEXT_MAJOR_VERSION] >= 3 ? 2 : 1;
  a.minorVersion = 0;
  a.alpha = g_attr[SDL_GL_ALPHA_SIZE] > 0;
  a.depth = g_attr[SDL_GL_DEPTH_SIZE] > 0;
  a.stencil = g_attr[SDL_GL_STENCIL_SIZE] > 0;
  a.antialias = g_attr[SDL_GL_MULTISAMPLESAMPLES] > 0;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context(g_canvas, &a);
  if (ctx <= 0 || emscripten_webgl_make_context_current(ctx) != EMSCRIPTEN_RESULT_SUCCESS) return NULL;
  return (SDL_GLContext)(intptr_t)ctx;
}
void SDL_GL_GetDrawableSize(SDL_Window* w, int* width, int* height) {
  int cw = 0, ch = 0;
  emscripten_get_canvas_element_size(g_canvas, &cw, &ch);
  if (width) *width = cw;
  if (height) *height = ch;
}

/* ------------------------------------------------------------------- mouse state and cursors */
Uint32 SDL_GetMouseState(int* x, int* y) {
  if (x) *x = g_mouse_x;
  if (y) *y = g_mouse_y;
  return g_buttons;
}
Uint32 SDL_GetGlobalMouseState(int* x, int* y) { return SDL_GetMouseState(x, y); }
SDL_Window* SDL_GetMouseFocus(void) { return g_have_window ? &g_window : NULL; }
SDL_Window* SDL_GetKeyboardFocus(void) { return g_have_window && g_focused ? &g_window : NULL; }
int SDL_CaptureMouse(SDL_bool enabled) { return 0; }
void SDL_WarpMouseInWindow(SDL_Window* w, int x, int y) {}
SDL_Keymod SDL_GetModState(void) { return g_mod; }

EM_JS(void, shim_set_cursor, (const char* canvas, const char* name), {
  var c = document.querySelector(UTF8ToString(canvas));
  if (c) c.style.cursor = UTF8ToString(name);
});
static const char* const kCursorNames[SDL_NUM_SYSTEM_CURSORS] = {
    "default", "text", "wait", "crosshair", "progress", "nwse-resize", "nesw-resize", "ew-resize", "ns-resize",
    "move", "not-allowed", "pointer"};
static int g_cursor, g_cursor_shown = 1, g_cursor_applied = -1;
static void ApplyCursor(void) {
  const int want = g_cursor_shown ? g_cursor : -2;
  if (want == g_cursor_applied) return;
  g_cursor_applied = want;
  shim_set_cursor(g_canvas, want == -2 ? "none" : kCursorNames[want]);
}
SDL_Cursor* SDL_CreateSystemCursor(SDL_SystemCursor id) {
  if ((unsigned)id >= SDL_NUM_SYSTEM_CURSORS) return NULL;
  g_cursors[id].id = id;
  return &g_cursors[id];
}
void SDL_SetCursor(SDL_Cursor* c) {
  if (c) g_cursor = c->id;
  ApplyCursor();
}
void SDL_FreeCursor(SDL_Cursor* c) {}
int SDL_ShowCursor(int toggle) {
  if (toggle >= 0) { g_cursor_shown = toggle; ApplyCursor(); }
  return g_cursor_shown;
}

/* ---------------------------------------------------------------------------- odds and ends */
char* SDL_GetClipboardText(void) { char* s = malloc(1); if (s) s[0] = 0; return s; }  /* SDL's driver has none either */
int SDL_SetClipboardText(const char* text) { return -1; }
void SDL_free(void* p) { free(p); }
Uint64 SDL_GetPerformanceCounter(void) { return (Uint64)(emscripten_get_now() * 1000.0); }
Uint64 SDL_GetPerformanceFrequency(void) { return 1000000; }
Uint32 SDL_GetTicks(void) { return (Uint32)emscripten_get_now(); }
SDL_GameController* SDL_GameControllerOpen(int joystick_index) { return NULL; }
Sint16 SDL_GameControllerGetAxis(SDL_GameController* c, SDL_GameControllerAxis axis) { return 0; }
Uint8 SDL_GameControllerGetButton(SDL_GameController* c, SDL_GameControllerButton button) { return 0; }
