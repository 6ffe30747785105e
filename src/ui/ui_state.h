// ui_state.h — what the panels share: fonts, the layout they are drawn for, and the reader's
// view state. Panels are functions of (const Story&, ViewState&); they keep nothing else.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/keyboard_nav.h"
#include "core/story.h"
#include "core/view_state.h"

struct ImFont;

namespace mm::ui {

struct LayoutCache;  // layout_cache.h

// The faces the explainer uses; all loaded at device resolution (see fonts.h).
struct Fonts {
  ImFont* body = nullptr;        // Noto Sans Regular, reading size
  ImFont* bold = nullptr;        // Noto Sans Bold, reading size
  ImFont* italic = nullptr;      // Noto Sans Italic, quotes
  ImFont* small = nullptr;       // Noto Sans Regular, captions and labels
  ImFont* small_bold = nullptr;  // Noto Sans Bold, small caps-like kicker labels
  ImFont* heading = nullptr;     // Noto Serif Bold, the headline
  ImFont* subheading = nullptr;  // Noto Serif Bold, section titles
};

// Layout probe: when set, panels record the boxes they lay out so that a headless test can
// assert on geometry (nothing clipped, no overlaps, touch targets large enough). Off in the app.
struct ProbeBox {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  float Width() const { return x1 - x0; }
  float Height() const { return y1 - y0; }
};
struct ProbeItem {
  std::string what;      // "matrix.col", "matrix.cell", "timeline.card", "chip", "tab", "card" …
  std::string label;
  ProbeBox box;          // the visual box
  ProbeBox content;      // the text drawn inside it (must lie within box)
  ProbeBox hit;          // the interactive area (empty if not interactive)
  Selection target;      // what activating it selects (None if nothing)
};
struct LayoutProbe {
  std::vector<ProbeItem> items;
};

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

void Probe(ViewState& state, const char* what, const std::string& label, ProbeBox box, ProbeBox content, ProbeBox hit,
           Selection target = {});

// Changes the selection and everything derived from it. Returns true if it changed.
bool SetSelection(const Story& story, ViewState& state, const Selection& sel);

// The layout the frame is drawn for (CSS pixels).
struct Layout {
  float width = 0, height = 0;
  bool phone = false;                 // narrow: one column, tabs, transposed matrix
  float touch_target = 28;            // minimum hit size; 44 on phone (WCAG / Apple HIG)
  float margin = 24;                  // page margin
};
Layout MakeLayout(float width, float height);

}  // namespace mm::ui
