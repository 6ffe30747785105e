// glyph_coverage_test.cpp — the characters the canvas can draw: one list (core/glyph_coverage.h)
// that the font subsets, the text version's @font-face rules and the page's -Ext test agree
// with, and a loader warning for story text outside it.
#include <fstream>
#include <iterator>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/glyph_coverage.h"
#include "core/story_loader.h"
#include "minimal_story.h"

namespace mm {
namespace {

std::string ReadSource(const std::string& rel) {
  std::ifstream in(std::string(MM_SOURCE_DIR) + "/" + rel, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// "U+0020-007E,U+2713" or "U+0020-007E, U+2713" → ranges.
std::vector<CodepointRange> ParseUnicodeRanges(const std::string& text) {
  std::vector<CodepointRange> out;
  static const std::regex item(R"(U\+([0-9A-Fa-f]+)(?:-([0-9A-Fa-f]+))?)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), item); it != std::sregex_iterator(); ++it) {
    const char32_t first = std::stoul((*it)[1], nullptr, 16);
    out.push_back({first, (*it)[2].matched ? (char32_t)std::stoul((*it)[2], nullptr, 16) : first});
  }
  return out;
}

template <size_t N>
std::vector<CodepointRange> Vec(const CodepointRange (&a)[N]) { return {std::begin(a), std::end(a)}; }

std::string Capture(const std::string& text, const std::string& pattern) {
  std::smatch m;
  return std::regex_search(text, m, std::regex(pattern)) ? m[1].str() : "";
}

TEST(GlyphCoverage, DrawsLatinExtendedACyrillicAndTypographyButNotGreekOrCjk) {
  for (char32_t c : {U'A', U'é', U'ß', U'Ł', U'š', U'Ж', U'я', U'“', U'—', U'…', U'€', U'\u2009', U'\u202F'}) {
    EXPECT_TRUE(CanDraw(c)) << std::hex << (unsigned)c;
  }
  for (char32_t c : {U'Ω', U'→', U'−', U'✓', U'中', U'😀', U'\u0591', U'\u200B', U'\u03FF'}) EXPECT_FALSE(CanDraw(c)) << std::hex << (unsigned)c;
  EXPECT_TRUE(CanDraw(U'\n'));  // layout, not a glyph
}

TEST(GlyphCoverage, FirstUndrawableGivesTheCharacterAndItsByteOffset) {
  EXPECT_FALSE(FirstUndrawable("Plain ASCII, “quotes” — and Ушаков").has_value());
  const auto found = FirstUndrawable("Café Ω and 中");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->codepoint, U'Ω');
  EXPECT_EQ(found->byte_offset, 6u);  // "Café " is 6 bytes
  // A truncated sequence at the end (the loader rejects those first) never reads past it: the
  // sanitizer run of these tests would catch a read beyond the 5 bytes.
  const auto truncated = FirstUndrawable(std::string("ok \xE4\xB8", 5));
  EXPECT_LT(truncated ? truncated->byte_offset : 0, 5u);
}

TEST(GlyphCoverage, FontSubsetsStylesheetAndPageAgreeWithTheList) {
  const std::string cmake = ReadSource("cmake/Fonts.cmake");
  EXPECT_EQ(ParseUnicodeRanges(Capture(cmake, R"(set\(MM_FONT_UNICODES "([^"]*)\"\))")), Vec(kLatin1Glyphs));
  EXPECT_EQ(ParseUnicodeRanges(Capture(cmake, R"(set\(MM_FONT_UNICODES_EXT "([^"]*)\"\))")), Vec(kExtGlyphs));

  const std::string css = ReadSource("web/app.css");
  int latin1 = 0, ext = 0;
  static const std::regex face(R"(@font-face \{[^}]*?url\("fonts/[A-Za-z-]+?(-Ext)?\.ttf"\)[^}]*?unicode-range: ([^;]*);)");
  for (auto it = std::sregex_iterator(css.begin(), css.end(), face); it != std::sregex_iterator(); ++it) {
    const bool is_ext = (*it)[1].matched;
    EXPECT_EQ(ParseUnicodeRanges((*it)[2]), is_ext ? Vec(kExtGlyphs) : Vec(kLatin1Glyphs)) << it->str();
    ++(is_ext ? ext : latin1);
  }
  EXPECT_EQ(latin1, 4);
  EXPECT_EQ(ext, 4);

  // web/js/main.js fetches the -Ext files when the story matches /[\u0100-\u017F\u0400-\u045F]/.
  const std::string js = ReadSource("web/js/main.js");
  const std::string cls = Capture(js, R"(var NEEDS_EXT = /\[([^\]]*)\]/;)");
  std::vector<CodepointRange> page;
  static const std::regex pair(R"(\\u([0-9A-Fa-f]{4})-\\u([0-9A-Fa-f]{4}))");
  for (auto it = std::sregex_iterator(cls.begin(), cls.end(), pair); it != std::sregex_iterator(); ++it) {
    page.push_back({(char32_t)std::stoul((*it)[1], nullptr, 16), (char32_t)std::stoul((*it)[2], nullptr, 16)});
  }
  EXPECT_EQ(page, Vec(kExtGlyphs));

  // ...and checks a story's strings against the cut faces' characters within
  // /[\u0020-\u007E…]/ (LATIN1): the same ranges as kLatin1Glyphs, single code points included.
  const std::string latin = Capture(js, R"(var LATIN1 = /\[([^\]]*)\]/;)");
  ASSERT_FALSE(latin.empty());
  std::vector<CodepointRange> cut;
  static const std::regex item(R"(\\u([0-9A-Fa-f]{4})(?:-\\u([0-9A-Fa-f]{4}))?)");
  for (auto it = std::sregex_iterator(latin.begin(), latin.end(), item); it != std::sregex_iterator(); ++it) {
    const char32_t first = std::stoul((*it)[1], nullptr, 16);
    cut.push_back({first, (*it)[2].matched ? (char32_t)std::stoul((*it)[2], nullptr, 16) : first});
  }
  EXPECT_EQ(cut, Vec(kLatin1Glyphs));
}

TEST(GlyphCoverage, LoaderWarnsOncePerStringAndStillLoads) {
  auto doc = nlohmann::json::parse(test::kMinimalStory);
  doc["suspects"][0]["name"] = "Ω Agency, Ω again";
  doc["suspects"][1]["assessment"]["evidence"][0]["quote"] = "Beta denies it 中.";
  doc["events"][0]["date"] = "２０２５-10-14";  // a bad date is an error, with no font warning on top
  LoadResult bad = LoadStory(doc.dump(2));
  EXPECT_FALSE(bad.ok());

  doc["events"][0]["date"] = "2025-10-14";
  LoadResult result = LoadStory(doc.dump(2));
  ASSERT_TRUE(result.ok());
  std::vector<std::string> font_warnings;
  for (const Diagnostic& d : result.diagnostics) {
    if (d.message.find("not in the explainer's fonts") != std::string::npos) font_warnings.push_back(d.path + " " + d.message);
    EXPECT_EQ(d.severity, Severity::Warning);
  }
  ASSERT_EQ(font_warnings.size(), 2u);
  EXPECT_EQ(font_warnings[0].rfind("/suspects/0/name \"Ω\" (U+03A9)", 0), 0u) << font_warnings[0];
  EXPECT_EQ(font_warnings[1].rfind("/suspects/1/assessment/evidence/0/quote \"中\" (U+4E2D)", 0), 0u) << font_warnings[1];
  for (const Diagnostic& d : bad.diagnostics) {
    if (d.path == "/events/0/date") {
      EXPECT_EQ(d.message.find("fonts"), std::string::npos) << d.message;
    }
  }
}

TEST(GlyphCoverage, TheBundledStoryIsDrawnWithoutFallbackGlyphs) {
  LoadResult result = LoadStory(ReadSource("assets/stories/witkoff-call-leak.json"));
  ASSERT_TRUE(result.ok());
  for (const Diagnostic& d : result.diagnostics) EXPECT_EQ(d.message.find("fonts"), std::string::npos) << d.message;
}

}  // namespace
}  // namespace mm
