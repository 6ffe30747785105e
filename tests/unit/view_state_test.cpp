// view_state_test.cpp — highlight sets, row order, URL hashes, JSON state and descriptions.
//
// Built on a small story made in code (fields filled directly, link_index included), so these
// tests depend on neither the loader nor the bundled story.
#include "core/view/describe_selection.h"
#include "core/view/page_state.h"
#include "core/view/selection.h"
#include "core/view/url_hash.h"

#include <gtest/gtest.h>

#include "test_dates.h"
#include <nlohmann/json.hpp>

#include <random>

namespace mm {
namespace {

using test::Around;
using test::Day;

Evidence Quote(const char* text) {
  Evidence e;
  e.quote = text;
  e.source_id = "article";
  e.source = 0;
  return e;
}

void AddLink(Story& s, int suspect, int motive, int strength, int quotes) {
  Link l;
  l.suspect = suspect;
  l.motive = motive;
  l.suspect_id = s.suspects[static_cast<size_t>(suspect)].id;
  l.motive_id = s.motives[static_cast<size_t>(motive)].id;
  l.strength = strength;
  for (int i = 0; i < quotes; ++i) l.evidence.push_back(Quote("…"));
  s.link_index[static_cast<size_t>(suspect) * s.motives.size() + static_cast<size_t>(motive)] =
      static_cast<int>(s.links.size());
  s.links.push_back(l);
}

Event MakeEvent(const char* id, const char* title, Date date, EventKind kind, std::vector<int> motives,
                std::vector<int> suspects) {
  Event e;
  e.id = id;
  e.title = title;
  e.date = date;
  e.kind = kind;
  e.motives = std::move(motives);
  e.suspects = std::move(suspects);
  e.evidence.push_back(Quote("…"));
  return e;
}

// Suspects: 0 europe (rank 2), 1 insiders (rank 1), 2 russia (rank 3).
// Motives:  0 embarrass-trump, 1 keep-europe-in-control, 2 sink-plan.
// Links:    europe×embarrass (3, 2 quotes), europe×keep (1, 1 quote), insiders×sink (2, 1 quote).
// Events:   0 call; 1 leak (motives 0,2; suspects 0,1); 2 zelensky (motives 1,2); 3 russia reacts
//           (suspect 2, landed just as).
// Goals:    0 derail (events 1,2; motive 2); 1 control (motive 1).
Story TestStory() {
  Story s;
  s.id = "test";
  s.wording.act = "the leak";
  Source article;
  article.id = "article";
  article.kind = SourceKind::Opinion;  // so the explainer calls it "the article"
  s.sources.push_back(article);

  auto suspect = [&](const char* id, const char* name, int rank, const char* label) {
    Suspect x;
    x.id = id;
    x.name = name;
    x.short_label = name;
    x.assessment.rank = rank;
    x.assessment.label = label;
    s.suspects.push_back(x);
  };
  suspect("europe", "Pro-escalation Europe", 2, "plausible");
  suspect("insiders", "U.S. insiders", 1, "strongest traction");
  suspect("russia", "Russia", 3, "");

  auto motive = [&](const char* id, const char* label) {
    Motive m;
    m.id = id;
    m.label = label;
    s.motives.push_back(m);
  };
  motive("embarrass-trump", "Embarrass Trump");
  motive("keep-europe-in-control", "Keep Europe in control");
  motive("sink-plan", "Sink the peace plan");

  s.link_index.assign(s.suspects.size() * s.motives.size(), -1);
  AddLink(s, 0, 0, 3, 2);
  AddLink(s, 0, 1, 1, 1);
  AddLink(s, 1, 2, 2, 1);

  s.events.push_back(MakeEvent("call", "Witkoff–Ushakov call", Day(2025, 10, 14), EventKind::Context, {}, {}));
  s.events.push_back(MakeEvent("leak", "Call transcript leaks", Day(2025, 11, 25), EventKind::Act, {0, 2}, {0, 1}));
  s.events.push_back(MakeEvent("zelensky", "Zelensky travels to Washington",
                               Around(2025, 11, 25), EventKind::Context, {1, 2}, {}));
  s.events.push_back(MakeEvent("russia-reacts", "Moscow calls it hybrid warfare", Day(2025, 11, 26),
                               EventKind::Reaction, {}, {2}));
  s.events[3].coincided = true;

  Goal derail;
  derail.id = "derail";
  derail.title = "Derail the plan";
  derail.events = {1, 2};
  derail.motives = {2};
  Goal control;
  control.id = "control";
  control.title = "Keep control";
  control.motives = {1};
  s.goals = {derail, control};

  Reaction russia;
  russia.id = "russia";
  russia.party = "Russia";
  russia.stance = "calls it hybrid warfare";
  russia.evidence.push_back(Quote("…"));
  s.reactions.push_back(russia);
  FinalizeStory(s);  // as the loader does: ranks become places, events stay in date order
  return s;
}

std::vector<bool> Bits(size_t n, std::initializer_list<int> set) {
  std::vector<bool> v(n, false);
  for (int i : set) v[static_cast<size_t>(i)] = true;
  return v;
}

const Selection kNone{};

// ---- highlight ------------------------------------------------------------------------------------

TEST(Highlight, SizedToTheStoryEvenWhenNothingIsSelected) {
  const Story s = TestStory();
  const Highlight h = ComputeHighlight(s, kNone);
  EXPECT_FALSE(h.any);
  EXPECT_EQ(h.suspects, Bits(3, {}));
  EXPECT_EQ(h.motives, Bits(3, {}));
  EXPECT_EQ(h.events, Bits(4, {}));
  EXPECT_EQ(h.goals, Bits(2, {}));
}

TEST(Highlight, EventLightsItsMotivesSuspectsAndGoals) {
  const Story s = TestStory();
  Highlight h = ComputeHighlight(s, Selection::Event(1));
  EXPECT_TRUE(h.any);
  EXPECT_EQ(h.events, Bits(4, {1}));
  EXPECT_EQ(h.motives, Bits(3, {0, 2}));
  EXPECT_EQ(h.suspects, Bits(3, {0, 1}));
  EXPECT_EQ(h.goals, Bits(2, {0}));

  h = ComputeHighlight(s, Selection::Event(2));
  EXPECT_EQ(h.motives, Bits(3, {1, 2}));
  EXPECT_EQ(h.suspects, Bits(3, {}));
  EXPECT_EQ(h.goals, Bits(2, {0}));

  h = ComputeHighlight(s, Selection::Event(0));  // relates to nothing: itself only
  EXPECT_TRUE(h.any);
  EXPECT_EQ(h.events, Bits(4, {0}));
  EXPECT_EQ(h.motives, Bits(3, {}));
}

TEST(Highlight, MotiveLightsItsEventsAndGoals) {
  const Story s = TestStory();
  Highlight h = ComputeHighlight(s, Selection::Motive(2));
  EXPECT_TRUE(h.any);
  EXPECT_EQ(h.motives, Bits(3, {2}));
  EXPECT_EQ(h.events, Bits(4, {1, 2}));
  EXPECT_EQ(h.goals, Bits(2, {0}));
  EXPECT_EQ(h.suspects, Bits(3, {}));

  h = ComputeHighlight(s, Selection::Motive(1));
  EXPECT_EQ(h.events, Bits(4, {2}));
  EXPECT_EQ(h.goals, Bits(2, {1}));
}

TEST(Highlight, SuspectLightsLinkedMotivesAndItsEvents) {
  const Story s = TestStory();
  const Highlight h = ComputeHighlight(s, Selection::Suspect(0));
  EXPECT_EQ(h.suspects, Bits(3, {0}));
  EXPECT_EQ(h.motives, Bits(3, {0, 1}));
  EXPECT_EQ(h.events, Bits(4, {1}));
  EXPECT_EQ(h.goals, Bits(2, {}));
}

TEST(Highlight, CellLightsBothDirections) {
  const Story s = TestStory();
  // europe × keep-europe-in-control: the row and column, events naming either, goals naming the motive.
  Highlight h = ComputeHighlight(s, Selection::Cell(0, 1));
  EXPECT_TRUE(h.any);
  EXPECT_EQ(h.suspects, Bits(3, {0}));
  EXPECT_EQ(h.motives, Bits(3, {1}));
  EXPECT_EQ(h.events, Bits(4, {1, 2}));
  EXPECT_EQ(h.goals, Bits(2, {1}));

  // An unargued cell still highlights (the reader asked about that pair).
  h = ComputeHighlight(s, Selection::Cell(2, 0));
  EXPECT_TRUE(h.any);
  EXPECT_EQ(h.suspects, Bits(3, {2}));
  EXPECT_EQ(h.motives, Bits(3, {0}));
  EXPECT_EQ(h.events, Bits(4, {1, 3}));
}

TEST(Highlight, GoalLightsItsEventsAndMotives) {
  const Story s = TestStory();
  const Highlight h = ComputeHighlight(s, Selection::Goal(0));
  EXPECT_EQ(h.goals, Bits(2, {0}));
  EXPECT_EQ(h.events, Bits(4, {1, 2}));
  EXPECT_EQ(h.motives, Bits(3, {2}));
}

TEST(Highlight, ReactionAndInvalidSelectionsLightNothing) {
  const Story s = TestStory();
  for (const Selection& sel : {Selection::Reaction(0), Selection::Event(4),
                               Selection::Event(-1), Selection::Cell(0, 3),
                               Selection::Cell(-1, 0), Selection::Goal(99),
                               Selection::Suspect(3), Selection::Motive(-7)}) {
    const Highlight h = ComputeHighlight(s, sel);
    EXPECT_FALSE(h.any);
    EXPECT_EQ(h.suspects.size(), 3u);
    EXPECT_EQ(h.events, Bits(4, {}));
  }
}

TEST(Highlight, UnresolvedReferencesAreIgnored) {
  Story s = TestStory();
  s.events[0].motives = {-1, 99, 0};
  s.goals[0].events = {-5, 1000};
  Highlight h = ComputeHighlight(s, Selection::Event(0));
  EXPECT_EQ(h.motives, Bits(3, {0}));
  h = ComputeHighlight(s, Selection::Goal(0));
  EXPECT_EQ(h.events, Bits(4, {}));
}

// ---- ranked rows ---------------------------------------------------------------------------------

TEST(RankedSuspects, ByAssessmentRank) {
  const Story s = TestStory();
  EXPECT_EQ(RankedSuspects(s), (std::vector<int>{1, 0, 2}));
}

TEST(RankedSuspects, StableForTiesAndMissingRanksLast) {
  Story s = TestStory();
  for (Suspect& x : s.suspects) x.assessment.rank = 1;
  EXPECT_EQ(RankedSuspects(s), (std::vector<int>{0, 1, 2}));
  s.suspects[0].assessment.rank = 0;
  s.suspects[2].assessment.rank = 2;
  EXPECT_EQ(RankedSuspects(s), (std::vector<int>{1, 2, 0}));
  EXPECT_TRUE(RankedSuspects(Story{}).empty());
}

// ---- URL hash ------------------------------------------------------------------------------------

TEST(SelectionHash, KnownForms) {
  const Story s = TestStory();
  EXPECT_EQ(SelectionToHash(s, kNone), "");
  EXPECT_EQ(SelectionToHash(s, Selection::Cell(0, 0)), "#cell=europe:embarrass-trump");
  EXPECT_EQ(SelectionToHash(s, Selection::Suspect(1)), "#suspect=insiders");
  EXPECT_EQ(SelectionToHash(s, Selection::Motive(2)), "#motive=sink-plan");
  EXPECT_EQ(SelectionToHash(s, Selection::Event(3)), "#event=russia-reacts");
  EXPECT_EQ(SelectionToHash(s, Selection::Goal(1)), "#goal=control");
  EXPECT_EQ(SelectionToHash(s, Selection::Reaction(0)), "#reaction=russia");
  EXPECT_EQ(SelectionToHash(s, Selection::Event(9)), "");
  EXPECT_EQ(SelectionToHash(s, Selection::Cell(0, -1)), "");
}

TEST(SelectionHash, RoundTripsEverySelection) {
  const Story s = TestStory();
  std::vector<Selection> all = {kNone};
  for (int a = 0; a < 3; ++a) {
    for (int b = 0; b < 3; ++b) all.push_back(Selection::Cell(a, b));
    all.push_back(Selection::Suspect(a));
    all.push_back(Selection::Motive(a));
  }
  for (int e = 0; e < 4; ++e) all.push_back(Selection::Event(e));
  for (int g = 0; g < 2; ++g) all.push_back(Selection::Goal(g));
  all.push_back(Selection::Reaction(0));
  for (const Selection& sel : all) {
    const std::string hash = SelectionToHash(s, sel);
    SCOPED_TRACE(hash);
    EXPECT_EQ(SelectionFromHash(s, hash), sel);
    if (!hash.empty()) {
      EXPECT_EQ(SelectionFromHash(s, std::string_view(hash).substr(1)), sel);  // without the '#'
    }
  }
}

TEST(SelectionHash, PercentDecodingOnParse) {
  const Story s = TestStory();
  EXPECT_EQ(SelectionFromHash(s, "#suspect=%65urope"), (Selection::Suspect(0)));
  EXPECT_EQ(SelectionFromHash(s, "#cell=europe:sink%2Dplan"), (Selection::Cell(0, 2)));
  // An encoded colon is part of an id, never the separator.
  EXPECT_EQ(SelectionFromHash(s, "#cell=europe%3Asink-plan"), kNone);
}

TEST(SelectionHash, UnusualIdsAreEncodedAndRoundTrip) {
  Story s = TestStory();
  s.suspects[0].id = "a:b c%";   // not a valid story id, but the hash must survive it
  s.events[0].id = "é#x";
  const Selection cell = Selection::Cell(0, 1), event = Selection::Event(0);
  EXPECT_EQ(SelectionToHash(s, cell), "#cell=a%3Ab%20c%25:keep-europe-in-control");
  EXPECT_EQ(SelectionFromHash(s, SelectionToHash(s, cell)), cell);
  EXPECT_EQ(SelectionToHash(s, event), "#event=%C3%A9%23x");
  EXPECT_EQ(SelectionFromHash(s, SelectionToHash(s, event)), event);
}

TEST(SelectionHash, GarbageParsesToNone) {
  const Story s = TestStory();
  const std::string long_hash = "#event=" + std::string(100000, 'a');
  const std::string nul = std::string("#event=leak\0", 12);
  for (std::string_view garbage :
       {std::string_view(""), std::string_view("#"), std::string_view("##event=leak"), std::string_view("#cell="),
        std::string_view("#cell=a:b:c"), std::string_view("#cell=europe:embarrass-trump:"),
        std::string_view("#cell=europe"), std::string_view("#cell=europe:"), std::string_view("#cell=:sink-plan"),
        std::string_view("#cell=:"), std::string_view("#%ZZ"), std::string_view("#event=%ZZ"),
        std::string_view("#event=%"), std::string_view("#event=%6"), std::string_view("#event=lea%6"),
        std::string_view("#unknown=europe"), std::string_view("#suspect"), std::string_view("#suspect="),
        std::string_view("#suspect=EUROPE"), std::string_view("#suspect=europe&x=1"),
        std::string_view("# event=leak"), std::string_view("#event =leak"), std::string_view("#Event=leak"),
        std::string_view("#event=leak "), std::string_view("#event==leak"), std::string_view("=leak"),
        std::string_view("#suspect=leak"), std::string_view("#none="), std::string_view(long_hash),
        std::string_view(nul)}) {
    EXPECT_EQ(SelectionFromHash(s, garbage), kNone) << garbage.substr(0, 40);
  }
  EXPECT_EQ(SelectionFromHash(Story{}, "#cell=europe:sink-plan"), kNone);
}

TEST(ViewHash, TheLensRoundTripsWithEverySelection) {
  const Story s = TestStory();
  const Selection sels[] = {kNone, Selection::Cell(0, 2), Selection::Suspect(1), Selection::Event(3), Selection::Goal(1)};
  for (Lens lens : {Lens::All, Lens::Facts, Lens::Attributed, Lens::Analysis}) {
    for (const Selection& sel : sels) {
      const std::string hash = ViewToHash(s, sel, lens);
      const HashView back = ViewFromHash(s, hash);
      EXPECT_EQ(back.selection, sel) << hash;
      EXPECT_EQ(back.lens, lens) << hash;
      EXPECT_EQ(SelectionFromHash(s, hash), sel) << "the selection alone reads past the lens: " << hash;
    }
  }
  EXPECT_EQ(ViewToHash(s, kNone, Lens::All), "");
  EXPECT_EQ(ViewToHash(s, kNone, Lens::Facts), "#lens=facts");
  EXPECT_EQ(ViewToHash(s, Selection::Cell(0, 0), Lens::Attributed), "#cell=europe:embarrass-trump&lens=attributed");
}

TEST(ViewHash, LensFirstOrLastAndUnreadableLenses) {
  const Story s = TestStory();
  HashView v = ViewFromHash(s, "#lens=facts&event=leak");
  EXPECT_EQ(v.selection, Selection::Event(1));
  EXPECT_EQ(v.lens, Lens::Facts);
  v = ViewFromHash(s, "lens=analysis");
  EXPECT_EQ(v.selection, kNone);
  EXPECT_EQ(v.lens, Lens::Analysis);
  v = ViewFromHash(s, "#event=leak&lens=all");
  EXPECT_EQ(v.lens, Lens::All);
  // A lens it cannot read is all evidence; the selection still stands.
  v = ViewFromHash(s, "#event=leak&lens=opinions");
  EXPECT_EQ(v.selection, Selection::Event(1));
  EXPECT_EQ(v.lens, Lens::All);
  EXPECT_EQ(ViewFromHash(s, "#lens=FACTS").lens, Lens::All);
  // Two selections, or a part nobody knows, name nothing at all (lens included).
  v = ViewFromHash(s, "#event=leak&suspect=europe&lens=facts");
  EXPECT_EQ(v.selection, kNone);
  EXPECT_EQ(v.lens, Lens::All);
  EXPECT_EQ(ViewFromHash(s, "#lens=facts&x=1").lens, Lens::All);
  EXPECT_EQ(ViewFromHash(s, "#event=nope&lens=facts").selection, kNone);
}

TEST(SelectionHash, RandomBytesNeverYieldAnInvalidSelection) {
  const Story s = TestStory();
  std::mt19937 rng(7);
  const std::string alphabet = "#=:%abcdeinoprstuvwxyz-ABCF0123456789\xff\x80 &";
  for (int c = 0; c < 2000; ++c) {
    std::string hash;
    const int n = std::uniform_int_distribution<int>(0, 40)(rng);
    for (int i = 0; i < n; ++i) hash += alphabet[std::uniform_int_distribution<size_t>(0, alphabet.size() - 1)(rng)];
    if (c % 3 == 0) hash = "#cell=" + hash;
    const Selection sel = SelectionFromHash(s, hash);
    if (sel != kNone) {
      EXPECT_TRUE(ComputeHighlight(s, sel).any || sel.kind == SelectionKind::Reaction) << hash;
    }
  }
}

// ---- JSON state ----------------------------------------------------------------------------------

nlohmann::json Parse(const std::string& text) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  EXPECT_FALSE(j.is_discarded()) << text;
  return j;
}

TEST(SelectionJson, ExactShapes) {
  // Keys come out sorted (plain nlohmann::json, the one type the wasm carries); the page reads
  // them by name.
  const Story s = TestStory();
  EXPECT_EQ(SelectionToJson(s, Selection::Cell(0, 0), "matrix"),
            R"({"hash":"#cell=europe:embarrass-trump","lens":"all",)"
            R"("selection":{"kind":"cell","motive":"embarrass-trump","suspect":"europe"},"view":"matrix"})");
  EXPECT_EQ(SelectionToJson(s, kNone, "timeline"), R"({"hash":"","lens":"all","selection":{"kind":"none"},"view":"timeline"})");
  EXPECT_EQ(SelectionToJson(s, Selection::Event(1), "timeline"),
            R"({"hash":"#event=leak","lens":"all","selection":{"id":"leak","kind":"event"},"view":"timeline"})");
  EXPECT_EQ(SelectionToJson(s, Selection::Event(40), "list"),
            R"({"hash":"","lens":"all","selection":{"kind":"none"},"view":"list"})");
  // The lens travels in the hash with the selection, and on its own.
  EXPECT_EQ(SelectionToJson(s, Selection::Event(1), "both", Lens::Facts),
            R"({"hash":"#event=leak&lens=facts","lens":"facts","selection":{"id":"leak","kind":"event"},"view":"both"})");
  EXPECT_EQ(SelectionToJson(s, kNone, "both", Lens::Analysis),
            R"({"hash":"#lens=analysis","lens":"analysis","selection":{"kind":"none"},"view":"both"})");
  for (const auto& [kind, id] : std::vector<std::pair<std::string, std::string>>{
           {"suspect", "russia"}, {"motive", "sink-plan"}, {"goal", "derail"}, {"reaction", "russia"}}) {
    const Selection sel = SelectionFromHash(s, "#" + kind + "=" + id);
    ASSERT_NE(sel, kNone) << kind;
    const nlohmann::json j = Parse(SelectionToJson(s, sel, "matrix"));
    EXPECT_EQ(j["selection"]["kind"].get<std::string>(), kind);
    EXPECT_EQ(j["selection"]["id"].get<std::string>(), id);
    EXPECT_EQ(j["hash"].get<std::string>(), "#" + kind + "=" + id);
  }
}

TEST(SelectionJson, EscapesEverything) {
  Story s = TestStory();
  s.suspects[0].id = "quote\"back\\slash";
  const std::string view = std::string("a\"b\\c\nd\te\x01\x1f") + "Ü€—😀";
  const std::string text = SelectionToJson(s, Selection::Cell(0, 0), view);
  EXPECT_NE(text.find(R"(quote\"back\\slash)"), std::string::npos) << text;
  EXPECT_NE(text.find(R"(a\"b\\c\nd\te\u0001\u001f)"), std::string::npos) << text;
  EXPECT_NE(text.find("Ü€—😀"), std::string::npos) << "non-ASCII stays UTF-8: " << text;
  EXPECT_EQ(text.find('\n'), std::string::npos);
  const nlohmann::json j = Parse(text);
  EXPECT_EQ(j["view"].get<std::string>(), view);
  EXPECT_EQ(j["selection"]["suspect"].get<std::string>(), s.suspects[0].id);
}

TEST(SelectionJson, InvalidUtf8IsReplacedNotThrown) {
  const Story s = TestStory();
  const std::string text = SelectionToJson(s, kNone, std::string("bad\xff\xc3(view"));
  const nlohmann::json j = Parse(text);
  EXPECT_EQ(j["view"].get<std::string>(), "bad\xEF\xBF\xBD\xEF\xBF\xBD(view");
}

// ---- descriptions --------------------------------------------------------------------------------

TEST(DescribeSelection, Cells) {
  const Story s = TestStory();
  EXPECT_EQ(DescribeSelection(s, Selection::Cell(0, 0)),
            "Pro-escalation Europe × Embarrass Trump: strong link argued by the article; 2 quotes");
  EXPECT_EQ(DescribeSelection(s, Selection::Cell(0, 1)),
            "Pro-escalation Europe × Keep Europe in control: weak link argued by the article; 1 quote");
  EXPECT_EQ(DescribeSelection(s, Selection::Cell(1, 2)),
            "U.S. insiders × Sink the peace plan: link argued by the article; 1 quote");
  EXPECT_EQ(DescribeSelection(s, Selection::Cell(1, 1)),
            "U.S. insiders × Keep Europe in control: not argued by the article");
}

TEST(DescribeSelection, Events) {
  const Story s = TestStory();
  EXPECT_EQ(DescribeSelection(s, Selection::Event(2)),
            "around 25 Nov 2025 — Zelensky travels to Washington (context); relates to 2 motives");
  EXPECT_EQ(DescribeSelection(s, Selection::Event(1)),
            "25 Nov 2025 — Call transcript leaks (the leak); relates to 2 motives and 2 suspects");
  EXPECT_EQ(DescribeSelection(s, Selection::Event(0)), "14 Oct 2025 — Witkoff–Ushakov call (context)");
  EXPECT_EQ(DescribeSelection(s, Selection::Event(3)),
            "26 Nov 2025 — Moscow calls it hybrid warfare (reaction); relates to 1 suspect; "
            "the article says the leak coincided with this");
}

TEST(DescribeSelection, RowsColumnsGoalsReactions) {
  const Story s = TestStory();
  EXPECT_EQ(DescribeSelection(s, Selection::Suspect(1)),
            "U.S. insiders: the article’s rank 1 theory (strongest traction); linked to 1 motive");
  EXPECT_EQ(DescribeSelection(s, Selection::Suspect(0)),
            "Pro-escalation Europe: the article’s rank 2 theory (plausible); linked to 2 motives");
  EXPECT_EQ(DescribeSelection(s, Selection::Suspect(2)),
            "Russia: the article’s rank 3 theory; no motive argued");
  EXPECT_EQ(DescribeSelection(s, Selection::Motive(2)),
            "Sink the peace plan (motive): argued for 1 suspect; relates to 2 events");
  EXPECT_EQ(DescribeSelection(s, Selection::Motive(0)),
            "Embarrass Trump (motive): argued for 1 suspect; relates to 1 event");
  EXPECT_EQ(DescribeSelection(s, Selection::Goal(0)), "Goal: Derail the plan; relates to 2 events and 1 motive");
  EXPECT_EQ(DescribeSelection(s, Selection::Goal(1)), "Goal: Keep control; relates to 1 motive");
  EXPECT_EQ(DescribeSelection(s, Selection::Reaction(0)), "Russia: calls it hybrid warfare; 1 quote");
}

// While a student predicts, a pair, a suspect or a motive is only named: its strength, rank and
// links are the answers. The timeline's items stay described.
TEST(DescribeSelection, WithoutTheAnswers) {
  const Story s = TestStory();
  EXPECT_EQ(DescribeSelection(s, Selection::Cell(0, 0), false), "Pro-escalation Europe × Embarrass Trump");
  EXPECT_EQ(DescribeSelection(s, Selection::Cell(1, 1), false), "U.S. insiders × Keep Europe in control");
  EXPECT_EQ(DescribeSelection(s, Selection::Suspect(1), false), "U.S. insiders");
  EXPECT_EQ(DescribeSelection(s, Selection::Motive(2), false), "Sink the peace plan");
  EXPECT_EQ(DescribeSelection(s, Selection::Event(0), false), DescribeSelection(s, Selection::Event(0)));
  EXPECT_EQ(DescribeSelection(s, Selection::Cell(3, 0), false), "Nothing selected");
}

TEST(DescribeSelection, NothingOrInvalid) {
  const Story s = TestStory();
  EXPECT_EQ(DescribeSelection(s, kNone), "Nothing selected");
  EXPECT_EQ(DescribeSelection(s, Selection::Cell(3, 0)), "Nothing selected");
  EXPECT_EQ(DescribeSelection(s, Selection::Reaction(1)), "Nothing selected");
  EXPECT_EQ(DescribeSelection(Story{}, Selection::Event(0)), "Nothing selected");
}

}  // namespace
}  // namespace mm
