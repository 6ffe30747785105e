// matrix_csv_test.cpp — mm::MatrixCsv: one row per suspect × motive pair in the story's order,
// strength number and word and quote count for argued pairs, empty strength and 0 quotes for the
// rest, RFC 4180 quoting (read back with the importer's own CSV reader), and the bundled story.
#include "core/matrix_csv.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/import/csv.h"
#include "core/locale.h"
#include "core/story_loader.h"
#include "minimal_story.h"

namespace mm {
namespace {

using Row = std::vector<std::string>;

Story Load(const std::string& text) {
  LoadResult r = LoadStory(text);
  EXPECT_TRUE(r.ok());
  return std::move(r.story);
}

TEST(MatrixCsv, EveryPairInStoryOrderWithStrengthAndQuoteCounts) {
  SetInterfaceLocale(nullptr);
  const std::string csv = MatrixCsv(Load(test::kMinimalStory));
  const CsvTable t = ParseCsv(csv);
  ASSERT_TRUE(t.problems.empty());
  ASSERT_EQ(t.rows.size(), 5u);  // header + 2 suspects × 2 motives
  EXPECT_EQ(t.rows[0], (Row{"suspect_id", "suspect", "motive_id", "motive", "strength", "strength_word", "quotes"}));
  EXPECT_EQ(t.rows[1], (Row{"alpha", "Alpha Agency", "embarrass-trump", "Embarrass Trump", "3", "strong", "1"}));
  EXPECT_EQ(t.rows[2], (Row{"alpha", "Alpha Agency", "undermine-witkoff", "Undermine Witkoff", "", "", "0"}));
  EXPECT_EQ(t.rows[3], (Row{"beta", "Beta Bureau", "embarrass-trump", "Embarrass Trump", "", "", "0"}));
  EXPECT_EQ(t.rows[4], (Row{"beta", "Beta Bureau", "undermine-witkoff", "Undermine Witkoff", "1", "weak", "1"}));
  EXPECT_NE(csv.find("\r\n"), std::string::npos) << "RFC 4180 line ends";
  EXPECT_NE(csv.substr(0, 3), "\xEF\xBB\xBF") << "no byte-order mark";
}

TEST(MatrixCsv, QuotesFieldsWithCommasQuotesAndLineBreaks) {
  nlohmann::json j = nlohmann::json::parse(test::kMinimalStory);
  j["suspects"][0]["name"] = "Alpha, \"the agency\"\nof record";
  j["links"][0]["evidence"].push_back({{"quote", "A second quote."}, {"source", "article"}, {"kind", "analysis"}});
  const std::string csv = MatrixCsv(Load(j.dump()));
  EXPECT_NE(csv.find("\"Alpha, \"\"the agency\"\"\nof record\""), std::string::npos) << csv;
  const CsvTable t = ParseCsv(csv);
  ASSERT_TRUE(t.problems.empty());
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_EQ(t.rows[1][1], "Alpha, \"the agency\"\nof record");
  EXPECT_EQ(t.rows[1][6], "2");
}

TEST(MatrixCsv, TheStrengthWordIsTheInterfaceLanguages) {
  Locale de;
  std::string error;
  ASSERT_TRUE(LoadLocaleFile(MM_SOURCE_DIR "/assets/locales", "de", &de, &error)) << error;
  const std::string* word = de.Find("strength.word.3");
  ASSERT_NE(word, nullptr);
  SetInterfaceLocale(std::make_shared<const Locale>(de));
  const CsvTable t = ParseCsv(MatrixCsv(Load(test::kMinimalStory)));
  SetInterfaceLocale(nullptr);
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_EQ(t.rows[1][5], *word);
}

TEST(MatrixCsv, TheBundledStoryHasOneRowPerPairAndCountsEveryQuote) {
  SetInterfaceLocale(nullptr);
  const LoadResult r = LoadStoryFile(MM_SOURCE_DIR "/assets/stories/witkoff-call-leak.json");
  ASSERT_TRUE(r.ok());
  const CsvTable t = ParseCsv(MatrixCsv(r.story));
  ASSERT_TRUE(t.problems.empty());
  EXPECT_EQ(t.rows.size(), 1 + r.story.suspects.size() * r.story.motives.size());
  size_t quotes = 0, argued = 0;
  for (size_t i = 1; i < t.rows.size(); ++i) {
    quotes += std::stoul(t.rows[i][6]);
    if (!t.rows[i][4].empty()) ++argued;
  }
  size_t expected = 0;
  for (const Link& l : r.story.links) expected += l.evidence.size();
  EXPECT_EQ(quotes, expected);
  EXPECT_EQ(argued, r.story.links.size());
}

}  // namespace
}  // namespace mm
