// frame_io.h — what goes into a frame and what comes out of it, apart from what the reader has
// chosen (reader_state.h); in the manner of ImGuiIO.
//
// In: requests set between frames (by the page, the keyboard or SetSelection) and consumed by the
// next frame that can act on them, and the test probe. Out: what the frame found (hover, the
// focused item's box, the content's height, the panels keyboard users can visit), read by the app
// after the frame and rewritten by the next.
#pragma once

#include "core/keyboard_nav.h"
#include "core/view/selection.h"
#include "ui/probe.h"

namespace mm::ui {

struct FrameIO {
  // ---- in ----
  bool scroll_detail_to_top = false;  // a new selection starts its detail at the top
  bool scroll_to_focus = false;       // the keyboard moved: bring the focused item into view
  // A tour step: frames left to bring its target into view (a jump, never animated). More than one,
  // because a window's scroll range is only known a frame after its content (the first frame after
  // loading, a view that just changed).
  int scroll_to_selection = 0;
  LayoutProbe* probe = nullptr;       // record the laid-out boxes (tests and tools only)
  // ---- kept while a press lasts ----
  // Touch-drag scrolling: a press that moved beyond a few pixels scrolls instead of selecting.
  bool pointer_dragged = false;
  // ---- out ----
  Selection hover;                    // what the pointer is over this frame
  bool want_another_frame = false;    // set by panels that animate or settle (the app clears it)
  NavContext nav_context;             // the panels this frame offers the keyboard, in Tab order
  ProbeBox focus_box;                 // the focused item's screen box, so the page can scroll to it
  bool focus_box_valid = false;
  ProbeBox target_box;                // the selection's box where a virtual list did not draw it (off screen),
  bool target_box_valid = false;      // noted while scroll_to_selection asks for it
  float content_height = 0;           // CSS px the page needs to show everything (for iframe auto-height)
  float tour_card_height = 0;         // the tour's card over the bottom of the window (0: none)
};

}  // namespace mm::ui
