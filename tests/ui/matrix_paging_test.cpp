// matrix_paging_test.cpp — a matrix wider than the phone: the pager line names the columns in
// view and turns the page, a finger drags the grid sideways, and a matrix that fits has neither.
#include <gtest/gtest.h>
#include <imgui.h>

#include <algorithm>
#include <set>
#include <string>

#include "core/locale.h"
#include "core/story_loader.h"
#include "headless.h"

namespace mm::ui {
namespace {

using test::Headless;

constexpr float kTol = 0.51f;

// What the phone's matrix shows: the pager's words, and the suspects whose columns are wholly in
// view, left to right.
struct InView {
  std::string pager;
  std::vector<std::string> columns;
  std::vector<float> edges;  // the left edge of every column header drawn, wholly in view or not
};
InView Look(const Headless& h) {
  InView v;
  const auto pager = h.Items("matrix.pager");
  if (pager.size() == 1) v.pager = pager[0].label;
  const auto matrix = h.Items("matrix");
  const auto rows = h.Items("matrix.row");
  if (matrix.empty() || rows.empty()) return v;
  const float left = rows[0].hit.x1, right = matrix[0].box.x1;  // right of the pinned row headers
  for (const ProbeItem& c : h.Items("matrix.col")) v.edges.push_back(c.box.x0);
  for (const ProbeItem& c : h.Items("matrix.col"))
    if (c.box.x0 >= left - kTol && c.box.x1 <= right + kTol) v.columns.push_back(c.label);
  return v;
}
const ProbeItem* Button(const Headless& h, const std::string& id) {
  static std::vector<ProbeItem> items;
  items = h.Items("matrix.page");
  for (const ProbeItem& it : items) if (it.label == id) return &it;
  return nullptr;
}
void Press(Headless& h, const Story& story, UiState& state, const ProbeItem& it) {
  h.Click(story, state, (it.hit.x0 + it.hit.x1) * 0.5f, (it.hit.y0 + it.hit.y1) * 0.5f);
  h.Frames(story, state, 2);  // the scroll lands a frame after the press
}

class WideStory : public ::testing::TestWithParam<std::pair<const char*, int>> {};

TEST_P(WideStory, ThePagerNamesTheColumnsInViewAndTurnsThePage) {
  const LoadResult& r = test::LoadOnce(GetParam().first);
  ASSERT_TRUE(r.ok());
  const Story& story = r.story;
  const int total = GetParam().second;
  ASSERT_EQ((int)story.suspects.size(), total);
  Headless h(390, 3000, 2.0f);
  UiState state;
  h.Frames(story, state, 2);
  const InView start = Look(h);
  ASSERT_GE(start.columns.size(), 2u);
  ASSERT_LT((int)start.columns.size(), total) << "this story's matrix is wider than a phone";
  const std::string first_page = "Suspects 1\xE2\x80\x93" + std::to_string(start.columns.size()) + " of " + std::to_string(total);
  EXPECT_EQ(start.pager, first_page);
  ASSERT_NE(Button(h, "##next"), nullptr);
  EXPECT_EQ(Button(h, "##back"), nullptr) << "nothing to go back to at the start";

  Press(h, story, state, *Button(h, "##next"));
  const InView second = Look(h);
  ASSERT_FALSE(second.columns.empty());
  if (Button(h, "##next")) {  // a page in the middle starts with the first column not yet wholly seen
    for (const std::string& c : second.columns)
      EXPECT_EQ(std::count(start.columns.begin(), start.columns.end(), c), 0) << c << " was on the first page too";
    EXPECT_EQ(second.pager.rfind("Suspects " + std::to_string(start.columns.size() + 1) + "\xE2\x80\x93", 0), 0u) << second.pager;
  } else {  // the last page ends with the last column, and may show some of the first page's again
    EXPECT_NE(second.pager.find(std::to_string(total) + " of " + std::to_string(total)), std::string::npos) << second.pager;
    EXPECT_NE(second.columns.front(), start.columns.front());
  }
  EXPECT_EQ(state.reader.selection.kind, SelectionKind::None) << "turning the page selects nothing";
  ASSERT_NE(Button(h, "##back"), nullptr);

  // Through to the end, where next stops; every suspect has been in view on some page.
  std::set<std::string> seen(start.columns.begin(), start.columns.end());
  seen.insert(second.columns.begin(), second.columns.end());
  for (int page = 0; page < total && Button(h, "##next"); ++page) {
    Press(h, story, state, *Button(h, "##next"));
    const InView v = Look(h);
    seen.insert(v.columns.begin(), v.columns.end());
  }
  EXPECT_EQ(Button(h, "##next"), nullptr);
  EXPECT_EQ((int)seen.size(), total);
  const InView end = Look(h);
  EXPECT_NE(end.pager.find(std::to_string(total) + " of " + std::to_string(total)), std::string::npos) << end.pager;

  // And back to the start.
  for (int page = 0; page < total && Button(h, "##back"); ++page) Press(h, story, state, *Button(h, "##back"));
  EXPECT_EQ(Look(h).pager, first_page);
}

TEST_P(WideStory, AFingerDragsTheGridSidewaysWithoutSelecting) {
  const LoadResult& r = test::LoadOnce(GetParam().first);
  ASSERT_TRUE(r.ok());
  const Story& story = r.story;
  Headless h(390, 3000, 2.0f);
  UiState state;
  h.Frames(story, state, 2);
  const InView start = Look(h);
  const auto cells = h.Items("matrix.cell");
  ASSERT_FALSE(cells.empty());
  const ProbeItem& cell = cells[cells.size() / 2];
  const float x = (cell.hit.x0 + cell.hit.x1) * 0.5f, y = (cell.hit.y0 + cell.hit.y1) * 0.5f;
  // 200 px to the left; a finger is never quite level.
  h.Drag(story, state, ImVec2(x, y), 8, [&](int i) { return ImVec2(x - 25 * (i + 1), y + (i % 2)); });
  const InView after = Look(h);
  EXPECT_NE(after.columns, start.columns) << "a drag to the left brings later suspects into view";
  EXPECT_NE(after.pager, start.pager);
  EXPECT_EQ(state.reader.selection.kind, SelectionKind::None) << "a drag is not a tap";

  // A drag that is mostly downwards leaves the grid where it is.
  const InView before_down = Look(h);
  const float x2 = x - 200;  // where the first drag ended
  h.Drag(story, state, ImVec2(x2, y), 8, [&](int i) { return ImVec2(x2 - 3 * i, y + 25 * i); });
  EXPECT_EQ(Look(h).edges, before_down.edges) << "not a pixel sideways";
}

// The last page's next button is off at every phone width, whatever fraction of a pixel imgui
// rounds the grid's sizes by (it was left on, doing nothing, at about a third of widths).
TEST_P(WideStory, AtEveryPhoneWidthNextEndsOnTheLastColumn) {
  const LoadResult& r = test::LoadOnce(GetParam().first);
  ASSERT_TRUE(r.ok());
  const int total = GetParam().second;
  for (float w = 320; w <= 440; w += 1) {
    Headless h(w, 844, 2.0f);
    UiState state;
    h.Frames(r.story, state, 2);
    if (h.Items("matrix.pager").empty()) continue;  // it fits at this width
    for (int page = 0; page <= total && Button(h, "##next"); ++page) Press(h, r.story, state, *Button(h, "##next"));
    const auto pager = h.Items("matrix.pager");
    ASSERT_EQ(pager.size(), 1u) << w;
    EXPECT_EQ(Button(h, "##next"), nullptr) << "width " << w << ": next is still on at \"" << pager[0].label << "\"";
    EXPECT_NE(pager[0].label.find(std::to_string(total) + " of " + std::to_string(total)), std::string::npos)
        << "width " << w << ": " << pager[0].label;
  }
}

TEST_P(WideStory, ASidewaysDragDoesNotMoveThePage) {
  const LoadResult& r = test::LoadOnce(GetParam().first);
  ASSERT_TRUE(r.ok());
  const Story& story = r.story;
  Headless h(390, 844, 2.0f);
  UiState state;
  h.Frames(story, state, 2);
  Headless::SetScrollY(200);
  h.Frames(story, state, 2);
  ASSERT_GT(Headless::ScrollY(), 0.0f);
  const float page_y = Headless::ScrollY();
  const InView start = Look(h);
  const auto cells = h.Items("matrix.cell");
  const ProbeItem* cell = nullptr;
  for (const ProbeItem& c : cells) if (c.hit.y0 > 0 && c.hit.y1 < 800) { cell = &c; break; }
  ASSERT_NE(cell, nullptr);
  const float x = (cell->hit.x0 + cell->hit.x1) * 0.5f, y = (cell->hit.y0 + cell->hit.y1) * 0.5f;
  // 200 px to the left, a little downwards as it goes.
  h.Drag(story, state, ImVec2(x, y), 8, [&](int i) { return ImVec2(x - 25 * (i + 1), y + 2 * i); });
  EXPECT_NE(Look(h).edges, start.edges) << "the grid moved sideways";
  EXPECT_FLOAT_EQ(Headless::ScrollY(), page_y) << "the page did not move up or down";
}

INSTANTIATE_TEST_SUITE_P(Fixtures, WideStory,
                         ::testing::Values(std::make_pair("tests/fixtures/stories/wide-sparse.json", 12),
                                           std::make_pair("tests/fixtures/stories/selka-cable-cut.json", 5)),
                         [](const auto& info) { return info.index == 0 ? std::string("wide_sparse") : std::string("selka"); });

TEST(MatrixPaging, AMatrixThatFitsHasNoPager) {
  const LoadResult& r = test::LoadOnce("assets/stories/witkoff-call-leak.json");
  ASSERT_TRUE(r.ok());
  for (float w : {390.0f, 1280.0f}) {
    Headless h(w, 3000, 2.0f);
    UiState state;
    h.Frames(r.story, state, 2);
    const auto matrix = h.Items("matrix");
    ASSERT_EQ(matrix.size(), 1u);
    ASSERT_LE(matrix[0].content.x1, matrix[0].box.x1 + kTol) << "the bundled story fits at " << w << " px";
    EXPECT_TRUE(h.Items("matrix.pager").empty()) << w;
    EXPECT_TRUE(h.Items("matrix.page").empty()) << w;
  }
}


// In every shipped interface language the line is that language's phrase, and it fits beside
// the buttons on the narrowest phone.
TEST(MatrixPaging, ThePagerSpeaksEachInterfaceLanguageAndFits) {
  const LoadResult& r = test::LoadOnce("tests/fixtures/stories/wide-sparse.json");
  ASSERT_TRUE(r.ok());
  for (const std::string& tag : ShippedLocales()) {
    auto locale = std::make_shared<Locale>();
    std::string error;
    ASSERT_TRUE(LoadLocaleFile(std::string(MM_SOURCE_DIR) + "/assets/locales", tag, locale.get(), &error)) << error;
    const std::string* phrase = locale->Find("matrix.pager.suspects");
    ASSERT_NE(phrase, nullptr) << tag;
    SetInterfaceLocale(locale);
    Headless h(360, 3000, 2.0f);
    UiState state;
    h.Frames(r.story, state, 2);
    const auto pager = h.Items("matrix.pager");
    ASSERT_EQ(pager.size(), 1u) << tag;
    const size_t shown = Look(h).columns.size();
    std::string expected = *phrase;
    expected.replace(expected.find("{range}"), 7, "1\xE2\x80\x93" + std::to_string(shown));
    expected.replace(expected.find("{total}"), 7, "12");
    EXPECT_EQ(pager[0].label, expected) << tag;
    const float line = h.fonts().small->FontSize * ImGui::GetIO().FontGlobalScale;
    EXPECT_LT(pager[0].content.Height(), 1.5f * line) << tag << ": \"" << pager[0].label << "\" wraps onto a second line";
    for (const ProbeItem& b : h.Items("matrix.page")) EXPECT_GE(b.hit.x0, pager[0].content.x1) << tag;
  }
  SetInterfaceLocale(nullptr);
}

}  // namespace
}  // namespace mm::ui
