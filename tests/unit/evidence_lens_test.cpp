// evidence_lens_test.cpp — the evidence lens and what each case rests on, over small stories made
// by hand (ties, empty lenses, a story with no reported facts at all) and the bundled story, whose
// counts below were worked out by hand from assets/stories/witkoff-call-leak.json.
#include "core/evidence_lens.h"

#include <gtest/gtest.h>

#include <string>

#include "core/lens_words.h"
#include "core/story_loader.h"
#include "core/text_version.h"

namespace mm {
namespace {

Evidence Q(EvidenceKind kind) {
  Evidence e;
  e.quote = "q";
  e.kind = kind;
  return e;
}
constexpr EvidenceKind F = EvidenceKind::ReportedFact, A = EvidenceKind::Attributed, N = EvidenceKind::Analysis;

// Suspects ranked in story order (rank i + 1) with one motive per link.
Story Make(const std::vector<std::pair<int, std::vector<EvidenceKind>>>& links_per_suspect_strength, int suspects) {
  Story s;
  for (int i = 0; i < suspects; ++i) {
    Suspect x;
    x.id = "s" + std::to_string(i);
    x.assessment.rank = i + 1;
    s.suspects.push_back(x);
  }
  int m = 0;
  for (const auto& [owner_strength, kinds] : links_per_suspect_strength) {
    Motive mo;
    mo.id = "m" + std::to_string(m);
    s.motives.push_back(mo);
    Link l;
    l.suspect = owner_strength / 10;
    l.strength = owner_strength % 10;
    l.motive = m++;
    for (EvidenceKind k : kinds) l.evidence.push_back(Q(k));
    s.links.push_back(l);
  }
  FinalizeStory(s);
  return s;
}

TEST(EvidenceLens, NamesRoundTrip) {
  for (Lens lens : {Lens::All, Lens::Facts, Lens::Attributed, Lens::Analysis}) {
    Lens back = Lens::Analysis;
    ASSERT_TRUE(ParseLens(ToString(lens), &back));
    EXPECT_EQ(back, lens);
  }
  Lens l;
  EXPECT_TRUE(ParseLens("all", &l));
  EXPECT_EQ(l, Lens::All);
  EXPECT_FALSE(ParseLens("fact", &l));
  EXPECT_FALSE(ParseLens("Facts", &l));
}

TEST(EvidenceLens, ACellIsShownHasNoSuchEvidenceOrIsNotArgued) {
  // s0 × m0: analysis only; s0 × m1: a fact and analysis.
  const Story s = Make({{3, {N, N}}, {2, {F, N}}}, 2);
  EXPECT_EQ(CellUnder(s, 0, 0, Lens::All), CellUnderLens::Shown);
  EXPECT_EQ(CellUnder(s, 0, 0, Lens::Facts), CellUnderLens::NoSuchEvidence);
  EXPECT_EQ(CellUnder(s, 0, 0, Lens::Analysis), CellUnderLens::Shown);
  EXPECT_EQ(CellUnder(s, 0, 1, Lens::Facts), CellUnderLens::Shown);
  EXPECT_EQ(CellUnder(s, 0, 1, Lens::Attributed), CellUnderLens::NoSuchEvidence);
  EXPECT_EQ(CellUnder(s, 1, 0, Lens::All), CellUnderLens::NotArgued);
  EXPECT_EQ(CellUnder(s, 1, 0, Lens::Facts), CellUnderLens::NotArgued) << "not argued stays not argued";
  EXPECT_EQ(CellUnder(s, 9, 9, Lens::All), CellUnderLens::NotArgued) << "out of range is safe";
}

TEST(EvidenceLens, BreakdownCountsTheQuotesBehindASuspectsLinks) {
  const Story s = Make({{3, {N, N, F}}, {2, {A, N}}, {11, {F}}}, 2);
  const KindCounts k = SuspectBreakdown(s, 0);
  EXPECT_EQ(k.fact, 1);
  EXPECT_EQ(k.attributed, 1);
  EXPECT_EQ(k.analysis, 3);
  EXPECT_EQ(k.Total(), 5);
  EXPECT_EQ(SuspectBreakdown(s, 1).Total(), 1);
  EXPECT_EQ(SuspectBreakdown(s, 7).Total(), 0);
}

TEST(EvidenceLens, Linchpins) {
  Link only;
  only.evidence = {Q(N)};
  EXPECT_EQ(Linchpins(only), std::vector<int>{0}) << "its only quote";
  Link one_fact;
  one_fact.evidence = {Q(N), Q(F), Q(N)};
  EXPECT_EQ(Linchpins(one_fact), std::vector<int>{1}) << "the only reported quote";
  Link two_reported;
  two_reported.evidence = {Q(F), Q(A), Q(N)};
  EXPECT_TRUE(Linchpins(two_reported).empty()) << "either reported quote can go";
  Link analysis_only;
  analysis_only.evidence = {Q(N), Q(N)};
  EXPECT_TRUE(Linchpins(analysis_only).empty()) << "nothing reported to lose, and more than one quote";
  EXPECT_TRUE(Linchpins(Link{}).empty());
}

TEST(EvidenceLens, RankingStandsWhenReportedEvidenceKeepsTheOrder) {
  // s0: 3 (fact) ; s1: 2 (attributed) ; s2: 1 (fact).
  const RankingCheck c = CheckRankingOnReportedEvidence(Make({{3, {F}}, {12, {A}}, {21, {F, N}}}, 3));
  EXPECT_EQ(c.outcome, RankingCheck::Outcome::Stands);
  EXPECT_EQ(c.score, (std::vector<int>{3, 2, 1}));
  EXPECT_TRUE(c.reversals.empty());
}

TEST(EvidenceLens, RankingIsOverturnedWhenTheTopCaseIsAnalysisOnly) {
  // s0's strong link rests on analysis alone; s1's weaker one on a fact; s2 has a reported link too.
  const RankingCheck c = CheckRankingOnReportedEvidence(Make({{3, {N, N}}, {12, {F}}, {21, {A}}}, 3));
  EXPECT_EQ(c.outcome, RankingCheck::Outcome::Overturned);
  EXPECT_EQ(c.score, (std::vector<int>{0, 2, 1}));
  ASSERT_EQ(c.reversals.size(), 2u) << "s1 and s2 both outscore s0";
  EXPECT_EQ(c.reversals[0].above, 0);
  EXPECT_EQ(c.reversals[0].below, 1);
  EXPECT_EQ(c.reversals[0].dropped_links, std::vector<int>{0}) << "the analysis-only link makes the difference";
  EXPECT_EQ(c.reversals[1].below, 2);
}

TEST(EvidenceLens, TiesAndEmptyLensesCannotTell) {
  EXPECT_EQ(CheckRankingOnReportedEvidence(Make({{2, {F}}, {12, {A}}}, 2)).outcome, RankingCheck::Outcome::CannotTell)
      << "equal scores: the reported evidence cannot separate them";
  const RankingCheck none = CheckRankingOnReportedEvidence(Make({{3, {N}}, {12, {N}}}, 2));
  EXPECT_EQ(none.outcome, RankingCheck::Outcome::CannotTell) << "no facts at all: nothing is left to rank by";
  EXPECT_TRUE(none.reversals.empty());
  EXPECT_EQ(CheckRankingOnReportedEvidence(Story{}).outcome, RankingCheck::Outcome::Stands) << "nothing to rank";
}

TEST(EvidenceLens, TheBundledStoryByHand) {
  const LoadResult r = LoadStoryFile(std::string(MM_SOURCE_DIR) + "/assets/stories/witkoff-call-leak.json");
  ASSERT_TRUE(r.ok());
  const Story& s = r.story;
  auto suspect = [&](const char* id) {
    for (size_t i = 0; i < s.suspects.size(); ++i) if (s.suspects[i].id == id) return (int)i;
    return -1;
  };
  const int europe = suspect("europe-lobby"), insiders = suspect("us-insiders"), kremlin = suspect("kremlin-hardliners");
  ASSERT_GE(europe, 0);
  ASSERT_GE(insiders, 0);
  ASSERT_GE(kremlin, 0);
  // Counted from the file, link by link. The European lobby: five objectives with 2, 3, 2, 2 and 2
  // analysis quotes (11); stop-peace with 4 attributed slogans and 8 analysis quotes; prevent-
  // concessions with 1 attributed and 2 analysis — 5 attributed, 21 analysis, no reported fact.
  // The U.S. insiders: one link, 4 analysis quotes. The Kremlin hardliners: two links, 1 + 2
  // analysis quotes.
  const KindCounts e = SuspectBreakdown(s, europe);
  EXPECT_EQ(e.fact, 0);
  EXPECT_EQ(e.attributed, 5);
  EXPECT_EQ(e.analysis, 21);
  const KindCounts i = SuspectBreakdown(s, insiders);
  EXPECT_EQ(i.analysis, 4);
  EXPECT_EQ(i.Total(), 4);
  EXPECT_EQ(SuspectBreakdown(s, kremlin).analysis, 3);
  EXPECT_EQ(SuspectBreakdown(s, kremlin).Total(), 3);
  // On reported evidence alone only Europe's stop-peace (3) and prevent-concessions (2) links
  // count; the insiders and the Kremlin hardliners score nothing, so the reported evidence cannot
  // tell the article's second and third suspects apart.
  const RankingCheck c = CheckRankingOnReportedEvidence(s);
  EXPECT_EQ(c.score[(size_t)europe], 5);
  EXPECT_EQ(c.score[(size_t)insiders], 0);
  EXPECT_EQ(c.score[(size_t)kremlin], 0);
  EXPECT_EQ(c.outcome, RankingCheck::Outcome::CannotTell);
  EXPECT_TRUE(c.reversals.empty());
  // Linchpins: the stop-peace link has four attributed quotes, so none of them alone is one; the
  // prevent-concessions link's single attributed quote is.
  for (const Link& l : s.links) {
    if (l.suspect == europe && s.motives[(size_t)l.motive].id == "prevent-concessions") {
      ASSERT_EQ(Linchpins(l).size(), 1u);
      EXPECT_EQ(l.evidence[(size_t)Linchpins(l)[0]].kind, EvidenceKind::Attributed);
    }
    if (l.suspect == europe && s.motives[(size_t)l.motive].id == "stop-peace") {
      EXPECT_TRUE(Linchpins(l).empty());
    }
  }
}

TEST(EvidenceLens, OutsideTheLensIsNothingOfItsKind) {
  EXPECT_FALSE(OutsideLens(Lens::All, {})) << "all evidence never dims";
  EXPECT_TRUE(OutsideLens(Lens::Facts, {})) << "no quotes: nothing of any kind";
  EXPECT_TRUE(OutsideLens(Lens::Facts, {Q(A), Q(N)}));
  EXPECT_FALSE(OutsideLens(Lens::Facts, {Q(N), Q(F)}));
  EXPECT_FALSE(OutsideLens(Lens::Analysis, {Q(N)}));
}

TEST(EvidenceLens, ATieFurtherDownCannotTellButTheTopStillCounts) {
  // s0: 3 on a fact; s1 and s2: 2 each on attributed statements. No reversal, one tie.
  const Story s = Make({{3, {F}}, {12, {A}}, {22, {A, N}}}, 3);
  const RankingCheck c = CheckRankingOnReportedEvidence(s);
  EXPECT_EQ(c.outcome, RankingCheck::Outcome::CannotTell);
  EXPECT_EQ(c.score, (std::vector<int>{3, 2, 2}));
  EXPECT_TRUE(c.reversals.empty());
  // A tie between non-neighbours with someone between them scoring differently is a reversal,
  // not a tie: s2 (2) outscores s1 (1).
  const RankingCheck r = CheckRankingOnReportedEvidence(Make({{2, {F}}, {11, {F}}, {22, {A}}}, 3));
  EXPECT_EQ(r.outcome, RankingCheck::Outcome::Overturned);
  ASSERT_EQ(r.reversals.size(), 1u);
  EXPECT_EQ(r.reversals[0].above, 1);
  EXPECT_EQ(r.reversals[0].below, 2);
  EXPECT_TRUE(r.reversals[0].dropped_links.empty()) << "s1's one link rests on a fact: nothing dropped, it is simply weaker";
}

TEST(EvidenceLens, EveryLensOverAStoryWithNoFactsAtAll) {
  // s0 × m0: attributed; s1 × m1: analysis. No reported fact anywhere.
  const Story s = Make({{2, {A}}, {11, {N, N}}}, 2);
  EXPECT_EQ(CellUnder(s, 0, 0, Lens::Facts), CellUnderLens::NoSuchEvidence);
  EXPECT_EQ(CellUnder(s, 1, 1, Lens::Facts), CellUnderLens::NoSuchEvidence);
  EXPECT_EQ(CellUnder(s, 0, 0, Lens::Attributed), CellUnderLens::Shown);
  EXPECT_EQ(CellUnder(s, 1, 1, Lens::Attributed), CellUnderLens::NoSuchEvidence);
  EXPECT_EQ(CellUnder(s, 1, 1, Lens::Analysis), CellUnderLens::Shown);
  EXPECT_EQ(CellUnder(s, 0, 1, Lens::Facts), CellUnderLens::NotArgued);
  EXPECT_EQ(SuspectBreakdown(s, 0).fact + SuspectBreakdown(s, 1).fact, 0);
  // The attributed statement alone keeps the order: 2 against 0.
  EXPECT_EQ(CheckRankingOnReportedEvidence(s).outcome, RankingCheck::Outcome::Stands);
  const Words w(s);
  EXPECT_EQ(DescribeLens(s, Lens::Facts), "Evidence shown: Reported facts. 0 of 2 links rest on such evidence.");
  EXPECT_EQ(DescribeLens(s, Lens::Attributed), "Evidence shown: Attributed statements. 1 of 2 links rests on such evidence.");
  EXPECT_EQ(DescribeLens(s, Lens::All), "Evidence shown: All evidence.");
}

TEST(EvidenceLens, TheFixturesWithoutFacts) {
  // port-fire-ar: the management's link rests on an attributed statement (strength 2), the
  // rival's on analysis (1): on reported evidence alone the order stands, 2 against 0.
  const LoadResult r = LoadStoryFile(std::string(MM_SOURCE_DIR) + "/tests/fixtures/stories/port-fire-ar.json");
  ASSERT_TRUE(r.ok());
  const RankingCheck c = CheckRankingOnReportedEvidence(r.story);
  EXPECT_EQ(c.outcome, RankingCheck::Outcome::Stands);
  EXPECT_EQ(c.score, (std::vector<int>{2, 0}));
  for (int s = 0; s < 2; ++s) EXPECT_EQ(SuspectBreakdown(r.story, s).fact, 0);
  for (size_t m = 0; m < r.story.motives.size(); ++m)
    for (int s = 0; s < 2; ++s) EXPECT_NE(CellUnder(r.story, s, (int)m, Lens::Facts), CellUnderLens::Shown);
  // minimal: one suspect, so there is no order to check and no sentence about it.
  const LoadResult m = LoadStoryFile(std::string(MM_SOURCE_DIR) + "/tests/fixtures/stories/minimal.json");
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(RankingSentence(Words(m.story), m.story, CheckRankingOnReportedEvidence(m.story)), "");
  EXPECT_EQ(SuspectBreakdown(m.story, 0).attributed, 2);
  EXPECT_EQ(SuspectBreakdown(m.story, 0).Total(), 2);
}

TEST(LensWords, SentencesOverHandMadeStories) {
  Story s = Make({{3, {N, N}}, {12, {F}}, {21, {A}}}, 3);
  s.suspects[0].short_label = "First";
  s.suspects[1].short_label = "Second";
  s.suspects[2].short_label = "Third";
  s.motives[0].label = "Money";
  // Named as a story with one source would be (a story without sources says "the sources").
  const Words w(StoryNames{"the act", "the source", false});
  EXPECT_EQ(BreakdownSentence(w, SuspectBreakdown(s, 0)), "2 quotes: 0 reported facts, 0 attributed statements, 2 the source’s analysis");
  EXPECT_EQ(BreakdownSentence(w, KindCounts{1, 1, 7}), "9 quotes: 1 reported fact, 1 attributed statement, 7 the source’s analysis");
  EXPECT_EQ(RestsOnSentence(w, s.links[0]), "This link rests on: the source’s analysis.");
  Link mixed;
  mixed.evidence = {Q(N), Q(F), Q(A)};
  EXPECT_EQ(RestsOnSentence(w, mixed), "This link rests on: reported fact, attributed statement and the source’s analysis.");
  EXPECT_EQ(RestsOnSentence(w, Link{}), "");
  EXPECT_EQ(LinchpinNote(w, s.links[1], 0), "Linchpin: the only quote behind this link.");
  Link one_fact;
  one_fact.evidence = {Q(N), Q(F)};
  EXPECT_EQ(LinchpinNote(w, one_fact, 1), "Linchpin: without it, this link would rest on analysis alone.");
  EXPECT_EQ(LinchpinNote(w, one_fact, 0), "");
  EXPECT_EQ(RankingSentence(w, s, CheckRankingOnReportedEvidence(s)),
            "If only reported facts and attributed statements counted, the order of suspects given by the source would not "
            "stand. Second would outweigh First, whose links to Money rest on analysis alone. Third would outweigh First, "
            "whose links to Money rest on analysis alone.");
  const Story stands = Make({{3, {F}}, {12, {A}}}, 2);
  EXPECT_EQ(RankingSentence(w, stands, CheckRankingOnReportedEvidence(stands)),
            "If only reported facts and attributed statements counted, the order of suspects given by the source would still stand.");
  const Story none = Make({{3, {N}}, {12, {N}}}, 2);
  EXPECT_EQ(RankingSentence(w, none, CheckRankingOnReportedEvidence(none)).rfind("If only reported facts and attributed "
                                                                                            "statements counted, nothing would be left to rank", 0), 0u);
  EXPECT_EQ(LensRules(w).size(), 5u);
  for (const std::string& rule : LensRules(w)) EXPECT_EQ(rule.find("\xE2\x9F\xA6"), std::string::npos) << "no missing phrase: " << rule;
}

TEST(LensWords, TheBundledStoryInItsOwnWords) {
  const LoadResult r = LoadStoryFile(std::string(MM_SOURCE_DIR) + "/assets/stories/witkoff-call-leak.json");
  ASSERT_TRUE(r.ok());
  const Story& s = r.story;
  const Words w(s);
  int europe = -1;
  for (size_t i = 0; i < s.suspects.size(); ++i) if (s.suspects[i].id == "europe-lobby") europe = (int)i;
  ASSERT_GE(europe, 0);
  // The counts of TheBundledStoryByHand, in the story's own word for its source ("the article").
  EXPECT_EQ(BreakdownSentence(w, SuspectBreakdown(s, europe)),
            "26 quotes: 0 reported facts, 5 attributed statements, 21 the article’s analysis");
  EXPECT_EQ(RankingSentence(w, s, CheckRankingOnReportedEvidence(s)),
            "If only reported facts and attributed statements counted, U.S. insiders and Kremlin hardliners could not be told apart.");
  EXPECT_EQ(DescribeLens(s, Lens::Facts), "Evidence shown: Reported facts. 0 of 10 links rest on such evidence.");
  EXPECT_EQ(DescribeLens(s, Lens::Attributed), "Evidence shown: Attributed statements. 2 of 10 links rest on such evidence.");
  EXPECT_EQ(DescribeLens(s, Lens::Analysis), "Evidence shown: The article’s analysis. 10 of 10 links rest on such evidence.");
}

TEST(LensWords, TheTextVersionCarriesTheBreakdownLinchpinsRankingAndRules) {
  const LoadResult r = LoadStoryFile(std::string(MM_SOURCE_DIR) + "/assets/stories/witkoff-call-leak.json");
  ASSERT_TRUE(r.ok());
  const std::string html = RenderTextVersion(r.story);
  EXPECT_NE(html.find("<section class=\"mm-t-lens\" id=\"how-this-is-worked-out\">"), std::string::npos);
  EXPECT_NE(html.find("could not be told apart"), std::string::npos);
  EXPECT_NE(html.find("How this is worked out"), std::string::npos);
  // Each suspect's breakdown twice: in the lens section's list and under the suspect's heading.
  const std::string europe = "26 quotes: 0 reported facts, 5 attributed statements, 21 the article’s analysis";
  const size_t first = html.find(europe);
  ASSERT_NE(first, std::string::npos);
  EXPECT_NE(html.find(europe, first + 1), std::string::npos);
  // Linchpins: prevent-concessions' one attributed quote, and the single quotes of the Kremlin
  // hardliners' embarrass-ushakov link (1) — never more than the links have.
  size_t linchpins = 0;
  for (size_t at = html.find("mm-t-linchpin"); at != std::string::npos; at = html.find("mm-t-linchpin", at + 1)) ++linchpins;
  size_t expected = 0;
  for (const Link& l : r.story.links) expected += Linchpins(l).size();
  EXPECT_EQ(linchpins, expected);
  EXPECT_GE(expected, 2u);
}

}  // namespace
}  // namespace mm
