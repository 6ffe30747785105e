// text_layout.h — line breaking for the explainer's text.
//
// imgui 1.86 wraps at spaces but also after '.', ',' and other punctuation, and breaks a word
// that does not fit between any two letters ("U. S.", "backchann el"). Newsroom copy needs
// typesetter rules: break at spaces, or after a hyphen, dash or slash; never inside a word.
// Every wrapped string in the UI is laid out here and drawn with imgui's wrapping off.
#pragma once

#include <string>

#include <imgui.h>

namespace mm::ui {

// `text` with '\n' inserted where lines break at `width` (CSS px) in `font`. A single word wider
// than `width` stays whole on its own line (and overflows: the layout test catches that).
std::string WrapText(ImFont* font, const std::string& text, float width);

// Size of the wrapped text.
ImVec2 MeasureText(ImFont* font, const std::string& text, float width);

// Draws wrapped text with its top-left at `pos`; returns its size.
ImVec2 DrawText(ImDrawList* dl, ImFont* font, ImVec2 pos, uint32_t color, const std::string& text, float width);

// Wrapped text inside a tooltip (or any window) at the cursor.
void TextBlock(ImFont* font, const std::string& text, float width);

}  // namespace mm::ui
