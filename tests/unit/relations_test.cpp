// relations_test.cpp — core/relations: argued pairs in matrix and ranking order, and the
// events and goals that name a motive, a suspect or an event; on stories built in code.
#include "core/relations.h"

#include <gtest/gtest.h>

namespace mm {
namespace {

// Suspects: 0 "a" (rank 2), 1 "b" (rank 1), 2 "c" (no rank). Motives: 0, 1, 2.
// Links (file order): 0 a×m2, 1 b×m0, 2 a×m0, 3 c×m0, 4 a×m2 again (a second link for the pair),
// 5 a×m9 (a motive that does not exist). No link_index: nothing here may rely on it.
Story TestStory() {
  Story s;
  for (const char* id : {"a", "b", "c"}) {
    Suspect x;
    x.id = id;
    s.suspects.push_back(x);
  }
  s.suspects[0].assessment.rank = 2;
  s.suspects[1].assessment.rank = 1;
  for (const char* id : {"m0", "m1", "m2"}) {
    Motive m;
    m.id = id;
    s.motives.push_back(m);
  }
  for (const auto& [suspect, motive] : {std::pair{0, 2}, {1, 0}, {0, 0}, {2, 0}, {0, 2}, {0, 9}}) {
    Link l;
    l.suspect = suspect;
    l.motive = motive;
    s.links.push_back(l);
  }
  s.events.resize(3);
  s.events[0].motives = {2};
  s.events[1].suspects = {1, 0};
  s.events[2].motives = {0, 2, 99};
  s.goals.resize(2);
  s.goals[0].motives = {1};
  s.goals[1].events = {2};
  s.goals[1].motives = {2};
  return s;
}

std::vector<int> Links(const std::vector<ArguedPair>& pairs) {
  std::vector<int> out;
  for (const ArguedPair& p : pairs) out.push_back(p.link);
  return out;
}

TEST(Relations, ArguedMotivesAreInMotiveOrderWithEachPairsFirstLink) {
  const Story s = TestStory();
  const std::vector<ArguedPair> a = ArguedMotives(s, 0);
  ASSERT_EQ(a.size(), 2u) << "m0 and m2; the second a×m2 link and the link to m9 do not count";
  EXPECT_EQ(a[0].motive, 0);
  EXPECT_EQ(a[0].link, 2);
  EXPECT_EQ(a[1].motive, 2);
  EXPECT_EQ(a[1].link, 0);
  EXPECT_EQ(a[1].suspect, 0);
  EXPECT_TRUE(ArguedMotives(s, 7).empty());
  EXPECT_TRUE(ArguedMotives(s, -1).empty());
}

TEST(Relations, SuspectsArguingAMotiveAreInRankingOrder) {
  const Story s = TestStory();
  const std::vector<ArguedPair> m0 = SuspectsArguing(s, 0);
  ASSERT_EQ(m0.size(), 3u);
  EXPECT_EQ(m0[0].suspect, 1) << "rank 1 first";
  EXPECT_EQ(m0[1].suspect, 0);
  EXPECT_EQ(m0[2].suspect, 2) << "unranked last";
  EXPECT_EQ(Links(m0), (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(Links(SuspectsArguing(s, 2)), (std::vector<int>{0}));
  EXPECT_TRUE(SuspectsArguing(s, 1).empty());
  EXPECT_TRUE(SuspectsArguing(s, 9).empty());
}

TEST(Relations, AllArgumentsAnswersTheSameAsTheSingleQuestions) {
  const Story s = TestStory();
  const Arguments all = AllArguments(s);
  ASSERT_EQ(all.by_suspect.size(), 3u);
  ASSERT_EQ(all.by_motive.size(), 3u);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(Links(all.by_suspect[i]), Links(ArguedMotives(s, i))) << "suspect " << i;
    EXPECT_EQ(Links(all.by_motive[i]), Links(SuspectsArguing(s, i))) << "motive " << i;
  }
}

TEST(Relations, EventsAndGoalsNamingSomething) {
  const Story s = TestStory();
  EXPECT_EQ(EventsNamingMotive(s, 2), (std::vector<int>{0, 2}));
  EXPECT_EQ(EventsNamingMotive(s, 1), (std::vector<int>{}));
  EXPECT_EQ(EventsNamingSuspect(s, 0), (std::vector<int>{1}));
  EXPECT_EQ(GoalsNamingMotive(s, 2), (std::vector<int>{1}));
  EXPECT_EQ(GoalsNamingEvent(s, 2), (std::vector<int>{1}));
  EXPECT_TRUE(EventsNamingMotive(s, 99).empty()) << "an index out of range names nothing";
  EXPECT_TRUE(GoalsNamingEvent(s, -1).empty());
}

}  // namespace
}  // namespace mm
