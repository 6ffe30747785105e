// page.cpp — the page: header, then matrix and detail side by side with the timeline below
// (desktop), or one column with tabs (phone). One full-window root that scrolls.
#include <algorithm>

#include "core/wording.h"
#include "ui/blocks.h"
#include "ui/focus.h"
#include "ui/panels.h"
#include "ui/probe.h"
#include "ui/text.h"
#include "ui/theme.h"
#include "ui/tour_card.h"

namespace mm::ui {
namespace {

// “Title”, Author · Opinion piece · November 2025; … — one entry per source. (Middle dots, not
// parentheses: a publisher's own name may carry a parenthesis.)
std::string SourceSummary(const Story& story, const Words& w) {
  std::string out;
  for (const Source& s : story.sources) {
    if (!out.empty()) out += "; ";
    out += w("punct.quote_open") + s.title + w("punct.quote_close");
    const std::string& by = !s.author.empty() ? s.author : s.publisher;
    if (!by.empty()) out += ", " + by;
    std::string when;
    Date date;
    if (!s.date.empty() && ParseIsoDate(s.date, &date) == DateCheck::Ok) when = " \xC2\xB7 " + w.DateText(date);
    out += " \xC2\xB7 " + w.SourceKindLabel(s.kind) + when;
  }
  return out;
}

void SectionTitle(const Fonts& f, const std::string& kicker, const std::string& title, float width) {
  Kicker(f, UpperCase(kicker).c_str(), Colors().accent);
  Paragraph(f.subheading, title, width, Colors().ink);
  Gap(4);
}

bool TabButton(const Fonts& f, const char* label, bool active, float w, float h, const NavState& nav, FrameIO& io,
               int index) {
  const Palette& p = Colors();
  const ImVec2 a = ImGui::GetCursorScreenPos(), b(a.x + w, a.y + h);
  ImGui::InvisibleButton(label, ImVec2(w, h));
  ProbeLastItem(io, "tab", label);
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(a, b, active ? p.page : (hovered ? p.card_hover : p.card));
  if (active) dl->AddRectFilled(ImVec2(a.x, b.y - 3), b, p.accent);
  if (IsFocused(nav, NavPanel::Tabs, index)) FocusRing(io, ImVec2(a.x + 4, a.y + 4), ImVec2(b.x - 4, b.y - 4));
  ImGui::PushFont(active ? f.small_bold : f.small);
  const ImVec2 ts = ImGui::CalcTextSize(label);
  dl->AddText(ImVec2(a.x + (w - ts.x) * 0.5f, a.y + (h - ts.y) * 0.5f), active ? p.ink : p.ink_secondary, label);
  ImGui::PopFont();
  return ItemActivated(io);
}

void DrawDesktop(const Story& story, UiState& ui, const Fonts& f, const Layout& layout, float width) {
  ReaderState& reader = ui.reader;
  FrameIO& io = ui.io;
  const bool show_matrix = reader.view != View::Timeline, show_timeline = reader.view != View::Matrix;
  if (show_matrix) {
    // The detail column gives way (down to 260 px) before the matrix has to scroll sideways.
    const float gap = 28.0f;
    const float detail_w = std::clamp(std::min(width * 0.30f, width - gap - MatrixMinWidth(story, ui.cache, f, layout, ui.reader.classroom.mode == ClassroomMode::Predict)),
                                      260.0f, 420.0f);
    const float matrix_w = width - detail_w - gap;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const Words w(story);
    SectionTitle(f, w("section.matrix.kicker"), w("section.matrix.title"), matrix_w);
    DrawMatrix(story, reader, io, ui.cache, f, layout, matrix_w);
    Gap(6);
    DrawLegend(story, f, matrix_w, reader.lens);
    Gap(4);
    if (!Predicting(reader.classroom)) DrawLensControl(story, reader, io, f, layout, matrix_w);  // it would tell which cells are argued
    const float left_bottom = ImGui::GetCursorScreenPos().y;

    // Detail: its own scrolling column, as tall as the matrix column (at least 360 px).
    ImGui::SetCursorScreenPos(ImVec2(top.x + matrix_w + gap, top.y));
    // At least a readable column of quotes, even beside a small matrix.
    const float detail_h = std::max(460.0f, left_bottom - top.y);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, Colors().card);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(18, 16));
    ImGui::BeginChild("##detail", ImVec2(detail_w, detail_h), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    if (io.scroll_detail_to_top) { ImGui::SetScrollY(0); io.scroll_detail_to_top = false; }
    DrawDetail(story, reader, io, ui.cache, f, layout, detail_w - 36 - ImGui::GetStyle().ScrollbarSize);
    TouchScroll(io);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::SetCursorScreenPos(ImVec2(top.x, std::max(left_bottom, top.y + detail_h)));
    Gap(28);
  }
  if (show_timeline) {
    const Words w(story);
    SectionTitle(f, w("section.timing.kicker"), w("section.timing.title"), width);
    DrawTimelineAxis(story, reader, io, ui.cache, f, layout, width);
    Gap(16);
    DrawGoalsAndReactions(story, reader, io, ui.cache, f, layout, width);
    if (!show_matrix && reader.selection.kind != SelectionKind::None) {  // timeline-only view still explains
      Gap(20);
      DrawDetail(story, reader, io, ui.cache, f, layout, std::min(width, 680.0f));
    }
  }
}

void DrawPhone(const Story& story, UiState& ui, const Fonts& f, const Layout& layout, float width, float margin) {
  ReaderState& reader = ui.reader;
  FrameIO& io = ui.io;
  // Tabs run edge to edge; content keeps the page margin.
  const bool tabs = reader.view == View::Both;
  if (tabs) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(p.x - margin, p.y));
    const float tw = (width + 2 * margin) / 3.0f, th = layout.touch_target + 4;
    const Words w(story);
    struct { std::string label; PhoneTab tab; } const items[] = {
        {w("tab.matrix"), PhoneTab::Matrix}, {w("tab.timing"), PhoneTab::Timeline}, {w("tab.about"), PhoneTab::About}};
    for (int i = 0; i < 3; ++i) {
      if (i) ImGui::SameLine(0, 0);
      if (TabButton(f, items[i].label.c_str(), reader.phone_tab == items[i].tab, tw, th, reader.nav, io, i))
        reader.phone_tab = items[i].tab;
    }
    ImGui::SetCursorScreenPos(ImVec2(p.x, ImGui::GetCursorScreenPos().y));
    Gap(12);
  }
  const PhoneTab tab = reader.view == View::Matrix     ? PhoneTab::Matrix
                       : reader.view == View::Timeline ? PhoneTab::Timeline
                                                       : reader.phone_tab;
  switch (tab) {
    case PhoneTab::Matrix:
      DrawMatrix(story, reader, io, ui.cache, f, layout, width);
      Gap(6);
      DrawLegend(story, f, width, reader.lens);
      Gap(4);
      if (!Predicting(reader.classroom)) DrawLensControl(story, reader, io, f, layout, width);
      Gap(12);
      break;
    case PhoneTab::Timeline:
      DrawTimelineList(story, reader, io, ui.cache, f, layout, width);
      Gap(16);
      DrawGoalsAndReactions(story, reader, io, ui.cache, f, layout, width);
      Gap(12);
      break;
    case PhoneTab::About: {
      NoteList(f, story, ui.cache.lists, story.notes, width);
      const Words w(story);
      Kicker(f, UpperCase(w(story.sources.size() == 1 ? "about.source" : "about.sources")).c_str(), Colors().ink_secondary);
      Paragraph(f.body, SourceSummary(story, w), width, Colors().ink);
      Gap(12);
      DrawLegend(story, f, width, reader.lens);
      break;
    }
  }
  if (tab != PhoneTab::About) {
    // The detail follows what was tapped, in a card below.
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(a.x + 14, a.y + 14));
    ImGui::BeginGroup();
    DrawDetail(story, reader, io, ui.cache, f, layout, width - 28);
    ImGui::EndGroup();
    const float h = ImGui::GetItemRectSize().y + 28;
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(a, ImVec2(a.x + width, a.y + h), Colors().card, 6.0f);
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(a);
    ImGui::Dummy(ImVec2(width, h));
  }
}

}  // namespace

void DrawHeader(const Story& story, const Fonts& f, const Layout& layout, float width) {
  const Palette& p = Colors();
  const Words words(story);
  Kicker(f, UpperCase(words("header.kicker")).c_str(), p.act);
  Paragraph(f.heading, story.title, std::min(width, 860.0f), p.ink);
  Gap(2);
  Paragraph(f.body, story.dek, std::min(width, 760.0f), p.ink_secondary);
  Gap(6);
  // The framing note: what this is and is not.
  const float pad = 12.0f, w = std::min(width, 860.0f);
  const std::string src =
      words(story.sources.size() == 1 ? "header.source" : "header.sources", {{"list", SourceSummary(story, words)}});
  const ImVec2 a = ImGui::GetCursorScreenPos();
  const float h = WrappedHeight(f.body, story.framing, w - 2 * pad - 4) + 4 + WrappedHeight(f.small, src, w - 2 * pad - 4) + 2 * pad;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(a, ImVec2(a.x + w, a.y + h), p.accent_soft, 4.0f);
  dl->AddRectFilled(a, ImVec2(a.x + 4, a.y + h), p.accent);
  ImGui::SetCursorScreenPos(ImVec2(a.x + pad + 4, a.y + pad));
  Paragraph(f.body, story.framing, w - 2 * pad - 4, p.ink);
  ImGui::SetCursorScreenPos(ImVec2(a.x + pad + 4, ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y + 4));
  Paragraph(f.small, src, w - 2 * pad - 4, p.ink_secondary);
  ImGui::SetCursorScreenPos(ImVec2(a.x, a.y + h));
  Gap(layout.phone ? 10 : 18);
}

namespace {

// The panels keyboard users can Tab through, in on-screen order.
NavContext MakeNavContext(const ReaderState& reader, const Layout& layout) {
  NavContext ctx;
  ctx.transposed = layout.phone;
  ctx.neutral_order = reader.classroom.mode == ClassroomMode::Predict;
  const bool matrix = reader.view != View::Timeline, timeline = reader.view != View::Matrix;
  const bool lens = !Predicting(reader.classroom);  // DrawDesktop / DrawPhone leave it out then
  if (layout.phone && reader.view == View::Both) {
    ctx.panels.push_back(NavPanel::Tabs);
    ctx.tab_count = 3;
    if (reader.phone_tab == PhoneTab::Matrix) ctx.panels.push_back(NavPanel::Matrix);
    if (reader.phone_tab == PhoneTab::Matrix && lens) ctx.panels.push_back(NavPanel::Lens);
    ctx.lens_count = reader.phone_tab == PhoneTab::Matrix && lens ? 4 : 0;
    if (reader.phone_tab == PhoneTab::Timeline) ctx.panels.insert(ctx.panels.end(), {NavPanel::Timeline, NavPanel::Goals, NavPanel::Reactions});
    return ctx;
  }
  if (matrix) ctx.panels.push_back(NavPanel::Matrix);
  if (matrix && lens) ctx.panels.push_back(NavPanel::Lens);
  ctx.lens_count = matrix && lens ? 4 : 0;  // the lens control sits under the matrix
  if (timeline) ctx.panels.insert(ctx.panels.end(), {NavPanel::Timeline, NavPanel::Goals, NavPanel::Reactions});
  return ctx;
}

}  // namespace

void DrawApp(const Story& story, UiState& ui, const Fonts& f, const Layout& layout) {
  FrameIO& io = ui.io;
  io.hover = Selection{};
  io.nav_context = MakeNavContext(ui.reader, layout);
  io.focus_box_valid = false;
  io.target_box_valid = false;
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left) && !ImGui::IsMouseReleased(ImGuiMouseButton_Left))
    io.pointer_dragged = false;

  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(layout.width, layout.height));
  ImGui::Begin("##explainer", nullptr,
               (ImGuiWindowFlags_NoDecoration & ~ImGuiWindowFlags_NoScrollbar) | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
  const float scrollbar = ImGui::GetScrollMaxY() > 0 ? ImGui::GetStyle().ScrollbarSize : 0.0f;
  const float margin = layout.margin;
  // A projector's text is 1.75× larger: the page may use the whole of a 1920 px screen.
  const float width = std::min(layout.width - 2 * margin - scrollbar, ui.reader.presenter ? 1920.0f : 1400.0f);
  const float x0 = std::max(margin, (layout.width - scrollbar - width) * 0.5f);
  // A tour step finds its target among the boxes this frame lays out (the probe's, when a test has
  // not already asked for them).
  LayoutProbe seek;
  LayoutProbe* const test_probe = io.probe;
  if (io.scroll_to_selection > 0 && !io.probe) io.probe = &seek;
  ImGui::SetCursorPos(ImVec2(x0, margin));
  ImGui::BeginGroup();
  DrawHeader(story, f, layout, width);
  DrawTourEntry(story, ui, f, layout);
  if (layout.phone) DrawPhone(story, ui, f, layout, width, x0);
  else DrawDesktop(story, ui, f, layout, width);
  Gap(margin + io.tour_card_height);  // the end of the content can scroll clear of the tour's card
  ImGui::EndGroup();
  ScrollToTourTarget(story, ui, test_probe ? *test_probe : seek, layout);
  io.probe = test_probe;
  io.content_height = ImGui::GetCursorPosY();  // window-local, scroll included: the full content
  TouchScroll(io);
  if (io.scroll_to_focus && io.focus_box_valid) {
    // Keep the focused item in view, with some context above it.
    const float top = io.focus_box.y0, bottom = io.focus_box.y1;
    if (top < 0 || bottom > layout.height) ImGui::SetScrollY(ImGui::GetScrollY() + top - layout.height * 0.25f);
    io.scroll_to_focus = false;
  }
  ImGui::End();
  DrawTourCard(story, ui, f, layout);
}

}  // namespace mm::ui
