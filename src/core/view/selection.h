// selection.h — what the reader has selected, independent of any UI toolkit (which view is
// showing is ui::ViewState's), whether it points into the story, and what it lights up.
#pragma once

#include <string>
#include <vector>

#include "core/story.h"

namespace mm {

enum class SelectionKind { None, Cell, Suspect, Motive, Event, Goal, Reaction };

// Built through the named constructors, so a call site says what it selects. The fields stay
// public: a fuzzer or a stale UI frame may hold any values, and every reader checks IsValid.
struct Selection {
  SelectionKind kind = SelectionKind::None;
  int index = -1;   // Cell: the suspect; Suspect/Motive/Event/Goal/Reaction: the item's index
  int motive = -1;  // Cell: the motive; -1 for every other kind

  Selection() = default;
  static Selection None() { return {}; }
  static Selection Cell(int suspect, int motive) { return {SelectionKind::Cell, suspect, motive}; }
  static Selection Suspect(int i) { return {SelectionKind::Suspect, i, -1}; }
  static Selection Motive(int i) { return {SelectionKind::Motive, i, -1}; }
  static Selection Event(int i) { return {SelectionKind::Event, i, -1}; }
  static Selection Goal(int i) { return {SelectionKind::Goal, i, -1}; }
  static Selection Reaction(int i) { return {SelectionKind::Reaction, i, -1}; }
  // One item of a kind chosen at run time (the hash parser); a Cell needs Cell().
  static Selection Item(SelectionKind kind, int i) {
    return kind == SelectionKind::None || kind == SelectionKind::Cell ? Selection{} : Selection{kind, i, -1};
  }

  bool operator==(const Selection& o) const { return kind == o.kind && index == o.index && motive == o.motive; }
  bool operator!=(const Selection& o) const { return !(*this == o); }

 private:
  Selection(SelectionKind k, int i, int m) : kind(k), index(i), motive(m) {}
};

// A selection whose indices point into the story; anything else is treated as None.
bool IsValid(const Story& story, const Selection& sel);

// The word for a kind in the hash and the state JSON ("cell", "event"…; "none" for None).
const char* SelectionKindKey(SelectionKind kind);
// The id of the selected item of a valid non-Cell selection; "" otherwise.
const std::string& SelectedItemId(const Story& story, const Selection& sel);

// What to highlight when something is selected: linked both ways between matrix and timeline.
// Selecting an event highlights its motives and suspects; a motive highlights its events and
// the goals that name it; a suspect highlights its linked motives and its events; a cell both.
struct Highlight {
  std::vector<bool> suspects, motives, events, goals;  // sized to the story
  bool any = false;
};
Highlight ComputeHighlight(const Story& story, const Selection& sel);

}  // namespace mm
