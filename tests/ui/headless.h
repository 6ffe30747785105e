// headless.h — imgui with no renderer, for the UI tests: frames are built (layout, hit boxes,
// draw lists), never rasterised. Shared by the layout and the scale tests.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>  // the root window's scroll

#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "core/story_loader.h"
#include "ui/fonts.h"
#include "ui/panels.h"
#include "ui/theme.h"

namespace mm::ui::test {

inline std::vector<unsigned char> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The subset fonts the build made (cmake/Fonts.cmake), in ui::FontFace order; the -Ext files
// (Latin Extended-A, Cyrillic) only when asked, as the page fetches them only for some stories.
inline FontData LoadTestFonts(bool with_ext = false) {
  const char* names[] = {"NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSerif-Bold"};
  FontData data;
  for (int i = 0; i < (int)FontFace::Count; ++i) {
    data.face[i] = ReadFile(std::string(MM_FONT_DIR) + "/" + names[i] + ".ttf");
    if (with_ext) data.ext[i] = ReadFile(std::string(MM_FONT_DIR) + "/" + names[i] + "-Ext.ttf");
  }
  return data;
}

// A story file of this repository (a path relative to its root), read once per test binary.
inline const LoadResult& LoadOnce(const std::string& relative_path) {
  static std::map<std::string, LoadResult> loaded;
  auto it = loaded.find(relative_path);
  if (it == loaded.end()) it = loaded.emplace(relative_path, LoadStoryFile(std::string(MM_SOURCE_DIR) + "/" + relative_path)).first;
  return it->second;
}

class Headless {
 public:
  Headless(float width, float height, float dpr) : width_(width), height_(height) {
    ctx_ = ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    // As the app's renderer: draw lists may pass 65,536 vertices (the unclipped layouts did).
    ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    ApplyTheme();
    data_ = LoadTestFonts(/*with_ext=*/true);  // stories in Polish, Czech or Cyrillic too
    built_ = BuildFonts(data_, dpr, 1.0f, &fonts_);
    unsigned char* pixels;
    int w, h;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  }
  ~Headless() { ImGui::DestroyContext(ctx_); }
  Headless(const Headless&) = delete;
  Headless& operator=(const Headless&) = delete;

  // One frame; the probe holds what it laid out.
  void Frame(const Story& story, UiState& state) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(width_, height_);
    io.DeltaTime = 1.0f / 60.0f;
    probe_.items.clear();
    state.io.probe = &probe_;
    ImGui::NewFrame();
    DrawApp(story, state, fonts_, MakeLayout(width_, height_));
    ImGui::Render();
    state.io.probe = nullptr;
  }
  void Frames(const Story& story, UiState& state, int n) { for (int i = 0; i < n; ++i) Frame(story, state); }

  // A press and release at (x, y), one frame each, as a mouse or a finger would.
  void Click(const Story& story, UiState& state, float x, float y) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(x, y);
    Frames(story, state, 2);
    io.MouseDown[0] = true;
    Frame(story, state);
    io.MouseDown[0] = false;
    Frame(story, state);
    io.MousePos = ImVec2(-1, -1);
    Frame(story, state);
  }

  // A press at `from`, then one frame at each of `at(0)` … `at(steps - 1)` with the button down,
  // then a release there: a finger's drag.
  template <typename Path>
  void Drag(const Story& story, UiState& state, ImVec2 from, int steps, Path at) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = from;
    Frames(story, state, 2);
    io.MouseDown[0] = true;
    for (int i = 0; i < steps; ++i) {
      io.MousePos = at(i);
      Frame(story, state);
    }
    io.MouseDown[0] = false;
    Frame(story, state);
    io.MousePos = ImVec2(-1, -1);
    Frames(story, state, 2);
  }

  // Vertices the last frame sent to the GPU: what a software rasteriser pays for.
  int Vertices() const { return ImGui::GetDrawData() ? ImGui::GetDrawData()->TotalVtxCount : 0; }
  // The root window's vertical scroll (CSS px) and its limit (0 before the first frame).
  static float ScrollY() { return RootWindow() ? RootWindow()->Scroll.y : 0.0f; }
  static float ScrollMaxY() { return RootWindow() ? RootWindow()->ScrollMax.y : 0.0f; }
  // Takes effect in the next frame, as the page's scrolling does.
  static void SetScrollY(float y) {
    if (RootWindow()) ImGui::SetScrollY(RootWindow(), y);
  }

  float width() const { return width_; }
  float height() const { return height_; }
  bool built() const { return built_; }
  const Fonts& fonts() const { return fonts_; }
  const LayoutProbe& probe() const { return probe_; }
  std::vector<ProbeItem> Items(const std::string& what) const {
    std::vector<ProbeItem> out;
    for (const ProbeItem& it : probe_.items) if (it.what == what) out.push_back(it);
    return out;
  }

 private:
  static ImGuiWindow* RootWindow() { return ImGui::FindWindowByName("##explainer"); }

  ImGuiContext* ctx_ = nullptr;
  float width_, height_;
  FontData data_;
  Fonts fonts_;
  bool built_ = false;
  LayoutProbe probe_;
};

}  // namespace mm::ui::test
