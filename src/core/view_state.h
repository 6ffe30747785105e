// view_state.h — what the reader has selected, independent of any UI toolkit (which view is
// showing is ui::ViewState's); plus the derived highlight sets, the URL-hash and JSON forms of a
// selection, and the sentence that describes it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "story.h"

namespace mm {

enum class SelectionKind { None, Cell, Suspect, Motive, Event, Goal, Reaction };

struct Selection {
  SelectionKind kind = SelectionKind::None;
  int a = -1;  // Cell: suspect; Suspect/Motive/Event/Goal/Reaction: the item's index
  int b = -1;  // Cell: motive
  bool operator==(const Selection& o) const { return kind == o.kind && a == o.a && b == o.b; }
  bool operator!=(const Selection& o) const { return !(*this == o); }
};

// What to highlight when something is selected: linked both ways between matrix and timeline.
// Selecting an event highlights its motives and suspects; a motive highlights its events and
// the goals that name it; a suspect highlights its linked motives and its events; a cell both.
struct Highlight {
  std::vector<bool> suspects, motives, events, goals;  // sized to the story
  bool any = false;
};
Highlight ComputeHighlight(const Story& story, const Selection& sel);


// URL hash: "#cell=<suspect>:<motive>", "#suspect=<id>", "#motive=<id>", "#event=<id>",
// "#goal=<id>", "#reaction=<id>"; "" for None. Parsing accepts with or without the leading '#',
// and returns None for anything unknown or malformed (never fails).
std::string SelectionToHash(const Story& story, const Selection& sel);
Selection SelectionFromHash(const Story& story, std::string_view hash);

// Plain JSON for window.motiveMatrix.state(): {"selection":{"kind":"cell","suspect":"…",
// "motive":"…"},"view":"…","hash":"#…"}.
std::string SelectionToJson(const Story& story, const Selection& sel, std::string_view view);
// The same document as an object, for a caller that adds fields and then dumps it once (the
// page's state document, src/platform/page_state.cpp).
nlohmann::ordered_json SelectionToJsonObject(const Story& story, const Selection& sel, std::string_view view);

// One sentence describing the selection for a live region / tooltip, e.g.
// "Pro-escalation Europe × Embarrass Trump: strong link argued by the article; 2 quotes".
std::string DescribeSelection(const Story& story, const Selection& sel);

}  // namespace mm
