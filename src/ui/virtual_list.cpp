// virtual_list.cpp — finding the visible rows, and the cursor after a list.
#include "ui/virtual_list.h"

#include <algorithm>

namespace mm::ui {

std::pair<int, int> SpansMeeting(const std::vector<float>& edges, float lo, float hi) {
  if (edges.size() < 2 || !(hi > lo)) return {0, 0};  // an empty range: a window scrolled out of sight
  const int spans = (int)edges.size() - 1;
  // The first span that ends after lo; the first that starts at or after hi.
  const int first = std::min(spans, (int)(std::upper_bound(edges.begin() + 1, edges.end(), lo) - (edges.begin() + 1)));
  const int last = std::min(spans, (int)(std::lower_bound(edges.begin(), edges.end() - 1, hi) - edges.begin()));
  return {first, std::max(first, last)};
}

ImVec2 VisibleMin() { return ImGui::GetWindowDrawList()->GetClipRectMin(); }
ImVec2 VisibleMax() { return ImGui::GetWindowDrawList()->GetClipRectMax(); }

void MoveCursorPastRows(ImVec2 origin, float height, float width) {
  // A zero-height item one spacing above the end moves the cursor to exactly the end.
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height - ImGui::GetStyle().ItemSpacing.y));
  ImGui::Dummy(ImVec2(width, 0));
}

}  // namespace mm::ui
