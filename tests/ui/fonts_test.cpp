// fonts_test.cpp — the atlas has exactly the glyphs of the font files it was given: Latin-1
// always, Latin Extended-A and Cyrillic only when the -Ext files are loaded (web/js/main.js fetches
// them only for stories that need them), and the two files of a face end up in one ImFont.
#include <gtest/gtest.h>
#include <imgui.h>

#include "core/glyph_coverage.h"
#include "headless.h"
#include "ui/fonts.h"

namespace mm::ui {
namespace {

class FontsTest : public ::testing::Test {
 protected:
  void SetUp() override { ctx_ = ImGui::CreateContext(); }
  void TearDown() override { ImGui::DestroyContext(ctx_); }
  static bool Has(const ImFont* font, ImWchar c) { return font->FindGlyphNoFallback(c) != nullptr; }
  ImGuiContext* ctx_ = nullptr;
};

TEST_F(FontsTest, Latin1FilesAloneCoverTheBundledStoryButNotCyrillic) {
  const FontData data = test::LoadTestFonts(false);
  ASSERT_TRUE(data.Complete());
  Fonts fonts;
  ASSERT_TRUE(BuildFonts(data, 2.0f, 1.0f, &fonts));
  for (ImWchar c : {u'A', u'z', u'\u00EF', u'\u2014', u'\u201C', u'\u2019', u'\u2026'}) {
    EXPECT_TRUE(Has(fonts.body, c)) << std::hex << (int)c;
  }
  EXPECT_FALSE(Has(fonts.body, u'\u0141'));  // Ł
  EXPECT_FALSE(Has(fonts.body, u'\u0423'));  // У
}

TEST_F(FontsTest, ExtFilesMergeIntoEveryFace) {
  const FontData data = test::LoadTestFonts(true);
  Fonts fonts;
  ASSERT_TRUE(BuildFonts(data, 1.0f, 1.0f, &fonts));
  for (const ImFont* font : {fonts.body, fonts.bold, fonts.italic, fonts.small, fonts.small_bold, fonts.heading,
                             fonts.subheading}) {
    EXPECT_TRUE(Has(font, u'\u0141'));
    EXPECT_TRUE(Has(font, u'\u0428'));
    EXPECT_TRUE(Has(font, u'A'));
  }
  // Merged, not a second font: the atlas has one ImFont per size and face as before.
  EXPECT_EQ(ImGui::GetIO().Fonts->Fonts.Size, 7);
}

// The one list of what the canvas can draw (core/glyph_coverage.h; the loader warns about story
// text outside it) claims nothing the faces lack: every code point of it has a glyph in every
// face and size, with the -Ext files loaded.
TEST_F(FontsTest, EveryCodepointTheCoverageListNamesIsInEveryFace) {
  const FontData data = test::LoadTestFonts(true);
  Fonts fonts;
  ASSERT_TRUE(BuildFonts(data, 1.0f, 1.0f, &fonts));
  int checked = 0;
  auto check = [&](const CodepointRange& r) {
    for (char32_t c = r.first; c <= r.last; ++c) {
      for (const ImFont* font : {fonts.body, fonts.bold, fonts.italic, fonts.small, fonts.small_bold, fonts.heading,
                                 fonts.subheading}) {
        EXPECT_TRUE(Has(font, (ImWchar)c)) << "U+" << std::hex << (unsigned)c;
        ++checked;
      }
    }
  };
  for (const CodepointRange& r : kLatin1Glyphs) check(r);
  for (const CodepointRange& r : kExtGlyphs) check(r);
  EXPECT_GT(checked, 7 * 400);  // 463 code points: the loops ran
  // And what the faces lack is not claimed.
  for (char32_t c : {U'\u2192', U'\u2212', U'\u2713'}) EXPECT_FALSE(CanDraw(c)) << std::hex << (unsigned)c;
}

TEST_F(FontsTest, MissingLatin1FileIsRefusedNotDrawnWithHoles) {
  FontData data = test::LoadTestFonts(true);
  data.face[(int)FontFace::Italic].clear();
  Fonts fonts;
  EXPECT_FALSE(BuildFonts(data, 1.0f, 1.0f, &fonts));
}

}  // namespace
}  // namespace mm::ui
