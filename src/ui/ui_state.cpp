// ui_state.cpp — the one way the selection changes, with what derives from it.
#include "ui/ui_state.h"

namespace mm::ui {

bool SetSelection(const Story& story, ViewState& state, const Selection& sel) {
  if (state.selection == sel) return false;
  state.selection = sel;
  state.highlight = ComputeHighlight(story, sel);
  state.scroll_detail_to_top = true;
  return true;
}

}  // namespace mm::ui
