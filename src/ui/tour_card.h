// tour_card.h — the guided tour on the canvas: showing a step (its target selected, its view, the
// phone tab that shows it, scrolled into view), the card pinned to the bottom of the window
// (step n of N, the caption, the question, Back / Next / Close), and the "Take the tour" button.
#pragma once

#include "core/story.h"
#include "ui/fonts.h"
#include "ui/layout.h"
#include "ui/ui_state.h"

namespace mm::ui {

// Shows step `step` (0-based) of the story's tour; -1 ends the tour (what it selected stays, and
// the view goes back to the reader's). Returns false, changing nothing, for a step the tour lacks.
bool ShowTourStep(const Story& story, UiState& ui, int step);

// The card, in its own window over the bottom of the explainer; records its height in
// io.tour_card_height (0 when no tour runs) so the page leaves room for it below the content.
void DrawTourCard(const Story& story, UiState& ui, const Fonts& f, const Layout& layout);

// "Take the tour", under the header, for a story with a tour that is not running.
void DrawTourEntry(const Story& story, UiState& ui, const Fonts& f, const Layout& layout);

// After the content is drawn: if a step asked for it, scrolls the window so that its target (as
// the layout probe recorded it this frame) is in view above the card. A jump: nothing animates,
// so prefers-reduced-motion needs nothing more.
void ScrollToTourTarget(const Story& story, UiState& ui, const LayoutProbe& probe, const Layout& layout);

}  // namespace mm::ui
