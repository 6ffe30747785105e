// focus.cpp — the focus ring, drag-to-scroll and click-versus-drag.
#include "ui/focus.h"

#include "ui/theme.h"

namespace mm::ui {
namespace {
constexpr float kRingOffset = 3.0f;  // the ring sits outside the item
}  // namespace

void FocusRing(ViewState& state, ImVec2 a, ImVec2 b) {
  const float o = kRingOffset;
  ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - o, a.y - o), ImVec2(b.x + o, b.y + o), Colors().accent, 6.0f, 0, 3.0f);
  NoteFocus(state, a, b);
}

void NoteFocus(ViewState& state, ImVec2 a, ImVec2 b) {
  const float o = kRingOffset;
  state.focus_box = Box(ImVec2(a.x - o, a.y - o), ImVec2(b.x + o, b.y + o));
  state.focus_box_valid = true;
}

bool IsFocused(const ViewState& state, NavPanel panel, int index) {
  return state.nav.ring && state.nav.panel == panel && state.nav.index == index;
}

bool IsFocusedCell(const ViewState& state, int row, int col) {
  return state.nav.ring && state.nav.panel == NavPanel::Matrix && state.nav.row == row && state.nav.col == col;
}

void TouchScroll(ViewState& state) {
  ImGuiIO& io = ImGui::GetIO();
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) return;
  if (!ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem))
    return;
  if (!ImGui::IsMouseDragging(ImGuiMouseButton_Left, 6.0f)) return;
  state.pointer_dragged = true;
  if (io.MouseDelta.y != 0.0f) ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
}

bool ItemActivated(const ViewState& state) {
  // Released over the item it was pressed on, and not the end of a drag-to-scroll.
  return !state.pointer_dragged && ImGui::IsItemDeactivated() &&
         ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
}

}  // namespace mm::ui
