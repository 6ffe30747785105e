// tour_card.cpp — the guided tour's card, its entry button, and moving to a step (tour_card.h).
#include "ui/tour_card.h"

#include <algorithm>
#include <string>

#include "core/tour.h"
#include "core/wording.h"
#include "ui/probe.h"
#include "ui/text.h"
#include "ui/theme.h"

namespace mm::ui {
namespace {

// A button drawn like the page's own (web/app.css .mm-btn): a filled one for the main action.
bool CardButton(const Fonts& f, const char* id, const std::string& label, bool primary, float h, FrameIO& io,
                const char* what) {
  const Palette& p = Colors();
  ImFont* font = f.bold;
  const float w = std::max(h * 1.6f, TextWidth(font, label) + 32.0f);
  const ImVec2 a = ImGui::GetCursorScreenPos(), b(a.x + w, a.y + h);
  const bool pressed = ImGui::InvisibleButton(id, ImVec2(w, h));
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (primary) dl->AddRectFilled(a, b, hovered ? p.ink : p.accent, 6.0f);
  else dl->AddRectFilled(a, b, hovered ? p.card_hover : p.page, 6.0f);
  dl->AddRect(a, b, primary ? p.accent : p.rule, 6.0f, 0, 1.5f);
  ImGui::PushFont(font);
  const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
  dl->AddText(ImVec2(a.x + (w - ts.x) * 0.5f, a.y + (h - ts.y) * 0.5f), primary ? p.page : p.accent, label.c_str());
  ImGui::PopFont();
  if (io.probe) Probe(io, what, label, Box(a, b), Box(ImVec2(a.x + (w - ts.x) * 0.5f, a.y + (h - ts.y) * 0.5f), ImVec2(0, 0), ts), Box(a, b));
  return pressed && !io.pointer_dragged;
}

float ButtonHeight(const ReaderState& reader, const Layout& layout) {
  // Large targets: 48 px on phones, and big enough to hit from a lectern on a projector.
  return std::max(layout.touch_target + 4, reader.presenter ? 56.0f : 40.0f);
}

}  // namespace

bool ShowTourStep(const Story& story, UiState& ui, int step) {
  ReaderState& r = ui.reader;
  if (step < 0) {
    if (r.tour_step >= 0) {
      r.view = r.view_before_tour;
      r.lens = r.lens_before_tour;
    }
    r.tour_step = -1;
    return true;
  }
  if (step >= static_cast<int>(story.tour.size())) return false;
  if (Predicting(r.classroom)) return false;  // the tour walks through the sources' answers
  if (r.tour_step < 0) {
    r.view_before_tour = r.view;
    r.lens_before_tour = r.lens;
  }
  r.tour_step = step;
  const TourStep& s = story.tour[static_cast<size_t>(step)];
  r.view = s.view == "matrix" ? View::Matrix : s.view == "timeline" ? View::Timeline : s.view == "both" ? View::Both
                                                                                                        : r.view_before_tour;
  // A step may show its quotes under an evidence lens (the loader checked the name).
  if (s.lens.empty() || !ParseLens(s.lens, &r.lens)) r.lens = r.lens_before_tour;
  const Selection target = TourTarget(story, step);
  const bool on_timeline = target.kind == SelectionKind::Event || target.kind == SelectionKind::Goal ||
                           target.kind == SelectionKind::Reaction;
  r.phone_tab = on_timeline ? PhoneTab::Timeline : PhoneTab::Matrix;
  SetSelection(story, ui, target);
  ui.io.scroll_to_selection = 4;
  return true;
}

void DrawTourEntry(const Story& story, UiState& ui, const Fonts& f, const Layout& layout) {
  if (story.tour.empty() || ui.reader.tour_step >= 0 || Predicting(ui.reader.classroom)) return;
  const Words w(story);
  const std::string label = w("tour.take", {{"n", std::to_string(story.tour.size())}}, story.tour.size());
  if (CardButton(f, "##tour-take", label, true, ButtonHeight(ui.reader, layout), ui.io, "tour.take"))
    ShowTourStep(story, ui, 0);
  ImGui::Dummy(ImVec2(0, layout.phone ? 4.0f : 8.0f));
}

void DrawTourCard(const Story& story, UiState& ui, const Fonts& f, const Layout& layout) {
  ReaderState& r = ui.reader;
  FrameIO& io = ui.io;
  if (r.tour_step >= static_cast<int>(story.tour.size())) r.tour_step = -1;  // a new, shorter story
  if (r.tour_step < 0) {
    io.tour_card_height = 0;
    return;
  }
  const Palette& p = Colors();
  const Words w(story);
  const TourStep& step = story.tour[static_cast<size_t>(r.tour_step)];
  const int n = r.tour_step + 1, total = static_cast<int>(story.tour.size());
  const float pad = layout.phone ? 14.0f : 20.0f;
  const float card_w = std::min(layout.width - (layout.phone ? 0.0f : 2 * layout.margin), r.presenter ? 1500.0f : 900.0f);
  const float inner = card_w - 2 * pad;
  ImFont* caption_font = r.presenter ? f.subheading : f.body;
  const std::string kicker = UpperCase(w("tour.step", {{"n", std::to_string(n)}, {"total", std::to_string(total)}}));
  const std::string question = step.question.empty() ? "" : w("tour.question", {{"question", step.question}});
  const float button_h = ButtonHeight(r, layout);
  ImGui::PushFont(f.small_bold);
  const float kicker_h = ImGui::GetTextLineHeight();
  ImGui::PopFont();
  const float h = pad + kicker_h + 6 + WrappedHeight(caption_font, step.caption, inner) +
                  (question.empty() ? 0 : 6 + WrappedHeight(f.italic, question, inner)) + 12 + button_h + pad;

  ImGui::SetNextWindowPos(ImVec2((layout.width - card_w) * 0.5f, layout.height - h - (layout.phone ? 0 : 12)));
  ImGui::SetNextWindowSize(ImVec2(card_w, h));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, p.page);
  ImGui::Begin("##tour", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                      ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoFocusOnAppearing);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 a = ImGui::GetWindowPos(), b(a.x + card_w, a.y + h);
  dl->AddRect(a, b, p.rule, layout.phone ? 0.0f : 8.0f, 0, 1.5f);
  dl->AddRectFilled(a, ImVec2(b.x, a.y + 5), p.accent, layout.phone ? 0.0f : 8.0f, ImDrawFlags_RoundCornersTop);
  ImGui::SetCursorScreenPos(ImVec2(a.x + pad, a.y + pad));
  ImGui::BeginGroup();  // new lines start at the card's inner edge, not the window's
  Kicker(f, kicker.c_str(), p.accent);
  Paragraph(caption_font, step.caption, inner, p.ink);
  if (!question.empty()) Paragraph(f.italic, question, inner, p.ink_secondary);
  ImGui::EndGroup();
  ImGui::SetCursorScreenPos(ImVec2(a.x + pad, b.y - pad - button_h));
  int go = -2;  // -2: stay; -1: close; else the step to show
  if (n > 1) {
    if (CardButton(f, "##tour-back", w("tour.back"), false, button_h, io, "tour.back")) go = r.tour_step - 1;
    ImGui::SameLine(0, 10);
  }
  const bool last = n == total;
  if (CardButton(f, "##tour-next", w(last ? "tour.done" : "tour.next"), true, button_h, io, "tour.next"))
    go = last ? -1 : r.tour_step + 1;
  const std::string close = w("tour.close");
  const float close_w = std::max(button_h * 1.6f, TextWidth(f.bold, close) + 32.0f);
  ImGui::SameLine(0, 0);
  ImGui::SetCursorScreenPos(ImVec2(b.x - pad - close_w, b.y - pad - button_h));
  if (CardButton(f, "##tour-close", close, false, button_h, io, "tour.close")) go = -1;
  ImGui::End();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
  io.tour_card_height = h + (layout.phone ? 0 : 12);
  if (go != -2) ShowTourStep(story, ui, go);
}

void ScrollToTourTarget(const Story& story, UiState& ui, const LayoutProbe& probe, const Layout& layout) {
  FrameIO& io = ui.io;
  if (io.scroll_to_selection <= 0) return;
  if (ui.reader.tour_step >= 0 && io.tour_card_height <= 0) {  // the card is measured after the content
    io.want_another_frame = true;
    return;
  }
  --io.scroll_to_selection;
  const Selection& sel = ui.reader.selection;
  if (!IsValid(story, sel)) {
    io.scroll_to_selection = 0;
    return;
  }
  const float visible = layout.height - io.tour_card_height;
  const auto bring_into_view = [&](const ProbeBox& box) {
    if (box.y0 >= 0 && box.y1 <= visible) {
      io.scroll_to_selection = 0;  // in view: done
      return;
    }
    ImGui::SetScrollY(ImGui::GetScrollY() + box.y0 - visible * 0.2f);
    io.want_another_frame = true;  // look again once the scroll has landed
  };
  for (const ProbeItem& item : probe.items) {
    if (item.target != sel || item.what == "chip") continue;  // chips are the detail's cross references
    bring_into_view(item.box);
    return;
  }
  if (io.target_box_valid) bring_into_view(io.target_box);  // a virtual list's row, off screen
}

}  // namespace mm::ui
