// app.cpp — SDL + WebGL2 + ImGui set-up, the on-demand frame, and the verbs that change the App.
//
// Features: WebGL2 via SDL2 (no SDL main loop: frames are requestAnimationFrame callbacks
// scheduled by RequestFrame); HiDPI (canvas backing store at devicePixelRatio, font atlas at
// device resolution); draws nothing while idle; WebGL context loss and restore; the first frame
// drawn off screen and shown once the GPU has rendered it (offscreen_first_frame.h).
#include "platform/app.h"

#include <SDL.h>
#include <cmath>
#include <cstring>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <emscripten/eventloop.h>

#include <GLES3/gl3.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include "platform/out_of_memory.h"
#include "core/tour.h"
#include "platform/page_api.h"
#include "ui/panels.h"
#include "ui/tour_card.h"

namespace mm::platform {
namespace {

// After any change ImGui needs a couple of frames for hover and active states to settle.
constexpr int kSettleFrames = 2;
// At most this many passes run undrawn before the first frame (a story that never settles, say).
constexpr int kMaxUnshownPasses = 4;
void KeepDrawing(App& app) { app.settle_frames = kSettleFrames; }

EM_BOOL OnAnimationFrame(double /*time*/, void* user);
void OnFirstFrameTask(void* user);

// Rasterises the font atlas (the CPU's part); UploadAtlas sends it to the GPU.
void BuildAtlas(App& app) {
  if (!app.font_data.Complete()) return;
  app.fonts_built = ui::BuildFonts(app.font_data, app.dpr, app.font_scale, &app.fonts);
  app.fonts_dirty = false;
  app.atlas_pending = app.fonts_built;
}

void UploadAtlas(App& app) {
  if (!app.gl_ready) return;  // the restored context rebuilds it (OnContextRestored)
  // The renderer's first NewFrame would create its objects, and with them upload the atlas a
  // second time (imgui_impl_opengl3 1.86): created here, the atlas goes up once.
  if (!app.gl_objects) {
    app.gl_objects = ImGui_ImplOpenGL3_CreateDeviceObjects();
  } else {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  app.presented = 0;  // the glyphs changed: the next frame is drawn, whatever its vertices
  app.atlas_pending = false;
}

void RebuildFonts(App& app) {
  BuildAtlas(app);
  if (app.atlas_pending) UploadAtlas(app);
}

// A hash of what a frame would draw: ImGui's draw lists (vertices, indices, commands), the
// canvas size and the clear colour. Equal hashes draw the same pixels.
uint64_t HashFrame(const ImDrawData& data, const ImVec4& clear) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&h](const void* p, size_t n) {
    const unsigned char* b = static_cast<const unsigned char*>(p);
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
      uint32_t w;
      std::memcpy(&w, b + i, 4);
      h = (h ^ w) * 1099511628211ull;
    }
    for (; i < n; ++i) h = (h ^ b[i]) * 1099511628211ull;
  };
  mix(&data.DisplaySize, sizeof data.DisplaySize);
  mix(&data.FramebufferScale, sizeof data.FramebufferScale);
  mix(&clear, sizeof clear);
  for (int i = 0; i < data.CmdListsCount; ++i) {
    const ImDrawList& l = *data.CmdLists[i];
    mix(l.VtxBuffer.Data, l.VtxBuffer.size_in_bytes());
    mix(l.IdxBuffer.Data, l.IdxBuffer.size_in_bytes());
    mix(l.CmdBuffer.Data, l.CmdBuffer.size_in_bytes());
  }
  return h ? h : 1;  // 0 means "nothing presented"
}

// Runs one frame. Returns true if another frame should follow.
bool Frame(App& app) {
  bool had_input = false;
  SDL_Event e;
  while (SDL_PollEvent(&e)) {
    had_input = true;
    ImGui_ImplSDL2_ProcessEvent(&e);
  }
  if (!app.gl_ready) return false;
  // The first frame, drawn off screen, goes on the canvas once the GPU has rendered it; until
  // then each animation frame only asks. The next pass then finds that frame already shown
  // (unless a resize meanwhile asked for it to be drawn again: Resize).
  if (app.offscreen.fence) {
    if (!OffscreenDone(app.offscreen)) return true;
    int width = 0, height = 0;
    SDL_GL_GetDrawableSize(app.window, &width, &height);
    if (PresentOffscreen(app.offscreen, width, height)) {
      app.first_frame_done = true;
      JsFirstFrame();
    } else {
      app.presented = 0;  // the canvas changed size meanwhile: the next pass draws on it
    }
    return true;
  }
  if (app.font_data.Complete() && (app.fonts_dirty || !app.fonts_built)) {
    // Before the first frame, building the atlas and uploading it are the longest pieces of the
    // start-up: the atlas is rasterised in an animation frame of its own (even before the story
    // is there), uploaded in the next, and the first pass runs in the one after, so no two of them
    // make one long task.
    if (!app.first_frame_done) {
      BuildAtlas(app);
      return app.atlas_pending;
    }
    RebuildFonts(app);
  }
  if (app.atlas_pending) {
    UploadAtlas(app);
    if (!app.first_frame_done) return Ready(app) && app.fonts_built;
  }
  if (!Ready(app) || !app.fonts_built) return false;

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  app.ui.io.want_another_frame = false;
  app.probe.items.clear();
  app.ui.io.probe = app.probe_enabled ? &app.probe : nullptr;
  const ui::Layout layout = ui::MakeLayout(ImGui::GetIO().DisplaySize.x, ImGui::GetIO().DisplaySize.y);
  ui::DrawApp(app.story, app.ui, app.fonts, layout);
  ImGui::Render();

  const ImGuiIO& io = ImGui::GetIO();
  // Premultiplied alpha: a see-through page clears to (0, 0, 0, 0).
  const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(ui::Colors().page);
  const ImVec4 clear(bg.x * bg.w, bg.y * bg.w, bg.z * bg.w, bg.w);
  // A frame that would draw what the canvas already shows is not drawn: the canvas keeps its
  // pixels, and the browser need not composite it again (the settle frames after a change mostly
  // repeat the last one; on a machine that composites in software each drawn frame is also read
  // back from the GPU).
  const uint64_t hash = HashFrame(*ImGui::GetDrawData(), clear);
  // The first passes over a new story differ from one another (ImGui sizes windows and scroll
  // regions from the pass before): until two passes agree, each runs in an animation frame of its
  // own and none is drawn, so the first frame shown is the settled one and no unsettled one is
  // composited.
  if (!app.first_frame_done && hash != app.unshown && app.unshown_passes < kMaxUnshownPasses) {
    app.unshown = hash;
    ++app.unshown_passes;
    return true;
  }
  // The settled first frame is drawn in a task of its own (one more pass, which agrees), not in
  // this animation frame's task: the browser ends that task by compositing the canvas (here a long
  // wait for the GPU's read-back), so drawing and compositing would make one long task.
  if (!app.first_frame_done && !app.in_first_frame_task) {
    emscripten_set_timeout(OnFirstFrameTask, 0, &app);
    return false;
  }
  if (hash != app.presented) {
    app.presented = hash;
    if (!app.first_frame_done) {
      int width = 0, height = 0;
      SDL_GL_GetDrawableSize(app.window, &width, &height);
      if (DrawOffscreen(app.offscreen, ImGui::GetDrawData(), clear, width, height)) return true;  // shown above, later
    }
    glViewport(0, 0, (int)(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               (int)(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(clear.x, clear.y, clear.z, clear.w);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  }

  if (!app.first_frame_done) {
    app.first_frame_done = true;
    JsFirstFrame();
  }
  if (std::abs(app.ui.io.content_height - app.reported_height) > 0.5f) {
    app.reported_height = app.ui.io.content_height;
    JsContentHeight(app.reported_height);
  }
  if (app.ui.reader.selection != app.reported || app.ui.reader.classroom.revision != app.reported_classroom ||
      app.ui.reader.tour_step != app.reported_step || app.ui.reader.lens != app.reported_lens) {
    app.reported = app.ui.reader.selection;
    app.reported_classroom = app.ui.reader.classroom.revision;
    app.reported_step = app.ui.reader.tour_step;
    app.reported_lens = app.ui.reader.lens;
    JsSelectionChanged(PageStateJson(app));
  }
  if (had_input || app.ui.io.want_another_frame || io.MouseDown[0]) KeepDrawing(app);
  else if (app.settle_frames > 0) --app.settle_frames;
  return app.settle_frames > 0;
}

EM_BOOL OnAnimationFrame(double, void* user) {
  App& app = *static_cast<App*>(user);
  app.frame_pending = false;
  if (Frame(app)) RequestFrame(app);
  return EM_FALSE;  // one-shot: the next frame is requested only if needed
}

void OnFirstFrameTask(void* user) {
  App& app = *static_cast<App*>(user);
  if (app.first_frame_done) return;  // an animation frame came first and drew it
  app.in_first_frame_task = true;
  const bool more = Frame(app);
  app.in_first_frame_task = false;
  if (more) RequestFrame(app);
}

EM_BOOL OnContextLost(int, const void*, void* user) {
  App& app = *static_cast<App*>(user);
  app.gl_ready = false;
  ForgetOffscreen(app.offscreen);
  JsGraphicsState(false);
  return EM_TRUE;  // prevents the default, which allows the context to be restored
}

EM_BOOL OnContextRestored(int, const void*, void* user) {
  App& app = *static_cast<App*>(user);
  // Every GL object died with the old context: rebuild the renderer's.
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplOpenGL3_Init("#version 300 es");
  app.gl_objects = false;
  app.presented = 0;
  app.gl_ready = true;
  app.fonts_dirty = true;
  JsGraphicsState(true);
  Wake(app);
  return EM_TRUE;
}

// x^2.4 for x in (0.08, 1], as x² · (x²)^(1/5) with the fifth root by Newton's method (from
// above, where it converges monotonically): libm's pow would bring about 2 KB of tables into the
// download for this one use.
double Pow2_4(double x) {
  const double a = x * x;
  double y = 1, next = 1;
  do {
    y = next;
    next = y - (y * y * y * y * y - a) / (5 * y * y * y * y);
  } while (next < y);
  return a * y;
}

// WCAG 2 relative luminance and contrast ratio of two 0xRRGGBB colours.
double Luminance(uint32_t rgb) {
  const double weight[3] = {0.2126, 0.7152, 0.0722};
  double y = 0;
  for (int i = 0; i < 3; ++i) {
    const double c = ((rgb >> (16 - 8 * i)) & 255) / 255.0;
    y += weight[i] * (c <= 0.03928 ? c / 12.92 : Pow2_4((c + 0.055) / 1.055));
  }
  return y;
}

double Contrast(uint32_t a, uint32_t b) {
  const double la = Luminance(a), lb = Luminance(b);
  return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

}  // namespace

App& TheApp() {
  static App app;
  return app;
}

bool Ready(const App& app) { return app.has_story && app.font_data.Complete(); }

void RequestFrame(App& app) {
  // The first frame is drawn even out of view (an embed below the fold is ready when scrolled to):
  // it takes several animation frames (the atlas, ImGui's first passes), which go on regardless.
  if (app.frame_pending || (!app.page_visible && app.first_frame_done)) return;
  app.frame_pending = true;
  emscripten_request_animation_frame(OnAnimationFrame, &app);
}

void Wake(App& app) {
  KeepDrawing(app);
  RequestFrame(app);
}

void ShowStory(App& app, Story&& story) {
  app.story = std::move(story);
  app.has_story = true;
  StartClassroom(app.ui.reader.classroom, app.story, app.ui.reader.classroom.mode);  // sized to the new story
  ui::ShowTourStep(app.story, app.ui, -1);
  Select(app, {});
  app.ui.reader.lens = Lens::All;  // and with all its evidence
  app.reported = {};  // a new story starts with nothing selected: nothing to tell the page
  app.reported_step = -1;
  app.reported_lens = Lens::All;
}

void Select(App& app, const Selection& sel) {
  ui::SetSelection(app.story, app.ui, sel);
  Wake(app);
}

void SetView(App& app, ui::View view) {
  app.ui.reader.view = view;
  Wake(app);
}

bool ShowTourStep(App& app, int step) {
  if (!app.has_story || !ui::ShowTourStep(app.story, app.ui, step)) return false;
  Wake(app);
  return true;
}

void SetPresenter(App& app, bool on) {
  app.presenter = app.ui.reader.presenter = on;
  ui::ThemeDesc desc = ui::CurrentTheme();
  desc.high_contrast = on;
  SetTheme(app, desc);
  // 16 px body text × 1.75 = 28 CSS px, readable from the back of a classroom at 1920×1080.
  if (on && app.font_scale < 1.75f) SetFontScale(app, 1.75f);
}

void SetLens(App& app, Lens lens) {
  app.ui.reader.lens = lens;
  Wake(app);
}

bool Nav(App& app, NavCommand command) {
  if (!app.has_story) return false;
  ui::UiState& v = app.ui;
  const int step = v.reader.tour_step;
  if (const int delta = TourKeyDelta(command, step >= 0)) {
    ShowTourStep(app, MoveTourStep(app.story, step, delta));  // at either end the key is still the tour's
    return true;
  }
  if (command == NavCommand::Clear && step >= 0) return ShowTourStep(app, -1);  // Escape ends the tour first
  const NavResult r = Navigate(app.story, v.io.nav_context, v.reader.nav, command);
  // Enter on a cell or a suspect while predicting rates it or makes it the first choice, as a click does.
  if (r.select && command == NavCommand::Activate) ActOn(v.reader.classroom, app.story, r.selection);
  if (r.select) Select(app, r.selection);
  if (r.activate_tab) v.reader.phone_tab = static_cast<ui::PhoneTab>(v.reader.nav.index);
  if (r.activate_lens) v.reader.lens = static_cast<Lens>(v.reader.nav.index);  // All, Facts, Attributed, Analysis
  if (r.scroll_to_focus) v.io.scroll_to_focus = true;
  Wake(app);
  return r.handled;
}

double SetTheme(App& app, ui::ThemeDesc desc) {
  double refused = 0;
  for (;;) {  // at most twice: the page colour is the theme's, with or without the accent
    ui::SetTheme(desc);
    if (!desc.has_accent) break;
    const uint32_t page = ui::Colors().page;  // 0xAABBGGRR
    const double contrast = Contrast(desc.accent_rgb, ((page & 0xFF) << 16) | (page & 0xFF00) | ((page >> 16) & 0xFF));
    if (contrast >= 3) break;
    refused = contrast;
    desc.has_accent = false;
    desc.accent_rgb = 0;
  }
  Wake(app);
  return refused;
}

void SetFontScale(App& app, float scale) {
  if (!(scale >= 0.75f && scale <= 2.5f) || scale == app.font_scale) return;
  app.font_scale = scale;
  app.fonts_dirty = true;
  Wake(app);
}

void SetLocale(App& app, std::shared_ptr<const Locale> locale) {
  SetInterfaceLocale(std::move(locale));  // the layout caches key on its generation
  Wake(app);
}

void AddFont(App& app, ui::FontFace face, bool ext, const unsigned char* data, size_t size) {
  auto& bytes = ext ? app.font_data.ext[static_cast<int>(face)] : app.font_data.face[static_cast<int>(face)];
  bytes.assign(data, data + size);
  app.fonts_dirty = true;
  RequestFrame(app);
}

void Resize(App& app, int css_w, int css_h, float dpr) {
  if (css_w <= 0 || css_h <= 0) return;
  if (dpr != app.dpr) {
    app.dpr = dpr;
    app.fonts_dirty = true;
  }
  app.css_w = css_w;
  app.css_h = css_h;
  if (app.window) SDL_SetWindowSize(app.window, css_w, css_h);
  app.presented = 0;  // sizing the canvas may clear it
  Wake(app);
}

bool DrawForImage(App& app, float scale) {
  if (!(scale >= 1.0f && scale <= 4.0f) || !app.gl_ready || !Ready(app) || !app.window || app.css_w <= 0) return false;
  Resize(app, app.css_w, app.css_h, scale);  // SDL reads the scale from the page's devicePixelRatio
  // Two frames: the first after a new atlas may still settle hover and layout, as after any change.
  Frame(app);
  Frame(app);
  return app.fonts_built;
}

void SetVisible(App& app, bool visible) {
  app.page_visible = visible;
  if (visible) Wake(app);
}

void SetProbe(App& app, bool enabled) {
  app.probe_enabled = enabled;
  Wake(app);
}

void SetMode(App& app, ClassroomMode mode) {
  if (!app.has_story) return;
  StartClassroom(app.ui.reader.classroom, app.story, mode);
  Wake(app);
}

const Story* CurrentStory(const App& app) { return app.has_story ? &app.story : nullptr; }
const ui::LayoutProbe& LastProbe(const App& app) { return app.probe; }

bool Init(App& app) {
  InstallOutOfMemoryHandlers();
  app.dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
  // Keys go to the canvas only when it has focus, so the host page keeps its keyboard.
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
    JsFatal(SDL_GetError());
    return false;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_ALPHA_SIZE, 8);  // so that ?bg=transparent can show the host page
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
  app.window = SDL_CreateWindow("motive-matrix", 0, 0, app.css_w > 0 ? app.css_w : 800, app.css_h > 0 ? app.css_h : 600,
                                SDL_WINDOW_OPENGL | SDL_WINDOW_ALLOW_HIGHDPI);
  if (!app.window) {
    JsFatal(SDL_GetError());
    return false;
  }
  app.gl_context = SDL_GL_CreateContext(app.window);
  if (!app.gl_context) {
    JsFatal("WebGL2 is not available in this browser");
    return false;
  }
  app.gl_ready = true;
  emscripten_set_webglcontextlost_callback("#canvas", &app, EM_FALSE, OnContextLost);
  emscripten_set_webglcontextrestored_callback("#canvas", &app, EM_FALSE, OnContextRestored);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no imgui.ini: nothing is persisted
  io.LogFilename = nullptr;
  io.ConfigWindowsMoveFromTitleBarOnly = true;
  ui::ApplyTheme();
  ImGui_ImplSDL2_InitForOpenGL(app.window, app.gl_context);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  return true;
}

}  // namespace mm::platform
