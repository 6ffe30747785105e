// classroom_view_test.cpp — the canvas in the classroom modes, headless: while predicting a click
// rates a cell and names the first choice, the rows go by name, and the detail shows nothing of
// the sources' (no quotes, no related items) until the reveal; the class view's rows say how many
// chose each suspect first.
#include <gtest/gtest.h>

#include <string>

#include "core/classroom_session.h"
#include "core/story_loader.h"
#include "headless.h"
#include "ui/tour_card.h"
#include "ui/panels.h"
#include "../unit/bundled_story.h"

namespace mm::ui {
namespace {

using test::Headless;

const Story& Bundled() { return ::mm::test::BundledStory(); }

void Click(Headless& h, const Story& story, UiState& state, const ProbeItem& it) {
  h.Click(story, state, (it.hit.x0 + it.hit.x1) / 2, (it.hit.y0 + it.hit.y1) / 2);
}

TEST(ClassroomView, PredictingRatesByClickAndHidesTheSourcesUntilTheReveal) {
  const Story& story = Bundled();
  Headless h(1280, 1600, 1.0f);
  UiState state;
  StartClassroom(state.reader.classroom, story, ClassroomMode::Predict);
  h.Frames(story, state, 2);
  // Rows by name, not by the sources' ranking.
  const auto rows = h.Items("matrix.row");
  const std::vector<int> order = MatrixSuspects(story, true);
  ASSERT_EQ(rows.size(), order.size());
  for (size_t i = 0; i < rows.size(); ++i) EXPECT_EQ(rows[i].target, Selection::Suspect(order[i]));

  // Neither the evidence lens (which would tell which cells are argued) nor the tour (which walks
  // through the sources' answers) is offered while predicting.
  EXPECT_TRUE(h.Items("lens").empty());
  EXPECT_TRUE(h.Items("tour.take").empty());
  EXPECT_FALSE(ShowTourStep(story, state, 0));
  const auto cells = h.Items("matrix.cell");
  ASSERT_FALSE(cells.empty());
  Click(h, story, state, cells[0]);
  Click(h, story, state, cells[0]);
  const Selection cell = state.reader.selection;
  ASSERT_EQ(cell.kind, SelectionKind::Cell);
  EXPECT_EQ(cell.index, order[0]);
  EXPECT_EQ(state.reader.classroom.prediction.cells[cell.index * story.motives.size() + cell.motive], Rating::Weak);
  // The cell's detail: the student's rating only; the read-mode detail's related chips are absent.
  h.Frames(story, state, 2);
  EXPECT_TRUE(h.Items("chip").empty()) << "the detail shows the sources' related items while predicting";

  Click(h, story, state, rows[1]);
  EXPECT_EQ(state.reader.classroom.prediction.first_choice, order[1]);
  h.Frames(story, state, 2);
  EXPECT_TRUE(h.Items("chip").empty()) << "a suspect's detail shows the sources' motives while predicting";

  Reveal(state.reader.classroom, story);
  h.Frames(story, state, 2);
  // The detail is the whole story's again: a motive's related suspects (a suspect's or a cell's
  // cross references sit below their quotes and the evidence breakdown, out of the probe's view).
  Click(h, story, state, h.Items("matrix.col")[0]);
  h.Frames(story, state, 2);
  ASSERT_EQ(state.reader.selection.kind, SelectionKind::Motive);
  EXPECT_FALSE(h.Items("lens").empty()) << "once revealed, the lens is offered again";
  EXPECT_FALSE(h.Items("chip").empty()) << "once revealed, the detail is the whole story's again";
  // A click no longer changes the answers.
  Click(h, story, state, h.Items("matrix.cell")[0]);
  EXPECT_EQ(state.reader.classroom.prediction.cells[cell.index * story.motives.size() + cell.motive], Rating::Weak);
}

TEST(ClassroomView, TheClassViewDrawsEveryCell) {
  const Story& story = Bundled();
  for (float w : {390.0f, 1280.0f}) {
    Headless h(w, 1600, 1.0f);
    UiState state;
    StartClassroom(state.reader.classroom, story, ClassroomMode::Class);
    Prediction p = EmptyPrediction(story);
    p.cells.assign(p.cells.size(), Rating::Argued);
    p.first_choice = 0;
    ShowClass(state.reader.classroom, story, EncodeAnswerCode(story, p));
    ASSERT_EQ(state.reader.classroom.tally.students, 1);
    h.Frames(story, state, 2);
    const size_t drawn = h.Items("matrix.cell").size();
    if (w > 1000) EXPECT_EQ(drawn, story.suspects.size() * story.motives.size());
    else EXPECT_GT(drawn, 0u);  // the phone's matrix runs below the fold
    // Clicking selects as in reading; nothing of a prediction changes.
    Click(h, story, state, h.Items("matrix.cell")[0]);
    EXPECT_EQ(state.reader.selection.kind, SelectionKind::Cell);
    EXPECT_EQ(state.reader.classroom.tally.students, 1);
  }
}

}  // namespace
}  // namespace mm::ui
