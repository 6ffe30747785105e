// reader_state.cpp — the one way the selection changes, with what derives from it.
#include "ui/reader_state.h"

#include "ui/frame_io.h"

namespace mm::ui {

bool SetSelection(const Story& story, ReaderState& reader, FrameIO& io, const Selection& sel) {
  if (reader.selection == sel) return false;
  reader.selection = sel;
  reader.highlight = ComputeHighlight(story, sel);
  io.scroll_detail_to_top = true;
  return true;
}

}  // namespace mm::ui
