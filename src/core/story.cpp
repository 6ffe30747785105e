// story.cpp — the story model's format names and FinalizeStory, which establishes the
// invariants every view relies on (story.h).
#include "story.h"

#include <algorithm>
#include <climits>
#include <cstdint>

#include "stable_order.h"

namespace mm {

const char* ToString(EvidenceKind k) {
  switch (k) {
    case EvidenceKind::ReportedFact: return "fact";
    case EvidenceKind::Attributed: return "attributed";
    case EvidenceKind::Analysis: return "analysis";
  }
  return "analysis";
}

const char* ToString(EventKind k) {
  switch (k) {
    case EventKind::Act: return "act";
    case EventKind::Context: return "context";
    case EventKind::Reaction: return "reaction";
  }
  return "context";
}

const char* ToString(SourceKind k) {
  switch (k) {
    case SourceKind::Opinion: return "opinion";
    case SourceKind::News: return "news";
    case SourceKind::Official: return "official";
    case SourceKind::Analysis: return "analysis";
    case SourceKind::Other: return "other";
  }
  return "other";
}

const char* ToString(DatePrecision p) {
  switch (p) {
    case DatePrecision::Day: return "day";
    case DatePrecision::Month: return "month";
    case DatePrecision::Year: return "year";
  }
  return "day";
}

std::vector<int> RankedSuspects(const Story& story) {
  // Rank 1 first; a missing rank (≤ 0) sorts last rather than first.
  std::vector<int64_t> keys(story.suspects.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    const int rank = story.suspects[i].assessment.rank;
    keys[i] = rank > 0 ? rank : INT64_MAX;
  }
  return StableOrder(keys);
}

std::vector<int> EventOrder(const Story& story) {
  // The day the period starts, then coarser before finer (calendar.h): Year 2, Month 1, Day 0.
  std::vector<int64_t> keys(story.events.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    const Date& d = story.events[i].date;
    keys[i] = d.DayNumber() * 4 + (2 - static_cast<int>(d.precision));
  }
  return StableOrder(keys);
}

int RankedCount(const Story& story) {
  int n = 0;
  for (const Suspect& s : story.suspects) n += s.assessment.rank > 0 ? 1 : 0;
  return n;
}

void FinalizeStory(Story& story) {
  // Sort through a permutation so that the goals' event indices can follow their events.
  const std::vector<int> order = EventOrder(story);
  std::vector<int> new_index(order.size());
  std::vector<Event> sorted;
  sorted.reserve(order.size());
  for (size_t k = 0; k < order.size(); ++k) {
    new_index[static_cast<size_t>(order[k])] = static_cast<int>(k);
    sorted.push_back(std::move(story.events[static_cast<size_t>(order[k])]));
  }
  story.events = std::move(sorted);
  for (Goal& goal : story.goals) {
    for (int& e : goal.events) e = e >= 0 && static_cast<size_t>(e) < new_index.size() ? new_index[static_cast<size_t>(e)] : -1;
  }

  const size_t motives = story.motives.size();
  story.link_index.assign(story.suspects.size() * motives, -1);
  for (size_t i = 0; i < story.links.size(); ++i) {
    const Link& link = story.links[i];
    if (link.suspect < 0 || link.motive < 0 || static_cast<size_t>(link.suspect) >= story.suspects.size() ||
        static_cast<size_t>(link.motive) >= motives) {
      continue;
    }
    int& cell = story.link_index[static_cast<size_t>(link.suspect) * motives + static_cast<size_t>(link.motive)];
    if (cell < 0) cell = static_cast<int>(i);
  }

  // Places count the ranked suspects in rank order: 1, 2, 5 become places 1, 2, 3.
  int place = 0;
  for (int i : RankedSuspects(story)) {
    Assessment& a = story.suspects[static_cast<size_t>(i)].assessment;
    a.place = a.rank > 0 ? ++place : 0;
  }
}

}  // namespace mm
