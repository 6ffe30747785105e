// timeline_panel.cpp — "Why now": the call, the leak, and the moments the article says the leak
// landed on, linked to the motives they would serve.
//
// Desktop: a horizontal axis whose focus window (the week of the leak) is zoomed, with labels
// packed into lanes by the core's LayoutLabels so they never overlap. Events the article dates
// only as "around the leak" are spread evenly across an uncertainty bracket rather than piled
// on one day: their order is the article's, their exact dates are unknown.
// Phone: a dated vertical list, which reads better than any axis at 390 px.
#include <algorithm>
#include <cmath>

#include "core/timeline.h"
#include "ui/panels.h"
#include "ui/text_layout.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mm::ui {
namespace {

uint32_t EventColor(EventKind k) {
  const Palette& p = Colors();
  switch (k) {
    case EventKind::Call: return p.call;
    case EventKind::Leak: return p.leak;
    case EventKind::Reaction: return p.attributed;
    case EventKind::Context: return p.ink_secondary;
  }
  return p.ink;
}

bool Lit(const std::vector<bool>& v, int i) { return i >= 0 && i < (int)v.size() && v[i]; }

void DrawEventMarker(ImDrawList* dl, ImVec2 c, const Event& ev, bool emphasised) {
  const uint32_t col = EventColor(ev.kind);
  const float r = ev.kind == EventKind::Leak || ev.kind == EventKind::Call ? 7.0f : 5.0f;
  if (ev.date.precision == DatePrecision::Day) {
    dl->AddCircleFilled(c, r, col, 20);
  } else {  // uncertain date: hollow
    dl->AddCircleFilled(c, r, Colors().page, 20);
    dl->AddCircle(c, r, col, 20, 2.0f);
  }
  if (emphasised) dl->AddCircle(c, r + 4, Colors().highlight_rule, 20, 2.0f);
}

// Events the article dates only as "around" one day, grouped by that day (file order kept;
// exact-date events such as the leak itself may sit between them in the list).
std::vector<std::vector<int>> ApproximateClusters(const Story& story) {
  std::vector<std::vector<int>> clusters;
  std::vector<int64_t> days;
  for (int i = 0; i < (int)story.events.size(); ++i) {
    const Date& d = story.events[i].date;
    if (d.precision != DatePrecision::Approximate) continue;
    size_t c = 0;
    while (c < days.size() && days[c] != d.DayNumber()) ++c;
    if (c == days.size()) { days.push_back(d.DayNumber()); clusters.emplace_back(); }
    clusters[c].push_back(i);
  }
  return clusters;
}

// Day position of each event on the axis: exact dates at mid-day; a cluster of approximate
// events is spread evenly over at most ±3 days around its day, in file order.
std::vector<double> AnchorDays(const Story& story, const std::vector<std::vector<int>>& clusters) {
  std::vector<double> days(story.events.size());
  for (size_t i = 0; i < story.events.size(); ++i) days[i] = story.events[i].date.DayNumber() + 0.5;
  for (const std::vector<int>& c : clusters) {
    const size_t n = c.size();
    const double step = n > 1 ? std::min(1.4, 6.0 / (n - 1)) : 0.0;
    for (size_t k = 0; k < n; ++k) days[c[k]] += (k - (n - 1) * 0.5) * step;
  }
  return days;
}

void DrawAxisTimeline(const Story& story, ViewState& state, const Fonts& f, const Layout& layout, float width) {
  const Palette& p = Colors();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float side = 16.0f;
  const TimelineScale scale = MakeTimelineScale(story, origin.x + side, origin.x + width - side);
  const std::vector<std::vector<int>> approx = ApproximateClusters(story);
  const std::vector<double> anchor_days = AnchorDays(story, approx);

  // Label sizes and lanes.
  const float card_max = 200.0f, card_pad = 7.0f, bar = 3.0f;
  std::vector<LabelRequest> req(story.events.size());
  std::vector<float> card_h(story.events.size());
  for (size_t i = 0; i < story.events.size(); ++i) {
    const std::string& t = story.events[i].title;
    const float tw = std::min(card_max, TextWidth(f.small_bold, t) + 1);
    req[i].anchor = scale.X(anchor_days[i]);
    req[i].width = tw + 2 * card_pad + bar;
    card_h[i] = WrappedHeight(f.small_bold, t, tw) + WrappedHeight(f.small, "Ag", 400) + 2 * card_pad + 2;
  }
  LabelLayoutDesc ld;
  ld.x_min = origin.x;
  ld.x_max = origin.x + width;
  ld.gap = 8;
  ld.max_shift = 150;
  const std::vector<LabelPlacement> place = LayoutLabels(req, ld);
  int lanes = 0;
  for (const LabelPlacement& pl : place) lanes = std::max(lanes, pl.lane + 1);
  std::vector<float> lane_h(lanes, 0.0f);
  for (size_t i = 0; i < place.size(); ++i) lane_h[place[i].lane] = std::max(lane_h[place[i].lane], card_h[i]);
  const float lane_gap = 10.0f, leader_min = 14.0f;
  float labels_h = 0;
  for (float h : lane_h) labels_h += h + lane_gap;
  const float axis_y = origin.y + labels_h + leader_min;

  // Focus band.
  if (scale.focus1 > scale.focus0) {
    const float fx0 = scale.X((double)scale.focus0), fx1 = scale.X((double)scale.focus1);
    dl->AddRectFilled(ImVec2(fx0, origin.y), ImVec2(fx1, axis_y + 66), (p.accent_soft & 0x00FFFFFF) | 0x66000000, 6.0f);
    ImGui::PushFont(f.small);
    const char* focus_label = "Week of the leak (zoomed in)";
    dl->AddText(ImVec2(fx1 - ImGui::CalcTextSize(focus_label).x - 8, axis_y + 46), p.accent, focus_label);
    ImGui::PopFont();
  }

  // Axis and ticks.
  dl->AddLine(ImVec2(scale.x0, axis_y), ImVec2(scale.x1, axis_y), p.ink_secondary, 1.5f);
  ImGui::PushFont(f.small);
  for (const Tick& t : MakeTicks(scale, 46.0f)) {
    if (!t.major && !scale.InFocus((double)t.day)) continue;  // outside the focus week: months only
    dl->AddLine(ImVec2(t.x, axis_y), ImVec2(t.x, axis_y + (t.major ? 7 : 4)), p.ink_secondary, 1.0f);
    const float tw = ImGui::CalcTextSize(t.label.c_str()).x;
    const float tx = std::clamp(t.x - tw * 0.5f, origin.x, origin.x + width - tw);
    dl->AddText(ImVec2(tx, axis_y + 8), t.major ? p.ink : p.ink_secondary, t.label.c_str());
  }
  ImGui::PopFont();

  // Events the article dates only as "around" a day form a cluster: one uncertainty bar above
  // the axis instead of per-event markers, so no reader takes the spread for real dates.
  std::vector<int> cluster_of(story.events.size(), -1);
  struct Cluster { float x0, x1; };
  std::vector<Cluster> clusters;
  for (const std::vector<int>& c : approx) {
    if (c.size() < 2) continue;
    Cluster box{1e9f, -1e9f};
    for (int e : c) {
      box.x0 = std::min(box.x0, req[e].anchor - 10);
      box.x1 = std::max(box.x1, req[e].anchor + 10);
      cluster_of[e] = (int)clusters.size();
    }
    clusters.push_back(box);
  }
  const float bar_y = axis_y - 9;  // top of the uncertainty bar
  for (const Cluster& c : clusters)
    dl->AddRectFilled(ImVec2(c.x0, bar_y), ImVec2(c.x1, axis_y - 3), (p.ink_muted & 0x00FFFFFF) | 0x59000000, 3.0f);
  if (!clusters.empty()) {  // one key for all bars
    ImGui::PushFont(f.small);
    const char* label = "Grey bar, c.: around that date; the article gives no exact dates";
    const float lw = ImGui::CalcTextSize(label).x;
    dl->AddText(ImVec2(std::clamp(clusters[0].x0, origin.x, origin.x + width - lw), axis_y + 26), p.ink_secondary, label);
    ImGui::PopFont();
  }

  // Leaders first, then cards on top, then markers on the axis.
  Selection hover{};
  std::vector<float> lane_base(lanes, 0.0f);  // bottom y of each lane
  float yb = axis_y - leader_min;
  for (int l = 0; l < lanes; ++l) { lane_base[l] = yb; yb -= lane_h[l] + lane_gap; }
  auto card_box = [&](size_t i) {
    const float bottom = lane_base[place[i].lane];
    return std::make_pair(ImVec2(place[i].x, bottom - card_h[i]), ImVec2(place[i].x + req[i].width, bottom));
  };
  for (size_t i = 0; i < story.events.size(); ++i) {
    const auto [a, b] = card_box(i);
    const float ax = req[i].anchor, lx = std::clamp(ax, a.x + 4, b.x - 4);
    const bool lit = (state.highlight.any && Lit(state.highlight.events, (int)i)) || state.selection == Selection{SelectionKind::Event, (int)i, -1};
    const float end_y = cluster_of[i] >= 0 ? bar_y : axis_y;
    dl->AddLine(ImVec2(ax, end_y), ImVec2(lx, b.y), lit ? p.highlight_rule : p.rule, lit ? 2.0f : 1.0f);
  }
  for (size_t i = 0; i < story.events.size(); ++i) {
    const Event& ev = story.events[i];
    const Selection sel{SelectionKind::Event, (int)i, -1};
    const auto [a, b] = card_box(i);
    const float w = req[i].width, h = card_h[i];
    const bool lit = state.highlight.any && Lit(state.highlight.events, (int)i);
    const bool selected = state.selection == sel;
    ImGui::SetCursorScreenPos(a);
    ImGui::PushID((int)i);
    ImGui::InvisibleButton("##ev", ImVec2(w, std::max(h, layout.touch_target)));
    const bool hovered = ImGui::IsItemHovered();
    if (state.probe) {
      const ImVec2 ts = MeasureText(f.small_bold, ev.title, w - 2 * card_pad - bar);
      const ImVec2 tp(a.x + bar + card_pad, a.y + card_pad);
      Probe(state, "timeline.card", ev.title, Box(a, b), ProbeBox{tp.x, tp.y, tp.x + ts.x, b.y - card_pad + 1},
            Box(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), sel);
    }
    if (hovered) hover = sel;
    if (ItemActivated(state)) SetSelection(story, state, sel);
    if (hovered) {
      ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 10));
      ImGui::BeginTooltip();
      TextBlock(f.body, DescribeSelection(story, sel), 320.0f);
      ImGui::EndTooltip();
      ImGui::PopStyleVar();
    }
    ImGui::PopID();
    dl->AddRectFilled(a, b, lit ? p.highlight : (hovered ? p.card_hover : p.card), 4.0f);
    dl->AddRectFilled(a, ImVec2(a.x + bar, b.y), EventColor(ev.kind));
    if (selected) dl->AddRect(a, b, p.selection, 4.0f, 0, 2.5f);
    if (IsFocused(state, NavPanel::Timeline, (int)i)) FocusRing(state, a, b);
    ImGui::PushFont(f.small);
    const std::string date = FormatDate(ev.date);
    dl->AddText(ImVec2(a.x + bar + card_pad, a.y + card_pad - 1), p.ink_secondary, date.c_str());
    const float dh = ImGui::GetFontSize();
    ImGui::PopFont();
    DrawText(dl, f.small_bold, ImVec2(a.x + bar + card_pad, a.y + card_pad + dh + 1), p.ink, ev.title,
             w - 2 * card_pad - bar);
  }
  for (size_t i = 0; i < story.events.size(); ++i)
    if (cluster_of[i] < 0)
      DrawEventMarker(dl, ImVec2(req[i].anchor, axis_y), story.events[i],
                      state.highlight.any && Lit(state.highlight.events, (int)i));
  if (hover.kind != SelectionKind::None) { state.hover = hover; ImGui::SetMouseCursor(ImGuiMouseCursor_Hand); }

  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(width, axis_y - origin.y + 72));
}

void DrawListTimeline(const Story& story, ViewState& state, const Fonts& f, const Layout& layout, float width) {
  const Palette& p = Colors();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float date_w = 74.0f, rail_x = date_w + 10.0f, text_x = rail_x + 16.0f, pad = 8.0f;
  const float text_w = width - text_x - pad;
  int64_t cluster_day = -1;
  for (size_t i = 0; i < story.events.size(); ++i) {
    const Event& ev = story.events[i];
    const Selection sel{SelectionKind::Event, (int)i, -1};
    const bool approx = ev.date.precision == DatePrecision::Approximate;
    if (approx && ev.date.DayNumber() != cluster_day) {
      cluster_day = ev.date.DayNumber();
      Gap(4);
      const ImVec2 c = ImGui::GetCursorScreenPos();
      ImGui::SetCursorScreenPos(ImVec2(c.x + text_x, c.y));
      Paragraph(f.small_bold, FormatDate(ev.date) + ": dates not given by the article", text_w, p.ink_secondary);
    } else if (!approx) {
      cluster_day = -1;
    }
    const float title_h = WrappedHeight(f.bold, ev.title, text_w);
    const float detail_h = WrappedHeight(f.small, ev.detail, text_w);
    const float h = std::max(layout.touch_target, title_h + 4 + detail_h + 2 * pad);
    const ImVec2 a = ImGui::GetCursorScreenPos(), b(a.x + width, a.y + h);
    ImGui::PushID((int)i);
    ImGui::InvisibleButton("##ev", ImVec2(width, h));
    const bool hovered = ImGui::IsItemHovered();
    ProbeLastItem(state, "timeline.row", ev.title, sel);
    if (ItemActivated(state)) SetSelection(story, state, sel);
    ImGui::PopID();
    const bool lit = state.highlight.any && Lit(state.highlight.events, (int)i);
    if (lit) dl->AddRectFilled(a, b, p.highlight, 4.0f);
    else if (hovered) dl->AddRectFilled(a, b, p.card, 4.0f);
    if (state.selection == sel) dl->AddRect(a, b, p.selection, 4.0f, 0, 2.5f);
    if (IsFocused(state, NavPanel::Timeline, (int)i)) FocusRing(state, a, b);
    dl->AddLine(ImVec2(a.x + rail_x, a.y), ImVec2(a.x + rail_x, b.y), p.rule, 2.0f);
    DrawEventMarker(dl, ImVec2(a.x + rail_x, a.y + pad + 10), ev, false);
    DrawText(dl, f.small_bold, ImVec2(a.x + pad, a.y + pad + 1), approx ? p.ink_secondary : p.ink, FormatDate(ev.date),
             date_w - pad);
    DrawText(dl, f.bold, ImVec2(a.x + text_x, a.y + pad), p.ink, ev.title, text_w);
    DrawText(dl, f.small, ImVec2(a.x + text_x, a.y + pad + title_h + 4), p.ink_secondary, ev.detail, text_w);
  }
}

// A row of equal cards (desktop) or a stack (phone). `draw` renders card i's text in the box.
template <typename Fn>
void Cards(ViewState& state, const Story& story, const Layout& layout, float width, int n, SelectionKind kind,
           const std::vector<bool>* lit, Fn&& measure_and_draw) {
  if (n == 0) return;
  const Palette& p = Colors();
  const float gap = 12.0f, pad = 14.0f;
  const int per_row = layout.phone ? 1 : std::min(n, width > 1100 ? 4 : 3);
  const float card_w = (width - gap * (per_row - 1)) / per_row;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (int row0 = 0; row0 < n; row0 += per_row) {
    const int row1 = std::min(n, row0 + per_row);
    float h = 0;
    for (int i = row0; i < row1; ++i) h = std::max(h, measure_and_draw(i, ImVec2(0, 0), card_w - 2 * pad, false));
    h += 2 * pad;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    for (int i = row0; i < row1; ++i) {
      const ImVec2 a(start.x + (i - row0) * (card_w + gap), start.y), b(a.x + card_w, a.y + h);
      const Selection sel{kind, i, -1};
      ImGui::SetCursorScreenPos(a);
      ImGui::PushID(i);
      ImGui::InvisibleButton("##card", ImVec2(card_w, h));
      const bool hovered = ImGui::IsItemHovered();
      ProbeLastItem(state, "card", "", sel);
      if (ItemActivated(state)) SetSelection(story, state, sel);
      if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      ImGui::PopID();
      const bool is_lit = lit && state.highlight.any && Lit(*lit, i);
      dl->AddRectFilled(a, b, is_lit ? p.highlight : (hovered ? p.card_hover : p.card), 6.0f);
      if (state.selection == sel) dl->AddRect(a, b, p.selection, 6.0f, 0, 2.5f);
      if (IsFocused(state, kind == SelectionKind::Goal ? NavPanel::Goals : NavPanel::Reactions, i)) FocusRing(state, a, b);
      measure_and_draw(i, ImVec2(a.x + pad, a.y + pad), card_w - 2 * pad, true);
    }
    ImGui::SetCursorScreenPos(start);
    ImGui::Dummy(ImVec2(width, h));
  }
}

// Draws (or only measures) stacked text runs inside a card; returns the height.
struct Run {
  ImFont* font;
  std::string text;
  uint32_t color;
};
float Runs(const std::vector<Run>& runs, ImVec2 at, float w, bool draw) {
  float y = 0;
  for (const Run& r : runs) {
    if (r.text.empty()) continue;
    const float h = draw ? DrawText(ImGui::GetWindowDrawList(), r.font, ImVec2(at.x, at.y + y), r.color, r.text, w).y
                         : MeasureText(r.font, r.text, w).y;
    y += h + 6;
  }
  return y - 6;
}

}  // namespace

void DrawTimeline(const Story& story, ViewState& state, const Fonts& f, const Layout& layout, float width) {
  if (story.events.empty()) return;
  if (layout.phone) DrawListTimeline(story, state, f, layout, width);
  else DrawAxisTimeline(story, state, f, layout, width);
}

void DrawGoalsAndReactions(const Story& story, ViewState& state, const Fonts& f, const Layout& layout, float width) {
  const Palette& p = Colors();
  if (!story.goals.empty()) {
    Paragraph(f.subheading, "What the leak served, according to the article", width, p.ink);
    Gap(4);
    Cards(state, story, layout, width, (int)story.goals.size(), SelectionKind::Goal, &state.highlight.goals,
          [&](int i, ImVec2 at, float w, bool draw) {
            const Goal& g = story.goals[i];
            // The quote that explains the goal, not the one that merely repeats its title.
            std::string quote;
            for (const Evidence& e : g.evidence)
              if (quote.empty() && e.quote.find(g.title) == std::string::npos) quote = Quoted(e.quote);
            return Runs({{f.small_bold, "GOAL " + std::to_string(i + 1), p.ink_secondary}, {f.bold, g.title, p.ink},
                         {f.italic, quote, p.ink}},
                        at, w, draw);
          });
    Gap(16);
  }
  if (!story.reactions.empty()) {
    Paragraph(f.subheading, "How each side sees the leak, according to the article", width, p.ink);
    Gap(4);
    Cards(state, story, layout, width, (int)story.reactions.size(), SelectionKind::Reaction, nullptr,
          [&](int i, ImVec2 at, float w, bool draw) {
            const Reaction& r = story.reactions[i];
            const std::string quote = r.evidence.empty() ? "" : Quoted(r.evidence.front().quote);
            return Runs({{f.bold, r.party, p.ink}, {f.small, r.stance, p.ink_secondary}, {f.italic, quote, p.ink}}, at, w,
                        draw);
          });
  }
}

}  // namespace mm::ui
