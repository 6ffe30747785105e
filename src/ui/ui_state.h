// ui_state.h — the reader's view state the panels share. Panels are functions of
// (const Story&, ViewState&); they keep nothing else.
#pragma once

#include <memory>
#include <vector>

#include "core/keyboard_nav.h"
#include "core/story.h"
#include "core/view_state.h"
#include "ui/probe.h"

namespace mm::ui {

struct LayoutCache;  // layout_cache.h

// Which parts are shown; set from the page (?view=) or by phone tabs.
enum class View { Both, Matrix, Timeline };
enum class PhoneTab { Matrix, Timeline, About };

struct ViewState {
  Selection selection;                // what the detail panel shows
  Selection hover;                    // what the pointer is over this frame
  Highlight highlight;                // derived from selection; recomputed by SetSelection
  View view = View::Both;
  PhoneTab phone_tab = PhoneTab::Matrix;
  bool want_another_frame = false;    // set by panels that animate or settle (cleared per frame)
  bool scroll_detail_to_top = false;  // a new selection starts its detail at the top
  // Touch-drag scrolling: a press that moved beyond a few pixels scrolls instead of selecting.
  bool pointer_dragged = false;
  // Keyboard: the focus model (core/keyboard_nav.h), the panels this frame offers it, and the
  // screen box of the focused item so the page can scroll it into view.
  NavState nav;
  NavContext nav_context;
  bool scroll_to_focus = false;
  float content_height = 0;           // CSS px the page needs to show everything (for iframe auto-height)
  ProbeBox focus_box;
  bool focus_box_valid = false;
  LayoutProbe* probe = nullptr;       // tests only
  // Geometry measured in earlier frames (layout_cache.h); made on first use, keyed so that it
  // is never stale, and shared by copies of this state.
  std::shared_ptr<LayoutCache> cache;
};

// True if `i` is in the highlight set `lit` (one of Highlight's vectors).
inline bool Lit(const std::vector<bool>& lit, int i) { return i >= 0 && i < (int)lit.size() && lit[i]; }

// Changes the selection and everything derived from it. Returns true if it changed.
bool SetSelection(const Story& story, ViewState& state, const Selection& sel);

}  // namespace mm::ui
