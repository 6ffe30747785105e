// fixture_stories_test.cpp — stories nobody designed the engine for (tests/fixtures/stories/):
// a minimal one, a wide and sparse one over thirty years with three kinds of source, and a news
// story about a different act. Each must load cleanly, have every quote verbatim in its own
// source texts (the same check as `motive-matrix check --source`), and come out of the text
// version and the spoken descriptions in its own words: nothing borrowed from the bundled story.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/locale.h"
#include "core/quote_check.h"
#include "core/story_loader.h"
#include "core/text_version.h"
#include "core/view/describe_selection.h"

namespace mm {
namespace {

const std::string kDir = std::string(MM_SOURCE_DIR) + "/tests/fixtures/stories/";
const char* const kFixtures[] = {"minimal", "wide-sparse", "selka-cable-cut", "port-fire-ar"};

std::string ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return (char)std::tolower(c); });
  return s;
}

// Words of the bundled story's act and voice, and its one-off phrase, that no other story may
// inherit; each is allowed only where the fixture's own file uses it.
const char* const kBorrowed[] = {"leak", "the article", "landed just as", "witkoff", "kremlin", "opinion article"};

std::vector<std::string> AllDescriptions(const Story& s) {
  std::vector<Selection> all;
  for (int i = 0; i < (int)s.suspects.size(); ++i) {
    all.push_back(Selection::Suspect(i));
    for (int m = 0; m < (int)s.motives.size(); ++m) all.push_back(Selection::Cell(i, m));
  }
  for (int m = 0; m < (int)s.motives.size(); ++m) all.push_back(Selection::Motive(m));
  for (int e = 0; e < (int)s.events.size(); ++e) all.push_back(Selection::Event(e));
  for (int g = 0; g < (int)s.goals.size(); ++g) all.push_back(Selection::Goal(g));
  for (int r = 0; r < (int)s.reactions.size(); ++r) all.push_back(Selection::Reaction(r));
  std::vector<std::string> out;
  for (const Selection& sel : all) out.push_back(DescribeSelection(s, sel));
  return out;
}

class Fixture : public ::testing::TestWithParam<const char*> {
 protected:
  void SetUp() override {
    path_ = kDir + GetParam() + ".json";
    json_ = ReadText(path_);
    ASSERT_FALSE(json_.empty()) << "cannot read " << path_;
    result_ = LoadStory(json_);
  }
  std::string path_, json_;
  LoadResult result_;
};

TEST_P(Fixture, LoadsWithNoErrorsOrWarnings) {
  std::string all;
  for (const Diagnostic& d : result_.diagnostics) all += d.Format(path_) + "\n";
  EXPECT_TRUE(result_.ok()) << all;
  // A right-to-left story gets exactly one warning, for the whole story: the canvas cannot draw it.
  const bool rtl = IsRightToLeftLanguage(result_.story.language);
  EXPECT_EQ(result_.diagnostics.size(), rtl ? 1u : 0u) << all;
  if (rtl && !result_.diagnostics.empty()) {
    EXPECT_EQ(result_.diagnostics[0].path, "/language");
  }
  const std::string framing = Lower(result_.story.framing);
  EXPECT_TRUE(framing.find("fictional") != std::string::npos ||
              framing.find("\xD8\xAE\xD9\x8A\xD8\xA7\xD9\x84\xD9\x8A") != std::string::npos)  // Arabic "fictional"
      << "a fixture says in its framing that it is fictional";
}

TEST_P(Fixture, EveryQuoteIsVerbatimInItsSource) {
  ASSERT_TRUE(result_.ok());
  int checked = 0;
  for (const Source& src : result_.story.sources) {
    const std::string text_path = kDir + GetParam() + ".sources/" + src.id + ".txt";
    const std::string text = ReadText(text_path);
    ASSERT_FALSE(text.empty()) << "no source text at " << text_path;
    const QuoteCheckResult r = CheckQuotes(json_, src.id, text, text_path);
    for (const QuoteFinding& f : r.findings) ADD_FAILURE() << f.diagnostic.Format(path_);
    EXPECT_TRUE(r.errors.empty());
    checked += r.checked;
  }
  EXPECT_GT(checked, 0);
}

TEST_P(Fixture, SpeaksInItsOwnWords) {
  ASSERT_TRUE(result_.ok());
  const std::string html = RenderTextVersion(result_.story);
  const std::vector<std::string> said = AllDescriptions(result_.story);
  const std::string own = Lower(json_);
  for (const char* word : kBorrowed) {
    if (own.find(word) != std::string::npos) continue;
    EXPECT_EQ(Lower(html).find(word), std::string::npos) << "the text version says \"" << word << "\"";
    for (const std::string& s : said) EXPECT_EQ(Lower(s).find(word), std::string::npos) << s;
  }
  for (const char* hole : {"\xE2\x9F\xA6", "{act}", "{sources}", "{Sources}", "{label}", "{date}"}) {
    EXPECT_EQ(html.find(hole), std::string::npos) << "an unfilled phrase: " << hole;
    for (const std::string& s : said) EXPECT_EQ(s.find(hole), std::string::npos) << s;
  }
}

INSTANTIATE_TEST_SUITE_P(Stories, Fixture, ::testing::ValuesIn(kFixtures),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(Fixtures, RanksWithGapsReadAsPlaces) {
  const LoadResult r = LoadStoryFile(kDir + "wide-sparse.json");
  ASSERT_TRUE(r.ok());
  int max_rank = 0;
  for (const Suspect& s : r.story.suspects) max_rank = std::max(max_rank, s.assessment.rank);
  ASSERT_GT(max_rank, (int)r.story.suspects.size()) << "the fixture is meant to have rank gaps";
  const std::string html = RenderTextVersion(r.story);
  const std::string n = std::to_string(r.story.suspects.size());
  EXPECT_NE(html.find("Rank " + n + " of " + n), std::string::npos);
  EXPECT_EQ(html.find("Rank " + std::to_string(max_rank) + " of"), std::string::npos) << "a raw rank is shown";
  EXPECT_NE(html.find("rank this theory " + n + " of " + n), std::string::npos) << "three sources: a plural verb";
}

TEST(Fixtures, DatesReadAtThePrecisionGiven) {
  const LoadResult r = LoadStoryFile(kDir + "wide-sparse.json");
  ASSERT_TRUE(r.ok());
  const std::string html = RenderTextVersion(r.story);
  EXPECT_NE(html.find("<time datetime=\"1999-06\">around June 1999</time>"), std::string::npos);
  EXPECT_NE(html.find("<time datetime=\"1994\">1994</time>"), std::string::npos);
  EXPECT_EQ(html.find("around 1 Jun"), std::string::npos) << "a day the source never gives";
  // Sorted by the documented rule: each event's period starts no earlier than the last one's.
  for (size_t i = 1; i < r.story.events.size(); ++i)
    EXPECT_FALSE(r.story.events[i].date < r.story.events[i - 1].date) << r.story.events[i].id;
}

TEST(Fixtures, ANewsStoryNamesItsActAndSources) {
  const LoadResult r = LoadStoryFile(kDir + "selka-cable-cut.json");
  ASSERT_TRUE(r.ok());
  const std::string html = RenderTextVersion(r.story);
  EXPECT_NE(html.find("Not argued by the reports"), std::string::npos);
  EXPECT_NE(html.find("are the moments the reports say the cable cut coincided with"), std::string::npos);
  EXPECT_NE(html.find("What the cable cut served, according to the reports"), std::string::npos);
}

}  // namespace
}  // namespace mm
