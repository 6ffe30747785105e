// tour_test.cpp — the guided tour: the format's rules (each problem located, in the editor's
// words), the "#step=N" hash, the tour's keys, the text version's list of steps, and the bundled
// story's tour (targets that exist, quotes that are the article's).
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "core/keyboard_nav.h"
#include "core/quote_check.h"
#include "core/story_loader.h"
#include "core/text_version.h"
#include "core/tour.h"
#include "core/view/url_hash.h"
#include "minimal_story.h"

#ifndef MM_SOURCE_DIR
#error "MM_SOURCE_DIR must be defined (the repository root, as a string literal)"
#endif

namespace mm {
namespace {

using json = nlohmann::json;

json MinimalWithTour(json tour) {
  json story = json::parse(test::kMinimalStory);
  story["tour"] = std::move(tour);
  return story;
}

json Step(json target, const char* caption = "The article argues this.") {
  return json{{"caption", caption}, {"target", std::move(target)}};
}

std::string AllDiagnostics(const LoadResult& r) {
  std::string out;
  for (const Diagnostic& d : r.diagnostics) out += d.Format("story.json") + "\n";
  return out;
}

// An error at `path` containing `message`, on the line where `needle` ends in the pretty-printed file.
void ExpectError(const json& story, const std::string& path, const std::string& message, const std::string& needle) {
  const std::string text = story.dump(2);
  const LoadResult r = LoadStory(text);
  SCOPED_TRACE(AllDiagnostics(r));
  EXPECT_FALSE(r.ok());
  bool found = false;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.severity != Severity::Error || d.path != path || d.message.find(message) == std::string::npos) continue;
    found = true;
    const size_t at = text.find(needle);
    ASSERT_NE(at, std::string::npos) << "test bug: no " << needle;
    // The line of the needle's last character (a needle may span lines to say which object).
    const auto end = text.begin() + static_cast<long>(at + needle.size() - 1);
    const int line = 1 + static_cast<int>(std::count(text.begin(), end, '\n'));
    EXPECT_EQ(d.line, line) << d.Format("story.json");
  }
  EXPECT_TRUE(found) << "no error at " << path << " containing \"" << message << "\"";
}

TEST(Tour, LoadsEveryKindOfTargetWithItsViewLensAndQuestion) {
  json tour = json::array({Step({{"cell", {"alpha", "embarrass-trump"}}}), Step({{"suspect", "beta"}}),
                           Step({{"motive", "undermine-witkoff"}}), Step({{"event", "leak"}}),
                           Step({{"goal", "derail-talks"}}), Step({{"reaction", "russia"}})});
  tour[0]["view"] = "matrix";
  tour[0]["lens"] = "analysis";
  tour[0]["question"] = "Is this a fact?";
  const LoadResult r = LoadStory(MinimalWithTour(tour).dump());
  ASSERT_TRUE(r.ok()) << AllDiagnostics(r);
  const Story& s = r.story;
  ASSERT_EQ(s.tour.size(), 6u);
  EXPECT_EQ(s.tour[0].view, "matrix");
  EXPECT_EQ(s.tour[0].lens, "analysis");
  EXPECT_EQ(s.tour[0].question, "Is this a fact?");
  EXPECT_EQ(s.tour[1].view, "");
  EXPECT_EQ(TourTarget(s, 0), Selection::Cell(0, 0));
  EXPECT_EQ(TourTarget(s, 1), Selection::Suspect(1));
  EXPECT_EQ(TourTarget(s, 2), Selection::Motive(1));
  EXPECT_EQ(TourTarget(s, 3).kind, SelectionKind::Event);
  EXPECT_EQ(s.events[static_cast<size_t>(TourTarget(s, 3).index)].id, "leak");
  EXPECT_EQ(TourTarget(s, 4), Selection::Goal(0));
  EXPECT_EQ(TourTarget(s, 5), Selection::Reaction(0));
  EXPECT_EQ(TourTarget(s, 6), Selection::None());
  EXPECT_EQ(TourTarget(s, -1), Selection::None());
}

TEST(Tour, AStoryWithoutATourHasNone) {
  const LoadResult r = LoadStory(test::kMinimalStory);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.story.tour.empty());
  EXPECT_EQ(MoveTourStep(r.story, 0, 1), -1);
  EXPECT_EQ(StepFromHash(r.story, "#step=1"), 0);
}

TEST(Tour, EventTargetsFollowTheEventsSort) {
  json story = MinimalWithTour(json::array({Step({{"event", "call"}})}));
  std::swap(story["events"][0], story["events"][1]);  // out of date order in the file: sorted on load
  const LoadResult r = LoadStory(story.dump());
  ASSERT_TRUE(r.ok()) << AllDiagnostics(r);
  const Selection t = TourTarget(r.story, 0);
  ASSERT_EQ(t.kind, SelectionKind::Event);
  EXPECT_EQ(r.story.events[static_cast<size_t>(t.index)].id, "call");
}

TEST(Tour, UnknownTargetsAreLocatedAndSuggestTheKnownIds) {
  ExpectError(MinimalWithTour(json::array({Step({{"event", "leek"}})})), "/tour/0/target/event", "unknown event id \"leek\"",
              "\"leek\"");
  ExpectError(MinimalWithTour(json::array({Step({{"suspect", "alpha"}}), Step({{"cell", {"alpha", "nope"}}})})),
              "/tour/1/target/cell/1", "unknown motive id \"nope\"", "\"nope\"");
  json no_goals = MinimalWithTour(json::array({Step({{"goal", "derail-talks"}})}));
  no_goals.erase("goals");
  ExpectError(no_goals, "/tour/0/target/goal", "the story has no goals", "\"goal\"");
}

TEST(Tour, MalformedStepsAreErrors) {
  ExpectError(MinimalWithTour(json::array({Step({{"event", "leak"}}, "  ")})), "/tour/0/caption", "must not be empty",
              "\"caption\"");
  // A missing field is reported at its object (the line that opens it).
  ExpectError(MinimalWithTour(json::array({json{{"caption", "No target."}}})), "/tour/0", "missing required field \"target\"",
              "\"tour\": [\n    {");
  ExpectError(MinimalWithTour(json::array({Step({{"event", "leak"}, {"suspect", "alpha"}})})), "/tour/0/target",
              "must name one thing, found 2", "\"target\"");
  ExpectError(MinimalWithTour(json::array({Step(json::object())})), "/tour/0/target", "must name one of", "\"target\"");
  ExpectError(MinimalWithTour(json::array({Step({{"cell", {"alpha"}}})})), "/tour/0/target/cell",
              "a cell is [suspect id, motive id]", "\"cell\"");
  json view = Step({{"event", "leak"}});
  view["view"] = "sideways";
  ExpectError(MinimalWithTour(json::array({view})), "/tour/0/view", "unknown view \"sideways\"", "\"view\"");
  json lens = Step({{"event", "leak"}});
  lens["lens"] = "rumours";
  ExpectError(MinimalWithTour(json::array({lens})), "/tour/0/lens", "unknown lens \"rumours\"", "\"lens\"");
  ExpectError(MinimalWithTour(json::array()), "/tour", "", "\"tour\"");
  ExpectError(MinimalWithTour(json::array({Step({{"event", "leak"}}, std::string(281, 'a').c_str())})),
              "/tour/0/caption", "too long: 281 characters", "\"caption\"");
}

TEST(Tour, UnknownFieldsOfAStepAreWarnedAboutAndKept) {
  json step = Step({{"event", "leak"}});
  step["duration"] = 5;
  const LoadResult r = LoadStory(MinimalWithTour(json::array({step})).dump());
  ASSERT_TRUE(r.ok()) << AllDiagnostics(r);
  EXPECT_EQ(r.warning_count(), 1) << AllDiagnostics(r);
  ASSERT_EQ(r.story.extra_fields.size(), 1u);
  EXPECT_EQ(r.story.extra_fields[0].path, "/tour/0/duration");
}

TEST(Tour, StepHash) {
  const LoadResult r =
      LoadStory(MinimalWithTour(json::array({Step({{"event", "leak"}}), Step({{"suspect", "alpha"}}), Step({{"event", "call"}})})).dump());
  ASSERT_TRUE(r.ok()) << AllDiagnostics(r);
  EXPECT_EQ(StepToHash(3), "#step=3");
  EXPECT_EQ(StepFromHash(r.story, "#step=3"), 3);
  EXPECT_EQ(StepFromHash(r.story, "step=1"), 1);
  for (const char* bad : {"#step=0", "#step=4", "#step=03", "#step=", "#step=2x", "#step=-1", "#step=99999999999",
                          "#steps=2", "#event=leak", "", "#"}) {
    EXPECT_EQ(StepFromHash(r.story, bad), 0) << bad;
  }
  // A step hash is not a selection, and a selection hash is not a step.
  EXPECT_EQ(SelectionFromHash(r.story, "#step=1"), Selection::None());
}

TEST(Tour, KeysMoveTheTourOnlyWhileItRuns) {
  EXPECT_EQ(TourKeyDelta(NavCommand::Right, true), 1);
  EXPECT_EQ(TourKeyDelta(NavCommand::NextStep, true), 1);
  EXPECT_EQ(TourKeyDelta(NavCommand::Left, true), -1);
  EXPECT_EQ(TourKeyDelta(NavCommand::PrevStep, true), -1);
  EXPECT_EQ(TourKeyDelta(NavCommand::Up, true), 0);
  EXPECT_EQ(TourKeyDelta(NavCommand::Activate, true), 0);
  EXPECT_EQ(TourKeyDelta(NavCommand::Right, false), 0);
  EXPECT_EQ(TourKeyDelta(NavCommand::NextStep, false), 0);

  const LoadResult r = LoadStory(MinimalWithTour(json::array({Step({{"event", "leak"}}), Step({{"suspect", "alpha"}})})).dump());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(MoveTourStep(r.story, 0, 1), 1);
  EXPECT_EQ(MoveTourStep(r.story, 1, 1), 1);  // stays on the last step
  EXPECT_EQ(MoveTourStep(r.story, 0, -1), 0);

  // PageUp / PageDown are never the panels': without a tour the browser keeps them (scrolling).
  NavContext ctx;
  ctx.panels = {NavPanel::Matrix, NavPanel::Timeline};
  NavState st;
  Navigate(r.story, ctx, st, NavCommand::NextPanel);
  ASSERT_EQ(st.panel, NavPanel::Matrix);
  EXPECT_FALSE(Navigate(r.story, ctx, st, NavCommand::NextStep).handled);
  EXPECT_FALSE(Navigate(r.story, ctx, st, NavCommand::PrevStep).handled);
}

TEST(Tour, TextVersionListsTheStepsInOrderWithTargetsAndQuestions) {
  json tour = json::array({Step({{"event", "leak"}}, "First <the leak> & more."), Step({{"cell", {"alpha", "embarrass-trump"}}}, "Second."),
                           Step({{"cell", {"alpha", "undermine-witkoff"}}}, "Third: a pair not argued.")});
  tour[1]["question"] = "Who says so?";
  const LoadResult r = LoadStory(MinimalWithTour(tour).dump());
  ASSERT_TRUE(r.ok()) << AllDiagnostics(r);
  const std::string html = RenderTextVersion(r.story);
  const size_t section = html.find("<section class=\"mm-t-tour\">");
  ASSERT_NE(section, std::string::npos) << html;
  EXPECT_LT(section, html.find("How to read this")) << "the tour comes before the key";
  EXPECT_NE(html.find(">A guided tour<"), std::string::npos);
  const size_t first = html.find("First &lt;the leak&gt; &amp; more."), second = html.find("Second."),
               third = html.find("Third: a pair not argued.");
  ASSERT_NE(first, std::string::npos);
  EXPECT_LT(first, second);
  EXPECT_LT(second, third);
  EXPECT_NE(html.find("id=\"mm-t-step-1\""), std::string::npos);
  EXPECT_NE(html.find("Shows: <a href=\"#mm-t-event-leak\">The leak</a>."), std::string::npos) << html.substr(section, 1200);
  EXPECT_NE(html.find("Question: Who says so?"), std::string::npos);
  // A cell the sources argue links to its section; one they do not is only named.
  EXPECT_NE(html.find("Shows: <a href=\"#mm-t-link-alpha-embarrass-trump\">Alpha Agency and Embarrass Trump</a>."), std::string::npos)
      << html.substr(section, 1200);
  EXPECT_NE(html.find("Shows: Alpha Agency and Undermine Witkoff."), std::string::npos);
  EXPECT_NE(html.find("id=\"mm-t-link-alpha-embarrass-trump\""), std::string::npos) << "the link it points at exists";
  // No tour, no section.
  EXPECT_EQ(RenderTextVersion(LoadStory(test::kMinimalStory).story).find("mm-t-tour"), std::string::npos);
}

// ---- the bundled story's tour ------------------------------------------------------------------

Story Bundled() {
  LoadResult r = LoadStoryFile(std::string(MM_SOURCE_DIR) + "/assets/stories/witkoff-call-leak.json");
  EXPECT_TRUE(r.ok()) << AllDiagnostics(r);
  return std::move(r.story);
}

TEST(Tour, BundledStoryHasSixToEightStepsThatEachPointAtSomething) {
  const Story s = Bundled();
  ASSERT_GE(s.tour.size(), 6u);
  ASSERT_LE(s.tour.size(), 8u);
  for (size_t i = 0; i < s.tour.size(); ++i) {
    SCOPED_TRACE("step " + std::to_string(i + 1));
    EXPECT_NE(TourTarget(s, static_cast<int>(i)).kind, SelectionKind::None);
    EXPECT_FALSE(s.tour[i].question.empty()) << "each step asks the class something";
    // The editor's words attribute what they report to the article.
    EXPECT_NE(s.tour[i].caption.find("article"), std::string::npos) << s.tour[i].caption;
  }
}

// Everything a caption puts in quotation marks is the article's, word for word.
TEST(Tour, BundledStoryCaptionsQuoteTheArticleVerbatim) {
  std::ifstream in(MM_ARTICLE_TEXT);
  if (!in) GTEST_SKIP() << "SKIPPED: the source article's text is not at " << MM_ARTICLE_TEXT;
  std::stringstream article_text;
  article_text << in.rdbuf();
  const std::string article = article_text.str();
  const Story s = Bundled();
  int quotes = 0;
  const std::string open = "\xE2\x80\x9C", close = "\xE2\x80\x9D";  // “ ”
  for (const TourStep& step : s.tour) {
    for (size_t a = step.caption.find(open); a != std::string::npos; a = step.caption.find(open, a + 1)) {
      const size_t b = step.caption.find(close, a);
      ASSERT_NE(b, std::string::npos) << step.caption;
      std::string quote = step.caption.substr(a + open.size(), b - a - open.size());
      while (!quote.empty() && (quote.back() == '.' || quote.back() == ',')) quote.pop_back();  // the sentence's, not the quote's
      EXPECT_TRUE(QuoteIsInSource(quote, article)) << "not in the article: " << quote;
      ++quotes;
    }
  }
  EXPECT_GE(quotes, 5);
}

}  // namespace
}  // namespace mm
