// reader_state.h — what the reader has chosen, kept from frame to frame: the selection (and the
// highlight derived from it), which view and which phone tab show, and where the keyboard focus
// is. The selection and the view are what a URL restores; the rest is where the reader left off.
// Per-frame input and output are FrameIO's (frame_io.h).
#pragma once

#include <vector>

#include "core/classroom_session.h"
#include "core/evidence_lens.h"
#include "core/keyboard_nav.h"
#include "core/story.h"
#include "core/view/selection.h"

namespace mm::ui {

struct FrameIO;  // frame_io.h

// Which parts are shown; set from the page (?view=) or by phone tabs.
enum class View { Both, Matrix, Timeline };
enum class PhoneTab { Matrix, Timeline, About };

struct ReaderState {
  Selection selection;                // what the detail panel shows
  Highlight highlight;                // derived from selection; recomputed by SetSelection
  View view = View::Both;
  Lens lens = Lens::All;              // the evidence lens (core/evidence_lens.h); a URL restores it too
  PhoneTab phone_tab = PhoneTab::Matrix;
  NavState nav;                       // the keyboard focus (core/keyboard_nav.h)
  Classroom classroom;                // ?mode=predict|class (core/classroom_session.h)
  // The guided tour (core/tour.h, ui/tour_card.h): the step showing, 0-based; -1 when no tour runs.
  int tour_step = -1;
  View view_before_tour = View::Both;  // a step without a view shows this one
  Lens lens_before_tour = Lens::All;   // likewise a step without a lens
  bool presenter = false;              // ?present=1: the tour's caption large, for a projector
};

// The one way the selection changes: recomputes the highlight and asks the next frame to show
// the new selection's detail from the top. Returns true if it changed.
bool SetSelection(const Story& story, ReaderState& reader, FrameIO& io, const Selection& sel);

// True if `i` is in the highlight set `lit` (one of Highlight's vectors).
inline bool Lit(const std::vector<bool>& lit, int i) { return i >= 0 && i < (int)lit.size() && lit[i]; }

}  // namespace mm::ui
