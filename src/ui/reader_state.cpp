// reader_state.cpp — the one way the selection changes, with what derives from it.
#include "ui/reader_state.h"

#include "ui/frame_io.h"

namespace mm::ui {

bool SetSelection(const Story& story, ReaderState& reader, FrameIO& io, const Selection& sel) {
  // The highlight's sets are sized to the story: a newly loaded one needs them again even when
  // the selection is the same (nothing selected, before and after).
  const Highlight& h = reader.highlight;
  const bool sized = h.suspects.size() == story.suspects.size() && h.motives.size() == story.motives.size() &&
                     h.events.size() == story.events.size() && h.goals.size() == story.goals.size();
  if (reader.selection == sel && sized) return false;
  reader.selection = sel;
  reader.highlight = ComputeHighlight(story, sel);
  io.scroll_detail_to_top = true;
  return true;
}

}  // namespace mm::ui
