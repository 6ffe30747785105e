// app.h — the web app as callbacks (sokol-style): init once, a frame when something changed,
// and verbs for what arrives from the page (page_api.h). The verbs are the only code that changes
// an App: the exports in js_exports.cpp decode the page's arguments and call them.
//
// Rendering is on demand: a frame is scheduled (one requestAnimationFrame) only when input,
// a resize, new data or a settling UI asks for it, so an idle explainer costs no CPU.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/keyboard_nav.h"
#include "core/locale.h"
#include "core/story.h"
#include "core/view/selection.h"
#include "platform/offscreen_first_frame.h"
#include "ui/fonts.h"
#include "ui/theme.h"
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
  bool atlas_pending = false;     // built, not yet uploaded (before the first frame: next frame)
  float dpr = 1.0f;
  float font_scale = 1.0f;
  int css_w = 0, css_h = 0;

  bool frame_pending = false;     // a requestAnimationFrame is outstanding
  int settle_frames = 0;          // frames still to draw after the last change
  bool page_visible = true;
  bool first_frame_done = false;
  bool gl_objects = false;        // the renderer's shaders and buffers exist (ImGui_ImplOpenGL3)
  uint64_t presented = 0;         // what the canvas shows: a hash of the last drawn frame (0: nothing)
  uint64_t unshown = 0;           // before the first frame: the last pass's hash, not drawn
  int unshown_passes = 0;         // and how many such passes ran
  bool in_first_frame_task = false;  // the settled first frame's own task is running (Frame)
  OffscreenFrame offscreen;       // the first frame, drawn and waiting for the GPU (offscreen_first_frame.h)
  Selection reported;             // last selection told to the page
  int reported_classroom = 0;     // the classroom's revision last told to the page
  int reported_step = -1;         // last tour step told to the page
  bool presenter = false;         // ?present=1 (SetPresenter)
  Lens reported_lens = Lens::All; // last evidence lens told to the page
  float reported_height = 0;      // last content height told to the page
  bool probe_enabled = false;     // record the layout probe each frame (tests and tools only)
  ui::LayoutProbe probe;
};

App& TheApp();

// ---- lifecycle ---------------------------------------------------------------------------------
bool Init(App& app);             // SDL window + WebGL2 context + ImGui, at the device pixel ratio
void RequestFrame(App& app);     // schedule one frame (coalesced)
void Wake(App& app);             // something changed: draw until the UI has settled
bool Ready(const App& app);      // story and fonts present: frames can draw the explainer

// ---- verbs: what the page asks for ---------------------------------------------------------------
// Shows a story that has passed validation, with nothing selected.
void ShowStory(App& app, Story&& story);
// The one selection setter: the highlight follows, and the page hears of it after the next frame.
void Select(App& app, const Selection& sel);
void SetView(App& app, ui::View view);
// The guided tour (core/tour.h): shows step `step` (0-based; it selects the step's target and
// view), or ends the tour for -1. Returns false, changing nothing, for a step the tour lacks.
bool ShowTourStep(App& app, int step);
// Presenter mode (?present=1), for a projector: text at least 28 CSS px (font scale ≥ 1.75),
// the tour's caption large, the high-contrast palette.
void SetPresenter(App& app, bool on);
// The evidence lens (core/evidence_lens.h); the page hears of it, with the hash, after the next frame.
void SetLens(App& app, Lens lens);
// Returns true if the explainer used the command (see keyboard_nav.h).
bool Nav(App& app, NavCommand command);
// Applies `desc`. An accent with less than 3:1 contrast against the theme's page colour would
// make the marks unreadable: it is left out and its contrast returned; otherwise returns 0.
double SetTheme(App& app, ui::ThemeDesc desc);
void SetFontScale(App& app, float scale);
// The interface language (core/locale.h); nullptr returns to the built-in English.
void SetLocale(App& app, std::shared_ptr<const Locale> locale);  // 0.75–2.5; anything else is ignored
// One font file's bytes: a face's Latin-1 file, or (ext) its Latin Extended-A + Cyrillic file.
void AddFont(App& app, ui::FontFace face, bool ext, const unsigned char* data, size_t size);
void Resize(App& app, int css_w, int css_h, float dpr);
void SetVisible(App& app, bool visible);
// Draws the explainer now, at `scale` × the CSS size (1–4), for an image: the canvas's backing
// store and the font atlas follow the scale (page_api.h, mm_draw_for_image). False, changing
// nothing, when it cannot draw.
bool DrawForImage(App& app, float scale);
void SetProbe(App& app, bool enabled);
// The classroom modes (core/classroom_session.h): enters `mode` for the current story.
void SetMode(App& app, ClassroomMode mode);
// A change to the prediction or the class, as the page asks for it (page_api.h, mm_classroom):
// `apply` gets the classroom and the story; the page hears of it after the next frame.
template <typename F>
auto ChangeClassroom(App& app, F&& apply) {
  auto result = apply(app.ui.reader.classroom, app.story);
  Wake(app);
  return result;
}

// ---- what the page reads -----------------------------------------------------------------------
const Story* CurrentStory(const App& app);        // null before a story is shown
const ui::LayoutProbe& LastProbe(const App& app);  // the last frame's, while probing
// The state document of page_api.h, built once and sent as it is (page_state.cpp).
std::string PageStateJson(const App& app);

}  // namespace mm::platform
