// column_pager_test.cpp — which columns are in view, and where the pager's buttons go.
#include "core/view/column_pager.h"

#include <gtest/gtest.h>

namespace mm {
namespace {

// Twelve columns 100 px wide (2 px of gutter each), seen 310 px at a time: three whole ones.
std::vector<float> Edges(int n, float w = 100) {
  std::vector<float> e;
  for (int i = 0; i <= n; ++i) e.push_back(i * w);
  return e;
}

TEST(ColumnPager, AtTheStartThreeOfTwelveShowAndOnlyNextIsPossible) {
  const ColumnPage p = PageColumns(Edges(12), 2, 0, 310);
  EXPECT_EQ(p.count, 12);
  EXPECT_EQ(p.first, 0);
  EXPECT_EQ(p.last, 2);
  EXPECT_FALSE(p.can_back);
  ASSERT_TRUE(p.can_next);
  EXPECT_FLOAT_EQ(p.next_to, 300) << "the fourth column, partly in view, starts the next page";
}

TEST(ColumnPager, NextThenBackReturnsToTheStart) {
  const ColumnPage second = PageColumns(Edges(12), 2, 300, 310);
  EXPECT_EQ(second.first, 3);
  EXPECT_EQ(second.last, 5);
  ASSERT_TRUE(second.can_back);
  EXPECT_FLOAT_EQ(second.back_to, 0);
  EXPECT_FLOAT_EQ(second.next_to, 600);
}

TEST(ColumnPager, APartlyScrolledColumnIsNotCountedAndBackShowsIt) {
  const ColumnPage p = PageColumns(Edges(12), 2, 150, 310);  // a finger left it mid-column
  EXPECT_EQ(p.first, 2) << "column 1 is cut at the left";
  EXPECT_EQ(p.last, 3) << "column 4 is cut at the right";
  ASSERT_TRUE(p.can_back);
  EXPECT_FLOAT_EQ(p.back_to, 0) << "the two columns before the first whole one fit in a view";
  EXPECT_FLOAT_EQ(p.next_to, 400);
}

TEST(ColumnPager, TheLastPageEndsAtTheLastColumnAndCannotGoOn) {
  const float max = 1200 - 310;
  const ColumnPage p = PageColumns(Edges(12), 2, max, 310);
  EXPECT_EQ(p.last, 11);
  EXPECT_EQ(p.first, 9);
  EXPECT_FALSE(p.can_next);
  ASSERT_TRUE(p.can_back);
  EXPECT_LT(p.back_to, max);
  // One page before the end, next goes no further than the end.
  const ColumnPage before = PageColumns(Edges(12), 2, 600, 310);
  EXPECT_FLOAT_EQ(before.next_to, max);
}

TEST(ColumnPager, TheRightGutterOfTheLastColumnMayBeOutOfView) {
  const ColumnPage p = PageColumns(Edges(12), 2, 1200 - 310 - 1.5f, 310);
  EXPECT_EQ(p.last, 11);
  EXPECT_TRUE(p.can_next) << "1.5 px are left to scroll";
  EXPECT_FLOAT_EQ(p.next_to, 1200 - 310);
}

TEST(ColumnPager, AColumnWiderThanTheViewStillMovesOneColumnAtATime) {
  const std::vector<float> e = {0, 100, 600, 700};  // the middle column is 500 px wide
  const ColumnPage at_wide = PageColumns(e, 2, 100, 300);
  EXPECT_EQ(at_wide.first, 1);
  EXPECT_LT(at_wide.last, at_wide.first) << "no column is wholly in view";
  EXPECT_FLOAT_EQ(at_wide.next_to, 400) << "on to the next column, as far as the end allows";
  EXPECT_FLOAT_EQ(at_wide.back_to, 0);
  const ColumnPage after = PageColumns(e, 2, 400, 300);
  EXPECT_EQ(after.first, 2);
  EXPECT_FLOAT_EQ(after.back_to, 100) << "back one column: the wide one";
}

TEST(ColumnPager, EverythingFitsOrNothingToShow) {
  const ColumnPage fits = PageColumns(Edges(3), 2, 0, 400);
  EXPECT_EQ(fits.first, 0);
  EXPECT_EQ(fits.last, 2);
  EXPECT_FALSE(fits.can_back);
  EXPECT_FALSE(fits.can_next);
  EXPECT_EQ(PageColumns({}, 2, 0, 400).count, 0);
  EXPECT_FALSE(PageColumns(Edges(3), 2, 0, 0).can_next);
}

TEST(ColumnPager, AScrollBeyondEitherEndIsTakenAsTheEnd) {
  const ColumnPage before = PageColumns(Edges(12), 2, -40, 310);
  EXPECT_EQ(before.first, 0);
  EXPECT_FALSE(before.can_back);
  const ColumnPage after = PageColumns(Edges(12), 2, 5000, 310);
  EXPECT_EQ(after.last, 11);
  EXPECT_FALSE(after.can_next);
}


TEST(ColumnPager, TheWindowsOwnScrollLimitEndsTheLastPage) {
  // imgui rounds the window's sizes down: it scrolls 0.7 px less far than the columns' width says.
  const float exact = 1200 - 310.3f, real = 889;
  const ColumnPage at_end = PageColumns(Edges(12), 2, real, 310.3f, real);
  EXPECT_FALSE(at_end.can_next) << "the window cannot scroll further, so next is off";
  EXPECT_EQ(at_end.last, 11);
  const ColumnPage unaware = PageColumns(Edges(12), 2, real, 310.3f);
  EXPECT_TRUE(unaware.can_next) << "without the limit the pager would think " << exact - real << " px were left";
  const ColumnPage before = PageColumns(Edges(12), 2, 600, 310.3f, real);
  EXPECT_FLOAT_EQ(before.next_to, real);
}

}  // namespace
}  // namespace mm
