// layout_test.cpp — draws every panel headlessly (imgui with no renderer: frames are built,
// never rasterised) at desktop and phone sizes, and asserts on the geometry the panels record
// in the layout probe: no clipped labels, no overlapping timeline cards, nothing wider than the
// screen, touch targets of at least 44 CSS px on phones; and that clicks select.
#include <gtest/gtest.h>
#include <imgui.h>

#include <algorithm>
#include <map>
#include <string>

#include "core/story_loader.h"
#include "headless.h"

namespace mm::ui {
namespace {

using test::Headless;

const Story& LoadOnce(const std::string& relative_path) {
  const LoadResult& r = test::LoadOnce(relative_path);
  EXPECT_TRUE(r.ok()) << relative_path;
  return r.story;
}

const Story& BundledStory() { return LoadOnce("assets/stories/witkoff-call-leak.json"); }

// The design rules hold for every story, not only the one the engine was made with: the bundled
// story and the fixtures nobody designed for (tests/fixtures/stories/).
const char* const kStories[] = {"assets/stories/witkoff-call-leak.json", "tests/fixtures/stories/minimal.json",
                                "tests/fixtures/stories/wide-sparse.json",
                                "tests/fixtures/stories/selka-cable-cut.json"};

class AnyStory : public ::testing::TestWithParam<const char*> {
 protected:
  const Story& story() const { return LoadOnce(GetParam()); }
};

constexpr float kTol = 0.51f;  // sub-pixel rounding

void ExpectInside(const ProbeItem& it, const char* context) {
  EXPECT_GE(it.content.x0, it.box.x0 - kTol) << context << ": text of " << it.what << " \"" << it.label << "\" starts left of its box";
  EXPECT_LE(it.content.x1, it.box.x1 + kTol) << context << ": text of " << it.what << " \"" << it.label << "\" is clipped on the right ("
                                             << it.content.x1 << " > " << it.box.x1 << ")";
  EXPECT_GE(it.content.y0, it.box.y0 - kTol) << context << ": text of " << it.what << " \"" << it.label << "\" is clipped at the top";
  EXPECT_LE(it.content.y1, it.box.y1 + kTol) << context << ": text of " << it.what << " \"" << it.label << "\" is clipped at the bottom";
}

bool Overlap(const ProbeBox& a, const ProbeBox& b) {
  return a.x0 < b.x1 - kTol && b.x0 < a.x1 - kTol && a.y0 < b.y1 - kTol && b.y0 < a.y1 - kTol;
}

TEST(Layout, FontsBuild) {
  Headless h(1280, 800, 2.0f);
  EXPECT_TRUE(h.built());
}

TEST_P(AnyStory, DesktopMatrixLabelsFitAndCellsAreComplete) {
  const Story& story = this->story();
  // Font sizes round differently per devicePixelRatio, so both are checked.
  for (float dpr : {1.0f, 2.0f}) {
    for (float w : {1280.0f, 1440.0f}) {
      Headless h(w, 3000, dpr);  // tall: rows below the fold are not laid out (a 12-row story)
      UiState state;
      h.Frames(story, state, 3);
      const auto cols = h.Items("matrix.col"), rows = h.Items("matrix.row"), cells = h.Items("matrix.cell");
      EXPECT_EQ(cols.size(), story.motives.size()) << "desktop: every motive column is visible at " << w << " px, dpr " << dpr;
      EXPECT_EQ(rows.size(), story.suspects.size()) << "desktop: suspects are rows";
      EXPECT_EQ(cells.size(), story.suspects.size() * story.motives.size());
      for (const auto& it : cols) ExpectInside(it, "desktop");
      for (const auto& it : rows) ExpectInside(it, "desktop");
      for (const auto& it : h.Items("matrix.group")) ExpectInside(it, "desktop motive group (it must stay above its rule)");
      const auto matrix = h.Items("matrix");
      ASSERT_EQ(matrix.size(), 1u);
      EXPECT_LE(matrix[0].content.x1, matrix[0].box.x1 + kTol)
          << "the matrix scrolls sideways at " << w << " px, dpr " << dpr << " (needs " << matrix[0].content.Width()
          << " px, has " << matrix[0].box.Width() << ")";
    }
  }
}

TEST_P(AnyStory, DesktopRowsFollowTheArticlesRanking) {
  const Story& story = this->story();
  Headless h(1280, 3000, 2.0f);
  UiState state;
  h.Frames(story, state, 2);
  const auto rows = h.Items("matrix.row");
  const std::vector<int> ranked = RankedSuspects(story);
  ASSERT_EQ(rows.size(), ranked.size());
  for (size_t i = 0; i < rows.size(); ++i) EXPECT_EQ(rows[i].label, story.suspects[ranked[i]].short_label);
  for (size_t i = 1; i < rows.size(); ++i) EXPECT_GT(rows[i].box.y0, rows[i - 1].box.y0);
}

TEST_P(AnyStory, DesktopTimelineCardsNeverOverlapAndFit) {
  const Story& story = this->story();
  for (float w : {900.0f, 1024.0f, 1280.0f, 1600.0f}) {
    Headless h(w, 2400, 1.0f);  // tall, so that the timeline is on screen: only that is laid out
    UiState state;
    h.Frames(story, state, 2);
    const auto cards = h.Items("timeline.card");
    ASSERT_EQ(cards.size(), story.events.size()) << "width " << w;
    for (size_t i = 0; i < cards.size(); ++i) {
      ExpectInside(cards[i], "desktop timeline");
      EXPECT_GE(cards[i].box.x0, -kTol) << cards[i].label;
      EXPECT_LE(cards[i].box.x1, w + kTol) << cards[i].label;
      for (size_t j = i + 1; j < cards.size(); ++j)
        EXPECT_FALSE(Overlap(cards[i].box, cards[j].box))
            << "width " << w << ": \"" << cards[i].label << "\" overlaps \"" << cards[j].label << "\"";
    }
  }
}

TEST_P(AnyStory, NothingIsWiderThanTheScreen) {
  const Story& story = this->story();
  for (float w : {360.0f, 390.0f, 768.0f, 1280.0f}) {
    Headless h(w, 844, 2.0f);
    UiState state;
    for (PhoneTab tab : {PhoneTab::Matrix, PhoneTab::Timeline, PhoneTab::About}) {
      state.reader.phone_tab = tab;
      h.Frames(story, state, 2);
      // A matrix too wide for the screen scrolls sideways inside its own box, clipped there, with
      // the row headers pinned: its columns and cells may lie beyond the edge, the box may not.
      const auto matrix = h.Items("matrix");
      const bool grid_scrolls = !matrix.empty() && matrix[0].content.x1 > matrix[0].box.x1 + kTol;
      for (const ProbeItem& it : h.probe().items) {
        if (grid_scrolls && (it.what == "matrix.col" || it.what == "matrix.cell")) continue;
        EXPECT_GE(it.box.x0, -kTol) << "width " << w << ": " << it.what << " \"" << it.label << "\"";
        EXPECT_LE(it.box.x1, w + kTol) << "width " << w << ": " << it.what << " \"" << it.label << "\"";
      }
    }
  }
}

TEST_P(AnyStory, PhoneIsTransposedWithLargeTouchTargets) {
  const Story& story = this->story();
  Headless h(390, 3000, 2.0f);  // tall, so that rows below a phone's fold are laid out too
  UiState state;
  h.Frames(story, state, 2);
  EXPECT_EQ(h.Items("matrix.row").size(), story.motives.size()) << "phone: motives are rows";
  const auto matrix = h.Items("matrix");
  ASSERT_EQ(matrix.size(), 1u);
  if (matrix[0].content.x1 > matrix[0].box.x1 + kTol) {  // more suspects than fit: the grid scrolls sideways
    EXPECT_GE(h.Items("matrix.col").size(), 2u) << "phone: at least two suspect columns show before scrolling";
    EXPECT_LE(h.Items("matrix.col").size(), story.suspects.size());
  } else {
    EXPECT_EQ(h.Items("matrix.col").size(), story.suspects.size()) << "phone: suspects are columns";
  }
  EXPECT_EQ(h.Items("tab").size(), 3u);
  state.reader.selection = Selection::Cell(0, 0);
  state.reader.highlight = ComputeHighlight(story, state.reader.selection);
  for (PhoneTab tab : {PhoneTab::Matrix, PhoneTab::Timeline, PhoneTab::About}) {
    state.reader.phone_tab = tab;
    h.Frames(story, state, 2);
    int interactive = 0;
    for (const ProbeItem& it : h.probe().items) {
      if (it.hit.Width() <= 0) continue;
      ++interactive;
      EXPECT_GE(it.hit.Height(), 44.0f - kTol) << it.what << " \"" << it.label << "\" is too short to tap";
      EXPECT_GE(it.hit.Width(), 44.0f - kTol) << it.what << " \"" << it.label << "\" is too narrow to tap";
    }
    EXPECT_GT(interactive, 0);
    for (const auto& it : h.Items("matrix.col")) ExpectInside(it, "phone");
    for (const auto& it : h.Items("matrix.row")) ExpectInside(it, "phone");
  }
}

TEST(Layout, ClickingACellAndAnEventSelectsThem) {
  const Story& story = BundledStory();
  Headless h(1280, 1600, 1.0f);  // tall enough that the timeline is above the fold
  UiState state;
  h.Frames(story, state, 2);
  const auto cells = h.Items("matrix.cell");
  ASSERT_FALSE(cells.empty());
  const ProbeBox c = cells[0].hit;
  h.Click(story, state, (c.x0 + c.x1) / 2, (c.y0 + c.y1) / 2);
  EXPECT_EQ(state.reader.selection.kind, SelectionKind::Cell);
  EXPECT_EQ(state.reader.selection.index, RankedSuspects(story)[0]);
  EXPECT_EQ(state.reader.selection.motive, 0);

  const Story& s = story;
  h.Frames(s, state, 1);
  auto cards = h.Items("timeline.card");
  ASSERT_FALSE(cards.empty());
  size_t leak = 0;
  for (size_t i = 0; i < s.events.size(); ++i) if (s.events[i].kind == EventKind::Act) leak = i;
  const ProbeBox e = cards[leak].hit;
  ASSERT_LT(e.y1, 1600.0f);
  h.Click(s, state, (e.x0 + e.x1) / 2, (e.y0 + e.y1) / 2);
  EXPECT_EQ(state.reader.selection.kind, SelectionKind::Event);
  EXPECT_EQ(state.reader.selection.index, (int)leak);
  EXPECT_TRUE(state.reader.highlight.any);
}

TEST_P(AnyStory, EverySelectionDrawsItsDetail) {
  const Story& story = this->story();
  for (float w : {390.0f, 1280.0f}) {
    Headless h(w, 800, 1.0f);
    UiState state;
    std::vector<Selection> all = {{}};
    for (int s = 0; s < (int)story.suspects.size(); ++s) {
      all.push_back(Selection::Suspect(s));
      for (int m = 0; m < (int)story.motives.size(); ++m) all.push_back(Selection::Cell(s, m));
    }
    for (int m = 0; m < (int)story.motives.size(); ++m) all.push_back(Selection::Motive(m));
    for (int e = 0; e < (int)story.events.size(); ++e) all.push_back(Selection::Event(e));
    for (int g = 0; g < (int)story.goals.size(); ++g) all.push_back(Selection::Goal(g));
    for (int r = 0; r < (int)story.reactions.size(); ++r) all.push_back(Selection::Reaction(r));
    for (const Selection& sel : all) {
      SetSelection(story, state, sel);
      h.Frames(story, state, 1);
      for (const auto& chip : h.Items("chip")) ExpectInside(chip, "detail chip");
    }
  }
}

TEST_P(AnyStory, TheLensControlFitsAndEveryLensDrawsEverySelection) {
  const Story& story = this->story();
  for (float w : {360.0f, 390.0f, 1280.0f}) {
    Headless h(w, 1600, 1.0f);
    UiState state;
    for (Lens lens : {Lens::All, Lens::Facts, Lens::Attributed, Lens::Analysis}) {
      state.reader.lens = lens;
      for (const Selection& sel : {Selection{}, Selection::Cell(0, 0), Selection::Suspect(0), Selection::Event(0)}) {
        SetSelection(story, state, IsValid(story, sel) ? sel : Selection{});
        h.Frames(story, state, 2);
        const auto buttons = h.Items("lens");
        ASSERT_EQ(buttons.size(), 4u) << "width " << w;
        for (size_t i = 0; i < buttons.size(); ++i) {
          EXPECT_GE(buttons[i].hit.x0, -kTol);
          EXPECT_LE(buttons[i].hit.x1, w + kTol) << "width " << w << ": lens button " << buttons[i].label;
          EXPECT_GE(buttons[i].hit.Height(), w < 600 ? 44.0f - kTol : 28.0f - kTol);
          if (i) {
            EXPECT_FALSE(Overlap(buttons[i - 1].hit, buttons[i].hit));
          }
        }
        for (const auto& it : h.Items("matrix")) EXPECT_FALSE(Overlap(it.box, buttons[0].hit)) << "under the matrix, not on it";
      }
    }
  }
}

TEST(Layout, ClickingALensButtonSetsTheLens) {
  const Story& story = BundledStory();
  Headless h(1280, 1600, 1.0f);
  UiState state;
  h.Frames(story, state, 2);
  const auto buttons = h.Items("lens");
  ASSERT_EQ(buttons.size(), 4u);
  const ProbeBox b = buttons[2].hit;  // attributed statements
  h.Click(story, state, (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2);
  EXPECT_EQ(state.reader.lens, Lens::Attributed);
  EXPECT_EQ(state.reader.selection.kind, SelectionKind::None) << "choosing a lens selects nothing";
}

INSTANTIATE_TEST_SUITE_P(Stories, AnyStory, ::testing::ValuesIn(kStories), [](const auto& info) {
  std::string name = info.param;
  name = name.substr(name.rfind('/') + 1);
  name = name.substr(0, name.find('.'));
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
});

}  // namespace
}  // namespace mm::ui
