// lens_panel.cpp — the evidence lens control under the matrix: four segmented buttons (all
// evidence, reported facts, attributed statements, analysis), a radio group for the keyboard
// (NavPanel::Lens: arrows move and choose), and what each suspect's case rests on.
#include <algorithm>

#include "core/lens_words.h"
#include "ui/focus.h"
#include "ui/marks.h"
#include "ui/panels.h"
#include "ui/probe.h"
#include "ui/text.h"
#include "ui/theme.h"

namespace mm::ui {

void DrawLensControl(const Story& story, ReaderState& reader, FrameIO& io, const Fonts& f, const Layout& layout,
                     float width) {
  const Palette& p = Colors();
  const Words w(story);
  constexpr Lens kLenses[] = {Lens::All, Lens::Facts, Lens::Attributed, Lens::Analysis};
  Kicker(f, UpperCase(w("lens.label")).c_str(), p.ink_secondary);
  ImGui::PushFont(f.small);
  const float h = std::max(layout.touch_target, 32.0f);
  // The buttons share the width up to what their labels need; never wider than the matrix.
  float need = 0;
  for (Lens lens : kLenses) need = std::max(need, ImGui::CalcTextSize(LensShortName(w, lens).c_str()).x + 28);
  const float bw = std::min(width / 4, std::max(need, 88.0f));
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (int i = 0; i < 4; ++i) {
    const Lens lens = kLenses[i];
    const std::string label = LensShortName(w, lens);
    const ImVec2 a(start.x + i * bw, start.y), b(a.x + bw, a.y + h);
    ImGui::SetCursorScreenPos(a);
    ImGui::PushID(i);
    ImGui::InvisibleButton("##lens", ImVec2(bw, h));
    ProbeLastItem(io, "lens", label);
    const bool hovered = ImGui::IsItemHovered(), on = reader.lens == lens;
    if (ItemActivated(io)) reader.lens = lens;
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopID();
    const ImDrawFlags corners = i == 0 ? ImDrawFlags_RoundCornersLeft : i == 3 ? ImDrawFlags_RoundCornersRight : ImDrawFlags_RoundCornersNone;
    dl->AddRectFilled(a, b, on ? p.accent : (hovered ? p.card_hover : p.card), 6.0f, corners);
    dl->AddRect(a, b, on ? p.accent : p.rule, 6.0f, corners, 1.0f);
    // The chosen setting is also bold and marked by a tick (drawn: the Latin-1 fonts have no ✓),
    // not by colour alone.
    ImGui::PushFont(on ? f.small_bold : f.small);
    const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
    const float tick = on ? 14.0f : 0.0f;
    const ImVec2 tp(a.x + (bw - ts.x - tick) * 0.5f + tick, a.y + (h - ts.y) * 0.5f);
    if (on) {
      const float cy = a.y + h * 0.5f, x = tp.x - tick;
      const ImVec2 pts[3] = {ImVec2(x, cy), ImVec2(x + 3.5f, cy + 3.5f), ImVec2(x + 10, cy - 4)};
      dl->AddPolyline(pts, 3, p.page, ImDrawFlags_None, 2.0f);
    }
    dl->AddText(tp, on ? p.page : p.ink, label.c_str());
    ImGui::PopFont();
    if (IsFocused(reader.nav, NavPanel::Lens, i)) FocusRing(io, ImVec2(a.x + 2, a.y + 2), ImVec2(b.x - 2, b.y - 2));
  }
  ImGui::PopFont();
  ImGui::SetCursorScreenPos(start);
  ImGui::Dummy(ImVec2(bw * 4, h));
  if (reader.lens != Lens::All) {
    Gap(2);
    Paragraph(f.small, DescribeLens(story, reader.lens), width, p.ink_secondary);
  }
}

}  // namespace mm::ui
