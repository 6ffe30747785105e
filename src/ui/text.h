// text.h — the explainer's text: line breaking, measuring and drawing wrapped text, and the
// cursor-advancing text blocks the panels are built from.
//
// imgui 1.86 wraps at spaces but also after '.', ',' and other punctuation, and breaks a word
// that does not fit between any two letters ("U. S.", "backchann el"). Newsroom copy needs
// typesetter rules: break at spaces, or after a hyphen, dash or slash; never inside a word.
// Every wrapped string in the UI is laid out here and drawn with imgui's wrapping off.
#pragma once

#include <cstdint>
#include <string>

#include <imgui.h>

#include "ui/fonts.h"

namespace mm::ui {

// `text` with '\n' inserted where lines break at `width` (CSS px) in `font`. A single word wider
// than `width` stays whole on its own line (and overflows: the layout test catches that).
std::string WrapText(ImFont* font, const std::string& text, float width);

// Size of the wrapped text.
ImVec2 MeasureText(ImFont* font, const std::string& text, float width);
// Height of `text` in `font` wrapped at `width` (CSS px, includes FontGlobalScale).
float WrappedHeight(ImFont* font, const std::string& text, float width);
// Width of `text` on one line.
float TextWidth(ImFont* font, const std::string& text);

// Draws wrapped text with its top-left at `pos`; returns its size. The cursor does not move.
ImVec2 DrawText(ImDrawList* dl, ImFont* font, ImVec2 pos, uint32_t color, const std::string& text, float width);

// Wrapped text inside a tooltip (or any window) at the cursor.
void TextBlock(ImFont* font, const std::string& text, float width);

// Draws wrapped text at the cursor and advances it. Returns the height used.
float Paragraph(ImFont* font, const std::string& text, float width, uint32_t color);

// A small uppercase label ("SUSPECT × MOTIVE") at the cursor.
void Kicker(const Fonts& f, const char* text, uint32_t color);

// Vertical space.
void Gap(float px);

// How far ImGui moves the cursor down past an item `height` tall: the item spacing, then down to
// a whole pixel (the cursor is always on one). What a row of a virtual list adds for such an item.
float Advance(float height);

// A quotation for display: wrapped in curly double quotes, with double quotes inside turned
// into single ones (the newsroom convention for a quote within a quote). Words are unchanged.
std::string WithCurlyQuotes(const std::string& quote);

}  // namespace mm::ui
