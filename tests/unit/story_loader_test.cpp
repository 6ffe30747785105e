// story_loader_test.cpp — one test per class of invalid input: each checks the message, the
// JSON path and the line:column. Inputs are mutations of the small valid story below (not the
// bundled story, which has its own content test).
#include "core/story_loader.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "locate.h"
#include <nlohmann/json.hpp>

#include "minimal_story.h"

namespace mm {
namespace {

using test::At;
using test::LocateOffset;

using json = nlohmann::json;

using test::kMinimalStory;

json Minimal() { return json::parse(kMinimalStory); }
std::string Text(const json& story) { return story.dump(2); }
LoadResult Load(const json& story, const LoadLimits& limits = {}) {
  return LoadStory(Text(story), limits);
}

// Where `needle` occurs in `text`, plus `shift` bytes.
At Locate(const std::string& text, const std::string& needle, size_t shift = 0) {
  const size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << "test bug: no " << needle;
  return LocateOffset(text, at + shift);
}

std::string Dump(const LoadResult& r) {
  std::string out;
  for (const Diagnostic& d : r.diagnostics) out += d.Format("story.json") + "\n";
  return out;
}

// The one error the result must contain: its path, part of its message and its location.
void ExpectSingleError(const LoadResult& r, const std::string& path, const std::string& message,
                       At at) {
  SCOPED_TRACE(Dump(r));
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.error_count(), 1);
  const Diagnostic& d = r.diagnostics.front();
  EXPECT_EQ(d.severity, Severity::Error);
  EXPECT_EQ(d.path, path);
  EXPECT_NE(d.message.find(message), std::string::npos) << d.message;
  EXPECT_EQ(d.line, at.line);
  EXPECT_EQ(d.column, at.column);
}

// ---- the valid story ------------------------------------------------------------------------

TEST(StoryLoader, MinimalStoryLoadsWithResolvedReferences) {
  const LoadResult r = LoadStory(kMinimalStory);
  ASSERT_TRUE(r.ok()) << Dump(r);
  EXPECT_EQ(r.warning_count(), 0) << Dump(r);
  const Story& s = r.story;
  EXPECT_EQ(s.format, "motive-matrix/story@1");
  ASSERT_EQ(s.suspects.size(), 2u);
  ASSERT_EQ(s.motives.size(), 2u);
  ASSERT_EQ(s.links.size(), 2u);
  ASSERT_EQ(s.events.size(), 2u);
  EXPECT_EQ(s.suspects[1].short_label, "Beta");
  EXPECT_EQ(s.suspects[1].assessment.rank, 2);
  EXPECT_EQ(s.suspects[1].assessment.evidence[0].kind, EvidenceKind::Attributed);
  EXPECT_EQ(s.suspects[1].assessment.evidence[0].speaker, "A Beta spokesman");
  EXPECT_EQ(s.suspects[1].assessment.evidence[0].source, 0);
  EXPECT_EQ(s.motives[0].group, 0);
  EXPECT_EQ(s.motives[1].group, -1);
  EXPECT_EQ(s.links[1].suspect, 1);
  EXPECT_EQ(s.links[1].motive, 1);
  EXPECT_EQ(s.LinkAt(0, 0), 0);
  EXPECT_EQ(s.LinkAt(1, 1), 1);
  EXPECT_EQ(s.LinkAt(0, 1), -1);
  EXPECT_EQ(s.events[0].date.Iso(), "2025-10-14");
  EXPECT_EQ(s.events[0].motives, std::vector<int>{0});
  EXPECT_EQ(s.events[0].suspects, std::vector<int>{0});
  EXPECT_TRUE(s.events[1].coincided);
  EXPECT_EQ(s.goals[0].events, std::vector<int>{1});
  EXPECT_EQ(s.goals[0].motives, std::vector<int>{1});
  EXPECT_EQ(s.reactions[0].party, "Russia");
  EXPECT_EQ(s.notes[0].date, "2025-11-27");
  EXPECT_EQ(s.sources[0].kind, SourceKind::Opinion);
}

TEST(StoryLoader, EveryLoadIsANewGeneration) {
  // The UI keeps layouts keyed on it: a story loaded in place of another must never match it.
  const LoadResult a = LoadStory(kMinimalStory), b = LoadStory(kMinimalStory);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(a.story.generation, 0u);
  EXPECT_NE(a.story.generation, b.story.generation);
  EXPECT_EQ(LoadStory("{").story.generation, 0u) << "a failed load has no story";
}

TEST(StoryLoader, MonthPrecisionDatesAreAccepted) {
  json story = Minimal();
  story["events"][0]["date"] = "2025-10";
  story["events"][1]["date"] = "2025-11-01";
  story["events"][1]["precision"] = "approximate";
  const LoadResult r = Load(story);
  ASSERT_TRUE(r.ok()) << Dump(r);
  EXPECT_EQ(r.story.events[0].date.precision, DatePrecision::Month);
  EXPECT_EQ(r.story.events[0].date.Iso(), "2025-10");
  EXPECT_EQ(r.story.events[1].date.precision, DatePrecision::Day);
  EXPECT_TRUE(r.story.events[1].date.approximate);
}

// ---- text-level problems --------------------------------------------------------------------

TEST(StoryLoader, EmptyFile) {
  ExpectSingleError(LoadStory(""), "", "the file is empty", {1, 1});
  ExpectSingleError(LoadStory(" \n\t\r\n"), "", "the file is empty", {1, 1});
}

TEST(StoryLoader, NotJson) {
  const std::string text = "{\n  \"format\": tru\n}";
  const LoadResult r = LoadStory(text);
  ExpectSingleError(r, "", "not valid JSON: invalid literal 'tru'", Locate(text, "tru"));
  EXPECT_EQ(r.diagnostics[0].message.find("json.exception"), std::string::npos);

  const std::string missing_comma = "{\n  \"a\": 1\n  \"b\": 2\n}";
  ExpectSingleError(LoadStory(missing_comma), "", "not valid JSON: unexpected string (expected '}')",
                    Locate(missing_comma, "\"b\""));

  const std::string comment = "// a story\n{}";
  ExpectSingleError(LoadStory(comment), "", "JSON has no comments", {1, 1});

  const std::string truncated = "{\n  \"a\": [1, 2";
  ExpectSingleError(LoadStory(truncated), "", "the file ends too early (expected ']')",
                    LocateOffset(truncated, truncated.size()));
}

TEST(StoryLoader, TrailingGarbage) {
  const std::string text = Text(Minimal()) + "\n}";
  ExpectSingleError(LoadStory(text), "", "unexpected text after the end of the JSON document",
                    LocateOffset(text, text.size() - 1));
  const std::string word = Text(Minimal()) + " extra";
  ExpectSingleError(LoadStory(word), "", "unexpected text after the end of the JSON document",
                    LocateOffset(word, word.size() - 5));
}

TEST(StoryLoader, ByteOrderMarkIsAcceptedAndNotCountedInColumns) {
  const std::string bom = "\xEF\xBB\xBF";
  const LoadResult ok = LoadStory(bom + kMinimalStory);
  EXPECT_TRUE(ok.ok()) << Dump(ok);
  EXPECT_EQ(ok.warning_count(), 0);

  const std::string broken = "{\"format\": tru}";
  ExpectSingleError(LoadStory(bom + broken), "", "invalid literal 'tru'", {1, 12});
}

TEST(StoryLoader, WrongTopLevelType) {
  ExpectSingleError(LoadStory("[1, 2]"), "", "a story must be a JSON object, found an array", {1, 1});
  ExpectSingleError(LoadStory("  \"story\""), "", "found a string", {1, 3});
  ExpectSingleError(LoadStory("null"), "", "found null", {1, 1});
}

// ---- structure ------------------------------------------------------------------------------

TEST(StoryLoader, MissingRequiredFieldPointsAtTheParentObject) {
  json story = Minimal();
  story["suspects"][0].erase("name");
  const std::string text = Text(story);
  const size_t suspects = text.find("\n  \"suspects\"");
  ExpectSingleError(LoadStory(text), "/suspects/0", "missing required field \"name\"",
                    LocateOffset(text, text.find('{', suspects)));

  json no_links = Minimal();
  no_links.erase("links");
  ExpectSingleError(Load(no_links), "", "missing required field \"links\"", {1, 1});
}

TEST(StoryLoader, WrongType) {
  json story = Minimal();
  story["motives"][1]["label"] = 5;
  const std::string text = Text(story);
  ExpectSingleError(LoadStory(text), "/motives/1/label", "expected a string, found a number",
                    Locate(text, "\"label\": 5", 9));

  json strength = Minimal();
  strength["links"][0]["strength"] = "3";
  ExpectSingleError(Load(strength), "/links/0/strength", "expected a whole number, found a string",
                    Locate(Text(strength), "\"strength\": \"3\"", 12));

  json fraction = Minimal();
  fraction["links"][0]["strength"] = 2.5;
  ExpectSingleError(Load(fraction), "/links/0/strength", "expected a whole number, found 2.5",
                    Locate(Text(fraction), "2.5"));

  json flag = Minimal();
  flag["events"][1]["landed_just_as"] = "yes";
  ExpectSingleError(Load(flag), "/events/1/landed_just_as", "expected true or false, found a string",
                    Locate(Text(flag), "\"yes\""));

  json list = Minimal();
  list["sources"] = json::object();
  ExpectSingleError(Load(list), "/sources", "expected an array, found an object",
                    Locate(Text(list), "\"sources\": {", 11));
}

TEST(StoryLoader, EmptyArrayWhereAtLeastOneIsNeeded) {
  json story = Minimal();
  story["links"][1]["evidence"] = json::array();
  const std::string text = Text(story);
  ExpectSingleError(LoadStory(text), "/links/1/evidence", "needs at least one item",
                    Locate(text, "\"evidence\": []", 12));

  json no_events = Minimal();
  no_events.erase("goals");  // its event reference would fail too
  no_events["events"] = json::array();
  ExpectSingleError(Load(no_events), "/events", "needs at least one item",
                    Locate(Text(no_events), "\"events\": []", 10));
}

TEST(StoryLoader, DuplicateId) {
  json story = Minimal();
  story["motives"].push_back(story["motives"][0]);
  const std::string text = Text(story);
  const size_t third = text.rfind("\"id\": \"embarrass-trump\"");
  ExpectSingleError(LoadStory(text), "/motives/2/id",
                    "duplicate motive id \"embarrass-trump\" (first used at /motives/0)",
                    LocateOffset(text, third + 6));
}

TEST(StoryLoader, UnknownReferenceListsKnownIdsClosestFirst) {
  json story = Minimal();
  story["links"][0]["motive"] = "embarass-trump";
  const std::string text = Text(story);
  const LoadResult r = LoadStory(text);
  const At at = Locate(text, "\"embarass-trump\"");
  ExpectSingleError(r, "/links/0/motive",
                    "unknown motive id \"embarass-trump\" (known: embarrass-trump, undermine-witkoff)",
                    at);
  EXPECT_EQ(r.diagnostics[0].Format("story.json"),
            "story.json:" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                ": error: /links/0/motive: unknown motive id \"embarass-trump\" (known: "
                "embarrass-trump, undermine-witkoff)");

  json many = Minimal();
  for (int i = 0; i < 6; ++i) {
    json motive = many["motives"][1];
    motive["id"] = "zz-motive-" + std::to_string(i);
    many["motives"].push_back(motive);
  }
  many["events"][0]["motives"] = {"undermine-witkof"};
  const LoadResult r2 = Load(many);
  ASSERT_EQ(r2.error_count(), 1) << Dump(r2);
  EXPECT_EQ(r2.diagnostics[0].path, "/events/0/motives/0");
  EXPECT_NE(r2.diagnostics[0].message.find(
                "(known: undermine-witkoff, embarrass-trump, zz-motive-0, zz-motive-1, zz-motive-2, …)"),
            std::string::npos)
      << r2.diagnostics[0].message;

  json source = Minimal();
  source["reactions"][0]["evidence"][0]["source"] = "tweet";
  ExpectSingleError(Load(source), "/reactions/0/evidence/0/source",
                    "unknown source id \"tweet\" (known: article)", Locate(Text(source), "\"tweet\""));

  json group = Minimal();
  group["motives"][1]["group"] = "economy";
  ExpectSingleError(Load(group), "/motives/1/group", "unknown motive group id \"economy\"",
                    Locate(Text(group), "\"economy\""));
}

TEST(StoryLoader, ImpossibleDate) {
  json story = Minimal();
  story["events"][1]["date"] = "2025-02-30";
  const std::string text = Text(story);
  const LoadResult r = LoadStory(text);
  ExpectSingleError(r, "/events/1/date",
                    "\"2025-02-30\" is not a date in the calendar (expected YYYY-MM-DD, YYYY-MM or YYYY)",
                    Locate(text, "\"2025-02-30\""));

  json leap = Minimal();
  leap["events"][1]["date"] = "2024-02-29";
  leap["events"][0]["date"] = "2000-02-29";
  EXPECT_TRUE(Load(leap).ok()) << Dump(Load(leap));

  for (const char* bad : {"2023-02-29", "1900-02-29", "2025-13", "2025-04-31", "2025-00-10"}) {
    json s = Minimal();
    s["published"] = bad;
    const LoadResult rb = Load(s);
    ASSERT_EQ(rb.error_count(), 1) << bad << "\n" << Dump(rb);
    EXPECT_NE(rb.diagnostics[0].message.find("is not a date in the calendar"), std::string::npos) << bad;
  }
  for (const char* bad : {"25-01-01", "2025/01/01", "2025-1-1", "14 October", "2025-01-01T00:00"}) {
    json s = Minimal();
    s["sources"][0]["date"] = bad;
    const LoadResult rb = Load(s);
    ASSERT_EQ(rb.error_count(), 1) << bad;
    EXPECT_EQ(rb.diagnostics[0].path, "/sources/0/date");
    EXPECT_NE(rb.diagnostics[0].message.find("is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)"),
              std::string::npos)
        << rb.diagnostics[0].message;
  }
}

TEST(StoryLoader, BadEnum) {
  json story = Minimal();
  story["events"][0]["kind"] = "phone";
  const std::string text = Text(story);
  ExpectSingleError(LoadStory(text), "/events/0/kind",
                    "unknown kind \"phone\" (expected one of: act, context, reaction)",
                    Locate(text, "\"phone\""));

  json evidence = Minimal();
  evidence["links"][0]["evidence"][0]["kind"] = "opinion";
  ExpectSingleError(Load(evidence), "/links/0/evidence/0/kind",
                    "unknown kind \"opinion\" (expected one of: fact, attributed, analysis)",
                    Locate(Text(evidence), "\"opinion\"", 0));  // the source's kind comes later
}

TEST(StoryLoader, OutOfOrderEventsWarnOnceAndAreSortedStably) {
  json story = Minimal();
  json third = story["events"][0];
  third["id"] = "also-october";
  story["events"].push_back(third);                           // 2025-10-14, after the leak
  std::swap(story["events"][0], story["events"][1]);          // leak, call, also-october
  const std::string text = Text(story);
  const LoadResult r = LoadStory(text);
  ASSERT_TRUE(r.ok()) << Dump(r);
  ASSERT_EQ(r.warning_count(), 1) << Dump(r);
  const Diagnostic& w = r.diagnostics[0];
  EXPECT_EQ(w.severity, Severity::Warning);
  EXPECT_EQ(w.path, "/events/1");
  EXPECT_EQ(w.message,
            "events are not in date order: \"call\" (2025-10-14) comes after \"leak\" (2025-11-25); "
            "the timeline shows them sorted by date");
  // Event objects are the only lines indented by exactly four spaces before "{".
  const size_t events = text.find("\"events\"");
  const size_t second = text.find("\n    {", text.find("\n    {", events) + 1);
  const At at = LocateOffset(text, second + 5);
  EXPECT_EQ(w.line, at.line);
  EXPECT_EQ(w.column, at.column);
  ASSERT_EQ(r.story.events.size(), 3u);
  EXPECT_EQ(r.story.events[0].id, "call");
  EXPECT_EQ(r.story.events[1].id, "also-october");  // equal dates keep file order
  EXPECT_EQ(r.story.events[2].id, "leak");
  EXPECT_EQ(r.story.goals[0].events, std::vector<int>{2});  // resolved after sorting
}

TEST(StoryLoader, UnknownFieldWarnsAtTheKeyAndStillLoads) {
  json story = Minimal();
  story["suspects"][0]["colour"] = "red";
  story["links"][0]["argumnet"] = "typo";
  const std::string text = Text(story);
  const LoadResult r = LoadStory(text);
  ASSERT_TRUE(r.ok()) << Dump(r);
  ASSERT_EQ(r.warning_count(), 2) << Dump(r);
  // Document order (dump(2) sorts keys, so links come before suspects), although the loader
  // reads suspects first.
  EXPECT_EQ(r.diagnostics[0].path, "/links/0/argumnet");
  EXPECT_EQ(r.diagnostics[0].message,
            "unknown field \"argumnet\" is kept but not used by this version (did you mean \"argument\"?)");
  EXPECT_EQ(r.diagnostics[1].path, "/suspects/0/colour");
  EXPECT_EQ(r.diagnostics[1].message, "unknown field \"colour\" is kept but not used by this version");
  // Nothing is lost: the values are kept with their paths (forward compatibility).
  ASSERT_EQ(r.story.extra_fields.size(), 2u);
  bool colour = false;
  for (const auto& f : r.story.extra_fields) colour |= f.path == "/suspects/0/colour" && f.json == "\"red\"";
  EXPECT_TRUE(colour);
  const At at = Locate(text, "\"colour\"");
  EXPECT_EQ(r.diagnostics[1].line, at.line);
  EXPECT_EQ(r.diagnostics[1].column, at.column);
  EXPECT_LT(r.diagnostics[0].line, r.diagnostics[1].line);
}

TEST(StoryLoader, DuplicateKeyWarns) {
  const std::string text = std::string(kMinimalStory).replace(
      std::string(kMinimalStory).find("\"dek\""), 0, "\"dek\": \"first\",\n  ");
  const LoadResult r = LoadStory(text);
  ASSERT_TRUE(r.ok()) << Dump(r);
  ASSERT_EQ(r.warning_count(), 1) << Dump(r);
  EXPECT_EQ(r.diagnostics[0].path, "/dek");
  EXPECT_EQ(r.diagnostics[0].message, "duplicate key; only the last value is used");
  EXPECT_EQ(r.diagnostics[0].line, 8);
  EXPECT_EQ(r.diagnostics[0].column, 3);
  EXPECT_EQ(r.story.dek, "An article weighs three theories.");
}

// ---- encoding and limits --------------------------------------------------------------------

TEST(StoryLoader, InvalidUtf8) {
  std::string text = kMinimalStory;
  const size_t at = text.find("Alpha Agency");
  text[at + 2] = '\xFF';
  ExpectSingleError(LoadStory(text), "", "not valid JSON: invalid UTF-8 in a string: byte 0xFF",
                    LocateOffset(text, at + 2));
}

TEST(StoryLoader, ControlCharacterInString) {
  std::string text = kMinimalStory;
  const size_t at = text.find("The first theory.");
  text[at + 3] = '\x01';
  ExpectSingleError(LoadStory(text), "", "control character U+0001 (SOH) must be escaped",
                    LocateOffset(text, at + 3));

  std::string newline = kMinimalStory;
  const size_t nl = newline.find("The second theory.");
  newline[nl + 3] = '\n';
  ExpectSingleError(LoadStory(newline), "", "control character U+000A (LF)",
                    LocateOffset(newline, nl + 3));
}

TEST(StoryLoader, TooLongStrings) {
  json story = Minimal();
  story["suspects"][0]["summary"] = std::string(200, 'x');
  LoadLimits limits;
  limits.max_string_bytes = 100;
  const std::string text = Text(story);
  ExpectSingleError(LoadStory(text, limits), "/suspects/0/summary",
                    "this string is too long: 200 bytes (the limit is 100)", Locate(text, "\"xxxx"));

  json quote = Minimal();
  quote["links"][0]["evidence"][0]["quote"] = std::string(401, 'q');
  ExpectSingleError(Load(quote), "/links/0/evidence/0/quote",
                    "too long: 401 characters (the limit is 400)", Locate(Text(quote), "\"qqq"));

  json short_label = Minimal();
  std::string accented;
  for (int i = 0; i < 32; ++i) accented += "\xC3\xA9";  // 32 characters, 64 bytes: fine
  short_label["suspects"][0]["short"] = accented;
  EXPECT_TRUE(Load(short_label).ok()) << Dump(Load(short_label));
  short_label["suspects"][0]["short"] = accented + "!";
  ExpectSingleError(Load(short_label), "/suspects/0/short", "too long: 33 characters (the limit is 32)",
                    Locate(Text(short_label), "\"\xC3\xA9"));

  json title = Minimal();
  title["events"][0]["title"] = std::string(61, 't');
  ExpectSingleError(Load(title), "/events/0/title", "(the limit is 60)", Locate(Text(title), "\"ttt"));

  json label = Minimal();
  label["motives"][0]["label"] = std::string(49, 'l');
  ExpectSingleError(Load(label), "/motives/0/label", "(the limit is 48)", Locate(Text(label), "\"lll"));
}

TEST(StoryLoader, HundredThousandDeepNestingIsRejectedFastWithALocation) {
  const std::string text = "{\"x\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  const LoadResult r = LoadStory(text);
  std::string path = "/x";
  for (int i = 0; i < 31; ++i) path += "/0";  // the root object is level 1, "/x" level 2
  ExpectSingleError(r, path, "nested too deeply: more than 32 levels", {1, 7 + 31});

  const LoadResult unclosed = LoadStory(std::string(100000, '['));
  ASSERT_EQ(unclosed.error_count(), 1);
  EXPECT_EQ(unclosed.diagnostics[0].column, 33);
}

TEST(StoryLoader, TooManyItems) {
  json story = Minimal();
  story["notes"] = json::array();
  for (int i = 0; i < 4; ++i) story["notes"].push_back({{"text", "note " + std::to_string(i)}});
  LoadLimits limits;
  limits.max_items = 3;
  const std::string text = Text(story);
  ExpectSingleError(LoadStory(text, limits), "/notes", "this array has too many items: 4 (the limit is 3)",
                    Locate(text, "\"notes\": [", 9));
}

TEST(StoryLoader, FileLargerThanTheLimitIsRejectedBeforeParsing) {
  LoadLimits limits;
  limits.max_bytes = 100;
  const LoadResult r = LoadStory(std::string(101, '['), limits);
  ASSERT_EQ(r.error_count(), 1);
  EXPECT_EQ(r.diagnostics[0].message, "the file is too large: 101 bytes (the limit is 100 bytes)");
  EXPECT_EQ(r.diagnostics[0].line, 0);
  EXPECT_EQ(r.diagnostics[0].Format("big.json"),
            "big.json: error: the file is too large: 101 bytes (the limit is 100 bytes)");
}

// ---- rules of the format --------------------------------------------------------------------

TEST(StoryLoader, FormatRules) {
  struct Case {
    const char* name;
    void (*mutate)(json&);
    const char* path;
    const char* message;
  };
  const Case cases[] = {
      {"attributed needs a speaker",
       [](json& s) { s["suspects"][1]["assessment"]["evidence"][0].erase("speaker"); },
       "/suspects/1/assessment/evidence/0", "missing field \"speaker\": attributed evidence must say who said it"},
      {"one link per pair", [](json& s) { s["links"].push_back(s["links"][0]); }, "/links/2",
       "a second link for suspect \"alpha\" and motive \"embarrass-trump\" (the first is /links/0)"},
      {"strength 1..3", [](json& s) { s["links"][0]["strength"] = 4; }, "/links/0/strength",
       "strength must be 1, 2 or 3 (weak, argued, strong), found 4"},
      {"ranks unique", [](json& s) { s["suspects"][1]["assessment"]["rank"] = 1; },
       "/suspects/1/assessment/rank", "duplicate rank 1 (also used by /suspects/0)"},
      {"rank positive", [](json& s) { s["suspects"][1]["assessment"]["rank"] = 0; },
       "/suspects/1/assessment/rank", "rank must be 1 or more"},
      {"url scheme", [](json& s) { s["sources"][0]["url"] = "ftp://example.com"; }, "/sources/0/url",
       "expected an http:// or https:// address, found \"ftp://example.com\""},
      {"publisher or author", [](json& s) { s["sources"][0].erase("publisher"); }, "/sources/0",
       "missing field \"publisher\" or \"author\""},
      {"id syntax", [](json& s) { s["reactions"][0]["id"] = "Russia Today"; }, "/reactions/0/id",
       "\"Russia Today\" is not a valid id"},
      {"id leading dash", [](json& s) { s["goals"][0]["id"] = "-goal"; }, "/goals/0/id",
       "is not a valid id"},
      {"format name", [](json& s) { s["format"] = "motive-matrix/story@2"; }, "/format",
       "unsupported format \"motive-matrix/story@2\" (expected \"motive-matrix/story@1\")"},
      {"language tag", [](json& s) { s["language"] = "English"; }, "/language",
       "\"English\" is not a BCP 47 language tag"},
      {"blank string", [](json& s) { s["title"] = "  "; }, "/title", "must not be empty"},
      {"event precision day needs a day",
       [](json& s) {
         s["events"][0]["date"] = "2025-10";
         s["events"][0]["precision"] = "day";
       },
       "/events/0/precision", "precision is \"day\" but the date \"2025-10\" has no day"},
      {"bad precision", [](json& s) { s["events"][0]["precision"] = "roughly"; }, "/events/0/precision",
       "unknown precision \"roughly\" (expected one of: day, month, year, approximate)"},
      {"goal needs events", [](json& s) { s["goals"][0].erase("events"); }, "/goals/0",
       "missing required field \"events\""},
      {"note needs text", [](json& s) { s["notes"][0].erase("text"); }, "/notes/0",
       "missing required field \"text\""},
      {"event suspect reference", [](json& s) { s["events"][0]["suspects"] = {"gamma"}; },
       "/events/0/suspects/0", "unknown suspect id \"gamma\" (known: alpha, beta)"},
      {"goal event reference", [](json& s) { s["goals"][0]["events"] = {"leek"}; }, "/goals/0/events/0",
       "unknown event id \"leek\" (known: leak, call)"},
      {"evidence item type", [](json& s) { s["goals"][0]["evidence"][0] = "just a quote"; },
       "/goals/0/evidence/0", "expected an object, found a string"},
      {"reference type", [](json& s) { s["links"][1]["suspect"] = 2; }, "/links/1/suspect",
       "expected a suspect id, found a number"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    json story = Minimal();
    c.mutate(story);
    const LoadResult r = Load(story);
    SCOPED_TRACE(Dump(r));
    ASSERT_EQ(r.error_count(), 1);
    EXPECT_EQ(r.diagnostics[0].path, c.path);
    EXPECT_NE(r.diagnostics[0].message.find(c.message), std::string::npos) << r.diagnostics[0].message;
    EXPECT_GT(r.diagnostics[0].line, 0);
    EXPECT_TRUE(r.story.suspects.empty()) << "a story with errors must not be half-loaded";
  }
}

TEST(StoryLoader, MonthPrecisionWithADayWarns) {
  json story = Minimal();
  story["events"][0]["precision"] = "month";
  const LoadResult r = Load(story);
  ASSERT_TRUE(r.ok()) << Dump(r);
  ASSERT_EQ(r.warning_count(), 1);
  EXPECT_EQ(r.diagnostics[0].path, "/events/0/precision");
  EXPECT_EQ(r.story.events[0].date.Iso(), "2025-10");
}

// ---- many errors ------------------------------------------------------------------------------

TEST(StoryLoader, SeveralErrorsAreReportedTogetherInDocumentOrder) {
  json story = Minimal();
  story["events"][1]["date"] = "2025-02-30";
  story["suspects"][0].erase("name");
  story["links"][0]["motive"] = "nope";
  story["dek"] = 7;
  story["motives"][0]["colour"] = "red";  // a warning, listed after the errors
  const LoadResult r = Load(story);
  SCOPED_TRACE(Dump(r));
  ASSERT_EQ(r.error_count(), 4);
  ASSERT_EQ(r.warning_count(), 1);
  std::vector<std::string> paths;
  for (const Diagnostic& d : r.diagnostics) paths.push_back(d.path);
  // dump(2) sorts keys: dek, events, links, …, suspects.
  EXPECT_EQ(paths, (std::vector<std::string>{"/dek", "/events/1/date", "/links/0/motive",
                                             "/suspects/0", "/motives/0/colour"}));
  for (size_t i = 1; i < 4; ++i) EXPECT_LT(r.diagnostics[i - 1].line, r.diagnostics[i].line);
  EXPECT_TRUE(r.story.events.empty());
}

TEST(StoryLoader, DiagnosticsAreCappedWithACountOfTheRest) {
  json story = Minimal();
  for (int i = 0; i < 70; ++i) story["events"][0]["suspects"].push_back("ghost-" + std::to_string(i));
  LoadLimits limits;
  limits.max_diagnostics = 50;
  const LoadResult r = Load(story, limits);
  EXPECT_EQ(r.error_count(), 70);
  ASSERT_EQ(r.diagnostics.size(), 51u);
  EXPECT_EQ(r.diagnostics[49].path, "/events/0/suspects/50");
  EXPECT_EQ(r.diagnostics[50].message, "… and 20 more errors");
  EXPECT_EQ(r.diagnostics[50].severity, Severity::Error);
}

// ---- files ----------------------------------------------------------------------------------

TEST(StoryLoader, FileNotFound) {
  const LoadResult r = LoadStoryFile("/nonexistent/dir/story.json");
  ASSERT_EQ(r.error_count(), 1);
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.diagnostics[0].message,
            "cannot open \"/nonexistent/dir/story.json\": No such file or directory");
  EXPECT_EQ(r.diagnostics[0].Format("/nonexistent/dir/story.json"),
            "/nonexistent/dir/story.json: error: cannot open \"/nonexistent/dir/story.json\": No "
            "such file or directory");
}

TEST(StoryLoader, FileRoundTrip) {
  const std::string path = testing::TempDir() + "mm_story_loader_test.json";
  {
    std::ofstream out(path, std::ios::binary);
    out << kMinimalStory;
  }
  EXPECT_TRUE(LoadStoryFile(path).ok());
  LoadLimits small;
  small.max_bytes = 1000;
  const LoadResult r = LoadStoryFile(path, small);
  ASSERT_EQ(r.error_count(), 1);
  EXPECT_NE(r.diagnostics[0].message.find("too large"), std::string::npos);
  std::remove(path.c_str());
}

// ---- robustness and speed -------------------------------------------------------------------

TEST(StoryLoader, NeverFailsHardOnTruncatedOrCorruptedInput) {
  const std::string text = kMinimalStory;
  for (size_t cut = 0; cut < text.size(); cut += 7) {
    const LoadResult r = LoadStory(text.substr(0, cut));
    ASSERT_FALSE(r.ok()) << cut;
    ASSERT_GT(r.diagnostics[0].line, 0) << cut;
  }
  std::mt19937 random(7);
  for (int round = 0; round < 500; ++round) {
    std::string corrupted = text;
    for (int k = 0; k < 3; ++k) corrupted[random() % corrupted.size()] = static_cast<char>(random() % 256);
    const LoadResult r = LoadStory(corrupted);
    for (const Diagnostic& d : r.diagnostics) {
      ASSERT_FALSE(d.message.empty());
      ASSERT_EQ(d.message.find("json.exception"), std::string::npos) << d.message;
      // Messages must stay valid UTF-8 (they may be shown in the UI or written as JSON).
      (void)json(d.message).dump();
    }
  }
}

json BigStory(int suspects, int motives, int events) {
  json story = Minimal();
  const json evidence = story["links"][0]["evidence"];
  story["suspects"] = json::array();
  for (int s = 0; s < suspects; ++s) {
    json suspect = Minimal()["suspects"][0];
    suspect["id"] = "suspect-" + std::to_string(s);
    suspect["assessment"]["rank"] = s + 1;
    story["suspects"].push_back(suspect);
  }
  story["motives"] = json::array();
  for (int m = 0; m < motives; ++m) {
    json motive = Minimal()["motives"][0];
    motive["id"] = "motive-" + std::to_string(m);
    story["motives"].push_back(motive);
  }
  story["links"] = json::array();
  for (int s = 0; s < suspects; ++s) {
    for (int m = s % 3; m < motives; m += 3) {
      story["links"].push_back({{"suspect", "suspect-" + std::to_string(s)},
                                {"motive", "motive-" + std::to_string(m)},
                                {"strength", 1 + (s + m) % 3},
                                {"argument", "An argument."},
                                {"evidence", evidence}});
    }
  }
  story["events"] = json::array();
  for (int e = 0; e < events; ++e) {
    json event = Minimal()["events"][0];
    event["id"] = "event-" + std::to_string(e);
    event["date"] = "2025-" + std::string(e % 12 < 9 ? "0" : "") + std::to_string(e % 12 + 1) + "-15";
    event["motives"] = {"motive-" + std::to_string(e % motives)};
    event["suspects"] = {"suspect-" + std::to_string(e % suspects)};
    story["events"].push_back(event);
  }
  story["goals"][0]["events"] = {"event-0"};
  story["goals"][0]["motives"] = {"motive-0"};
  return story;
}

// Speed is measured by scripts/bench.sh, not asserted here (a loaded CI machine would make a
// timed test flaky); this checks that a story at the scale budget loads correctly.
TEST(StoryLoader, LoadsALargeStory) {
  const std::string text = Text(BigStory(40, 60, 400));
  const LoadResult r = LoadStory(text);
  ASSERT_EQ(r.error_count(), 0) << Dump(r);
  EXPECT_EQ(r.warning_count(), 1);  // the generated dates are out of order
  EXPECT_EQ(r.story.suspects.size(), 40u);
  EXPECT_EQ(r.story.motives.size(), 60u);
  EXPECT_EQ(r.story.events.size(), 400u);
  EXPECT_EQ(r.story.LinkAt(0, 0), 0);
  for (size_t i = 1; i < r.story.events.size(); ++i)
    EXPECT_FALSE(r.story.events[i].date < r.story.events[i - 1].date) << "events sorted";
}

// ---- story.cpp ------------------------------------------------------------------------------

TEST(Date, DayNumberAndIso) {
  EXPECT_EQ((Date{1970, 1, 1}).DayNumber(), 0);
  EXPECT_EQ((Date{1969, 12, 31}).DayNumber(), -1);
  EXPECT_EQ((Date{2000, 3, 1}).DayNumber(), 11017);
  EXPECT_EQ((Date{2024, 3, 1}).DayNumber() - (Date{2024, 2, 28}).DayNumber(), 2);
  EXPECT_EQ((Date{2025, 3, 1}).DayNumber() - (Date{2025, 2, 28}).DayNumber(), 1);
  EXPECT_EQ((Date{2025, 11, 25}).DayNumber(), 20417);
  EXPECT_EQ((Date{2025, 11, 5}).Iso(), "2025-11-05");
  EXPECT_EQ((Date{2025, 11, 1, DatePrecision::Month}).Iso(), "2025-11");
  EXPECT_TRUE((Date{2025, 1, 31}) < (Date{2025, 2, 1}));
  EXPECT_STREQ(ToString(EvidenceKind::Attributed), "attributed");
  EXPECT_STREQ(ToString(EventKind::Act), "act");
  EXPECT_STREQ(ToString(SourceKind::Official), "official");
  EXPECT_STREQ(ToString(DatePrecision::Year), "year");
}

// ---- the JSON Schema ------------------------------------------------------------------------

TEST(StorySchema, ParsesAndRequiresWhatTheLoaderRequires) {
  std::ifstream in(std::string(MM_SOURCE_DIR) + "/assets/story.schema.json", std::ios::binary);
  ASSERT_TRUE(in) << "assets/story.schema.json is missing";
  std::stringstream buffer;
  buffer << in.rdbuf();
  const json schema = json::parse(buffer.str(), nullptr, /*allow_exceptions=*/false);
  ASSERT_FALSE(schema.is_discarded()) << "assets/story.schema.json is not valid JSON";
  EXPECT_EQ(schema.value("$schema", ""), "https://json-schema.org/draft/2020-12/schema");
  ASSERT_TRUE(schema.contains("required"));
  const std::set<std::string> in_schema = schema["required"].get<std::set<std::string>>();
  const std::vector<std::string> loader = RequiredTopLevelFields();
  EXPECT_EQ(in_schema, std::set<std::string>(loader.begin(), loader.end()));
  EXPECT_EQ(schema["required"].size(), loader.size()) << "duplicates in the schema's required list";
  // Every required field is also described.
  for (const std::string& field : loader) {
    EXPECT_TRUE(schema["properties"].contains(field)) << field;
    EXPECT_TRUE(schema["properties"][field].contains("description")) << field;
  }
}

}  // namespace
}  // namespace mm
