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
// "No such evidence for this link" under an evidence lens: a dashed square with a cross, unlike
// both a strength glyph (round) and "not argued" (a dash).
void DrawNoSuchEvidenceMark(ImDrawList* dl, ImVec2 center, float radius, uint32_t color);
// Covers [a, b] with the page colour, half see-through: an item outside the evidence lens stays
// where it is, dimmed (never hidden, never moved).
void DimOutsideLens(ImDrawList* dl, ImVec2 a, ImVec2 b, float rounding);
// Evidence kind as shape: reported fact = square, attributed = speech bubble, analysis = diamond.
void DrawEvidenceMark(ImDrawList* dl, ImVec2 center, float size, EvidenceKind kind);

// The evidence kinds present in a list, in a fixed order (fact, attributed, analysis).
struct KindSet { bool fact = false, attributed = false, analysis = false; };
KindSet KindsOf(const std::vector<Evidence>& evidence);

}  // namespace mm::ui
