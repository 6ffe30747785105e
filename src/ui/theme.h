// theme.h — the editorial light theme: a news page's palette and spacing instead of ImGui's
// debug look. Every text colour keeps ≥ 4.5:1 contrast on the backgrounds it is used on.
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
  uint32_t leak, call;
};
const Palette& Colors();

// Applies the palette and spacing to ImGui's style (call once after CreateContext).
void ApplyTheme();

uint32_t EvidenceColor(EvidenceKind kind);

}  // namespace mm::ui
