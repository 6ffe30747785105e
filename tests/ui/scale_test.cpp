// scale_test.cpp — the largest story the loader accepts, and the benchmarks' scale story, must
// cost a frame about what the bundled story does: only what is on screen is laid out and drawn.
// The measure is the vertex count of one frame (what SwiftShader rasterises on the CPU), with and
// without a selection, all the way down the page, at desktop and phone sizes. And what clipping
// must not change: nothing overlaps, every event stays reachable, keyboard focus comes into view,
// the page is as tall as if everything were drawn.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <set>

#include "headless.h"
#include "generated_story.h"

namespace mm::ui::test {
namespace {

// About three times what the bundled story needs (up to 10,700): a frame of the largest story
// costs what a small one does. Before clipping the largest story sent 444,000 vertices per
// frame and the 40 × 60 × 400 story 50,000.
constexpr int kMaxVertices = 30000;

const Story& MaxStory() {
  static const LoadResult result = GenerateStory(kMaxShape);
  EXPECT_TRUE(result.ok()) << (result.diagnostics.empty() ? "" : result.diagnostics[0].Format("generated"));
  return result.story;
}

const Story& ScaleStory() {
  static const LoadResult result = GenerateStory(kScaleShape);
  EXPECT_TRUE(result.ok()) << (result.diagnostics.empty() ? "" : result.diagnostics[0].Format("generated"));
  return result.story;
}

struct Screen {
  float width, height;
};
constexpr Screen kDesktop{1280, 800}, kPhone{390, 844};

// What a reader looks at: nothing selected, a cell, an event; the phone's tabs.
struct Scene {
  const char* name;
  Selection selection;
  PhoneTab tab = PhoneTab::Matrix;
};
std::vector<Scene> Scenes(const Story& story) {
  const int mid_event = (int)story.events.size() / 2;
  return {{"default", {}},
          {"cell", Selection::Cell(0, 0)},
          {"event", Selection::Event(mid_event)},
          {"motive", Selection::Motive(0)},
          {"suspect", Selection::Suspect(0)},
          {"timeline tab", Selection::Event(mid_event), PhoneTab::Timeline}};
}

// The reader's view for a scene, scrolled to the top.
UiState SceneState(const Story& story, const Scene& scene) {
  UiState state;
  state.reader.phone_tab = scene.tab;
  SetSelection(story, state, scene.selection);
  Headless::SetScrollY(0);
  return state;
}

constexpr float kTol = 0.51f;  // sub-pixel rounding

bool Overlap(const ProbeBox& a, const ProbeBox& b) {
  return a.x0 < b.x1 - kTol && b.x0 < a.x1 - kTol && a.y0 < b.y1 - kTol && b.y0 < a.y1 - kTol;
}
bool OnScreen(const Headless& h, const ProbeBox& b) {
  return b.x0 >= -kTol && b.x1 <= h.width() + kTol && b.y0 >= -kTol && b.y1 <= h.height() + kTol;
}
bool Targets(const ProbeItem& it, Selection sel) { return it.target == sel; }

// Items of one kind that are stacked or flowed (cards, rows, chips) never overlap on screen.
void ExpectNoOverlaps(const Headless& h, const char* what, const std::string& where) {
  const std::vector<ProbeItem> items = h.Items(what);
  for (size_t i = 0; i < items.size(); ++i)
    for (size_t j = i + 1; j < items.size(); ++j)
      ASSERT_FALSE(Overlap(items[i].hit, items[j].hit)) << what << " " << i << " and " << j << " overlap, " << where;
}

// Draws the scene settled (two frames) at scroll positions all the way down the page (every
// part of it at least once, or 60 samples of a very long one).
void ExpectBoundedFrames(const Story& story, Screen screen) {
  Headless h(screen.width, screen.height, 1.0f);
  for (const Scene& scene : Scenes(story)) {
    UiState state = SceneState(story, scene);
    h.Frames(story, state, 2);
    const float page = Headless::ScrollMaxY(), step = std::max(screen.height * 0.75f, page / 60);
    for (float y = 0; y < page + step; y += step) {
      Headless::SetScrollY(y);
      h.Frames(story, state, 2);
      const std::string where = std::to_string((int)screen.width) + "x" + std::to_string((int)screen.height) + ", " +
                                scene.name + ", scrolled to " + std::to_string((int)y) + " of " + std::to_string((int)page) + " px";
      EXPECT_LT(h.Vertices(), kMaxVertices) << where;
      for (const char* what : {"card", "chip", "timeline.row", "timeline.card", "matrix.cell"}) ExpectNoOverlaps(h, what, where);
    }
  }
}

TEST(Scale, LargestStoryDrawsOnlyWhatIsVisible) {
  ASSERT_EQ(MaxStory().events.size(), 4900u);
  ExpectBoundedFrames(MaxStory(), kDesktop);
  ExpectBoundedFrames(MaxStory(), kPhone);
}

TEST(Scale, ScaleStoryDrawsOnlyWhatIsVisible) {
  ASSERT_EQ(ScaleStory().events.size(), 400u);
  ExpectBoundedFrames(ScaleStory(), kDesktop);
  ExpectBoundedFrames(ScaleStory(), kPhone);
}

// ---- what clipping must not change -------------------------------------------------------------

// Scrolls down the page, half a screen at a time, until an item `what` for which `pred` holds
// lies wholly on screen. Returns it (the page stays there), or nothing.
template <typename Pred>
std::optional<ProbeItem> ScrollToItem(Headless& h, const Story& story, UiState& state, const std::string& what, Pred&& pred) {
  for (float y = 0;; y += h.height() / 2) {
    Headless::SetScrollY(y);
    h.Frames(story, state, 2);
    for (const ProbeItem& it : h.Items(what))
      if (pred(it) && OnScreen(h, it.hit)) return it;
    if (y > Headless::ScrollMaxY()) return std::nullopt;
  }
}

int MarkerCount(const ProbeItem& marker) { return std::stoi(marker.label.substr(1)); }  // "+12"

// The largest story's axis: the first "+N" marker near the bottom of the screen, so that the
// lanes of cards above it are on screen too.
std::optional<ProbeItem> ShowTimeline(Headless& h, const Story& story, UiState& state) {
  if (!ScrollToItem(h, story, state, "timeline.more", [](const ProbeItem&) { return true; })) return std::nullopt;
  const ProbeItem marker = h.Items("timeline.more").front();
  Headless::SetScrollY(Headless::ScrollY() + marker.hit.y1 - (h.height() - 120));
  h.Frames(story, state, 2);
  return h.Items("timeline.more").front();
}

TEST(LargestStory, TimelineCollapsesWhatDoesNotFitAndNeverOverlaps) {
  const Story& story = MaxStory();
  Headless h(1280, 1000, 1.0f);
  UiState state;
  ASSERT_TRUE(ShowTimeline(h, story, state));
  const auto cards = h.Items("timeline.card"), markers = h.Items("timeline.more");
  int collapsed = 0;
  for (const ProbeItem& m : markers) collapsed += MarkerCount(m);
  EXPECT_EQ(cards.size() + (size_t)collapsed, story.events.size()) << "every event has a card or is counted in a marker";
  std::set<float> lanes;
  for (size_t i = 0; i < cards.size(); ++i) {
    lanes.insert(cards[i].box.y1);
    EXPECT_TRUE(OnScreen(h, cards[i].box)) << cards[i].label;
    EXPECT_LE(cards[i].content.x1, cards[i].box.x1 + kTol) << "text of \"" << cards[i].label << "\" is clipped";
    for (size_t j = i + 1; j < cards.size(); ++j)
      ASSERT_FALSE(Overlap(cards[i].box, cards[j].box)) << "\"" << cards[i].label << "\" overlaps \"" << cards[j].label << "\"";
    for (const ProbeItem& m : markers) ASSERT_FALSE(Overlap(cards[i].box, m.box)) << cards[i].label << " overlaps " << m.label;
  }
  EXPECT_LE(lanes.size(), 8u) << "lanes are capped";
  for (size_t i = 0; i < markers.size(); ++i) {
    EXPECT_LE(markers[i].content.x1, markers[i].box.x1 + kTol) << markers[i].label;
    for (size_t j = i + 1; j < markers.size(); ++j) EXPECT_FALSE(Overlap(markers[i].hit, markers[j].hit));
  }
}

TEST(LargestStory, AnEventWithoutACardIsReachableFromItsMarker) {
  const Story& story = MaxStory();
  Headless h(1280, 1000, 1.0f);
  UiState state;
  const auto marker = ShowTimeline(h, story, state);
  ASSERT_TRUE(marker);
  h.Click(story, state, (marker->hit.x0 + marker->hit.x1) / 2, (marker->hit.y0 + marker->hit.y1) / 2);
  const auto rows = h.Items("timeline.more.item");
  ASSERT_FALSE(rows.empty()) << "a click on the marker lists its events";
  EXPECT_LE(rows.size(), (size_t)MarkerCount(*marker));
  const ProbeItem row = rows.back();
  ASSERT_EQ(row.target.kind, SelectionKind::Event);
  h.Click(story, state, (row.hit.x0 + row.hit.x1) / 2, (row.hit.y0 + row.hit.y1) / 2);
  EXPECT_EQ(state.reader.selection, row.target);
  EXPECT_TRUE(h.Items("timeline.more.item").empty()) << "choosing closes the list";
  const auto cards = h.Items("timeline.card");
  EXPECT_TRUE(std::any_of(cards.begin(), cards.end(), [&](const ProbeItem& c) { return Targets(c, row.target); }))
      << "the selected event gets a card";
}

// Keyboard focus on an item that is not drawn brings it on screen, with its ring.
void ExpectFocusComesIntoView(Headless& h, const Story& story, UiState& state, NavState nav, const char* what,
                              Selection item) {
  Headless::SetScrollY(0);
  h.Frames(story, state, 2);
  nav.ring = true;
  state.reader.nav = nav;
  state.io.scroll_to_focus = true;
  h.Frames(story, state, 3);
  const auto items = h.Items(what);
  const auto it = std::find_if(items.begin(), items.end(), [&](const ProbeItem& i) { return Targets(i, item); });
  ASSERT_NE(it, items.end()) << what << " is not drawn after the focus moved to it";
  EXPECT_TRUE(OnScreen(h, it->hit)) << what << " at " << it->hit.x0 << ", " << it->hit.y0;
  EXPECT_TRUE(state.io.focus_box_valid);
}

TEST(LargestStory, KeyboardFocusIsBroughtIntoView) {
  const Story& story = MaxStory();
  Headless h(1280, 800, 1.0f);
  UiState state;
  // A cell far down and far right: the page scrolls down, the matrix sideways.
  NavState nav;
  nav.panel = NavPanel::Matrix;
  nav.row = 97;
  nav.col = 98;
  ExpectFocusComesIntoView(h, story, state, nav, "matrix.cell", FocusedItem(story, state.io.nav_context, nav));
  // An event without a card of its own gets one.
  ASSERT_TRUE(ShowTimeline(h, story, state));
  std::set<int> shown;
  for (const ProbeItem& c : h.Items("timeline.card")) shown.insert(c.target.index);
  int hidden = 0;
  while (shown.count(hidden)) ++hidden;
  nav = {};
  nav.panel = NavPanel::Timeline;
  nav.index = hidden;
  ExpectFocusComesIntoView(h, story, state, nav, "timeline.card", Selection::Event(hidden));
  nav.panel = NavPanel::Reactions;
  nav.index = 190;
  ExpectFocusComesIntoView(h, story, state, nav, "card", Selection::Reaction(190));
}

TEST(LargestStory, KeyboardFocusIsBroughtIntoViewOnPhones) {
  const Story& story = MaxStory();
  Headless h(390, 844, 1.0f);
  UiState state;
  state.reader.phone_tab = PhoneTab::Timeline;
  NavState nav;
  nav.panel = NavPanel::Timeline;
  nav.index = 3000;
  ExpectFocusComesIntoView(h, story, state, nav, "timeline.row", Selection::Event(3000));
  nav.panel = NavPanel::Goals;
  nav.index = 150;
  ExpectFocusComesIntoView(h, story, state, nav, "card", Selection::Goal(150));
  state.reader.phone_tab = PhoneTab::Matrix;
  nav.panel = NavPanel::Matrix;
  nav.row = 99;
  nav.col = 99;
  ExpectFocusComesIntoView(h, story, state, nav, "matrix.cell", FocusedItem(story, state.io.nav_context, nav));
}

// The page's height (what the iframe is sized to) must not depend on what was drawn: a screen
// tall enough to show everything lays out every item, a short one only what it shows.
struct Page {
  float content_height, scrollbar;  // scrollbar: its width if the page has one, else 0
};
Page Measure(const Story& story, float width, float height, PhoneTab tab, Selection sel) {
  Headless h(width, height, 1.0f);
  UiState state;
  state.reader.phone_tab = tab;
  SetSelection(story, state, sel);
  h.Frames(story, state, 3);
  return {state.io.content_height, Headless::ScrollMaxY() > 0 ? ImGui::GetStyle().ScrollbarSize : 0.0f};
}

TEST(Scale, ClippedLayoutIsAsTallAsTheWholeLayout) {
  static const LoadResult bundled = LoadStoryFile(std::string(MM_SOURCE_DIR) + "/assets/stories/witkoff-call-leak.json");
  for (const Story* story : {&bundled.story, &ScaleStory()}) {
    const int mid = (int)story->events.size() / 2;
    for (float w : {1280.0f, 390.0f}) {
      for (PhoneTab tab : {PhoneTab::Matrix, PhoneTab::Timeline, PhoneTab::About}) {
        for (Selection sel : {Selection{}, Selection::Suspect(0), Selection::Event(mid)}) {
          const Page page = Measure(*story, w, 800, tab, sel);
          // The tall screen has no scrollbar: narrower by its width, the content is as wide.
          const float clipped = page.content_height;
          const float whole = Measure(*story, w - page.scrollbar, clipped + 100, tab, sel).content_height;
          EXPECT_NEAR(whole, clipped, 0.5f) << story->id << " at " << w << " px, tab " << (int)tab << ", selection " << (int)sel.kind;
        }
        if (w > 900) break;  // tabs are for phones
      }
    }
  }
}

// ---- frame time, by hand ------------------------------------------------------------------------
// Not a timed test (shared machines make timings flaky). Run:
//   build/hA-native/ui_tests --gtest_also_run_disabled_tests --gtest_filter='*FrameTime*'

double FrameMs(Headless& h, const Story& story, UiState& state) {
  const auto t0 = std::chrono::steady_clock::now();
  h.Frame(story, state);
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

double MedianMs(Headless& h, const Story& story, UiState& state, int frames) {
  std::vector<double> ms;
  for (int i = 0; i < frames; ++i) ms.push_back(FrameMs(h, story, state));
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

// Per scene: the first frame of a new view (nothing measured yet); the median of settled frames
// and their vertex count at the top of the page, halfway down and at the bottom; then the frame
// after the reader selects something else (as in the browser's "4–7 s per selection").
void PrintFrameTimes(const char* name, const Story& story, Screen screen) {
  Headless h(screen.width, screen.height, 2.0f);
  for (const Scene& scene : Scenes(story)) {
    UiState state = SceneState(story, scene);
    std::printf("%-7s %4.0fx%-4.0f %-13s first %7.2f ms", name, screen.width, screen.height, scene.name,
                FrameMs(h, story, state));
    for (float at : {0.0f, 0.5f, 1.0f}) {
      Headless::SetScrollY(Headless::ScrollMaxY() * at);
      h.Frame(story, state);
      const double ms = MedianMs(h, story, state, 11);
      std::printf(" | %3.0f %%: %6.2f ms %6d vtx", at * 100, ms, h.Vertices());
    }
    SetSelection(story, state, Selection::Motive((int)story.motives.size() - 1));
    std::printf(" | select: %6.2f ms\n", FrameMs(h, story, state));
  }
}

TEST(Scale, DISABLED_FrameTime) {
  static const LoadResult bundled = LoadStoryFile(std::string(MM_SOURCE_DIR) + "/assets/stories/witkoff-call-leak.json");
  for (Screen s : {kDesktop, kPhone}) {
    PrintFrameTimes("bundled", bundled.story, s);
    PrintFrameTimes("max", MaxStory(), s);
    PrintFrameTimes("scale", ScaleStory(), s);
  }
}

}  // namespace
}  // namespace mm::ui::test
