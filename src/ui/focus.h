// focus.h — interaction shared by every panel: the keyboard focus ring, telling a click from a
// touch-drag that scrolls, and drag-to-scroll itself.
#pragma once

#include <imgui.h>

#include "core/keyboard_nav.h"
#include "ui/frame_io.h"

namespace mm::ui {

// The keyboard focus ring around [a, b] (drawn outside it), and a note of where it is so that
// the page can scroll it into view.
void FocusRing(FrameIO& io, ImVec2 a, ImVec2 b);
// Only the note: for a focused item that is not drawn because it is off screen.
void NoteFocus(FrameIO& io, ImVec2 a, ImVec2 b);
// Where the selected item is, for a list that did not draw it because it is off screen: a tour
// step scrolls to it (FrameIO::scroll_to_selection).
void NoteSelected(FrameIO& io, ImVec2 a, ImVec2 b);
bool IsFocused(const NavState& nav, NavPanel panel, int index);
bool IsFocusedCell(const NavState& nav, int row, int col);
// The index the keyboard focus is on in `panel`, which has `count` items; -1 if none.
int FocusedIndex(const NavState& nav, NavPanel panel, int count);

// Drag-to-scroll for touch screens on the current window (imgui 1.86 scrolls only by wheel): a
// drag more down than across.
void TouchScroll(FrameIO& io);
// The same sideways, for a window wider than the screen (the matrix of a large story): a drag
// more across than down. So a drag moves one way only: scrolling the page down does not jog the
// grid, and paging through the grid does not move the page.
void TouchScrollSideways(FrameIO& io);

// True if the last item was clicked (released over it) and the press was not a scroll drag.
bool ItemActivated(const FrameIO& io);

}  // namespace mm::ui
