// keyboard_nav_test.cpp — the keyboard model: Tab order with no trap, arrows within panels,
// Enter selects what the ring is on (through the ranking and the phone transposition).
#include <gtest/gtest.h>

#include "core/keyboard_nav.h"

namespace mm {
namespace {

Story SmallStory() {
  Story s;
  for (int i = 0; i < 3; ++i) {
    Suspect sp;
    sp.id = "s" + std::to_string(i);
    sp.assessment.rank = 3 - i;  // file order is the reverse of the ranking
    s.suspects.push_back(sp);
  }
  for (int i = 0; i < 4; ++i) {
    Motive m;
    m.id = "m" + std::to_string(i);
    s.motives.push_back(m);
  }
  s.events.resize(2);
  s.goals.resize(1);
  s.link_index.assign(s.suspects.size() * s.motives.size(), -1);
  return s;
}

NavContext Desktop() { return {{NavPanel::Matrix, NavPanel::Timeline, NavPanel::Goals, NavPanel::Reactions}, false, 0}; }

TEST(KeyboardNav, TabVisitsEveryUsablePanelThenLeaves) {
  const Story s = SmallStory();
  NavState st;
  const NavContext ctx = Desktop();
  EXPECT_TRUE(Navigate(s, ctx, st, NavCommand::NextPanel).handled);
  EXPECT_EQ(st.panel, NavPanel::Matrix);
  EXPECT_TRUE(st.ring);
  EXPECT_TRUE(Navigate(s, ctx, st, NavCommand::NextPanel).handled);
  EXPECT_EQ(st.panel, NavPanel::Timeline);
  EXPECT_TRUE(Navigate(s, ctx, st, NavCommand::NextPanel).handled);
  EXPECT_EQ(st.panel, NavPanel::Goals);
  // No reactions in this story: the next Tab leaves the canvas instead of trapping the user.
  EXPECT_FALSE(Navigate(s, ctx, st, NavCommand::NextPanel).handled);
  EXPECT_EQ(st.panel, NavPanel::None);
  EXPECT_FALSE(st.ring);
}

TEST(KeyboardNav, ShiftTabEntersAtTheLastPanelAndLeavesFromTheFirst) {
  const Story s = SmallStory();
  NavState st;
  EXPECT_TRUE(Navigate(s, Desktop(), st, NavCommand::PrevPanel).handled);
  EXPECT_EQ(st.panel, NavPanel::Goals);
  Navigate(s, Desktop(), st, NavCommand::PrevPanel);
  Navigate(s, Desktop(), st, NavCommand::PrevPanel);
  EXPECT_EQ(st.panel, NavPanel::Matrix);
  EXPECT_FALSE(Navigate(s, Desktop(), st, NavCommand::PrevPanel).handled);
}

TEST(KeyboardNav, ArrowsBeforeTabAreNotTaken) {
  const Story s = SmallStory();
  NavState st;
  EXPECT_FALSE(Navigate(s, Desktop(), st, NavCommand::Down).handled);
}

TEST(KeyboardNav, ArrowsMoveWithinTheMatrixAndStopAtEdges) {
  const Story s = SmallStory();
  NavState st;
  Navigate(s, Desktop(), st, NavCommand::NextPanel);
  Navigate(s, Desktop(), st, NavCommand::Left);
  Navigate(s, Desktop(), st, NavCommand::Up);
  EXPECT_EQ(st.row, 0);
  EXPECT_EQ(st.col, 0);
  for (int i = 0; i < 10; ++i) Navigate(s, Desktop(), st, NavCommand::Right);
  EXPECT_EQ(st.col, 3);
  Navigate(s, Desktop(), st, NavCommand::Down);
  EXPECT_EQ(st.row, 1);
  Navigate(s, Desktop(), st, NavCommand::Home);
  EXPECT_EQ(st.col, 0);
  Navigate(s, Desktop(), st, NavCommand::End);
  EXPECT_EQ(st.col, 3);
}

TEST(KeyboardNav, EnterSelectsTheRankedCell) {
  const Story s = SmallStory();
  NavState st;
  Navigate(s, Desktop(), st, NavCommand::NextPanel);
  Navigate(s, Desktop(), st, NavCommand::Right);
  const NavResult r = Navigate(s, Desktop(), st, NavCommand::Activate);
  ASSERT_TRUE(r.select);
  EXPECT_EQ(r.selection.kind, SelectionKind::Cell);
  EXPECT_EQ(r.selection.index, 2) << "row 0 is the rank-1 suspect, which is last in the file";
  EXPECT_EQ(r.selection.motive, 1);
}

TEST(KeyboardNav, PhoneMatrixIsTransposed) {
  const Story s = SmallStory();
  NavContext phone{{NavPanel::Tabs, NavPanel::Matrix}, true, 3};
  NavState st;
  Navigate(s, phone, st, NavCommand::NextPanel);
  EXPECT_EQ(st.panel, NavPanel::Tabs);
  const NavResult tab = Navigate(s, phone, st, NavCommand::Right);
  EXPECT_TRUE(tab.activate_tab);
  EXPECT_EQ(st.index, 1);
  Navigate(s, phone, st, NavCommand::NextPanel);
  EXPECT_EQ(st.panel, NavPanel::Matrix);
  for (int i = 0; i < 10; ++i) Navigate(s, phone, st, NavCommand::Down);
  EXPECT_EQ(st.row, 3) << "rows are the four motives";
  for (int i = 0; i < 10; ++i) Navigate(s, phone, st, NavCommand::Right);
  EXPECT_EQ(st.col, 2) << "columns are the three suspects";
  const Selection sel = FocusedItem(s, phone, st);
  EXPECT_EQ(sel.kind, SelectionKind::Cell);
  EXPECT_EQ(sel.index, 0) << "column 2 is the rank-3 suspect, first in the file";
  EXPECT_EQ(sel.motive, 3);
}

TEST(KeyboardNav, TimelineEnterSelectsEventAndEscapeClears) {
  const Story s = SmallStory();
  NavState st;
  Navigate(s, Desktop(), st, NavCommand::NextPanel);
  Navigate(s, Desktop(), st, NavCommand::NextPanel);
  Navigate(s, Desktop(), st, NavCommand::Down);
  NavResult r = Navigate(s, Desktop(), st, NavCommand::Activate);
  EXPECT_EQ(r.selection.kind, SelectionKind::Event);
  EXPECT_EQ(r.selection.index, 1);
  r = Navigate(s, Desktop(), st, NavCommand::Clear);
  EXPECT_TRUE(r.select);
  EXPECT_EQ(r.selection.kind, SelectionKind::None);
}

TEST(KeyboardNav, BlurHidesTheRing) {
  const Story s = SmallStory();
  NavState st;
  Navigate(s, Desktop(), st, NavCommand::NextPanel);
  Navigate(s, Desktop(), st, NavCommand::Blur);
  EXPECT_FALSE(st.ring);
  EXPECT_EQ(st.panel, NavPanel::None);
}

TEST(KeyboardNav, EmptyStoryTakesNoKeys) {
  Story s;
  NavState st;
  EXPECT_FALSE(Navigate(s, Desktop(), st, NavCommand::NextPanel).handled);
  EXPECT_FALSE(Navigate(s, Desktop(), st, NavCommand::Activate).handled);
}

TEST(KeyboardNav, TheLensIsARadioGroupAfterTheMatrix) {
  const Story s = SmallStory();
  NavContext ctx = Desktop();
  ctx.panels.insert(ctx.panels.begin() + 1, NavPanel::Lens);
  ctx.lens_count = 4;
  NavState st;
  Navigate(s, ctx, st, NavCommand::NextPanel);
  EXPECT_TRUE(Navigate(s, ctx, st, NavCommand::NextPanel).handled);
  EXPECT_EQ(st.panel, NavPanel::Lens);
  EXPECT_EQ(st.index, 0);
  // Arrows move and choose (like tabs); Home and End too; nothing is selected in the story.
  NavResult r = Navigate(s, ctx, st, NavCommand::Right);
  EXPECT_TRUE(r.activate_lens);
  EXPECT_FALSE(r.select);
  EXPECT_EQ(st.index, 1);
  r = Navigate(s, ctx, st, NavCommand::End);
  EXPECT_TRUE(r.activate_lens);
  EXPECT_EQ(st.index, 3);
  Navigate(s, ctx, st, NavCommand::Right);
  EXPECT_EQ(st.index, 3) << "stops at the last setting";
  r = Navigate(s, ctx, st, NavCommand::Activate);
  EXPECT_TRUE(r.activate_lens);
  EXPECT_FALSE(r.select);
  EXPECT_EQ(FocusedItem(s, ctx, st), Selection{});
  // Off screen (count 0), the Tab order skips it.
  ctx.lens_count = 0;
  NavState again;
  Navigate(s, ctx, again, NavCommand::NextPanel);
  Navigate(s, ctx, again, NavCommand::NextPanel);
  EXPECT_EQ(again.panel, NavPanel::Timeline);
}

}  // namespace
}  // namespace mm
