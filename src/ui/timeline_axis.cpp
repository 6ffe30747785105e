// timeline_axis.cpp — "Why now" on desktop: the call, the act, and the moments the article says
// it landed on, on a time axis.
//
// The axis's focus window (the week of the act) is zoomed, with labels packed into lanes by the
// core's LayoutLabels so they never overlap. Events the article dates only as "around the act"
// are spread evenly across an uncertainty bracket rather than piled on one day (core's
// AnchorDays): their order is the article's, their exact dates are unknown. The lanes are capped;
// a card that finds no room is collapsed into a "+N" marker over its stretch of the axis (a tick
// marks it on the axis), whose click lists those events. A collapsed event that the keyboard
// focus or the selection reaches gets a card in a lane of its own, above the others.
// The layout is measured once per story, fonts and width; only what is on screen is drawn.
#include <algorithm>
#include <cfloat>
#include <cmath>

#include <imgui_internal.h>  // RenderTextEllipsis

#include "core/timeline.h"
#include "core/wording.h"
#include "ui/event_marks.h"
#include "ui/focus.h"
#include "ui/layout_cache.h"
#include "ui/panels.h"
#include "ui/probe.h"
#include "ui/text.h"
#include "ui/theme.h"

namespace mm::ui {
namespace {

constexpr int kMaxLanes = 8;  // the bundled story needs 7 at 900 px; more stop reading as one timeline
constexpr float kCardMax = 200.0f, kCardPad = 7.0f, kCardBar = 3.0f;
constexpr float kLaneGap = 10.0f, kLeaderMin = 14.0f, kSide = 16.0f;

// The axis view at one width, in coordinates relative to the panel's top left. Everything here
// depends only on the story, the fonts and the width; what depends on the reader's selection is
// decided per frame.
struct AxisLayout {
  TimelineScale scale;
  std::vector<LabelRequest> req;      // per event: marker x and card width
  std::vector<float> card_h;
  std::vector<LabelPlacement> place;  // lanes; collapsed events are counted in `more`
  std::vector<int> shown;             // the events with a card
  std::vector<int> cluster_of;        // index into `bars` of an event dated "around" a day, or -1
  std::vector<Span> bars;             // one uncertainty bar per cluster of such events
  std::vector<float> lane_base;       // bottom of each lane
  std::vector<OverflowMarker> more;   // "+N" for the events without a card
  std::vector<Span> collapsed_ticks;  // their marks on the axis, merged where they touch
  float spotlight_base = 0;           // bottom of the lane for one collapsed event (with `more`)
  float more_y = 0;                   // top of the "+N" strip
  float axis_y = 0, height = 0;
  std::vector<Tick> ticks;
};

}  // namespace

struct TimelineAxisCache {
  Memo<std::tuple<MeasureKey, float, float>, AxisLayout> axis;  // + width, touch target
};

namespace {

// The narrowest "+N" marker: wide enough for any count the loader allows, and to tap.
float MoreMarkerWidth(const Fonts& f, const Layout& layout) {
  return std::max(layout.touch_target, TextWidth(f.small_bold, "+0000") + 16.0f) + 4.0f;
}

void PlaceCards(const Story& story, const Fonts& f, float width, AxisLayout& L) {
  const std::vector<std::vector<int>> approx = ApproximateClusters(story);
  const std::vector<double> anchor_days = AnchorDays(story, approx);
  const size_t n = story.events.size();
  L.req.resize(n);
  L.card_h.resize(n);
  const float date_h = WrappedHeight(f.small, "Ag", 400);  // the card's first line
  for (size_t i = 0; i < n; ++i) {
    const std::string& t = story.events[i].title;
    const float tw = std::min(kCardMax, TextWidth(f.small_bold, t) + 1);
    L.req[i].anchor = L.scale.X(anchor_days[i]);
    L.req[i].width = tw + 2 * kCardPad + kCardBar;
    L.card_h[i] = WrappedHeight(f.small_bold, t, tw) + date_h + 2 * kCardPad + 2;
  }
  LabelLayoutDesc ld;
  ld.x_min = 0;
  ld.x_max = width;
  ld.gap = 8;
  ld.max_shift = 150;
  ld.max_lanes = kMaxLanes;
  ld.collapse_overflow = true;  // never overlapping text: what does not fit goes into "+N"
  L.place = LayoutLabels(L.req, ld);
  for (size_t i = 0; i < n; ++i)
    if (!L.place[i].collapsed) L.shown.push_back((int)i);
  // Events the article dates only as "around" a day form a cluster: one uncertainty bar.
  L.cluster_of.assign(n, -1);
  for (const std::vector<int>& c : approx) {
    if (c.size() < 2) continue;
    Span box{1e9f, -1e9f};
    for (int e : c) {
      box.x0 = std::min(box.x0, L.req[e].anchor - 10);
      box.x1 = std::max(box.x1, L.req[e].anchor + 10);
      L.cluster_of[e] = (int)L.bars.size();
    }
    L.bars.push_back(box);
  }
}

// Lanes bottom up from the axis; above them the lane for a collapsed event brought forward, and
// between the lanes and the axis the strip of "+N" markers (both only when something collapsed).
void StackLanes(const Layout& layout, AxisLayout& L) {
  std::vector<float> lane_h(LanesUsed(L.place), 0.0f);
  float spotlight_h = 0;
  for (size_t i = 0; i < L.place.size(); ++i) {
    if (L.place[i].collapsed) spotlight_h = std::max(spotlight_h, L.card_h[i]);
    else lane_h[L.place[i].lane] = std::max(lane_h[L.place[i].lane], L.card_h[i]);
  }
  float labels_h = 0;
  for (float h : lane_h) labels_h += h + kLaneGap;
  const bool overflow = !L.more.empty();
  const float strip_h = overflow ? layout.touch_target + 6 : 0.0f;
  L.spotlight_base = spotlight_h;
  L.axis_y = (overflow ? spotlight_h + kLaneGap : 0.0f) + labels_h + strip_h + kLeaderMin;
  L.more_y = L.axis_y - kLeaderMin - strip_h + 3;
  float yb = L.axis_y - kLeaderMin - strip_h;
  for (float h : lane_h) {
    L.lane_base.push_back(yb);
    yb -= h + kLaneGap;
  }
  L.height = L.axis_y + 72;
}

AxisLayout MakeAxisLayout(const Story& story, const Fonts& f, const Layout& layout, float width) {
  AxisLayout L;
  L.scale = MakeTimelineScale(story, kSide, width - kSide);
  PlaceCards(story, f, width, L);
  L.more = OverflowMarkers(L.req, L.place, 0, width, MoreMarkerWidth(f, layout));
  std::vector<float> xs;
  for (size_t i = 0; i < L.place.size(); ++i)
    if (L.place[i].collapsed && L.cluster_of[i] < 0) xs.push_back(L.req[i].anchor);
  L.collapsed_ticks = MergedTicks(std::move(xs));
  StackLanes(layout, L);
  L.ticks = MakeTicks(L.scale, 46.0f);
  return L;
}

// A collapsed event the keyboard focus or the selection is on gets a card of its own in the top
// lane: whatever the reader reaches is shown. -1 if none.
int Spotlight(const AxisLayout& L, const ReaderState& reader) {
  if (L.more.empty()) return -1;
  const auto collapsed = [&](int i) { return i >= 0 && i < (int)L.place.size() && L.place[i].collapsed; };
  if (reader.nav.ring && reader.nav.panel == NavPanel::Timeline && collapsed(reader.nav.index)) return reader.nav.index;
  if (reader.selection.kind == SelectionKind::Event && collapsed(reader.selection.a)) return reader.selection.a;
  return -1;
}

struct CardRect {
  ImVec2 a, b;
};
CardRect CardBox(const AxisLayout& L, ImVec2 o, int i) {
  const float bottom = o.y + (L.place[i].collapsed ? L.spotlight_base : L.lane_base[L.place[i].lane]);
  const ImVec2 a(o.x + L.place[i].x, bottom - L.card_h[i]);
  return {a, ImVec2(a.x + L.req[i].width, bottom)};
}


void DrawFocusBand(const AxisLayout& L, ImVec2 o, const Fonts& f, const Words& w) {
  const TimelineScale& scale = L.scale;
  if (scale.focus1 <= scale.focus0) return;
  const Palette& p = Colors();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float fx0 = o.x + scale.X((double)scale.focus0), fx1 = o.x + scale.X((double)scale.focus1);
  const float axis_y = o.y + L.axis_y;
  dl->AddRectFilled(ImVec2(fx0, o.y), ImVec2(fx1, axis_y + 66), (p.accent_soft & 0x00FFFFFF) | 0x66000000, 6.0f);
  ImGui::PushFont(f.small);
  const std::string focus_label = w("timeline.focus");
  dl->AddText(ImVec2(fx1 - ImGui::CalcTextSize(focus_label.c_str()).x - 8, axis_y + 46), p.accent, focus_label.c_str());
  ImGui::PopFont();
}

void DrawAxisAndTicks(const AxisLayout& L, ImVec2 o, const Fonts& f, float width) {
  const Palette& p = Colors();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float axis_y = o.y + L.axis_y;
  dl->AddLine(ImVec2(o.x + L.scale.x0, axis_y), ImVec2(o.x + L.scale.x1, axis_y), p.ink_secondary, 1.5f);
  ImGui::PushFont(f.small);
  for (const Tick& t : L.ticks) {
    if (!t.major && !L.scale.InFocus((double)t.day)) continue;  // outside the focus week: months only
    const float x = o.x + t.x;
    dl->AddLine(ImVec2(x, axis_y), ImVec2(x, axis_y + (t.major ? 7 : 4)), p.ink_secondary, 1.0f);
    const float tw = ImGui::CalcTextSize(t.label.c_str()).x;
    const float tx = std::clamp(x - tw * 0.5f, o.x, o.x + width - tw);
    dl->AddText(ImVec2(tx, axis_y + 8), t.major ? p.ink : p.ink_secondary, t.label.c_str());
  }
  ImGui::PopFont();
}

// One uncertainty bar per cluster above the axis instead of per-event markers, so that no
// reader takes the spread for real dates.
void DrawClusterBars(const AxisLayout& L, ImVec2 o, const Fonts& f, float width, const Words& w) {
  if (L.bars.empty()) return;
  const Palette& p = Colors();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float axis_y = o.y + L.axis_y, bar_y = axis_y - 9;
  for (const Span& c : L.bars)
    dl->AddRectFilled(ImVec2(o.x + c.x0, bar_y), ImVec2(o.x + c.x1, axis_y - 3), (p.ink_muted & 0x00FFFFFF) | 0x59000000, 3.0f);
  ImGui::PushFont(f.small);  // one key for all bars
  const std::string label = w("timeline.approx_key");
  const float lw = ImGui::CalcTextSize(label.c_str()).x;
  dl->AddText(ImVec2(std::clamp(o.x + L.bars[0].x0, o.x, o.x + width - lw), axis_y + 26), p.ink_secondary, label.c_str());
  ImGui::PopFont();
}

void DrawLeader(const ReaderState& reader, const AxisLayout& L, ImVec2 o, int i) {
  const Palette& p = Colors();
  const CardRect box = CardBox(L, o, i);
  const float ax = o.x + L.req[i].anchor, lx = std::clamp(ax, box.a.x + 4, box.b.x - 4);
  const bool lit = EventLit(reader.highlight, i) || reader.selection == Selection{SelectionKind::Event, i, -1};
  const float end_y = o.y + L.axis_y - (L.cluster_of[i] >= 0 ? 9.0f : 0.0f);  // the bar's top, or the axis
  ImGui::GetWindowDrawList()->AddLine(ImVec2(ax, end_y), ImVec2(lx, box.b.y), lit ? p.highlight_rule : p.rule, lit ? 2.0f : 1.0f);
}

void DrawCard(const Story& story, ReaderState& reader, FrameIO& io, const Fonts& f, const Layout& layout, const AxisLayout& L,
              ImVec2 o, int i, Selection* hover) {
  const Palette& p = Colors();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Event& ev = story.events[i];
  const Selection sel{SelectionKind::Event, i, -1};
  const auto [a, b] = CardBox(L, o, i);
  const float w = L.req[i].width, h = L.card_h[i];
  if (!ImGui::IsRectVisible(a, ImVec2(b.x, a.y + std::max(h, layout.touch_target)))) return;
  ImGui::SetCursorScreenPos(a);
  ImGui::PushID(i);
  ImGui::InvisibleButton("##ev", ImVec2(w, std::max(h, layout.touch_target)));
  const bool hovered = ImGui::IsItemHovered();
  if (io.probe) {
    const ImVec2 ts = MeasureText(f.small_bold, ev.title, w - 2 * kCardPad - kCardBar);
    const ImVec2 tp(a.x + kCardBar + kCardPad, a.y + kCardPad);
    Probe(io, "timeline.card", ev.title, Box(a, b), ProbeBox{tp.x, tp.y, tp.x + ts.x, b.y - kCardPad + 1},
          Box(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), sel);
  }
  if (hovered) *hover = sel;
  if (ItemActivated(io)) SetSelection(story, reader, io, sel);
  if (hovered) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 10));
    ImGui::BeginTooltip();
    TextBlock(f.body, DescribeSelection(story, sel), 320.0f);
    ImGui::EndTooltip();
    ImGui::PopStyleVar();
  }
  ImGui::PopID();
  dl->AddRectFilled(a, b, EventLit(reader.highlight, i) ? p.highlight : (hovered ? p.card_hover : p.card), 4.0f);
  dl->AddRectFilled(a, ImVec2(a.x + kCardBar, b.y), EventColor(ev.kind));
  if (reader.selection == sel) dl->AddRect(a, b, p.selection, 4.0f, 0, 2.5f);
  if (IsFocused(reader.nav, NavPanel::Timeline, i)) FocusRing(io, a, b);
  ImGui::PushFont(f.small);
  const std::string date = Words(story).ShortDateText(ev.date);
  dl->AddText(ImVec2(a.x + kCardBar + kCardPad, a.y + kCardPad - 1), p.ink_secondary, date.c_str());
  const float dh = ImGui::GetFontSize();
  ImGui::PopFont();
  DrawText(dl, f.small_bold, ImVec2(a.x + kCardBar + kCardPad, a.y + kCardPad + dh + 1), p.ink, ev.title,
           w - 2 * kCardPad - kCardBar);
}

// Markers for events with a card; a tick for each collapsed one (merged where they touch),
// brighter where the selection highlights it.
void DrawMarkers(const Story& story, const ReaderState& reader, const AxisLayout& L, ImVec2 o, int spotlight) {
  const Palette& p = Colors();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float axis_y = o.y + L.axis_y;
  for (const Span& t : L.collapsed_ticks)
    dl->AddRectFilled(ImVec2(o.x + t.x0, axis_y - 4), ImVec2(o.x + t.x1, axis_y + 4), p.ink_muted);
  if (reader.highlight.any) {
    std::vector<float> lit;
    for (size_t i = 0; i < L.place.size(); ++i)
      if (L.place[i].collapsed && L.cluster_of[i] < 0 && EventLit(reader.highlight, (int)i)) lit.push_back(L.req[i].anchor);
    for (const Span& t : MergedTicks(std::move(lit)))
      dl->AddRectFilled(ImVec2(o.x + t.x0 - 0.5f, axis_y - 8), ImVec2(o.x + t.x1 + 0.5f, axis_y + 8), p.highlight_rule);
  }
  const auto marker = [&](int i) {
    if (L.cluster_of[i] < 0)
      DrawEventMarker(dl, ImVec2(o.x + L.req[i].anchor, axis_y), story.events[i], EventLit(reader.highlight, i));
  };
  for (int i : L.shown) marker(i);
  if (spotlight >= 0) marker(spotlight);
}

// Every event of one "+N" marker, a row each: the way to reach an event whose card did not fit.
// Rows are uniform, so imgui's list clipper lays out only the visible ones.
void MoreList(const Story& story, ReaderState& reader, FrameIO& io, const Fonts& f, const Layout& layout, const OverflowMarker& m) {
  const Palette& p = Colors();
  const float row_w = std::min(420.0f, layout.width - 2 * layout.margin), row_h = layout.touch_target;
  ImGuiListClipper clipper;
  clipper.Begin((int)m.labels.size(), row_h + ImGui::GetStyle().ItemSpacing.y);
  while (clipper.Step()) {
    for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
      const int e = m.labels[(size_t)k];
      const Selection sel{SelectionKind::Event, e, -1};
      const ImVec2 a = ImGui::GetCursorScreenPos(), b(a.x + row_w, a.y + row_h);
      ImGui::PushID(e);
      ImGui::InvisibleButton("##row", ImVec2(row_w, row_h));
      const bool hovered = ImGui::IsItemHovered();
      ProbeLastItem(io, "timeline.more.item", story.events[e].title, sel);
      ImGui::PopID();
      ImDrawList* dl = ImGui::GetWindowDrawList();
      if (EventLit(reader.highlight, e) || hovered) dl->AddRectFilled(a, b, hovered ? p.card_hover : p.highlight, 4.0f);
      if (reader.selection == sel) dl->AddRect(a, b, p.selection, 4.0f, 0, 2.0f);
      const std::string text = Words(story).ShortDateText(story.events[e].date) + " \xE2\x80\x94 " + story.events[e].title;
      ImGui::PushFont(f.small);
      ImGui::PushStyleColor(ImGuiCol_Text, p.ink);
      const float ty = a.y + (row_h - ImGui::GetFontSize()) * 0.5f;
      ImGui::RenderTextEllipsis(dl, ImVec2(a.x + 8, ty), ImVec2(b.x - 8, b.y), b.x - 8, b.x - 8, text.c_str(), nullptr, nullptr);
      ImGui::PopStyleColor();
      ImGui::PopFont();
      if (ItemActivated(io)) {
        SetSelection(story, reader, io, sel);
        ImGui::CloseCurrentPopup();
      }
    }
  }
  TouchScroll(io);
}

void DrawMoreMarker(const Story& story, ReaderState& reader, FrameIO& io, const Fonts& f, const Layout& layout, const OverflowMarker& m,
                    ImVec2 a, ImVec2 b) {
  const Palette& p = Colors();
  ImGui::SetCursorScreenPos(a);
  ImGui::InvisibleButton("##more", ImVec2(b.x - a.x, b.y - a.y));
  const bool hovered = ImGui::IsItemHovered();
  if (ItemActivated(io)) ImGui::OpenPopup("##events");
  const std::string label = "+" + std::to_string(m.labels.size());
  ImGui::PushFont(f.small_bold);
  const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
  const float pill_w = std::min(b.x - a.x, ts.x + 16), pill_h = ts.y + 6;
  const ImVec2 pa((a.x + b.x - pill_w) * 0.5f, (a.y + b.y - pill_h) * 0.5f), pb(pa.x + pill_w, pa.y + pill_h);
  const bool lit = std::any_of(m.labels.begin(), m.labels.end(), [&](int e) { return EventLit(reader.highlight, e); });
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(pa, pb, lit ? p.highlight : (hovered ? p.card_hover : p.card), pill_h * 0.5f);
  dl->AddRect(pa, pb, lit ? p.highlight_rule : p.rule, pill_h * 0.5f);
  const ImVec2 tp((pa.x + pb.x - ts.x) * 0.5f, pa.y + 3);
  dl->AddText(tp, p.ink, label.c_str());
  ImGui::PopFont();
  if (io.probe) Probe(io, "timeline.more", label, Box(pa, pb), Box(tp, tp, ts), Box(a, b));
  if (hovered) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 10));
    ImGui::BeginTooltip();
    TextBlock(f.body, std::to_string(m.labels.size()) + " more events around here. Click for the list.", 320.0f);
    ImGui::EndTooltip();
    ImGui::PopStyleVar();
  }
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, 360.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 8));
  if (ImGui::BeginPopup("##events")) {
    MoreList(story, reader, io, f, layout, m);
    ImGui::EndPopup();
  }
  ImGui::PopStyleVar();
}

void DrawMoreMarkers(const Story& story, ReaderState& reader, FrameIO& io, const Fonts& f, const Layout& layout, const AxisLayout& L,
                     ImVec2 o) {
  for (size_t k = 0; k < L.more.size(); ++k) {
    const OverflowMarker& m = L.more[k];
    const ImVec2 a(o.x + m.x0 + 2, o.y + L.more_y), b(o.x + m.x1 - 2, a.y + layout.touch_target);
    ImGui::PushID("more");
    ImGui::PushID((int)k);
    if (ImGui::IsRectVisible(a, b) || ImGui::IsPopupOpen("##events")) DrawMoreMarker(story, reader, io, f, layout, m, a, b);
    ImGui::PopID();
    ImGui::PopID();
  }
}

}  // namespace

void DrawTimelineAxis(const Story& story, ReaderState& reader, FrameIO& io, LayoutCache& cache, const Fonts& f,
                      const Layout& layout, float width) {
  if (story.events.empty()) return;
  const AxisLayout& L = CacheSlot(cache.timeline_axis).axis.Get(
      std::make_tuple(MakeMeasureKey(story, f), width, layout.touch_target),
      [&] { return MakeAxisLayout(story, f, layout, width); });
  const ImVec2 o = ImGui::GetCursorScreenPos();
  const int spotlight = Spotlight(L, reader);
  if (ImGui::IsRectVisible(o, ImVec2(o.x + width, o.y + L.height))) {
    const Words w(story);
    DrawFocusBand(L, o, f, w);
    DrawAxisAndTicks(L, o, f, width);
    DrawClusterBars(L, o, f, width, w);
    // Leaders first, then cards on top, then markers on the axis.
    for (int i : L.shown) DrawLeader(reader, L, o, i);
    if (spotlight >= 0) DrawLeader(reader, L, o, spotlight);
    Selection hover{};
    for (int i : L.shown) DrawCard(story, reader, io, f, layout, L, o, i, &hover);
    if (spotlight >= 0) DrawCard(story, reader, io, f, layout, L, o, spotlight, &hover);
    DrawMarkers(story, reader, L, o, spotlight);
    DrawMoreMarkers(story, reader, io, f, layout, L, o);
    if (hover.kind != SelectionKind::None) { io.hover = hover; ImGui::SetMouseCursor(ImGuiMouseCursor_Hand); }
  }
  // The focused card may be off screen: note where, so that the page scrolls to it.
  const int focused = reader.nav.index;
  if (reader.nav.ring && reader.nav.panel == NavPanel::Timeline && focused >= 0 && focused < (int)L.place.size() &&
      (!L.place[focused].collapsed || focused == spotlight)) {
    const CardRect box = CardBox(L, o, focused);
    NoteFocus(io, box.a, box.b);
  }
  ImGui::SetCursorScreenPos(o);
  ImGui::Dummy(ImVec2(width, L.height));
}

}  // namespace mm::ui
