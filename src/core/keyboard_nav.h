// keyboard_nav.h — moving through the explainer without a mouse.
//
// The canvas takes keys only while it has focus. Tab and Shift-Tab move between panels (matrix,
// timeline, goals, reactions; on phones the tab bar first) and, past the last panel, let the
// browser move focus out of the canvas: no keyboard trap. Arrow keys move within a panel,
// Enter or Space selects the focused item, Escape clears the selection. The model is pure data
// so it is tested natively; the UI draws the focus ring where FocusedItem says.
#pragma once

#include <vector>

#include "story.h"
#include "core/view/selection.h"

namespace mm {

// Lens: the evidence lens's four settings (a radio group: arrows move and choose, as with tabs).
enum class NavPanel { None, Tabs, Matrix, Timeline, Goals, Reactions, Lens };
// NextStep and PrevStep (PageDown, PageUp) move the guided tour (core/tour.h); Navigate ignores them.
enum class NavCommand { NextPanel, PrevPanel, Left, Right, Up, Down, Home, End, Activate, Clear, Blur, NextStep, PrevStep };

struct NavState {
  NavPanel panel = NavPanel::None;
  int row = 0, col = 0;   // matrix, in display order
  int index = 0;          // timeline event / goal / reaction / tab
  bool ring = false;      // draw the focus ring (keyboard in use)
};

// What is on screen, as the UI lays it out.
struct NavContext {
  std::vector<NavPanel> panels;  // in Tab order
  bool transposed = false;       // matrix rows are motives (phones)
  int tab_count = 0;             // phone tabs
  bool neutral_order = false;    // matrix suspects by name, not rank (predicting: the rank is an answer)
  int lens_count = 0;            // settings of the evidence lens control (0: not on screen)
};

// The matrix's suspects in display order: the sources' ranking, or by name for `neutral_order`.
std::vector<int> MatrixSuspects(const Story& story, bool neutral_order);

struct NavResult {
  bool handled = false;          // false: let the browser have the key (e.g. Tab out of the canvas)
  bool select = false;           // apply `selection`
  Selection selection;
  bool activate_tab = false;     // switch to tab `state.index` of the Tabs panel
  bool activate_lens = false;    // switch to setting `state.index` of the Lens panel
  bool scroll_to_focus = false;  // bring the focused item into view
};

NavResult Navigate(const Story& story, const NavContext& ctx, NavState& state, NavCommand cmd);

// The story item under the focus ring (what Activate would select); None on Tabs/None.
Selection FocusedItem(const Story& story, const NavContext& ctx, const NavState& state);

}  // namespace mm
