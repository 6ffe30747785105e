// relations.h — who is linked to what in a story: the questions every view asks of it.
//
// "Which motives are argued for this suspect?", "who argues this motive?", "which events name
// it?": the text version, the spoken description of a selection and the highlight sets all ask
// them, and all get the same answer here. Computed from the story's own arrays (links, the
// events' and goals' references), never from link_index, so that the answers hold for any
// story, loaded or built in code without FinalizeStory: references out of range are skipped,
// and a pair argued by two links (which the loader rejects) counts once, by its first link, as
// in FinalizeStory.
#pragma once

#include <vector>

#include "core/story.h"

namespace mm {

// One argued suspect × motive pair: the indices of both, and of the link that argues it.
struct ArguedPair {
  int suspect = -1;
  int motive = -1;
  int link = -1;
};

// The motives argued for `suspect`, in motive order (the matrix's columns). O(links).
std::vector<ArguedPair> ArguedMotives(const Story& story, int suspect);

// The suspects arguing `motive`, in ranking order (RankedSuspects). O(links + suspects).
std::vector<ArguedPair> SuspectsArguing(const Story& story, int motive);

// Both, for every suspect and every motive at once, in one pass (for a view that shows them all).
struct Arguments {
  std::vector<std::vector<ArguedPair>> by_suspect;  // [s]: ArguedMotives(story, s)
  std::vector<std::vector<ArguedPair>> by_motive;   // [m]: SuspectsArguing(story, m)
};
Arguments AllArguments(const Story& story);

// The events whose `motives` / `suspects` name it, in story order (none for an index out of range).
std::vector<int> EventsNamingMotive(const Story& story, int motive);
std::vector<int> EventsNamingSuspect(const Story& story, int suspect);

// The goals whose `motives` / `events` name it, in story order (none for an index out of range).
std::vector<int> GoalsNamingMotive(const Story& story, int motive);
std::vector<int> GoalsNamingEvent(const Story& story, int event);

}  // namespace mm
