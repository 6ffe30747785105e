// classroom_session_test.cpp — predicting by clicks, the reveal, restoring from a code, and the
// class view's paste of many codes (core/classroom_session.h).
#include "core/classroom_session.h"

#include <gtest/gtest.h>

#include <string>

#include "core/keyboard_nav.h"
#include "core/story_loader.h"
#include "bundled_story.h"

namespace mm {
namespace {

const Story& Bundled() { return ::mm::test::BundledStory(); }

TEST(ClassroomSession, NamesRoundTrip) {
  for (ClassroomMode m : {ClassroomMode::Read, ClassroomMode::Predict, ClassroomMode::Class}) {
    ClassroomMode back = ClassroomMode::Read;
    ASSERT_TRUE(ParseMode(ModeName(m), &back));
    EXPECT_EQ(back, m);
  }
  ClassroomMode unused;
  EXPECT_FALSE(ParseMode("present", &unused));
  for (Rating r : {Rating::Unrated, Rating::NotArgued, Rating::Weak, Rating::Argued, Rating::Strong}) {
    Rating back = Rating::Unrated;
    ASSERT_TRUE(ParseRating(RatingName(r), &back));
    EXPECT_EQ(back, r);
  }
}

TEST(ClassroomSession, ClicksCycleRatingsAndToggleTheFirstChoice) {
  const Story& s = Bundled();
  Classroom c;
  StartClassroom(c, s, ClassroomMode::Predict);
  ASSERT_EQ(c.prediction.cells.size(), s.suspects.size() * s.motives.size());
  const Selection cell = Selection::Cell(1, 2);
  const Rating expected[] = {Rating::NotArgued, Rating::Weak, Rating::Argued, Rating::Strong, Rating::NotArgued};
  for (Rating r : expected) {
    const int before = c.revision;
    EXPECT_TRUE(ActOn(c, s, cell));
    EXPECT_EQ(c.prediction.cells[1 * s.motives.size() + 2], r);
    EXPECT_GT(c.revision, before);
  }
  EXPECT_EQ(RatedCount(c), 1);
  EXPECT_TRUE(ActOn(c, s, Selection::Suspect(2)));
  EXPECT_EQ(c.prediction.first_choice, 2);
  EXPECT_TRUE(ActOn(c, s, Selection::Suspect(2)));
  EXPECT_EQ(c.prediction.first_choice, -1);
  EXPECT_FALSE(ActOn(c, s, Selection::Event(0)));
  EXPECT_FALSE(ActOn(c, s, Selection::Cell(99, 0)));
}

TEST(ClassroomSession, NothingChangesInReadModeOrAfterTheReveal) {
  const Story& s = Bundled();
  Classroom c;
  StartClassroom(c, s, ClassroomMode::Read);
  EXPECT_FALSE(ActOn(c, s, Selection::Cell(0, 0)));
  StartClassroom(c, s, ClassroomMode::Predict);
  EXPECT_TRUE(Predicting(c));
  Reveal(c, s);
  EXPECT_FALSE(Predicting(c));
  EXPECT_FALSE(ActOn(c, s, Selection::Cell(0, 0)));
  EXPECT_EQ(c.prediction.cells[0], Rating::Unrated);
}

TEST(ClassroomSession, RevealMarksTheBiggestGaps) {
  const Story& s = Bundled();
  Classroom c;
  StartClassroom(c, s, ClassroomMode::Predict);
  // Every cell as the sources have it, but one turned upside down.
  for (int su = 0; su < (int)s.suspects.size(); ++su)
    for (int m = 0; m < (int)s.motives.size(); ++m) SetRating(c, s, su, m, SourcesRating(s, su, m));
  int far_s = -1, far_m = -1;
  for (int su = 0; su < (int)s.suspects.size() && far_s < 0; ++su)
    for (int m = 0; m < (int)s.motives.size(); ++m)
      if (SourcesRating(s, su, m) == Rating::Strong) { far_s = su; far_m = m; break; }
  ASSERT_GE(far_s, 0) << "the bundled story has a strong link";
  SetRating(c, s, far_s, far_m, Rating::NotArgued);
  Reveal(c, s);
  ASSERT_FALSE(c.gaps.empty());
  EXPECT_EQ(c.gaps.front(), far_s * (int)s.motives.size() + far_m);
  EXPECT_LE(c.gaps.size(), kMarkedGaps);
}

TEST(ClassroomSession, AnswersComeBackFromTheirCode) {
  const Story& s = Bundled();
  Classroom c;
  StartClassroom(c, s, ClassroomMode::Predict);
  ActOn(c, s, Selection::Cell(0, 1));
  ActOn(c, s, Selection::Cell(0, 1));
  SetFirstChoice(c, s, 1);
  const std::string code = EncodeAnswerCode(s, c.prediction);
  Classroom again;
  StartClassroom(again, s, ClassroomMode::Predict);
  ASSERT_TRUE(RestoreAnswers(again, s, code, true));
  EXPECT_EQ(again.prediction.cells, c.prediction.cells);
  EXPECT_EQ(again.prediction.first_choice, 1);
  EXPECT_TRUE(again.revealed);
  EXPECT_FALSE(RestoreAnswers(again, s, "K7QM-3ZX9", false));
}

TEST(ClassroomSession, SplitCodesReadsPastesAndLinks) {
  const auto codes = SplitCodes(" AB12-CD34,\nEF56;GH78\tX=  https://ex.org/mm/?mode=class&codes=QQ11,RR22#answers=SS33 ");
  const std::vector<std::string> expected = {"AB12-CD34", "EF56", "GH78", "X=", "QQ11", "RR22", "SS33"};
  EXPECT_EQ(codes, expected);
  EXPECT_TRUE(SplitCodes(" ,\n ").empty());
}

TEST(ClassroomSession, AClassOfThirtyWithRefusedCodesNamed) {
  const Story& s = Bundled();
  std::string paste;
  for (int i = 0; i < 30; ++i) {
    Prediction p = EmptyPrediction(s);
    // The first three cells spell i in base 5, so no two students agree.
    for (size_t k = 0; k < p.cells.size(); ++k) {
      const int digit = k == 0 ? i % 5 : k == 1 ? (i / 5) % 5 : k == 2 ? (i / 25) % 5 : static_cast<int>((k + i) % 5);
      p.cells[k] = static_cast<Rating>(digit);
    }
    p.first_choice = i % (int)s.suspects.size();
    paste += EncodeAnswerCode(s, p) + (i % 3 ? "\n" : ", ");
  }
  Prediction p = EmptyPrediction(s);
  const std::string first = EncodeAnswerCode(s, p);
  std::string mistyped = first;
  mistyped[0] = mistyped[0] == '1' ? '2' : '1';
  Classroom c;
  StartClassroom(c, s, ClassroomMode::Class);
  const auto refused = ShowClass(c, s, paste + " " + mistyped + " " + first + " " + first);
  EXPECT_EQ(c.tally.students, 31);  // the empty code once, though pasted twice
  ASSERT_EQ(refused.size(), 1u);
  EXPECT_EQ(refused[0].code, mistyped);
  EXPECT_NE(refused[0].error, CodeError::None);
  int firsts = c.tally.no_first_choice;
  for (int n : c.tally.first_choices) firsts += n;
  EXPECT_EQ(firsts, 31);
}

}  // namespace
}  // namespace mm

namespace mm {
namespace {

TEST(ClassroomSession, PredictingListsTheSuspectsByNameNotByRank) {
  const Story& s = Bundled();
  EXPECT_EQ(MatrixSuspects(s, false), RankedSuspects(s));
  const std::vector<int> neutral = MatrixSuspects(s, true);
  ASSERT_EQ(neutral.size(), s.suspects.size());
  for (size_t i = 1; i < neutral.size(); ++i)
    EXPECT_LE(s.suspects[neutral[i - 1]].short_label, s.suspects[neutral[i]].short_label);
  // The keyboard walks the same order the matrix draws: row 0 is the first by name.
  NavContext ctx;
  ctx.panels = {NavPanel::Matrix};
  ctx.neutral_order = true;
  NavState st;
  st.panel = NavPanel::Matrix;
  st.row = 0;
  st.col = 0;
  EXPECT_EQ(FocusedItem(s, ctx, st), Selection::Cell(neutral[0], 0));
}

}  // namespace
}  // namespace mm
