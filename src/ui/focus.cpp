// focus.cpp — the focus ring, drag-to-scroll and click-versus-drag.
#include "ui/focus.h"

#include "ui/probe.h"
#include "ui/theme.h"

namespace mm::ui {
namespace {
constexpr float kRingOffset = 3.0f;  // the ring sits outside the item
}  // namespace

void FocusRing(FrameIO& io, ImVec2 a, ImVec2 b) {
  const float o = kRingOffset;
  ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - o, a.y - o), ImVec2(b.x + o, b.y + o), Colors().accent, 6.0f, 0, 3.0f);
  NoteFocus(io, a, b);
}

void NoteFocus(FrameIO& io, ImVec2 a, ImVec2 b) {
  const float o = kRingOffset;
  io.focus_box = Box(ImVec2(a.x - o, a.y - o), ImVec2(b.x + o, b.y + o));
  io.focus_box_valid = true;
}

void NoteSelected(FrameIO& io, ImVec2 a, ImVec2 b) {
  if (io.scroll_to_selection <= 0) return;
  io.target_box = Box(a, b);
  io.target_box_valid = true;
}

bool IsFocused(const NavState& nav, NavPanel panel, int index) {
  return nav.ring && nav.panel == panel && nav.index == index;
}

bool IsFocusedCell(const NavState& nav, int row, int col) {
  return nav.ring && nav.panel == NavPanel::Matrix && nav.row == row && nav.col == col;
}

int FocusedIndex(const NavState& nav, NavPanel panel, int count) {
  return nav.ring && nav.panel == panel && nav.index >= 0 && nav.index < count ? nav.index : -1;
}

void TouchScroll(FrameIO& frame) {
  ImGuiIO& io = ImGui::GetIO();
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) return;
  if (!ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem))
    return;
  if (!ImGui::IsMouseDragging(ImGuiMouseButton_Left, 6.0f)) return;
  frame.pointer_dragged = true;
  if (io.MouseDelta.y != 0.0f) ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
}

bool ItemActivated(const FrameIO& io) {
  // Released over the item it was pressed on, and not the end of a drag-to-scroll.
  return !io.pointer_dragged && ImGui::IsItemDeactivated() &&
         ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
}

}  // namespace mm::ui
