// timeline_list.cpp — "Why now" on a phone: a dated vertical list, which reads better than any
// axis at 390 px. Events the article dates only as "around" a day run under one heading that
// says so. Heights are measured once per story, fonts and width; only the rows on screen are drawn.
#include <algorithm>

#include "core/wording.h"
#include "ui/event_marks.h"
#include "ui/marks.h"
#include "ui/focus.h"
#include "ui/layout_cache.h"
#include "ui/panels.h"
#include "ui/probe.h"
#include "ui/text.h"
#include "ui/theme.h"
#include "ui/virtual_list.h"

namespace mm::ui {
namespace {

// One event of the list: an optional heading for a run of events dated "around" one day, then
// the row. Heights are measured once; rows are drawn only when on screen.
struct ListRow {
  bool heading = false;
  float heading_advance = 0;  // the gap and the heading above the row
  float title_h = 0, h = 0;
};
struct ListLayout {
  std::vector<ListRow> rows;
  RowOffsets offsets;
};

}  // namespace

struct TimelineListCache {
  Memo<std::tuple<MeasureKey, float, float>, ListLayout> list;  // + width, touch target
};

namespace {

constexpr float kListDateW = 74.0f, kListRailX = kListDateW + 10.0f, kListTextX = kListRailX + 16.0f, kListPad = 8.0f;

std::string ClusterHeading(const Words& w, const Event& ev) {
  return w("timeline.cluster", {{"date", w.ShortDateText(ev.date)}});
}

ListLayout MakeListLayout(const Story& story, const Fonts& f, const Layout& layout, float width) {
  ListLayout list;
  const float text_w = width - kListTextX - kListPad;
  int64_t cluster_day = -1;
  const Words w(story);
  for (const Event& ev : story.events) {
    ListRow row;
    const bool approx = ev.date.approximate;
    row.heading = approx && ev.date.DayNumber() != cluster_day;
    cluster_day = approx ? ev.date.DayNumber() : -1;
    if (row.heading) row.heading_advance = Advance(4) + Advance(WrappedHeight(f.small_bold, ClusterHeading(w, ev), text_w));
    row.title_h = WrappedHeight(f.bold, ev.title, text_w);
    row.h = std::max(layout.touch_target, row.title_h + 4 + WrappedHeight(f.small, ev.detail, text_w) + 2 * kListPad);
    list.offsets.Add(row.heading_advance + Advance(row.h));
    list.rows.push_back(row);
  }
  return list;
}

void DrawListRow(const Story& story, ReaderState& reader, FrameIO& io, const Fonts& f, const ListRow& row, int i, float width) {
  const Palette& p = Colors();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Event& ev = story.events[i];
  const Selection sel = Selection::Event(i);
  const bool approx = ev.date.approximate;
  const float text_w = width - kListTextX - kListPad;
  const Words w(story);
  const ImVec2 top = ImGui::GetCursorScreenPos();
  if (row.heading) DrawText(dl, f.small_bold, ImVec2(top.x + kListTextX, top.y + Advance(4)), p.ink_secondary, ClusterHeading(w, ev), text_w);
  const ImVec2 a(top.x, top.y + row.heading_advance), b(a.x + width, a.y + row.h);
  ImGui::SetCursorScreenPos(a);
  ImGui::PushID(i);
  ImGui::InvisibleButton("##ev", ImVec2(width, row.h));
  const bool hovered = ImGui::IsItemHovered();
  ProbeLastItem(io, "timeline.row", ev.title, sel);
  if (ItemActivated(io)) SetSelection(story, reader, io, sel);
  ImGui::PopID();
  if (EventLit(reader.highlight, i)) dl->AddRectFilled(a, b, p.highlight, 4.0f);
  else if (hovered) dl->AddRectFilled(a, b, p.card, 4.0f);
  if (reader.selection == sel) dl->AddRect(a, b, p.selection, 4.0f, 0, 2.5f);
  dl->AddLine(ImVec2(a.x + kListRailX, a.y), ImVec2(a.x + kListRailX, b.y), p.rule, 2.0f);
  DrawEventMarker(dl, ImVec2(a.x + kListRailX, a.y + kListPad + 10), ev, false);
  DrawText(dl, f.small_bold, ImVec2(a.x + kListPad, a.y + kListPad + 1), approx ? p.ink_secondary : p.ink, w.ShortDateText(ev.date),
           kListDateW - kListPad);
  DrawText(dl, f.bold, ImVec2(a.x + kListTextX, a.y + kListPad), p.ink, ev.title, text_w);
  DrawText(dl, f.small, ImVec2(a.x + kListTextX, a.y + kListPad + row.title_h + 4), p.ink_secondary, ev.detail, text_w);
  if (OutsideLens(reader.lens, ev.evidence)) DimOutsideLens(dl, a, b, 4.0f);
  if (IsFocused(reader.nav, NavPanel::Timeline, i)) FocusRing(io, a, b);  // over the dimming
}

}  // namespace

void DrawTimelineList(const Story& story, ReaderState& reader, FrameIO& io, LayoutCache& cache, const Fonts& f,
                      const Layout& layout, float width) {
  if (story.events.empty()) return;
  const ListLayout& list = CacheSlot(cache.timeline_list).list.Get(
      std::make_tuple(MakeMeasureKey(story, f), width, layout.touch_target),
      [&] { return MakeListLayout(story, f, layout, width); });
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  DrawVisibleRows(list.offsets, width, [&](int i) { DrawListRow(story, reader, io, f, list.rows[(size_t)i], i, width); });
  const int focused = FocusedIndex(reader.nav, NavPanel::Timeline, list.offsets.size());
  if (focused >= 0) {
    const ListRow& row = list.rows[(size_t)focused];
    const ImVec2 a(origin.x, origin.y + list.offsets.top[(size_t)focused] + row.heading_advance);
    NoteFocus(io, a, ImVec2(a.x + width, a.y + row.h));  // it may be off screen: the page scrolls to it
  }
  const Selection& sel = reader.selection;
  if (sel.kind == SelectionKind::Event && sel.index >= 0 && sel.index < list.offsets.size()) {
    const ListRow& row = list.rows[(size_t)sel.index];
    const ImVec2 a(origin.x, origin.y + list.offsets.top[(size_t)sel.index] + row.heading_advance);
    NoteSelected(io, a, ImVec2(a.x + width, a.y + row.h));
  }
}

}  // namespace mm::ui
