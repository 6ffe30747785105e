// tour_test.cpp — the guided tour's card drawn headlessly at desktop and phone sizes: every step
// of the bundled story's tour brings its target into view above the card, the card and its
// buttons fit the screen (44 px targets on phones), and the card's buttons move and end the tour.
#include <gtest/gtest.h>
#include <imgui.h>

#include <string>

#include "core/story_loader.h"
#include "core/tour.h"
#include "headless.h"
#include "ui/tour_card.h"
#include "../unit/bundled_story.h"

namespace mm::ui {
namespace {

using test::Headless;

const Story& Bundled() { return ::mm::test::BundledStory(); }

constexpr float kTol = 0.51f;

bool Overlap(const ProbeBox& a, const ProbeBox& b) {
  return a.x0 < b.x1 - kTol && b.x0 < a.x1 - kTol && a.y0 < b.y1 - kTol && b.y0 < a.y1 - kTol;
}

TEST(TourCard, EveryStepShowsItsTargetAboveTheCard) {
  const Story& story = Bundled();
  ASSERT_FALSE(story.tour.empty());
  for (const auto& [w, hgt] : {std::pair{1280.0f, 800.0f}, std::pair{390.0f, 844.0f}}) {
    Headless h(w, hgt, 1.0f);
    UiState state;
    h.Frames(story, state, 2);
    ASSERT_EQ(h.Items("tour.take").size(), 1u) << "a story with a tour offers it";
    for (int step = 0; step < static_cast<int>(story.tour.size()); ++step) {
      SCOPED_TRACE("width " + std::to_string(w) + ", step " + std::to_string(step + 1));
      ASSERT_TRUE(ShowTourStep(story, state, step));
      h.Frames(story, state, 4);  // the scroll lands a frame or two after it is asked for
      EXPECT_EQ(state.reader.selection, TourTarget(story, step));
      EXPECT_TRUE(h.Items("tour.take").empty()) << "no entry while the tour runs";
      const float card = state.io.tour_card_height;
      ASSERT_GT(card, 0.0f);
      EXPECT_LT(card, hgt * 0.45f) << "the card leaves most of the screen to the explainer";
      bool seen = false;
      for (const ProbeItem& it : h.probe().items) {
        if (it.target != state.reader.selection || it.what == "chip") continue;
        seen = true;
        EXPECT_GE(it.box.y0, -kTol) << it.what << " \"" << it.label << "\" is above the screen";
        EXPECT_LE(it.box.y1, hgt - card + kTol) << it.what << " \"" << it.label << "\" is under the card";
        break;
      }
      EXPECT_TRUE(seen) << "the step's target is laid out";
      for (const char* what : {"tour.next", "tour.close"}) {
        const auto items = h.Items(what);
        ASSERT_EQ(items.size(), 1u) << what;
        const ProbeBox& b = items[0].hit;
        EXPECT_GE(b.x0, -kTol);
        EXPECT_LE(b.x1, w + kTol);
        EXPECT_GE(b.y0, hgt - card - kTol) << what << " is on the card";
        EXPECT_LE(b.y1, hgt + kTol);
        EXPECT_GE(b.Height(), (w < 600 ? 44.0f : 40.0f) - kTol) << what;
        EXPECT_GE(b.Width(), 44.0f - kTol) << what;
        EXPECT_LE(items[0].content.x1, b.x1 + kTol) << what << "'s label fits";
      }
      EXPECT_EQ(h.Items("tour.back").size(), step > 0 ? 1u : 0u) << "Back from the second step on";
      if (step > 0) {
        EXPECT_FALSE(Overlap(h.Items("tour.back")[0].hit, h.Items("tour.next")[0].hit));
      }
      EXPECT_FALSE(Overlap(h.Items("tour.next")[0].hit, h.Items("tour.close")[0].hit));
    }
  }
}

// A link to #step=N shows the step before the first frame, when the window's scroll range is not
// known yet: the target must still end up in view.
TEST(TourCard, ADeepLinkedStepScrollsFromTheFirstFrame) {
  const Story& story = Bundled();
  for (int step = 0; step < static_cast<int>(story.tour.size()); ++step) {
    SCOPED_TRACE("step " + std::to_string(step + 1));
    Headless h(390, 844, 1.0f);
    UiState state;
    ASSERT_TRUE(ShowTourStep(story, state, step));
    h.Frames(story, state, 5);
    bool in_view = false;
    for (const ProbeItem& it : h.probe().items) {
      if (it.target == state.reader.selection && it.what != "chip")
        in_view = it.box.y0 >= -kTol && it.box.y1 <= 844 - state.io.tour_card_height + kTol;
      if (in_view) break;
    }
    EXPECT_TRUE(in_view);
  }
}

TEST(TourCard, ButtonsMoveAndEndTheTour) {
  const Story& story = Bundled();
  Headless h(1280, 800, 1.0f);
  UiState state;
  h.Frames(story, state, 2);
  auto centre = [](const ProbeItem& it) { return ImVec2((it.hit.x0 + it.hit.x1) / 2, (it.hit.y0 + it.hit.y1) / 2); };
  const ImVec2 take = centre(h.Items("tour.take").at(0));
  h.Click(story, state, take.x, take.y);
  EXPECT_EQ(state.reader.tour_step, 0);
  ImVec2 next = centre(h.Items("tour.next").at(0));
  h.Click(story, state, next.x, next.y);
  EXPECT_EQ(state.reader.tour_step, 1);
  EXPECT_EQ(state.reader.selection, TourTarget(story, 1));
  const ImVec2 back = centre(h.Items("tour.back").at(0));
  h.Click(story, state, back.x, back.y);
  EXPECT_EQ(state.reader.tour_step, 0);
  const View before = View::Both;
  const ImVec2 close = centre(h.Items("tour.close").at(0));
  h.Click(story, state, close.x, close.y);
  EXPECT_EQ(state.reader.tour_step, -1);
  EXPECT_EQ(state.reader.view, before) << "the reader's view comes back";
  EXPECT_EQ(state.io.tour_card_height, 0.0f);
  // The last step's Next is "Done": it ends the tour.
  ASSERT_TRUE(ShowTourStep(story, state, static_cast<int>(story.tour.size()) - 1));
  h.Frames(story, state, 3);
  next = centre(h.Items("tour.next").at(0));
  h.Click(story, state, next.x, next.y);
  EXPECT_EQ(state.reader.tour_step, -1);
  EXPECT_FALSE(ShowTourStep(story, state, static_cast<int>(story.tour.size())));
}

TEST(TourCard, AStepsLensShowsWithItAndTheReadersComesBack) {
  const Story& story = Bundled();
  int with_lens = -1;
  for (size_t i = 0; i < story.tour.size(); ++i) if (!story.tour[i].lens.empty()) with_lens = static_cast<int>(i);
  ASSERT_GE(with_lens, 1) << "the bundled tour has a step with a lens, after the first";
  UiState state;
  state.reader.lens = Lens::Attributed;  // the reader's own, before the tour
  ASSERT_TRUE(ShowTourStep(story, state, with_lens - 1));
  if (story.tour[with_lens - 1].lens.empty())
    EXPECT_EQ(state.reader.lens, Lens::Attributed) << "a step without a lens keeps the reader's";
  ASSERT_TRUE(ShowTourStep(story, state, with_lens));
  Lens expected = Lens::All;
  ASSERT_TRUE(ParseLens(story.tour[with_lens].lens, &expected));
  EXPECT_EQ(state.reader.lens, expected) << "the step shows its quotes under its lens";
  ASSERT_TRUE(ShowTourStep(story, state, -1));
  EXPECT_EQ(state.reader.lens, Lens::Attributed) << "ending the tour gives the reader's lens back";
}

}  // namespace
}  // namespace mm::ui
