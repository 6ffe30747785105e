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

#include <imgui_internal.h>  // RenderTextEllipsis

#include "core/timeline.h"
#include "core/view/describe_selection.h"
#include "core/wording.h"
#include "ui/event_marks.h"
#include "ui/marks.h"
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

void PlaceCards(const Story& story, const Fonts& f, float width, AxisLayout& axis) {
  const std::vector<std::vector<int>> approx = ApproximateClusters(story);
  const std::vector<double> anchor_days = AnchorDays(story, approx);
  const size_t n = story.events.size();
  axis.req.resize(n);
  axis.card_h.resize(n);
  const float date_h = WrappedHeight(f.small, "Ag", 400);  // the card's first line
  for (size_t i = 0; i < n; ++i) {
    const std::string& t = story.events[i].title;
    const float tw = std::min(kCardMax, TextWidth(f.small_bold, t) + 1);
    axis.req[i].anchor = axis.scale.X(anchor_days[i]);
    axis.req[i].width = tw + 2 * kCardPad + kCardBar;
    axis.card_h[i] = WrappedHeight(f.small_bold, t, tw) + date_h + 2 * kCardPad + 2;
  }
  LabelLayoutDesc ld;
  ld.x_min = 0;
  ld.x_max = width;
  ld.gap = 8;
  ld.max_shift = 150;
  ld.max_lanes = kMaxLanes;
  ld.collapse_overflow = true;  // never overlapping text: what does not fit goes into "+N"
  axis.place = LayoutLabels(axis.req, ld);
  for (size_t i = 0; i < n; ++i)
    if (!axis.place[i].collapsed) axis.shown.push_back((int)i);
  // Events the article dates only as "around" a day form a cluster: one uncertainty bar.
  axis.cluster_of.assign(n, -1);
  for (const std::vector<int>& c : approx) {
    if (c.size() < 2) continue;
    Span box{1e9f, -1e9f};
    for (int e : c) {
      box.x0 = std::min(box.x0, axis.req[e].anchor - 10);
      box.x1 = std::max(box.x1, axis.req[e].anchor + 10);
      axis.cluster_of[e] = (int)axis.bars.size();
    }
    axis.bars.push_back(box);
  }
}

// Lanes bottom up from the axis; above them the lane for a collapsed event brought forward, and
// between the lanes and the axis the strip of "+N" markers (both only when something collapsed).
void StackLanes(const Layout& layout, AxisLayout& axis) {
  std::vector<float> lane_h(LanesUsed(axis.place), 0.0f);
  float spotlight_h = 0;
  for (size_t i = 0; i < axis.place.size(); ++i) {
    if (axis.place[i].collapsed) spotlight_h = std::max(spotlight_h, axis.card_h[i]);
    else lane_h[axis.place[i].lane] = std::max(lane_h[axis.place[i].lane], axis.card_h[i]);
  }
  float labels_h = 0;
  for (float h : lane_h) labels_h += h + kLaneGap;
  const bool overflow = !axis.more.empty();
  const float strip_h = overflow ? layout.touch_target + 6 : 0.0f;
  axis.spotlight_base = spotlight_h;
  axis.axis_y = (overflow ? spotlight_h + kLaneGap : 0.0f) + labels_h + strip_h + kLeaderMin;
  axis.more_y = axis.axis_y - kLeaderMin - strip_h + 3;
  float yb = axis.axis_y - kLeaderMin - strip_h;
  for (float h : lane_h) {
    axis.lane_base.push_back(yb);
    yb -= h + kLaneGap;
  }
  axis.height = axis.axis_y + 72;
}

AxisLayout MakeAxisLayout(const Story& story, const Fonts& f, const Layout& layout, float width) {
  AxisLayout axis;
  axis.scale = MakeTimelineScale(story, kSide, width - kSide);
  PlaceCards(story, f, width, axis);
  axis.more = OverflowMarkers(axis.req, axis.place, 0, width, MoreMarkerWidth(f, layout));
  std::vector<float> xs;
  for (size_t i = 0; i < axis.place.size(); ++i)
    if (axis.place[i].collapsed && axis.cluster_of[i] < 0) xs.push_back(axis.req[i].anchor);
  axis.collapsed_ticks = MergedTicks(std::move(xs));
  StackLanes(layout, axis);
  axis.ticks = MakeTicks(axis.scale, 46.0f);
  return axis;
}

// A collapsed event the keyboard focus or the selection is on gets a card of its own in the top
// lane: whatever the reader reaches is shown. -1 if none.
int Spotlight(const AxisLayout& axis, const ReaderState& reader) {
  if (axis.more.empty()) return -1;
  const auto collapsed = [&](int i) { return i >= 0 && i < (int)axis.place.size() && axis.place[i].collapsed; };
  const int focused = FocusedIndex(reader.nav, NavPanel::Timeline, (int)axis.place.size());
  if (collapsed(focused)) return focused;
  if (reader.selection.kind == SelectionKind::Event && collapsed(reader.selection.index)) return reader.selection.index;
  return -1;
}

struct CardRect {
  ImVec2 a, b;
};
CardRect CardBox(const AxisLayout& axis, ImVec2 origin, int i) {
  const float bottom = origin.y + (axis.place[i].collapsed ? axis.spotlight_base : axis.lane_base[axis.place[i].lane]);
  const ImVec2 a(origin.x + axis.place[i].x, bottom - axis.card_h[i]);
  return {a, ImVec2(a.x + axis.req[i].width, bottom)};
}

// One frame of the axis: what the cards, leaders and markers draw from (the story, the reader's
// state, the frame's input and output, the layout and where it sits on screen), and what the
// pointer is over, which they report in `hover`.
struct AxisFrame {
  const Story& story;
  ReaderState& reader;
  FrameIO& io;
  const Fonts& fonts;
  const Layout& layout;
  const AxisLayout& axis;
  ImVec2 origin;  // the panel's top left
  Selection hover;
};

void DrawFocusBand(const AxisLayout& axis, ImVec2 origin, const Fonts& f, const Words& words) {
  const TimelineScale& scale = axis.scale;
  if (scale.focus1 <= scale.focus0) return;
  const Palette& p = Colors();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float fx0 = origin.x + scale.X((double)scale.focus0), fx1 = origin.x + scale.X((double)scale.focus1);
  const float axis_y = origin.y + axis.axis_y;
  dl->AddRectFilled(ImVec2(fx0, origin.y), ImVec2(fx1, axis_y + 66), (p.accent_soft & 0x00FFFFFF) | 0x66000000, 6.0f);
  ImGui::PushFont(f.small);
  const std::string focus_label = words("timeline.focus");
  dl->AddText(ImVec2(fx1 - ImGui::CalcTextSize(focus_label.c_str()).x - 8, axis_y + 46), p.accent, focus_label.c_str());
  ImGui::PopFont();
}

void DrawAxisAndTicks(const AxisLayout& axis, ImVec2 origin, const Fonts& f, float width) {
  const Palette& p = Colors();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float axis_y = origin.y + axis.axis_y;
  dl->AddLine(ImVec2(origin.x + axis.scale.x0, axis_y), ImVec2(origin.x + axis.scale.x1, axis_y), p.ink_secondary, 1.5f);
  ImGui::PushFont(f.small);
  for (const Tick& t : axis.ticks) {
    if (!t.major && !axis.scale.InFocus((double)t.day)) continue;  // outside the focus week: months only
    const float x = origin.x + t.x;
    dl->AddLine(ImVec2(x, axis_y), ImVec2(x, axis_y + (t.major ? 7 : 4)), p.ink_secondary, 1.0f);
    const float tw = ImGui::CalcTextSize(t.label.c_str()).x;
    const float tx = std::clamp(x - tw * 0.5f, origin.x, origin.x + width - tw);
    dl->AddText(ImVec2(tx, axis_y + 8), t.major ? p.ink : p.ink_secondary, t.label.c_str());
  }
  ImGui::PopFont();
}

// One uncertainty bar per cluster above the axis instead of per-event markers, so that no
// reader takes the spread for real dates.
void DrawClusterBars(const AxisLayout& axis, ImVec2 origin, const Fonts& f, float width, const Words& words) {
  if (axis.bars.empty()) return;
  const Palette& p = Colors();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float axis_y = origin.y + axis.axis_y, bar_y = axis_y - 9;
  for (const Span& c : axis.bars)
    dl->AddRectFilled(ImVec2(origin.x + c.x0, bar_y), ImVec2(origin.x + c.x1, axis_y - 3), (p.ink_muted & 0x00FFFFFF) | 0x59000000, 3.0f);
  ImGui::PushFont(f.small);  // one key for all bars
  const std::string label = words("timeline.approx_key");
  const float lw = ImGui::CalcTextSize(label.c_str()).x;
  dl->AddText(ImVec2(std::clamp(origin.x + axis.bars[0].x0, origin.x, origin.x + width - lw), axis_y + 26), p.ink_secondary, label.c_str());
  ImGui::PopFont();
}

void DrawLeader(const AxisFrame& frame, int i) {
  const Palette& p = Colors();
  const ReaderState& reader = frame.reader;
  const AxisLayout& axis = frame.axis;
  const ImVec2 origin = frame.origin;
  const CardRect box = CardBox(axis, origin, i);
  const float ax = origin.x + axis.req[i].anchor, lx = std::clamp(ax, box.a.x + 4, box.b.x - 4);
  const bool lit = EventLit(reader.highlight, i) || reader.selection == Selection::Event(i);
  const float end_y = origin.y + axis.axis_y - (axis.cluster_of[i] >= 0 ? 9.0f : 0.0f);  // the bar's top, or the axis
  ImGui::GetWindowDrawList()->AddLine(ImVec2(ax, end_y), ImVec2(lx, box.b.y), lit ? p.highlight_rule : p.rule,
                                      lit ? 2.0f : 1.0f);
}

void DrawCard(AxisFrame& frame, int i) {
  const Palette& p = Colors();
  const Story& story = frame.story;
  const ReaderState& reader = frame.reader;
  FrameIO& io = frame.io;
  const Fonts& f = frame.fonts;
  const float touch_target = frame.layout.touch_target;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Event& ev = story.events[i];
  const Selection sel = Selection::Event(i);
  const auto [a, b] = CardBox(frame.axis, frame.origin, i);
  const float w = frame.axis.req[i].width, h = frame.axis.card_h[i];
  if (!ImGui::IsRectVisible(a, ImVec2(b.x, a.y + std::max(h, touch_target)))) return;
  ImGui::SetCursorScreenPos(a);
  ImGui::PushID(i);
  ImGui::InvisibleButton("##ev", ImVec2(w, std::max(h, touch_target)));
  const bool hovered = ImGui::IsItemHovered();
  if (io.probe) {
    const ImVec2 ts = MeasureText(f.small_bold, ev.title, w - 2 * kCardPad - kCardBar);
    const ImVec2 tp(a.x + kCardBar + kCardPad, a.y + kCardPad);
    Probe(io, "timeline.card", ev.title, Box(a, b), ProbeBox{tp.x, tp.y, tp.x + ts.x, b.y - kCardPad + 1},
          Box(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()), sel);
  }
  if (hovered) frame.hover = sel;
  if (ItemActivated(io)) SetSelection(story, frame.reader, io, sel);
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
  ImGui::PushFont(f.small);
  const std::string date = Words(story).ShortDateText(ev.date);
  dl->AddText(ImVec2(a.x + kCardBar + kCardPad, a.y + kCardPad - 1), p.ink_secondary, date.c_str());
  const float dh = ImGui::GetFontSize();
  ImGui::PopFont();
  DrawText(dl, f.small_bold, ImVec2(a.x + kCardBar + kCardPad, a.y + kCardPad + dh + 1), p.ink, ev.title,
           w - 2 * kCardPad - kCardBar);
  if (OutsideLens(reader.lens, ev.evidence)) DimOutsideLens(dl, a, b, 4.0f);
  if (IsFocused(reader.nav, NavPanel::Timeline, i)) FocusRing(io, a, b);  // over the dimming
}

// Markers for events with a card; a tick for each collapsed one (merged where they touch),
// brighter where the selection highlights it.
void DrawMarkers(const AxisFrame& frame, int spotlight) {
  const Palette& p = Colors();
  const Highlight& highlight = frame.reader.highlight;
  const AxisLayout& axis = frame.axis;
  const ImVec2 origin = frame.origin;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float axis_y = origin.y + axis.axis_y;
  for (const Span& t : axis.collapsed_ticks)
    dl->AddRectFilled(ImVec2(origin.x + t.x0, axis_y - 4), ImVec2(origin.x + t.x1, axis_y + 4), p.ink_muted);
  if (highlight.any) {
    std::vector<float> lit;
    for (size_t i = 0; i < axis.place.size(); ++i)
      if (axis.place[i].collapsed && axis.cluster_of[i] < 0 && EventLit(highlight, (int)i)) lit.push_back(axis.req[i].anchor);
    for (const Span& t : MergedTicks(std::move(lit)))
      dl->AddRectFilled(ImVec2(origin.x + t.x0 - 0.5f, axis_y - 8), ImVec2(origin.x + t.x1 + 0.5f, axis_y + 8),
                        p.highlight_rule);
  }
  const auto marker = [&](int i) {
    if (axis.cluster_of[i] < 0)
      DrawEventMarker(dl, ImVec2(origin.x + axis.req[i].anchor, axis_y), frame.story.events[i], EventLit(highlight, i));
  };
  for (int i : axis.shown) marker(i);
  if (spotlight >= 0) marker(spotlight);
}

// Every event of one "+N" marker, a row each: the way to reach an event whose card did not fit.
// Rows are uniform, so imgui's list clipper lays out only the visible ones.
void MoreList(AxisFrame& frame, const OverflowMarker& m) {
  const Palette& p = Colors();
  const Story& story = frame.story;
  const ReaderState& reader = frame.reader;
  FrameIO& io = frame.io;
  const Layout& layout = frame.layout;
  const float row_w = std::min(420.0f, layout.width - 2 * layout.margin), row_h = layout.touch_target;
  ImGuiListClipper clipper;
  clipper.Begin((int)m.labels.size(), row_h + ImGui::GetStyle().ItemSpacing.y);
  while (clipper.Step()) {
    for (int k = clipper.DisplayStart; k < clipper.DisplayEnd; ++k) {
      const int e = m.labels[(size_t)k];
      const Selection sel = Selection::Event(e);
      const ImVec2 a = ImGui::GetCursorScreenPos(), b(a.x + row_w, a.y + row_h);
      ImGui::PushID(e);
      ImGui::InvisibleButton("##row", ImVec2(row_w, row_h));
      const bool hovered = ImGui::IsItemHovered();
      ProbeLastItem(io, "timeline.more.item", story.events[e].title, sel);
      ImGui::PopID();
      ImDrawList* dl = ImGui::GetWindowDrawList();
      if (EventLit(reader.highlight, e) || hovered) dl->AddRectFilled(a, b, hovered ? p.card_hover : p.highlight, 4.0f);
      if (reader.selection == sel) dl->AddRect(a, b, p.selection, 4.0f, 0, 2.0f);
      const std::string text = DatedTitle(Words(story), story.events[e]);
      ImGui::PushFont(frame.fonts.small);
      ImGui::PushStyleColor(ImGuiCol_Text, p.ink);
      const float ty = a.y + (row_h - ImGui::GetFontSize()) * 0.5f;
      ImGui::RenderTextEllipsis(dl, ImVec2(a.x + 8, ty), ImVec2(b.x - 8, b.y), b.x - 8, b.x - 8, text.c_str(), nullptr, nullptr);
      ImGui::PopStyleColor();
      ImGui::PopFont();
      if (ItemActivated(io)) {
        SetSelection(story, frame.reader, io, sel);
        ImGui::CloseCurrentPopup();
      }
    }
  }
  TouchScroll(io);
}

void DrawMoreMarker(AxisFrame& frame, const OverflowMarker& m, ImVec2 a, ImVec2 b) {
  const Palette& p = Colors();
  FrameIO& io = frame.io;
  const Fonts& f = frame.fonts;
  ImGui::SetCursorScreenPos(a);
  ImGui::InvisibleButton("##more", ImVec2(b.x - a.x, b.y - a.y));
  const bool hovered = ImGui::IsItemHovered();
  if (ItemActivated(io)) ImGui::OpenPopup("##events");
  const std::string label = "+" + std::to_string(m.labels.size());
  ImGui::PushFont(f.small_bold);
  const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
  const float pill_w = std::min(b.x - a.x, ts.x + 16), pill_h = ts.y + 6;
  const ImVec2 pa((a.x + b.x - pill_w) * 0.5f, (a.y + b.y - pill_h) * 0.5f), pb(pa.x + pill_w, pa.y + pill_h);
  const bool lit = std::any_of(m.labels.begin(), m.labels.end(), [&](int e) { return EventLit(frame.reader.highlight, e); });
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
    TextBlock(f.body, Words(StoryNames{}).Count("timeline.more", m.labels.size()), 320.0f);
    ImGui::EndTooltip();
    ImGui::PopStyleVar();
  }
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, 360.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 8));
  if (ImGui::BeginPopup("##events")) {
    MoreList(frame, m);
    ImGui::EndPopup();
  }
  ImGui::PopStyleVar();
}

void DrawMoreMarkers(AxisFrame& frame) {
  const AxisLayout& axis = frame.axis;
  const ImVec2 origin = frame.origin;
  for (size_t k = 0; k < axis.more.size(); ++k) {
    const OverflowMarker& m = axis.more[k];
    const ImVec2 a(origin.x + m.x0 + 2, origin.y + axis.more_y), b(origin.x + m.x1 - 2, a.y + frame.layout.touch_target);
    ImGui::PushID("more");
    ImGui::PushID((int)k);
    if (ImGui::IsRectVisible(a, b) || ImGui::IsPopupOpen("##events")) DrawMoreMarker(frame, m, a, b);
    ImGui::PopID();
    ImGui::PopID();
  }
}

}  // namespace

void DrawTimelineAxis(const Story& story, ReaderState& reader, FrameIO& io, LayoutCache& cache, const Fonts& f,
                      const Layout& layout, float width) {
  if (story.events.empty()) return;
  const AxisLayout& axis = CacheSlot(cache.timeline_axis).axis.Get(
      std::make_tuple(MakeMeasureKey(story, f), width, layout.touch_target),
      [&] { return MakeAxisLayout(story, f, layout, width); });
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const int spotlight = Spotlight(axis, reader);
  if (ImGui::IsRectVisible(origin, ImVec2(origin.x + width, origin.y + axis.height))) {
    const Words words(story);
    DrawFocusBand(axis, origin, f, words);
    DrawAxisAndTicks(axis, origin, f, width);
    DrawClusterBars(axis, origin, f, width, words);
    // Leaders first, then cards on top, then markers on the axis.
    AxisFrame frame{story, reader, io, f, layout, axis, origin, Selection{}};
    for (int i : axis.shown) DrawLeader(frame, i);
    if (spotlight >= 0) DrawLeader(frame, spotlight);
    for (int i : axis.shown) DrawCard(frame, i);
    if (spotlight >= 0) DrawCard(frame, spotlight);
    DrawMarkers(frame, spotlight);
    DrawMoreMarkers(frame);
    if (frame.hover.kind != SelectionKind::None) {
      io.hover = frame.hover;
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
  }
  // The focused card may be off screen: note where, so that the page scrolls to it.
  const int focused = FocusedIndex(reader.nav, NavPanel::Timeline, (int)axis.place.size());
  if (focused >= 0 && (!axis.place[focused].collapsed || focused == spotlight)) {
    const CardRect box = CardBox(axis, origin, focused);
    NoteFocus(io, box.a, box.b);
  }
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(width, axis.height));
}

}  // namespace mm::ui
