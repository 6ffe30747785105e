// classroom_test.cpp — answer codes round-trip and refuse what they should; gaps; the tally.
#include "core/classroom.h"

#include <gtest/gtest.h>

#include <string>

#include "core/story_loader.h"
#include "bundled_story.h"

namespace mm {
namespace {

const Story& Bundled() { return ::mm::test::BundledStory(); }

Prediction Sample(const Story& s) {
  Prediction p = EmptyPrediction(s);
  const Rating cycle[] = {Rating::Strong, Rating::NotArgued, Rating::Weak, Rating::Unrated, Rating::Argued};
  for (size_t i = 0; i < p.cells.size(); ++i) p.cells[i] = cycle[i % 5];
  p.first_choice = 2;
  return p;
}

TEST(Classroom, CodesRoundTrip) {
  const Story& s = Bundled();
  const Prediction p = Sample(s);
  const std::string code = EncodeAnswerCode(s, p);
  EXPECT_LE(code.size(), 32u) << code << ": short enough to read out or type";
  Prediction back;
  CodeError error = CodeError::Empty;
  ASSERT_TRUE(DecodeAnswerCode(s, code, &back, &error)) << Describe(error);
  EXPECT_EQ(back.cells, p.cells);
  EXPECT_EQ(back.first_choice, 2);
  // Case, dashes and spaces do not matter; O and I/L read as 0 and 1.
  std::string typed;
  for (char c : code) if (c != '-') typed += (char)std::tolower((unsigned char)c);
  ASSERT_TRUE(DecodeAnswerCode(s, " " + typed + " ", &back, &error)) << Describe(error);
  Prediction none = EmptyPrediction(s);
  ASSERT_TRUE(DecodeAnswerCode(s, EncodeAnswerCode(s, none), &back, &error));
  EXPECT_EQ(back.first_choice, -1);
}

TEST(Classroom, CodesRefuseMistakesAndOtherStories) {
  const Story& s = Bundled();
  const std::string code = EncodeAnswerCode(s, Sample(s));
  Prediction out;
  CodeError error = CodeError::None;
  // Every single-character change is caught (the check symbol, mod 37).
  int caught = 0, tried = 0;
  for (size_t i = 0; i < code.size(); ++i) {
    if (code[i] == '-') continue;
    std::string typo = code;
    typo[i] = code[i] == 'Z' ? 'Y' : (code[i] == '9' ? 'A' : (char)(code[i] + 1));
    if (typo[i] == 'I' || typo[i] == 'L' || typo[i] == 'O' || typo[i] == 'U') typo[i] = 'V';
    ++tried;
    caught += DecodeAnswerCode(s, typo, &out, &error) ? 0 : 1;
  }
  EXPECT_EQ(caught, tried);
  EXPECT_FALSE(DecodeAnswerCode(s, "", &out, &error));
  EXPECT_EQ(error, CodeError::Empty);
  EXPECT_FALSE(DecodeAnswerCode(s, "K7Q!", &out, &error));
  EXPECT_EQ(error, CodeError::BadCharacter);
  Story other = s;
  other.id = "another-story";
  EXPECT_FALSE(DecodeAnswerCode(other, code, &out, &error));
  EXPECT_EQ(error, CodeError::OtherStory) << Describe(error);
  EXPECT_FALSE(DecodeAnswerCode(s, code.substr(0, 8), &out, &error));
}

TEST(Classroom, GapsBetweenAStudentAndTheSources) {
  const Story& s = Bundled();
  Prediction p = EmptyPrediction(s);
  const int motives = (int)s.motives.size();
  // A strong rating of a pair the article does not argue is the largest possible gap.
  int not_argued_cell = -1, strong_cell = -1;
  for (int c = 0; c < (int)p.cells.size(); ++c) {
    const Rating r = SourcesRating(s, c / motives, c % motives);
    if (r == Rating::NotArgued && not_argued_cell < 0) not_argued_cell = c;
    if (r == Rating::Strong && strong_cell < 0) strong_cell = c;
  }
  ASSERT_GE(not_argued_cell, 0);
  ASSERT_GE(strong_cell, 0);
  p.cells[(size_t)not_argued_cell] = Rating::Strong;
  p.cells[(size_t)strong_cell] = Rating::Weak;
  EXPECT_EQ(Gap(Rating::Strong, Rating::NotArgued), 3);
  EXPECT_EQ(Gap(Rating::Weak, Rating::Strong), 2);
  EXPECT_EQ(Gap(Rating::Unrated, Rating::Strong), -1);
  EXPECT_EQ(BiggestGaps(s, p, 3), (std::vector<int>{not_argued_cell, strong_cell}));
  EXPECT_EQ(BiggestGaps(s, p, 1), std::vector<int>{not_argued_cell});
}

TEST(Classroom, TallyOfAClass) {
  const Story& s = Bundled();
  std::vector<Prediction> students;
  for (int i = 0; i < 30; ++i) {
    Prediction p = EmptyPrediction(s);
    p.cells[0] = i % 3 == 0 ? Rating::Strong : Rating::Weak;
    p.first_choice = i % 2;
    if (i == 29) p.first_choice = -1;
    students.push_back(p);
  }
  students.push_back(Prediction{});  // not this story's: ignored
  const ClassTally t = TallyClass(s, students);
  EXPECT_EQ(t.students, 30);
  EXPECT_EQ(t.cells[0][(size_t)Rating::Strong], 10);
  EXPECT_EQ(t.cells[0][(size_t)Rating::Weak], 20);
  EXPECT_EQ(t.cells[1][(size_t)Rating::Unrated], 30);
  EXPECT_EQ(t.first_choices[0], 15);
  EXPECT_EQ(t.first_choices[1], 14);
  EXPECT_EQ(t.no_first_choice, 1);
}

}  // namespace
}  // namespace mm
