// focus.cpp — the focus ring, drag-to-scroll and click-versus-drag.
#include "ui/focus.h"

#include <cmath>

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

namespace {
// A press on the current window (or one inside it) that has moved beyond a few pixels.
bool DraggingOverWindow() {
  return ImGui::IsMouseDown(ImGuiMouseButton_Left) &&
         ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) &&
         ImGui::IsMouseDragging(ImGuiMouseButton_Left, 6.0f);
}

// Whether the drag so far is more across than down: it then scrolls sideways only, else only down.
bool DragIsSideways() {
  const ImGuiIO& io = ImGui::GetIO();
  return std::fabs(io.MousePos.x - io.MouseClickedPos[0].x) > std::fabs(io.MousePos.y - io.MouseClickedPos[0].y);
}
}  // namespace

void TouchScroll(FrameIO& frame) {
  if (!DraggingOverWindow()) return;
  frame.pointer_dragged = true;
  const float dy = ImGui::GetIO().MouseDelta.y;
  if (dy != 0.0f && !DragIsSideways()) ImGui::SetScrollY(ImGui::GetScrollY() - dy);
}

void TouchScrollSideways(FrameIO& frame) {
  if (!DraggingOverWindow()) return;
  frame.pointer_dragged = true;
  const float dx = ImGui::GetIO().MouseDelta.x;
  if (dx != 0.0f && DragIsSideways()) ImGui::SetScrollX(ImGui::GetScrollX() - dx);
}

bool ItemActivated(const FrameIO& io) {
  // Released over the item it was pressed on, and not the end of a drag-to-scroll.
  return !io.pointer_dragged && ImGui::IsItemDeactivated() &&
         ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
}

}  // namespace mm::ui
