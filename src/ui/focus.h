// focus.h — interaction shared by every panel: the keyboard focus ring, telling a click from a
// touch-drag that scrolls, and drag-to-scroll itself.
#pragma once

#include <imgui.h>

#include "core/keyboard_nav.h"
#include "ui/ui_state.h"

namespace mm::ui {

// The keyboard focus ring around [a, b] (drawn outside it), and a note of where it is so that
// the page can scroll it into view.
void FocusRing(ViewState& state, ImVec2 a, ImVec2 b);
// Only the note: for a focused item that is not drawn because it is off screen.
void NoteFocus(ViewState& state, ImVec2 a, ImVec2 b);
bool IsFocused(const ViewState& state, NavPanel panel, int index);
bool IsFocusedCell(const ViewState& state, int row, int col);

// Drag-to-scroll for touch screens on the current window (imgui 1.86 scrolls only by wheel).
void TouchScroll(ViewState& state);

// True if the last item was clicked (released over it) and the press was not a scroll drag.
bool ItemActivated(const ViewState& state);

}  // namespace mm::ui
