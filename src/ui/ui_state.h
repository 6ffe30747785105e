// ui_state.h — all the UI keeps between frames, as the app holds it: what the reader has chosen
// (reader_state.h), the frame's input and output (frame_io.h), and the geometry measured in
// earlier frames (layout_cache.h). The page passes each panel the parts it needs.
#pragma once

#include "ui/frame_io.h"
#include "ui/layout_cache.h"
#include "ui/reader_state.h"

namespace mm::ui {

struct UiState {
  ReaderState reader;
  FrameIO io;
  LayoutCache cache;  // keyed so that it is never stale
};

inline bool SetSelection(const Story& story, UiState& ui, const Selection& sel) {
  return SetSelection(story, ui.reader, ui.io, sel);
}

}  // namespace mm::ui
