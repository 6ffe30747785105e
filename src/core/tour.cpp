// tour.cpp — the guided tour's steps resolved, moved and keyed (tour.h).
#include "core/tour.h"

#include <algorithm>

#include "core/view/url_hash.h"

namespace mm {

Selection TourTarget(const Story& story, int step) {
  if (step < 0 || step >= static_cast<int>(story.tour.size())) return {};
  return SelectionFromHash(story, story.tour[static_cast<size_t>(step)].target);
}

int TourKeyDelta(NavCommand command, bool tour_running) {
  if (!tour_running) return 0;
  switch (command) {
    case NavCommand::Right:
    case NavCommand::NextStep: return 1;
    case NavCommand::Left:
    case NavCommand::PrevStep: return -1;
    default: return 0;
  }
}

int MoveTourStep(const Story& story, int step, int delta) {
  const int n = static_cast<int>(story.tour.size());
  if (n == 0) return -1;
  return std::clamp(step + delta, 0, n - 1);
}

}  // namespace mm
