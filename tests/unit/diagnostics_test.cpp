// diagnostics_test.cpp — the JSON form of a load's result, as the page receives it.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/story_loader.h"
#include "minimal_story.h"

namespace mm {
namespace {

using json = nlohmann::json;

json Parse(const std::string& text) {
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  EXPECT_FALSE(j.is_discarded()) << text;
  return j;
}

TEST(DiagnosticsToJson, ALoadedStoryGivesItsCountsTitleAndId) {
  json story = json::parse(test::kMinimalStory);
  story["portrait"] = "x.png";  // unknown: kept, with a warning
  const LoadResult r = LoadStory(story.dump(2));
  ASSERT_TRUE(r.ok());
  const json j = Parse(DiagnosticsToJson(r));
  EXPECT_EQ(j["ok"], true);
  EXPECT_EQ(j["errors"], 0);
  EXPECT_EQ(j["warnings"], 1);
  EXPECT_EQ(j["title"], "Who leaked the call?");
  EXPECT_EQ(j["id"], "test-story");
  ASSERT_EQ(j["diagnostics"].size(), 1u);
  const json& d = j["diagnostics"][0];
  EXPECT_EQ(d["severity"], "warning");
  EXPECT_EQ(d["path"], "/portrait");
  EXPECT_EQ(d["line"], r.diagnostics[0].line);
  EXPECT_GT(d["line"].get<int>(), 0);
  EXPECT_EQ(d["column"], r.diagnostics[0].column);
  EXPECT_EQ(d["message"], r.diagnostics[0].message);
  EXPECT_EQ(d["text"], r.diagnostics[0].Format("story"));
}

TEST(DiagnosticsToJson, AFailedLoadHasNoTitleAndCountsWhatTheCapLeftOut) {
  json story = json::parse(test::kMinimalStory);
  for (json& link : story["links"]) link["motive"] = "nowhere";
  LoadLimits limits;
  limits.max_diagnostics = 1;
  const LoadResult r = LoadStory(story.dump(), limits);
  ASSERT_FALSE(r.ok());
  const json j = Parse(DiagnosticsToJson(r));
  EXPECT_EQ(j["ok"], false);
  EXPECT_EQ(j["errors"], 2) << "one listed, one left out by the cap";
  EXPECT_FALSE(j.contains("title"));
  EXPECT_FALSE(j.contains("id"));
  ASSERT_EQ(j["diagnostics"].size(), 2u);
  EXPECT_EQ(j["diagnostics"][0]["severity"], "error");
  EXPECT_EQ(j["diagnostics"][0]["path"], "/links/0/motive");
  EXPECT_EQ(j["diagnostics"][1]["message"], "… and 1 more error");
}

TEST(DiagnosticsToJson, InvalidUtf8InAMessageIsReplacedNotThrown) {
  LoadResult r;
  Diagnostic d;
  d.message = "bad \xFF byte";
  r.diagnostics.push_back(d);
  const json j = Parse(DiagnosticsToJson(r));
  EXPECT_EQ(j["diagnostics"][0]["message"], "bad \xEF\xBF\xBD byte");
}

}  // namespace
}  // namespace mm
