// selection.cpp — whether a selection points into the story, and the highlight sets it lights.
//
// Every function takes untrusted input (an index from a stale UI frame, a fuzzer's bytes) and
// must neither fail nor read out of bounds: invalid selections behave as None.
#include "core/view/selection.h"

#include "core/relations.h"

namespace mm {
namespace {

bool InRange(int i, size_t size) { return i >= 0 && static_cast<size_t>(i) < size; }

// Marks indices from a resolved cross-reference list, ignoring any that are out of range
// (a hand-built or partially resolved story must not crash the view).
void MarkAll(std::vector<bool>& set, const std::vector<int>& indices) {
  for (int i : indices) {
    if (InRange(i, set.size())) set[static_cast<size_t>(i)] = true;
  }
}

void Mark(std::vector<bool>& set, int i) {
  if (InRange(i, set.size())) set[static_cast<size_t>(i)] = true;
}

}  // namespace

bool IsValid(const Story& story, const Selection& sel) {
  switch (sel.kind) {
    case SelectionKind::None: return false;
    case SelectionKind::Cell:
      return InRange(sel.index, story.suspects.size()) && InRange(sel.motive, story.motives.size());
    case SelectionKind::Suspect: return InRange(sel.index, story.suspects.size());
    case SelectionKind::Motive: return InRange(sel.index, story.motives.size());
    case SelectionKind::Event: return InRange(sel.index, story.events.size());
    case SelectionKind::Goal: return InRange(sel.index, story.goals.size());
    case SelectionKind::Reaction: return InRange(sel.index, story.reactions.size());
  }
  return false;
}

const char* SelectionKindKey(SelectionKind kind) {
  switch (kind) {
    case SelectionKind::Cell: return "cell";
    case SelectionKind::Suspect: return "suspect";
    case SelectionKind::Motive: return "motive";
    case SelectionKind::Event: return "event";
    case SelectionKind::Goal: return "goal";
    case SelectionKind::Reaction: return "reaction";
    case SelectionKind::None: break;
  }
  return "none";
}

const std::string& SelectedItemId(const Story& story, const Selection& sel) {
  static const std::string kNone;
  if (!IsValid(story, sel)) return kNone;
  const size_t i = static_cast<size_t>(sel.index);
  switch (sel.kind) {
    case SelectionKind::Suspect: return story.suspects[i].id;
    case SelectionKind::Motive: return story.motives[i].id;
    case SelectionKind::Event: return story.events[i].id;
    case SelectionKind::Goal: return story.goals[i].id;
    case SelectionKind::Reaction: return story.reactions[i].id;
    case SelectionKind::Cell:
    case SelectionKind::None: break;
  }
  return kNone;
}

Highlight ComputeHighlight(const Story& story, const Selection& sel) {
  Highlight h;
  h.suspects.assign(story.suspects.size(), false);
  h.motives.assign(story.motives.size(), false);
  h.events.assign(story.events.size(), false);
  h.goals.assign(story.goals.size(), false);
  if (!IsValid(story, sel)) return h;

  switch (sel.kind) {
    case SelectionKind::Cell: {
      // The pair's row and column, and what either of them reaches on the timeline.
      const int s = sel.index, m = sel.motive;
      Mark(h.suspects, s);
      Mark(h.motives, m);
      MarkAll(h.events, EventsNamingSuspect(story, s));
      MarkAll(h.events, EventsNamingMotive(story, m));
      MarkAll(h.goals, GoalsNamingMotive(story, m));
      break;
    }
    case SelectionKind::Suspect: {
      const int s = sel.index;
      Mark(h.suspects, s);
      for (const ArguedPair& pair : ArguedMotives(story, s)) Mark(h.motives, pair.motive);
      MarkAll(h.events, EventsNamingSuspect(story, s));
      break;
    }
    case SelectionKind::Motive: {
      const int m = sel.index;
      Mark(h.motives, m);
      MarkAll(h.events, EventsNamingMotive(story, m));
      MarkAll(h.goals, GoalsNamingMotive(story, m));
      break;
    }
    case SelectionKind::Event: {
      const Event& e = story.events[static_cast<size_t>(sel.index)];
      Mark(h.events, sel.index);
      MarkAll(h.motives, e.motives);
      MarkAll(h.suspects, e.suspects);
      MarkAll(h.goals, GoalsNamingEvent(story, sel.index));
      break;
    }
    case SelectionKind::Goal: {
      const Goal& g = story.goals[static_cast<size_t>(sel.index)];
      Mark(h.goals, sel.index);
      MarkAll(h.events, g.events);
      MarkAll(h.motives, g.motives);
      break;
    }
    case SelectionKind::Reaction:  // reactions stand alone: nothing in the matrix or timeline
    case SelectionKind::None:
      return h;
  }
  h.any = true;
  return h;
}

}  // namespace mm
