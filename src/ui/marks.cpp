// marks.cpp — drawing the strength, not-argued and evidence-kind glyphs.
#include "ui/marks.h"

#include <algorithm>

#include "ui/theme.h"

namespace mm::ui {

void DrawStrengthGlyph(ImDrawList* dl, ImVec2 c, float radius, int strength, uint32_t color) {
  const int segments = 32;
  switch (std::clamp(strength, 1, 3)) {
    case 1:  // raised as possible: a small ring
      dl->AddCircle(c, radius * 0.45f, color, segments, 2.0f);
      break;
    case 2: {  // argued: a medium ring, lower half filled
      const float r = radius * 0.72f;
      dl->PathArcTo(c, r - 0.5f, 0.0f, 3.14159265f, segments / 2);  // lower half (y grows down)
      dl->PathFillConvex(color);
      dl->AddCircle(c, r - 1.0f, color, segments, 2.0f);
      break;
    }
    case 3:  // asserted as clear: a large full disc
      dl->AddCircleFilled(c, radius, color, segments);
      break;
  }
}

void DrawNotArguedMark(ImDrawList* dl, ImVec2 c, float radius, uint32_t color) {
  const float w = radius * 0.55f;
  dl->AddLine(ImVec2(c.x - w, c.y), ImVec2(c.x + w, c.y), color, 2.0f);
}

void DrawNoSuchEvidenceMark(ImDrawList* dl, ImVec2 c, float radius, uint32_t color) {
  // Three dashes per side, so the outline reads as broken even at 16 px.
  const float h = radius * 0.8f, dash = 2 * h / 5;
  const ImVec2 corners[4] = {ImVec2(c.x - h, c.y - h), ImVec2(c.x + h, c.y - h), ImVec2(c.x + h, c.y + h), ImVec2(c.x - h, c.y + h)};
  for (int side = 0; side < 4; ++side) {
    const ImVec2 a = corners[side], b = corners[(side + 1) % 4];
    for (int i = 0; i < 5; i += 2) {
      const float t0 = i * dash / (2 * h), t1 = (i + 1) * dash / (2 * h);
      dl->AddLine(ImVec2(a.x + (b.x - a.x) * t0, a.y + (b.y - a.y) * t0), ImVec2(a.x + (b.x - a.x) * t1, a.y + (b.y - a.y) * t1),
                  color, 1.5f);
    }
  }
  const float x = h * 0.45f;
  dl->AddLine(ImVec2(c.x - x, c.y - x), ImVec2(c.x + x, c.y + x), color, 1.5f);
  dl->AddLine(ImVec2(c.x - x, c.y + x), ImVec2(c.x + x, c.y - x), color, 1.5f);
}

void DimOutsideLens(ImDrawList* dl, ImVec2 a, ImVec2 b, float rounding) {
  // 60 % of the page colour over it: clearly set back, still legible.
  dl->AddRectFilled(a, b, (Colors().page & 0x00FFFFFFu) | 0x99000000u, rounding);
}

void DrawEvidenceMark(ImDrawList* dl, ImVec2 c, float size, EvidenceKind kind) {
  const float h = size * 0.5f;
  const uint32_t col = EvidenceColor(kind);
  switch (kind) {
    case EvidenceKind::ReportedFact:
      dl->AddRectFilled(ImVec2(c.x - h * 0.85f, c.y - h * 0.85f), ImVec2(c.x + h * 0.85f, c.y + h * 0.85f), col);
      break;
    case EvidenceKind::Attributed:  // a speech bubble: rounded box with a tail
      dl->AddRectFilled(ImVec2(c.x - h, c.y - h * 0.8f), ImVec2(c.x + h, c.y + h * 0.45f), col, h * 0.35f);
      dl->AddTriangleFilled(ImVec2(c.x - h * 0.55f, c.y + h * 0.3f), ImVec2(c.x - h * 0.05f, c.y + h * 0.3f),
                            ImVec2(c.x - h * 0.75f, c.y + h), col);
      break;
    case EvidenceKind::Analysis:
      dl->AddQuadFilled(ImVec2(c.x, c.y - h), ImVec2(c.x + h, c.y), ImVec2(c.x, c.y + h), ImVec2(c.x - h, c.y), col);
      break;
  }
}

KindSet KindsOf(const std::vector<Evidence>& evidence) {
  KindSet k;
  for (const Evidence& e : evidence) {
    k.fact |= e.kind == EvidenceKind::ReportedFact;
    k.attributed |= e.kind == EvidenceKind::Attributed;
    k.analysis |= e.kind == EvidenceKind::Analysis;
  }
  return k;
}

}  // namespace mm::ui
