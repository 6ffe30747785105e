// virtual_list.h — lists of measured rows of which only the visible ones are drawn.
//
// A large story has thousands of quotes, events and cards; a reader sees a screenful. Each list
// is measured once (layout_cache.h keeps the offsets), the visible rows are found by binary
// search against the window's clip rectangle, and the rest cost nothing, while the cursor still
// ends below the whole list, so the page scrolls as if every row had been drawn.
#pragma once

#include <utility>
#include <vector>

#include <imgui.h>

namespace mm::ui {

// [first, last) of the spans [edges[i], edges[i + 1]) that meet [lo, hi); `edges` ascending.
std::pair<int, int> SpansMeeting(const std::vector<float>& edges, float lo, float hi);

// Rows top to bottom: row i spans [top[i], top[i + 1]) below the list's origin, including the
// spacing after it.
struct RowOffsets {
  std::vector<float> top = {0.0f};  // rows + 1 entries; back() is the list's height
  void Add(float advance) { top.push_back(top.back() + advance); }
  int size() const { return (int)top.size() - 1; }
  float Height() const { return top.back(); }
};

// The window's visible rectangle (its clip rectangle), in screen coordinates.
ImVec2 VisibleMin();
ImVec2 VisibleMax();

// Puts the cursor `height` below `origin`, as the last row of a list that tall would have.
void MoveCursorPastRows(ImVec2 origin, float height, float width);

// Draws the rows of `rows` that meet the visible rectangle, each with the cursor at its top
// (`draw(i)` may leave the cursor anywhere), then leaves the cursor below the whole list just as
// drawing every row would.
template <typename Draw>
void DrawVisibleRows(const RowOffsets& rows, float width, Draw&& draw) {
  if (rows.size() == 0) return;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const std::pair<int, int> shown = SpansMeeting(rows.top, VisibleMin().y - origin.y, VisibleMax().y - origin.y);
  for (int i = shown.first; i < shown.second; ++i) {
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + rows.top[i]));
    draw(i);
  }
  MoveCursorPastRows(origin, rows.Height(), width);
}

}  // namespace mm::ui
