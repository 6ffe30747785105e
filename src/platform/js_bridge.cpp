// js_bridge.cpp — the page ↔ WebAssembly boundary.
//
// Page → wasm: exported C functions (see MM_EXPORTS in cmake/WebApp.cmake). Strings returned
// to JS live in App::scratch until the next call. Wasm → page: EM_JS functions that call the
// hooks web/app.js installs on the Module object (each optional, so the wasm never depends on
// a particular page).
#include "platform/js_bridge.h"

#include <emscripten.h>

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "core/keyboard_nav.h"
#include "core/story_loader.h"
#include "core/text_version.h"
#include "core/view_state.h"
#include "platform/app.h"
#include "ui/panels.h"
#include "ui/theme.h"

namespace {

EM_JS(void, mm_js_first_frame, (), { if (Module.mmOnFirstFrame) Module.mmOnFirstFrame(); });
EM_JS(void, mm_js_select, (const char* state_json), {
  if (Module.mmOnSelect) Module.mmOnSelect(UTF8ToString(state_json));
});
EM_JS(void, mm_js_graphics, (int available), { if (Module.mmOnGraphics) Module.mmOnGraphics(!!available); });
EM_JS(void, mm_js_content_height, (float h), { if (Module.mmOnContentHeight) Module.mmOnContentHeight(h); });
EM_JS(void, mm_js_fatal, (const char* message), { if (Module.mmOnFatal) Module.mmOnFatal(UTF8ToString(message)); });

const char* ViewName(mm::ui::View v) {
  switch (v) {
    case mm::ui::View::Matrix: return "matrix";
    case mm::ui::View::Timeline: return "timeline";
    case mm::ui::View::Both: return "both";
  }
  return "both";
}

std::string DiagnosticsJson(const mm::LoadResult& result) {
  nlohmann::json out = nlohmann::json::object();
  out["ok"] = result.ok();
  out["errors"] = result.error_count();
  out["warnings"] = result.warning_count();
  nlohmann::json list = nlohmann::json::array();
  for (const mm::Diagnostic& d : result.diagnostics) {
    nlohmann::json j = nlohmann::json::object();
    j["severity"] = d.severity == mm::Severity::Error ? "error" : "warning";
    j["path"] = d.path;
    j["line"] = d.line;
    j["column"] = d.column;
    j["message"] = d.message;
    j["text"] = d.Format("story");
    list.push_back(std::move(j));
  }
  out["diagnostics"] = std::move(list);
  if (result.ok()) {
    out["title"] = result.story.title;
    out["id"] = result.story.id;
  }
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The selection JSON from the core, plus what it highlights (ids), for the page and tests.
std::string StateJson(const mm::platform::App& app, const char* view) {
  nlohmann::json j = nlohmann::json::parse(mm::SelectionToJson(app.story, app.ui.reader.selection, view), nullptr, false);
  if (j.is_discarded()) j = nlohmann::json::object();
  const mm::Highlight& h = app.ui.reader.highlight;
  auto ids = [](const std::vector<bool>& lit, auto&& id_of) {
    nlohmann::json a = nlohmann::json::array();
    for (size_t i = 0; i < lit.size(); ++i)
      if (lit[i]) a.push_back(std::string(id_of(i)));
    return a;
  };
  nlohmann::json hl = nlohmann::json::object();
  hl["suspects"] = ids(h.suspects, [&](size_t i) { return app.story.suspects[i].id; });
  hl["motives"] = ids(h.motives, [&](size_t i) { return app.story.motives[i].id; });
  hl["events"] = ids(h.events, [&](size_t i) { return app.story.events[i].id; });
  hl["goals"] = ids(h.goals, [&](size_t i) { return app.story.goals[i].id; });
  j["highlight"] = std::move(hl);
  j["description"] = app.ui.reader.selection.kind == mm::SelectionKind::None ? std::string("Selection cleared")
                                                                      : mm::DescribeSelection(app.story, app.ui.reader.selection);
  j["ready"] = true;
  j["theme"] = mm::ui::CurrentTheme().dark ? "dark" : "light";
  j["contentHeight"] = app.ui.io.content_height;
  j["fontScale"] = app.font_scale;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

namespace mm::platform {

void JsFirstFrame() { mm_js_first_frame(); }
void JsSelectionChanged(const App& app) {
  const std::string json = StateJson(app, ViewName(app.ui.reader.view));
  mm_js_select(json.c_str());
}
void JsGraphicsState(bool available) { mm_js_graphics(available ? 1 : 0); }
void JsFatal(const char* message) { mm_js_fatal(message); }
void JsContentHeight(float css_px) { mm_js_content_height(css_px); }

}  // namespace mm::platform

using mm::platform::App;
using mm::platform::TheApp;

extern "C" {

// face: 0 regular, 1 bold, 2 italic, 3 serif bold (ui::FontFace); 4–7 the same faces' -Ext files
// (Latin Extended-A and Cyrillic). The bytes are copied.
EMSCRIPTEN_KEEPALIVE int mm_add_font(int face, const uint8_t* data, int size) {
  App& app = TheApp();
  constexpr int kFaces = (int)mm::ui::FontFace::Count;
  if (face < 0 || face >= 2 * kFaces || !data || size <= 0) return 0;
  // 0..3: a face's Latin-1 file; 4..7: the same face's Latin Extended-A + Cyrillic file.
  auto& bytes = face < kFaces ? app.font_data.face[face] : app.font_data.ext[face - kFaces];
  bytes.assign(data, data + size);
  app.fonts_dirty = true;
  mm::platform::RequestFrame(app);
  return 1;
}

// Validates and, if valid, shows the story. Returns diagnostics as JSON (see DiagnosticsJson).
// An invalid story leaves the current one (if any) on screen: nothing is lost.
EMSCRIPTEN_KEEPALIVE const char* mm_load_story(const char* text, int size) {
  App& app = TheApp();
  mm::LoadResult result = mm::LoadStory(std::string_view(text ? text : "", text && size > 0 ? (size_t)size : 0));
  app.scratch = DiagnosticsJson(result);
  if (result.ok()) {
    app.story = std::move(result.story);
    app.has_story = true;
    app.ui.reader.selection = {};
    app.ui.reader.highlight = mm::ComputeHighlight(app.story, {});
    app.reported = {};
    app.settle_frames = 2;
    mm::platform::RequestFrame(app);
  }
  return app.scratch.c_str();
}

// "#cell=a:b", "#event=x", "" … Returns 1 if the hash named something in the story.
EMSCRIPTEN_KEEPALIVE int mm_select_hash(const char* hash) {
  App& app = TheApp();
  if (!app.has_story) return 0;
  const mm::Selection sel = mm::SelectionFromHash(app.story, hash ? hash : "");
  mm::ui::SetSelection(app.story, app.ui, sel);
  app.settle_frames = 2;
  mm::platform::RequestFrame(app);
  const std::string h = hash ? hash : "";
  return sel.kind != mm::SelectionKind::None || h.empty() || h == "#";
}

EMSCRIPTEN_KEEPALIVE const char* mm_state() {
  App& app = TheApp();
  app.scratch = app.has_story ? StateJson(app, ViewName(app.ui.reader.view))
                              : std::string("{\"selection\":{\"kind\":\"none\"},\"view\":\"both\",\"hash\":\"\",\"ready\":false}");
  return app.scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE void mm_resize(int css_w, int css_h, float dpr) { mm::platform::Resize(TheApp(), css_w, css_h, dpr); }

// Called by the page on any input it sees, so a frame runs to handle what SDL queued.
EMSCRIPTEN_KEEPALIVE void mm_wake() {
  App& app = TheApp();
  app.settle_frames = 2;
  mm::platform::RequestFrame(app);
}

// 0 both, 1 matrix, 2 timeline.
EMSCRIPTEN_KEEPALIVE void mm_set_view(int view) {
  App& app = TheApp();
  app.ui.reader.view = view == 1 ? mm::ui::View::Matrix : view == 2 ? mm::ui::View::Timeline : mm::ui::View::Both;
  mm_wake();
}

// Hidden tab or scrolled-out iframe: no frames at all until visible again.
EMSCRIPTEN_KEEPALIVE void mm_set_page_visible(int visible) {
  App& app = TheApp();
  app.page_visible = visible != 0;
  if (app.page_visible) mm_wake();
}

// Keyboard command from the page (see web/app.js): 0 next panel (Tab), 1 previous panel
// (Shift-Tab), 2 left, 3 right, 4 up, 5 down, 6 home, 7 end, 8 activate (Enter/Space),
// 9 clear (Escape), 10 blur. Returns 1 if the explainer used the key (the page then prevents
// the browser's default), 0 to let the browser have it (e.g. Tab out of the canvas).
EMSCRIPTEN_KEEPALIVE int mm_nav(int command) {
  App& app = TheApp();
  if (!app.has_story || command < 0 || command > (int)mm::NavCommand::Blur) return 0;
  mm::ui::UiState& v = app.ui;
  const mm::NavResult r = mm::Navigate(app.story, v.io.nav_context, v.reader.nav, (mm::NavCommand)command);
  if (r.select) mm::ui::SetSelection(app.story, v, r.selection);
  if (r.activate_tab) v.reader.phone_tab = (mm::ui::PhoneTab)v.reader.nav.index;
  if (r.scroll_to_focus) v.io.scroll_to_focus = true;
  mm_wake();
  return r.handled ? 1 : 0;
}

// The reader's text size (1 = default); the font atlas is rebuilt at the new size.
EMSCRIPTEN_KEEPALIVE void mm_set_font_scale(float scale) {
  App& app = TheApp();
  if (!(scale >= 0.75f && scale <= 2.5f) || scale == app.font_scale) return;
  app.font_scale = scale;
  app.fonts_dirty = true;
  mm_wake();
}

// The current story as semantic HTML (src/core/text_version.h), for stories loaded at run time.
EMSCRIPTEN_KEEPALIVE const char* mm_text_html() {
  App& app = TheApp();
  app.scratch = app.has_story ? mm::RenderTextVersion(app.story) : std::string();
  return app.scratch.c_str();
}

// Theme: dark 0/1, transparent page 0/1, accent 0xRRGGBB or -1 for the theme's own.
EMSCRIPTEN_KEEPALIVE void mm_set_theme(int dark, int transparent, int accent_rgb) {
  mm::ui::ThemeDesc t;
  t.dark = dark != 0;
  t.transparent = transparent != 0;
  t.has_accent = accent_rgb >= 0;
  t.accent_rgb = t.has_accent ? (uint32_t)accent_rgb : 0;
  mm::ui::SetTheme(t);
  mm_wake();
}

// Test and tooling aid: mm_probe(1) records the interactive boxes of every frame;
// mm_probe_json() returns the last frame's as [{what, label, hash, x0, y0, x1, y1}] (CSS px).
EMSCRIPTEN_KEEPALIVE void mm_probe(int enable) {
  App& app = TheApp();
  app.probe_enabled = enable != 0;
  mm_wake();
}

EMSCRIPTEN_KEEPALIVE const char* mm_probe_json() {
  App& app = TheApp();
  nlohmann::json list = nlohmann::json::array();
  for (const mm::ui::ProbeItem& it : app.probe.items) {
    if (it.hit.Width() <= 0) continue;
    nlohmann::json j = nlohmann::json::object();
    j["what"] = it.what;
    j["label"] = it.label;
    j["hash"] = app.has_story ? mm::SelectionToHash(app.story, it.target) : "";
    j["x0"] = it.hit.x0; j["y0"] = it.hit.y0; j["x1"] = it.hit.x1; j["y1"] = it.hit.y1;
    list.push_back(std::move(j));
  }
  app.scratch = list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return app.scratch.c_str();
}

}  // extern "C"
