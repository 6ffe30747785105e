// app.h — the web app as callbacks (sokol-style): init once, a frame when something changed,
// and the requests that arrive from the page through the JS bridge.
//
// Rendering is on demand: a frame is scheduled (one requestAnimationFrame) only when input,
// a resize, new data or a settling UI asks for it, so an idle explainer costs no CPU.
#pragma once

#include <string>

#include "core/story.h"
#include "ui/fonts.h"
#include "ui/ui_state.h"

struct SDL_Window;

namespace mm::platform {

struct App {
  SDL_Window* window = nullptr;
  void* gl_context = nullptr;
  bool gl_ready = false;          // false while the WebGL context is lost

  Story story;
  bool has_story = false;
  ui::UiState ui;                 // what the reader chose, frame in/out, layout caches
  ui::FontData font_data;
  ui::Fonts fonts;
  bool fonts_built = false;
  bool fonts_dirty = false;
  float dpr = 1.0f;
  float font_scale = 1.0f;
  int css_w = 0, css_h = 0;

  bool frame_pending = false;     // a requestAnimationFrame is outstanding
  int settle_frames = 0;          // frames still to draw after the last change
  bool page_visible = true;
  bool first_frame_done = false;
  Selection reported;             // last selection told to the page
  float reported_height = 0;      // last content height told to the page
  std::string scratch;            // backing store for strings returned to JS
  bool probe_enabled = false;     // record the layout probe each frame (tests and tools only)
  ui::LayoutProbe probe;
};

App& TheApp();

bool Init(App& app);             // SDL window + WebGL2 context + ImGui
void RequestFrame(App& app);     // schedule one frame (coalesced)
void Resize(App& app, int css_w, int css_h, float dpr);
bool Ready(const App& app);      // story and fonts present: frames can draw the explainer

}  // namespace mm::platform
