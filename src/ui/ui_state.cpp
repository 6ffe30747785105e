#include "ui/ui_state.h"

namespace mm::ui {

bool SetSelection(const Story& story, ViewState& state, const Selection& sel) {
  // The highlight's sets are sized to the story: a newly loaded one needs them again even when
  // the selection is the same (nothing selected, before and after).
  const Highlight& h = state.highlight;
  const bool sized = h.suspects.size() == story.suspects.size() && h.motives.size() == story.motives.size() &&
                     h.events.size() == story.events.size() && h.goals.size() == story.goals.size();
  if (state.selection == sel && sized) return false;
  state.selection = sel;
  state.highlight = ComputeHighlight(story, sel);
  state.scroll_detail_to_top = true;
  return true;
}

void Probe(ViewState& state, const char* what, const std::string& label, ProbeBox box, ProbeBox content, ProbeBox hit,
           Selection target) {
  if (state.probe) state.probe->items.push_back({what, label, box, content, hit, target});
}

Layout MakeLayout(float width, float height) {
  Layout l;
  l.width = width;
  l.height = height;
  // Below 900 CSS px the side-by-side layout leaves the matrix too narrow to read.
  l.phone = width < 900.0f;
  l.touch_target = l.phone ? 44.0f : 28.0f;
  l.margin = width < 480.0f ? 14.0f : (l.phone ? 20.0f : 28.0f);
  return l;
}

}  // namespace mm::ui
