// pseudo_locale_test.cpp — does the interface fit a longer language? Every English phrase is
// made about 40 % longer, with accented letters (a pseudo-locale, as localisation teams use), and
// the explainer is drawn at desktop and phone sizes under the layout rules: no clipped label, no
// overlapping timeline cards, nothing wider than the page.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "core/locale.h"
#include "core/story_loader.h"
#include "core/wording.h"
#include "headless.h"

namespace mm::ui {
namespace {

using test::Headless;

constexpr float kTol = 0.51f;

// "Not argued by {sources}" → "[Ñöţ árgúéð by {sources} ēxtrā ēxtrā]": vowels accented (still
// drawable), placeholders kept, ~40 % more letters in extra words (so lines can still wrap).
std::string Pseudo(const std::string& text) {
  static const std::pair<char, const char*> kAccents[] = {{'a', "á"}, {'e', "é"}, {'i', "í"}, {'o', "ö"}, {'u', "ú"},
                                                          {'A', "Á"}, {'E', "É"}, {'O', "Ö"}, {'n', "ñ"}, {'c', "ç"}};
  std::string out = "[";
  bool in_placeholder = false;
  size_t letters = 0;
  for (char ch : text) {
    if (ch == '{') in_placeholder = true;
    if (ch == '}') in_placeholder = false;
    const char* accented = nullptr;
    if (!in_placeholder)
      for (const auto& [plain, with] : kAccents) if (ch == plain) accented = with;
    if (accented) out += accented; else out += ch;
    if (!in_placeholder && ch != ' ') ++letters;
  }
  for (size_t extra = letters * 2 / 5; extra > 0; extra = extra > 6 ? extra - 6 : 0) out += " ēxtrā";
  return out + "]";
}

std::shared_ptr<Locale> PseudoLocale() {
  auto locale = std::make_shared<Locale>(EnglishLocale());
  locale->tag = "en-XA";  // the conventional tag for a pseudo-locale with accents
  for (auto& [key, forms] : locale->phrases) {
    if (key.rfind("locale.", 0) == 0 || key.rfind("date.", 0) == 0) continue;  // patterns, not words
    for (auto& [form, text] : forms) text = Pseudo(text);
  }
  return locale;
}

class PseudoLocale_ : public ::testing::TestWithParam<const char*> {
 protected:
  void SetUp() override { SetInterfaceLocale(PseudoLocale()); }
  void TearDown() override { SetInterfaceLocale(nullptr); }
};

void ExpectInside(const ProbeItem& it, const std::string& context) {
  EXPECT_LE(it.content.x1, it.box.x1 + kTol) << context << ": " << it.what << " \"" << it.label << "\" clipped on the right";
  EXPECT_LE(it.content.y1, it.box.y1 + kTol) << context << ": " << it.what << " \"" << it.label << "\" clipped at the bottom";
  EXPECT_GE(it.content.x0, it.box.x0 - kTol) << context << ": " << it.what << " \"" << it.label << "\"";
}

bool Overlap(const ProbeBox& a, const ProbeBox& b) {
  return a.x0 < b.x1 - kTol && b.x0 < a.x1 - kTol && a.y0 < b.y1 - kTol && b.y0 < a.y1 - kTol;
}

TEST_P(PseudoLocale_, EverythingFitsAtDesktopAndPhoneSizes) {
  const LoadResult r = LoadStoryFile(std::string(MM_SOURCE_DIR) + "/" + GetParam());
  ASSERT_TRUE(r.ok());
  const Story& story = r.story;
  ASSERT_NE(Words(story)("tab.about").find("ēxtrā"), std::string::npos) << "the pseudo-locale is in use";
  for (auto [w, h, phone] : {std::tuple{1280.0f, 3000.0f, false}, std::tuple{390.0f, 3000.0f, true}}) {
    const std::string at = std::to_string((int)w) + " px";
    Headless headless(w, h, 2.0f);
    UiState state;
    const std::vector<Selection> selections = {
        {}, Selection::Cell(0, 0), Selection::Suspect(0), Selection::Event(0)};
    for (PhoneTab tab : {PhoneTab::Matrix, PhoneTab::Timeline, PhoneTab::About}) {
      state.reader.phone_tab = tab;
      for (const Selection& sel : selections) {
        SetSelection(story, state, sel);
        headless.Frames(story, state, 2);
        const auto matrix = headless.Items("matrix");
        const bool grid_scrolls = !matrix.empty() && matrix[0].content.x1 > matrix[0].box.x1 + kTol;
        for (const ProbeItem& it : headless.probe().items) {
          if (grid_scrolls && (it.what == "matrix.col" || it.what == "matrix.cell")) continue;
          EXPECT_GE(it.box.x0, -kTol) << at << ": " << it.what << " \"" << it.label << "\" off the page";
          EXPECT_LE(it.box.x1, w + kTol) << at << ": " << it.what << " \"" << it.label << "\" wider than the page";
        }
        for (const char* what : {"matrix.col", "matrix.row", "matrix.group", "chip", "tab", "timeline.card"})
          for (const auto& it : headless.Items(what)) ExpectInside(it, at);
        const auto cards = headless.Items("timeline.card");
        for (size_t i = 0; i < cards.size(); ++i)
          for (size_t j = i + 1; j < cards.size(); ++j)
            EXPECT_FALSE(Overlap(cards[i].box, cards[j].box)) << at << ": \"" << cards[i].label << "\" overlaps \"" << cards[j].label << "\"";
        if (!phone) break;  // tabs exist only on phones
      }
      if (!phone) break;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Stories, PseudoLocale_,
                         ::testing::Values("assets/stories/witkoff-call-leak.json",
                                           "tests/fixtures/stories/wide-sparse.json"),
                         [](const auto& info) { return std::string(info.index == 0 ? "bundled" : "wide_sparse"); });

}  // namespace
}  // namespace mm::ui
