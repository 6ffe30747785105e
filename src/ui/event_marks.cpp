// event_marks.cpp — an event's colour, dot and dated title, and whether the selection lights it.
#include "ui/event_marks.h"

#include "ui/reader_state.h"
#include "ui/theme.h"

namespace mm::ui {

uint32_t EventColor(EventKind kind) {
  const Palette& p = Colors();
  switch (kind) {
    case EventKind::Act: return p.act;
    case EventKind::Reaction: return p.attributed;
    case EventKind::Context: return p.ink_secondary;
  }
  return p.ink;
}

void DrawEventMarker(ImDrawList* dl, ImVec2 c, const Event& ev, bool emphasised) {
  const uint32_t col = EventColor(ev.kind);
  const float r = ev.kind == EventKind::Act ? 7.0f : 5.0f;
  if (ev.date.precision == DatePrecision::Day && !ev.date.approximate) {
    dl->AddCircleFilled(c, r, col, 20);
  } else {  // uncertain date: hollow
    dl->AddCircleFilled(c, r, Colors().page, 20);
    dl->AddCircle(c, r, col, 20, 2.0f);
  }
  if (emphasised) dl->AddCircle(c, r + 4, Colors().highlight_rule, 20, 2.0f);
}

bool EventLit(const Highlight& highlight, int i) { return highlight.any && Lit(highlight.events, i); }

std::string DatedTitle(const Words& words, const Event& ev) {
  return words.ShortDateText(ev.date) + " \xE2\x80\x94 " + ev.title;  // em dash
}

}  // namespace mm::ui
