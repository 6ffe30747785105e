// theme.h — the editorial themes (light and dark): a news page's palette and spacing instead of
// ImGui's debug look. Every text colour keeps ≥ 4.5:1 contrast on the backgrounds it is used
// on, and marks ≥ 3:1, in both themes.
#pragma once

#include <cstdint>

#include "core/story.h"

namespace mm::ui {

// Colours as 0xAABBGGRR (ImGui's IM_COL32 order).
struct Palette {
  uint32_t page, card, card_hover, rule, ink, ink_secondary, ink_muted;
  uint32_t accent, accent_soft, highlight, highlight_rule, selection;
  uint32_t fact, attributed, analysis;     // evidence-kind marks (also differ by shape)
  uint32_t note_bg, note_rule, not_argued;
  uint32_t act;                            // the act itself on the timeline, and the header kicker
};
const Palette& Colors();

// Zero-initialised = the light theme with its own accent on an opaque page.
struct ThemeDesc {
  bool dark = false;
  bool transparent = false;   // the page colour is see-through (the host page shows)
  bool has_accent = false;    // replace the accent (strength glyphs, selection, kickers)
  uint32_t accent_rgb = 0;    // 0xRRGGBB; platform::SetTheme refuses one below 3:1 on the page
  bool high_contrast = false; // presenter mode (?present=1): every text colour at full ink, firmer rules
};
// Selects the palette and applies it and the spacing to ImGui's style.
void SetTheme(const ThemeDesc& desc);
const ThemeDesc& CurrentTheme();
// Re-applies the current theme to ImGui's style (call after CreateContext).
void ApplyTheme();

uint32_t EvidenceColor(EvidenceKind kind);

}  // namespace mm::ui
