// relations.cpp — argued pairs and naming references, read from the story's arrays (relations.h).
#include "core/relations.h"

#include "core/stable_order.h"

#include <algorithm>

namespace mm {
namespace {

template <typename T>
bool InRange(int i, const std::vector<T>& v) {
  return i >= 0 && static_cast<size_t>(i) < v.size();
}

bool Contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// A link both of whose ends are in the story.
bool Resolved(const Story& story, const Link& link) {
  return InRange(link.suspect, story.suspects) && InRange(link.motive, story.motives);
}

// Pairs of one suspect, gathered in link order: sorted by motive, each motive's first link kept.
void ByMotiveFirstLinkKept(std::vector<ArguedPair>& pairs) {
  std::vector<int64_t> keys(pairs.size());
  for (size_t i = 0; i < pairs.size(); ++i) keys[i] = pairs[i].motive;
  std::vector<ArguedPair> sorted;
  sorted.reserve(pairs.size());
  for (int i : StableOrder(keys)) sorted.push_back(pairs[static_cast<size_t>(i)]);
  pairs = std::move(sorted);
  pairs.erase(std::unique(pairs.begin(), pairs.end(),
                          [](const ArguedPair& a, const ArguedPair& b) { return a.motive == b.motive; }),
              pairs.end());
}

template <typename Item, typename Names>
std::vector<int> Naming(const std::vector<Item>& items, Names names) {
  std::vector<int> out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (names(items[i])) out.push_back(static_cast<int>(i));
  }
  return out;
}

}  // namespace

std::vector<ArguedPair> ArguedMotives(const Story& story, int suspect) {
  std::vector<ArguedPair> out;
  for (size_t i = 0; i < story.links.size(); ++i) {
    const Link& link = story.links[i];
    if (link.suspect == suspect && Resolved(story, link)) out.push_back({suspect, link.motive, static_cast<int>(i)});
  }
  ByMotiveFirstLinkKept(out);
  return out;
}

std::vector<ArguedPair> SuspectsArguing(const Story& story, int motive) {
  std::vector<ArguedPair> out;
  if (!InRange(motive, story.motives)) return out;
  std::vector<int> first_link(story.suspects.size(), -1);  // per suspect
  for (size_t i = 0; i < story.links.size(); ++i) {
    const Link& link = story.links[i];
    if (link.motive != motive || !Resolved(story, link)) continue;
    int& first = first_link[static_cast<size_t>(link.suspect)];
    if (first < 0) first = static_cast<int>(i);
  }
  for (int s : RankedSuspects(story)) {
    const int link = first_link[static_cast<size_t>(s)];
    if (link >= 0) out.push_back({s, motive, link});
  }
  return out;
}

Arguments AllArguments(const Story& story) {
  Arguments out;
  out.by_suspect.resize(story.suspects.size());
  out.by_motive.resize(story.motives.size());
  for (size_t i = 0; i < story.links.size(); ++i) {
    const Link& link = story.links[i];
    if (!Resolved(story, link)) continue;
    out.by_suspect[static_cast<size_t>(link.suspect)].push_back({link.suspect, link.motive, static_cast<int>(i)});
  }
  for (std::vector<ArguedPair>& pairs : out.by_suspect) ByMotiveFirstLinkKept(pairs);
  for (int s : RankedSuspects(story)) {
    for (const ArguedPair& pair : out.by_suspect[static_cast<size_t>(s)]) {
      out.by_motive[static_cast<size_t>(pair.motive)].push_back(pair);
    }
  }
  return out;
}

std::vector<int> EventsNamingMotive(const Story& story, int motive) {
  if (!InRange(motive, story.motives)) return {};
  return Naming(story.events, [&](const Event& e) { return Contains(e.motives, motive); });
}

std::vector<int> EventsNamingSuspect(const Story& story, int suspect) {
  if (!InRange(suspect, story.suspects)) return {};
  return Naming(story.events, [&](const Event& e) { return Contains(e.suspects, suspect); });
}

std::vector<int> GoalsNamingMotive(const Story& story, int motive) {
  if (!InRange(motive, story.motives)) return {};
  return Naming(story.goals, [&](const Goal& g) { return Contains(g.motives, motive); });
}

std::vector<int> GoalsNamingEvent(const Story& story, int event) {
  if (!InRange(event, story.events)) return {};
  return Naming(story.goals, [&](const Goal& g) { return Contains(g.events, event); });
}

}  // namespace mm
