// marks.h — the explainer's glyphs, which carry meaning by shape and size, never by colour alone:
// how strongly a link is argued, "not argued", and the kind of each piece of evidence.
#pragma once

#include <cstdint>
#include <vector>

#include <imgui.h>

#include "core/story.h"

namespace mm::ui {

// Strength as size + fill + shape: 1 = small ring, 2 = medium half-filled disc, 3 = large full
// disc. `radius` is the largest glyph's radius.
void DrawStrengthGlyph(ImDrawList* dl, ImVec2 center, float radius, int strength, uint32_t color);
// "Not argued": a short dash, visibly different from any strength glyph.
void DrawNotArguedMark(ImDrawList* dl, ImVec2 center, float radius, uint32_t color);
// Evidence kind as shape: reported fact = square, attributed = speech bubble, analysis = diamond.
void DrawEvidenceMark(ImDrawList* dl, ImVec2 center, float size, EvidenceKind kind);

// The evidence kinds present in a list, in a fixed order (fact, attributed, analysis).
struct KindSet { bool fact = false, attributed = false, analysis = false; };
KindSet KindsOf(const std::vector<Evidence>& evidence);

}  // namespace mm::ui
