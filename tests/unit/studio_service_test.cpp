// studio_service_test.cpp — mm::studio::CheckJson / ImportJson, the studio's wasm exports' logic:
// located loader errors, quotes checked against pasted sources (with the nearest passage), only
// the story's own sources checked, bad argument JSON answered, and the template's sheets imported.
#include "core/studio/studio_service.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "minimal_story.h"

#ifndef MM_SOURCE_DIR
#error "MM_SOURCE_DIR must be defined (the repository root, as a string literal)"
#endif

namespace mm {
namespace {

using json = nlohmann::json;

// Every quote of the minimal story, in one source text.
constexpr const char* kArticle =
    "This has the strongest traction. Beta denies it. It embarrasses the president. Some say so. "
    "The call took place on 14 October. The leak landed just as talks began. The timing is no accident. "
    "This is hybrid warfare.";

json Check(const std::string& story, const std::string& sources) {
  const json j = json::parse(studio::CheckJson(story, sources), nullptr, false);
  EXPECT_FALSE(j.is_discarded());
  return j;
}

TEST(StudioCheck, ValidStoryWithItsSourceIsOk) {
  const json j = Check(test::kMinimalStory, json{{"article", kArticle}}.dump());
  EXPECT_TRUE(j["ok"].get<bool>()) << j.dump(2);
  EXPECT_EQ(j["title"], "Who leaked the call?");
  EXPECT_EQ(j["quotes"]["checked"], 8);
  EXPECT_EQ(j["quotes"]["found"], 8);
  EXPECT_TRUE(j["errors"].empty());
}

TEST(StudioCheck, BrokenStoryGivesLocatedErrors) {
  std::string story = test::kMinimalStory;
  const std::string from = "\"motive\": \"undermine-witkoff\", \"strength\": 1";
  const size_t at = story.find(from);
  ASSERT_NE(at, std::string::npos);
  story.replace(at, from.size(), "\"motive\": \"undermine-witkof\", \"strength\": 1");
  const json j = Check(story, "");
  ASSERT_FALSE(j["ok"].get<bool>());
  ASSERT_FALSE(j["errors"].empty());
  const json& e = j["errors"][0];
  EXPECT_EQ(e["path"], "/links/1/motive");
  EXPECT_GT(e["line"].get<int>(), 1);
  EXPECT_GT(e["column"].get<int>(), 1);
  EXPECT_NE(e["message"].get<std::string>().find("undermine-witkof"), std::string::npos) << e.dump();
  EXPECT_FALSE(j.contains("title"));
}

TEST(StudioCheck, QuoteNotInSourceIsFlaggedWithNearestPassage) {
  const std::string article = std::string(kArticle).replace(std::string(kArticle).find("Beta denies it."), 15, "Beta denied it.");
  const json j = Check(test::kMinimalStory, json{{"article", article}}.dump());
  ASSERT_FALSE(j["ok"].get<bool>());
  ASSERT_EQ(j["errors"].size(), 1u) << j.dump(2);
  const json& e = j["errors"][0];
  EXPECT_EQ(e["path"], "/suspects/1/assessment/evidence/0/quote");
  EXPECT_EQ(e["source"], "article");
  EXPECT_EQ(e["quote"], "Beta denies it.");
  EXPECT_NE(e["nearest"].get<std::string>().find("Beta denied it"), std::string::npos) << e.dump();
  EXPECT_EQ(j["quotes"]["found"], 7);
}

TEST(StudioCheck, TextsOfOtherSourcesAreIgnoredAndNoTextMeansNoQuoteCheck) {
  const json j = Check(test::kMinimalStory, json{{"not-in-story", "nothing"}}.dump());
  EXPECT_TRUE(j["ok"].get<bool>()) << j.dump(2);
  EXPECT_EQ(j["quotes"]["checked"], 0);
}

TEST(StudioCheck, SourcesThatAreNotAnObjectOfTextsAreAnError) {
  for (const char* bad : {"[1, 2]", "{\"article\": 3}", "{not json"}) {
    const json j = Check(test::kMinimalStory, bad);
    EXPECT_FALSE(j["ok"].get<bool>()) << bad;
    ASSERT_EQ(j["errors"].size(), 1u) << bad;
    EXPECT_NE(j["errors"][0]["message"].get<std::string>().find("sources"), std::string::npos);
  }
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(StudioImport, TemplateSheetsGiveAStoryThatChecks) {
  json sheets = json::object();
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(MM_SOURCE_DIR) / "assets/templates")) {
    if (entry.path().extension() == ".csv") sheets[entry.path().stem().string()] = ReadFile(entry.path());
  }
  ASSERT_GE(sheets.size(), 6u);
  const json j = json::parse(studio::ImportJson(sheets.dump()), nullptr, false);
  ASSERT_TRUE(j["ok"].get<bool>()) << j.dump(2);
  const std::string story = j["story"].get<std::string>();
  const json checked = Check(story, "");
  EXPECT_TRUE(checked["ok"].get<bool>()) << checked.dump(2);
}

TEST(StudioImport, BadCellIsNamedBySheetRowAndColumn) {
  json sheets = json::object();
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(MM_SOURCE_DIR) / "assets/templates")) {
    if (entry.path().extension() == ".csv") sheets[entry.path().stem().string()] = ReadFile(entry.path());
  }
  std::string links = sheets["links"].get<std::string>();
  // The second line is the first link's first row: make its strength a word that is no strength.
  const size_t row2 = links.find('\n') + 1;
  std::string header = links.substr(0, links.find('\n'));
  ASSERT_NE(header.find("strength"), std::string::npos);
  std::string broken = links;
  const size_t strong = broken.find(",3,", row2);
  ASSERT_NE(strong, std::string::npos);
  broken.replace(strong, 3, ",strongish,");
  sheets["links"] = broken;
  const json j = json::parse(studio::ImportJson(sheets.dump()), nullptr, false);
  ASSERT_FALSE(j["ok"].get<bool>());
  ASSERT_FALSE(j["errors"].empty());
  const json& e = j["errors"][0];
  EXPECT_EQ(e["sheet"], "links.csv");
  EXPECT_GT(e["row"].get<int>(), 1);
  EXPECT_EQ(e["columnName"], "strength");
  EXPECT_NE(e["text"].get<std::string>().find("strongish"), std::string::npos) << e.dump();
  EXPECT_EQ(j["story"], "");
}

TEST(StudioImport, NoSheetsOrBadJsonIsAnError) {
  for (const char* bad : {"", "{}", "[]", "{\"links\": 1}"}) {
    const json j = json::parse(studio::ImportJson(bad), nullptr, false);
    EXPECT_FALSE(j["ok"].get<bool>()) << bad;
    EXPECT_EQ(j["errors"].size(), 1u) << bad;
  }
}

}  // namespace
}  // namespace mm
