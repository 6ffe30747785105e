// fonts.cpp — the font atlas: each face added at device resolution, its extension merged in.
#include "ui/fonts.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <imgui.h>

#include "core/glyph_coverage.h"

namespace mm::ui {
namespace {
// ImGui's zero-terminated [first, last] pairs, from the one list in core/glyph_coverage.h.
template <size_t N>
std::vector<ImWchar> ToImGuiRanges(const CodepointRange (&ranges)[N]) {
  std::vector<ImWchar> v;
  for (const CodepointRange& r : ranges) {
    v.push_back(static_cast<ImWchar>(r.first));
    v.push_back(static_cast<ImWchar>(r.last));
  }
  v.push_back(0);
  return v;
}
// ImGui keeps the pointer until the atlas is rebuilt, so the arrays live for the program.
const ImWchar* Latin1Ranges() {
  static const std::vector<ImWchar> ranges = ToImGuiRanges(kLatin1Glyphs);
  return ranges.data();
}
const ImWchar* ExtRanges() {
  static const std::vector<ImWchar> ranges = ToImGuiRanges(kExtGlyphs);
  return ranges.data();
}
}  // namespace

bool FontData::Complete() const {
  return std::all_of(std::begin(face), std::end(face), [](const auto& f) { return !f.empty(); });
}

bool BuildFonts(const FontData& data, float dpr, float font_scale, Fonts* out, const FontSizes& sizes) {
  if (!data.Complete()) return false;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  // Rasterising beyond 3x buys nothing visible and quadruples atlas memory.
  const float raster = std::clamp(dpr, 1.0f, 3.0f);
  const float scale = raster * std::clamp(font_scale, 0.75f, 2.5f);

  auto add = [&](FontFace face, float css_px) -> ImFont* {
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // FontData owns the bytes
    cfg.OversampleH = 1;               // already at device resolution: no oversampling needed
    cfg.OversampleV = 1;
    const float px = std::round(css_px * scale);
    const auto& bytes = data.face[(int)face];
    ImFont* font = io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(bytes.data()), (int)bytes.size(), px,
                                                  &cfg, Latin1Ranges());
    const auto& ext = data.ext[(int)face];
    if (font && !ext.empty()) {
      cfg.MergeMode = true;  // the extension's glyphs join the same ImFont
      io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(ext.data()), (int)ext.size(), px, &cfg,
                                     ExtRanges());
    }
    return font;
  };
  out->body = add(FontFace::Regular, sizes.body);
  out->bold = add(FontFace::Bold, sizes.body);
  out->italic = add(FontFace::Italic, sizes.body);
  out->small = add(FontFace::Regular, sizes.small);
  out->small_bold = add(FontFace::Bold, sizes.small);
  out->heading = add(FontFace::SerifBold, sizes.heading);
  out->subheading = add(FontFace::SerifBold, sizes.subheading);
  io.FontDefault = out->body;
  io.FontGlobalScale = 1.0f / raster;
  const bool ok = io.Fonts->Build();
  return ok && out->body && out->heading;
}

}  // namespace mm::ui
