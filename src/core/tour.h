// tour.h — the guided tour as the reader walks it: which step is showing, what it selects, and
// which keys move it. Pure data, so it is tested natively; the app's verbs (src/platform/app.h)
// apply it and the UI draws the card (src/ui/tour_card.cpp).
#pragma once

#include "core/keyboard_nav.h"
#include "core/story.h"
#include "core/view/selection.h"

namespace mm {

// What a step points at (its target resolved in the story as it is now); None for a step out of
// range or a target the story no longer has.
Selection TourTarget(const Story& story, int step);  // step: 0-based

// A tour key: +1 (Right, PageDown: next), -1 (Left, PageUp: back), 0 (not a tour key, or no
// tour running). While the tour runs, Left and Right belong to it (presentation clickers send
// them, as they send PageUp and PageDown); Up, Down, Tab and Enter still move within the panels.
int TourKeyDelta(NavCommand command, bool tour_running);

// The step after moving by `delta` from `step` (0-based), kept within the tour; -1 if there is
// no tour.
int MoveTourStep(const Story& story, int step, int delta);

}  // namespace mm
