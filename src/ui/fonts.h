// fonts.h — the explainer's faces, and the ImGui font atlas built from the subset Noto fonts at
// device resolution.
//
// imgui 1.86 rasterises glyphs at the size they are loaded, so on a devicePixelRatio-2 screen a
// 16 px face would be upscaled and blurry. Faces are loaded at size × dpr and drawn at
// io.FontGlobalScale = 1 / dpr, which keeps layout in CSS pixels and glyphs sharp.
#pragma once

#include <vector>

struct ImFont;

namespace mm::ui {

// The faces the explainer uses; all loaded at device resolution.
struct Fonts {
  ImFont* body = nullptr;        // Noto Sans Regular, reading size
  ImFont* bold = nullptr;        // Noto Sans Bold, reading size
  ImFont* italic = nullptr;      // Noto Sans Italic, quotes
  ImFont* small = nullptr;       // Noto Sans Regular, captions and labels
  ImFont* small_bold = nullptr;  // Noto Sans Bold, small caps-like kicker labels
  ImFont* heading = nullptr;     // Noto Serif Bold, the headline
  ImFont* subheading = nullptr;  // Noto Serif Bold, section titles
};

enum class FontFace { Regular = 0, Bold = 1, Italic = 2, SerifBold = 3, Count = 4 };

// The TTF bytes; kept alive by the caller for as long as the atlas exists. Each face comes in
// two files (cmake/Fonts.cmake): `face` has Latin-1 and punctuation, which every story needs;
// `ext` has Latin Extended-A and Cyrillic and is only fetched for a story that uses them. An
// empty `ext` simply leaves those glyphs out of the atlas (smaller, faster to build).
struct FontData {
  std::vector<unsigned char> face[(int)FontFace::Count];
  std::vector<unsigned char> ext[(int)FontFace::Count];
  bool Complete() const;
};

// Reading sizes in CSS pixels, before the reader's font scale.
struct FontSizes {
  float body = 16.0f, small = 13.0f, heading = 27.0f, subheading = 19.0f;
};

// Clears and refills ImGui's atlas (ImGui context must exist). The renderer backend must
// re-upload the texture afterwards. Returns false if a face could not be loaded.
bool BuildFonts(const FontData& data, float dpr, float font_scale, Fonts* out, const FontSizes& sizes = {});

}  // namespace mm::ui
