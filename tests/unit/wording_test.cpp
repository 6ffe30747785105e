// wording_test.cpp — the explainer's words: story names and their defaults, agreement with the
// sources' number, dates at the precision given, capitals, and a table with no holes.
#include "core/wording.h"

#include <gtest/gtest.h>

#include "test_dates.h"

#include "core/story.h"

namespace mm {
namespace {

using test::Around;
using test::Day;

Story WithSources(std::initializer_list<SourceKind> kinds) {
  Story s;
  for (SourceKind k : kinds) {
    Source src;
    src.kind = k;
    s.sources.push_back(src);
  }
  return s;
}

TEST(Wording, DefaultNamesComeFromTheSources) {
  EXPECT_EQ(ResolveStoryNames(WithSources({SourceKind::Opinion})).sources, "the article");
  EXPECT_EQ(ResolveStoryNames(WithSources({SourceKind::News})).sources, "the report");
  EXPECT_EQ(ResolveStoryNames(WithSources({SourceKind::Other})).sources, "the source");
  const StoryNames several = ResolveStoryNames(WithSources({SourceKind::News, SourceKind::Official}));
  EXPECT_EQ(several.sources, "the sources");
  EXPECT_TRUE(several.sources_plural);
  EXPECT_FALSE(ResolveStoryNames(WithSources({SourceKind::Opinion})).sources_plural);
  EXPECT_EQ(ResolveStoryNames(WithSources({SourceKind::Opinion})).act, "the act");
}

TEST(Wording, TheStorysOwnNamesWin) {
  Story s = WithSources({SourceKind::News, SourceKind::News, SourceKind::Official});
  s.wording.act = "the blasts";
  s.wording.sources = "the inquiry";
  s.wording.sources_plural = false;
  s.wording.sources_plural_given = true;
  const Words w(s);
  EXPECT_EQ(w("timeline.focus"), "Week of the blasts (zoomed in)");
  EXPECT_EQ(w("section.matrix.title"), "Suspects and motives, as the inquiry argues them");
  EXPECT_EQ(w("evidence.analysis"), "The inquiry’s analysis");
}

TEST(Wording, VerbsAgreeWithTheSources) {
  Story one = WithSources({SourceKind::Opinion});
  Story many = WithSources({SourceKind::News, SourceKind::Opinion});
  EXPECT_EQ(Words(one)("tv.key.none"), "The article does not make this link at all. That is different from a weak link.");
  EXPECT_EQ(Words(many)("tv.key.none"), "The sources do not make this link at all. That is different from a weak link.");
  EXPECT_EQ(Words(many)("not_argued"), "Not argued by the sources");
  EXPECT_EQ(Words(many)("say.suspect.rank", {{"name", "X"}, {"rank", "2"}}), "X: the sources’ rank 2 theory");
  EXPECT_EQ(Words(one)("say.suspect.rank", {{"name", "X"}, {"rank", "2"}}), "X: the article’s rank 2 theory");
}

TEST(Wording, NamedValuesAndCounts) {
  const Words w(WithSources({SourceKind::Opinion}));
  EXPECT_EQ(w("detail.not_argued.body", {{"suspect", "Kremlin hardliners"}}),
            "The article does not connect Kremlin hardliners with this motive. That is different from a weak link: it "
            "makes no case either way.");
  EXPECT_EQ(w.Count("count.quote", 1), "1 quote");
  EXPECT_EQ(w.Count("count.quote", 0), "0 quotes");
  EXPECT_EQ(w.Count("count.motive", 12), "12 motives");
}

TEST(Wording, AnUnknownKeyIsVisibleNotSilent) {
  const Words w(WithSources({SourceKind::Opinion}));
  EXPECT_EQ(w("no.such.key"), "\xE2\x9F\xA6no.such.key\xE2\x9F\xA7");
  EXPECT_FALSE(HasPhrase("no.such.key"));
  EXPECT_TRUE(HasPhrase("not_argued"));
}

TEST(Wording, DatesAtThePrecisionGiven) {
  const Words w(WithSources({SourceKind::Opinion}));
  EXPECT_EQ(w.DateText(Day(2025, 10, 14)), "14 Oct 2025");
  EXPECT_EQ(w.DateText(Day(1999, 6, 1, DatePrecision::Month)), "June 1999");
  EXPECT_EQ(w.DateText(Day(1999, 6, 1, DatePrecision::Month, true)), "around June 1999");
  EXPECT_EQ(w.DateText(Day(1994, 1, 1, DatePrecision::Year)), "1994");
  EXPECT_EQ(w.DateText(Day(1994, 1, 1, DatePrecision::Year, true)), "around 1994");
  EXPECT_EQ(w.DateText(Day(2025, 11, 25, DatePrecision::Day, true)), "around 25 Nov 2025");
  EXPECT_EQ(w.ShortDateText(Day(2025, 11, 25, DatePrecision::Day, true)), "c. 25 Nov 2025");
  EXPECT_EQ(w.ShortDateText(Day(1999, 6, 1, DatePrecision::Month)), "Jun 1999");
}

TEST(Wording, InvalidDatesDoNotCrash) {
  const Words w(WithSources({}));
  EXPECT_EQ(w.DateText(Day(2025, 13, 1)), "2025-13-01");
  EXPECT_EQ(w.DateText(Date{0, 0, 0}), "0000-00-00");
}

TEST(Wording, UpperCaseCoversTheDrawableLetters) {
  EXPECT_EQ(UpperCase("the leak · été"), "THE LEAK · ÉTÉ");
  EXPECT_EQ(UpperCase("złoty łódź"), "ZŁOTY ŁÓDŹ");
  EXPECT_EQ(UpperCase("ушаков"), "УШАКОВ");
  EXPECT_EQ(UpperCase("ß 3×"), "ß 3×") << "no single capital; kept";
}

}  // namespace
}  // namespace mm
