#include "ui/fonts.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>

namespace mm::ui {
namespace {
// Must match the subsets made by cmake/Fonts.cmake (MM_FONT_UNICODES and MM_FONT_UNICODES_EXT).
const ImWchar kGlyphRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x00FF,  // Basic Latin, Latin-1
    0x2010, 0x2027, 0x2030, 0x203A,  // dashes, quotes, ellipsis, guillemets
    0x20AC, 0x20AC, 0x2190, 0x2193, 0x2212, 0x2212, 0x2713, 0x2713, 0};
const ImWchar kExtGlyphRanges[] = {
    0x0100, 0x017F,  // Latin Extended-A
    0x0400, 0x045F,  // Cyrillic
    0};
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
                                                  &cfg, kGlyphRanges);
    const auto& ext = data.ext[(int)face];
    if (font && !ext.empty()) {
      cfg.MergeMode = true;  // the extension's glyphs join the same ImFont
      io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(ext.data()), (int)ext.size(), px, &cfg,
                                     kExtGlyphRanges);
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
