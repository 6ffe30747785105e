// quote_check_test.cpp — mm::CheckQuotes: the allowed normalisations (and only those), findings
// with the quote's path and line:column in the FILE, the nearest passage, every place evidence
// occurs, edge inputs; then every quote of the bundled story against its article.
#include "core/quote_check.h"

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "locate.h"
#include <nlohmann/json.hpp>

#include "core/story_loader.h"
#include "minimal_story.h"

#ifndef MM_SOURCE_DIR
#error "MM_SOURCE_DIR must be defined (the repository root, as a string literal)"
#endif
#ifndef MM_ARTICLE_TEXT
#error "MM_ARTICLE_TEXT must be defined (where the bundled story's article text would be)"
#endif

namespace mm {
namespace {

using test::At;
using test::LocateOffset;

using json = nlohmann::json;

// The minimal story's "article": every one of its eight quotes, among other sentences, with
// the line breaks and typography of a real text.
const char kArticle[] =
    "Who benefits? An opinion.\n\n"
    "Three agencies are suspected. This has the strongest traction. Beta denies it. Critics\n"
    "say the leak was about politics: It embarrasses the president. Some say so.\n\n"
    "The call took place on 14 October. The leak landed just as talks began. The timing is no\n"
    "accident. So one diplomat wrote. Moscow\xE2\x80\x99s answer: This is hybrid warfare.\n";

json Minimal() { return json::parse(test::kMinimalStory); }
std::string Text(const json& story) { return story.dump(2); }

// Where `needle` starts in `text`, counted here independently of LineIndex.
At Locate(const std::string& text, const std::string& needle) {
  const size_t offset = text.find(needle);
  EXPECT_NE(offset, std::string::npos) << "test bug: no " << needle;
  return LocateOffset(text, offset);
}

std::string Dump(const QuoteCheckResult& r) {
  std::string out;
  for (const Diagnostic& d : r.errors) out += d.Format("story.json") + "\n";
  for (const QuoteFinding& f : r.findings) out += f.diagnostic.Format("story.json") + "\n";
  return out;
}

// The story as text, after checking that it loads: CheckQuotes is defined on such stories.
std::string Loadable(const json& story) {
  const std::string text = Text(story);
  const LoadResult loaded = LoadStory(text);
  EXPECT_TRUE(loaded.ok()) << "test bug: the story does not load";
  return text;
}

// ---- the normalisations -----------------------------------------------------------------------

struct Pair {
  const char* quote;
  const char* source;
};

TEST(QuoteCheck, EachAllowedNormalisationIsAccepted) {
  const Pair pairs[] = {
      // single quotes: ' ‘ ’ ‚ ‛ ′
      {"Moscow's anger", "Moscow\xE2\x80\x99s anger"},
      {"Moscow\xE2\x80\x99s anger", "Moscow's anger"},
      {"\xE2\x80\x98hybrid\xE2\x80\x99", "'hybrid'"},
      {"'low'", "\xE2\x80\x9Alow\xE2\x80\x9B"},
      {"5' tall", "5\xE2\x80\xB2 tall"},
      // double quotes: " “ ” „ ″ « »
      {"\"hybrid warfare\"", "\xE2\x80\x9Chybrid warfare\xE2\x80\x9D"},
      {"\xE2\x80\x9Chybrid warfare\xE2\x80\x9D", "\"hybrid warfare\""},
      {"\"unacceptable\"", "\xE2\x80\x9E" "unacceptable\xE2\x80\x9C"},
      {"\"unacceptable\"", "\xC2\xAB" "unacceptable\xC2\xBB"},
      {"6\" wide", "6\xE2\x80\xB3 wide"},
      // dashes: ‐ ‑ ‒ – — ― −
      {"pro-Ukraine", "pro\xE2\x80\x90Ukraine"},
      {"pro-Ukraine", "pro\xE2\x80\x91Ukraine"},
      {"1-2", "1\xE2\x80\x92" "2"},
      {"2024-2025", "2024\xE2\x80\x93" "2025"},
      {"leak - true audio", "leak \xE2\x80\x94 true audio"},
      {"leak\xE2\x80\x94true audio", "leak-true audio"},
      {"leak\xE2\x80\x93true", "leak\xE2\x80\x95true"},
      {"-5 degrees", "\xE2\x88\x92" "5 degrees"},
      // whitespace runs, whatever they are made of
      {"the hidden battle", "the  hidden\tbattle"},
      {"the hidden battle", "the\nhidden\r\nbattle"},
      {"the hidden battle", "the\xC2\xA0hidden\xE2\x80\x89" "battle"},
      {"the\xE2\x80\xAF hidden \xE2\x80\x8A battle", "the hidden battle"},
      {"  the hidden battle \n", "the hidden battle"},
      // soft hyphens removed
      {"peacekeeping", "peace\xC2\xADkeeping"},
      {"peace\xC2\xAD" "keeping", "peacekeeping"},
      {"peace keeping", "peace \xC2\xAD keeping"},
      // the ellipsis character and three full stops
      {"wait\xE2\x80\xA6", "wait..."},
      {"wait...", "wait\xE2\x80\xA6"},
  };
  for (const Pair& p : pairs) {
    EXPECT_TRUE(QuoteIsInSource(p.quote, std::string("Before. ") + p.source + " After."))
        << "quote: " << p.quote << "\nsource: " << p.source;
  }
  EXPECT_EQ(NormalizeForQuoteCheck("\xE2\x80\x9CIt\xE2\x80\x99s\xC2\xA0\xE2\x80\x94\n\xC2\xAD"
                                   "done\xE2\x80\xA6\xE2\x80\x9D "),
            "\"It's - done...\"");
}

TEST(QuoteCheck, NothingElseIsAccepted) {
  const Pair pairs[] = {
      {"the Hidden battle", "the hidden battle"},      // letter case
      {"the hidden battles", "the hidden battle"},     // a word
      {"the secret battle", "the hidden battle"},      // a word
      {"the hidden battle", "the hidden, battle"},     // punctuation
      {"the battle", "the hidden battle"},             // a word left out
      {"caf\xC3\xA9 talks", "cafe talks"},             // accents
      {"caf\xC3\xA9 talks", "cafe\xCC\x81 talks"},     // no Unicode normalisation either
      {"'low'", "\xE2\x80\xB9low\xE2\x80\xBA"},        // ‹ › are not in the list
      {"a-b", "a_b"},
      {"peace keeping", "peacekeeping"},               // a space is not nothing
      {"wait. . .", "wait..."},
      {"hiddenbattle", "hidden\xE2\x80\x8B" "battle"},  // zero-width space is not removed
  };
  for (const Pair& p : pairs) {
    EXPECT_FALSE(QuoteIsInSource(p.quote, p.source)) << "quote: " << p.quote << "\nsource: " << p.source;
  }
}

TEST(QuoteCheck, AQuoteStartsAndEndsOnWordBoundaries) {
  EXPECT_FALSE(QuoteIsInSource("Russia", "The Russians said no."));
  EXPECT_FALSE(QuoteIsInSource("ussians said", "The Russians said no."));
  EXPECT_FALSE(QuoteIsInSource("said n", "The Russians said no."));
  EXPECT_TRUE(QuoteIsInSource("Russians said", "The Russians said no."));
  EXPECT_TRUE(QuoteIsInSource("Trump", "Trump\xE2\x80\x99s envoy"));  // an apostrophe ends a word
  EXPECT_TRUE(QuoteIsInSource(", said", "The Russians, said no."));   // punctuation may start one
  // A later occurrence on word boundaries counts.
  EXPECT_TRUE(QuoteIsInSource("Russia", "The Russians said no to Russia."));
  // Other scripts: their letters make words, their punctuation ends them (the Arabic comma).
  EXPECT_TRUE(QuoteIsInSource("\xD8\xA7\xD9\x84\xD9\x88\xD8\xA7\xD8\xAF\xD9\x8A",
                              "\xD9\x85\xD9\x8A\xD9\x86\xD8\xA7\xD8\xA1 \xD8\xA7\xD9\x84\xD9\x88\xD8\xA7\xD8\xAF\xD9\x8A\xD8\x8C "
                              "\xD9\x82\xD8\xA8\xD9\x84"))
      << "الوادي in \"ميناء الوادي، قبل\"";
  EXPECT_FALSE(QuoteIsInSource("\xD8\xA7\xD9\x84\xD9\x88\xD8\xA7\xD8\xAF", "\xD8\xA7\xD9\x84\xD9\x88\xD8\xA7\xD8\xAF\xD9\x8A"))
      << "not inside an Arabic word";
  EXPECT_TRUE(QuoteIsInSource("\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2", "\xC2\xAB\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2\xC2\xBB"))
      << "Київ inside guillemets";
}

// ---- findings ---------------------------------------------------------------------------------

TEST(QuoteCheck, EveryQuoteOfTheMinimalStoryIsFound) {
  const std::string story = Loadable(Minimal());
  const QuoteCheckResult r = CheckQuotes(story, "article", kArticle, "article.txt");
  EXPECT_TRUE(r.ok()) << Dump(r);
  EXPECT_EQ(r.checked, 8);
  EXPECT_EQ(r.found, 8);
}

TEST(QuoteCheck, AOneWordChangeIsCaughtWithItsPathAndPosition) {
  json story = Minimal();
  story["links"][0]["evidence"][0]["quote"] = "It embarrasses the leader.";
  const std::string text = Loadable(story);
  const QuoteCheckResult r = CheckQuotes(text, "article", kArticle, "article.txt");
  ASSERT_EQ(r.findings.size(), 1u) << Dump(r);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.checked, 8);
  EXPECT_EQ(r.found, 7);
  const QuoteFinding& f = r.findings[0];
  EXPECT_EQ(f.quote, "It embarrasses the leader.");
  EXPECT_EQ(f.diagnostic.severity, Severity::Error);
  EXPECT_EQ(f.diagnostic.path, "/links/0/evidence/0/quote");
  const At at = Locate(text, "\"It embarrasses the leader.\"");
  EXPECT_EQ(f.diagnostic.line, at.line);
  EXPECT_EQ(f.diagnostic.column, at.column);

  // The nearest passage is the source's own wording, and where it is in the source.
  EXPECT_EQ(f.nearest, "It embarrasses the president.");
  const std::string article = kArticle;
  EXPECT_EQ(article.substr(f.nearest_offset, f.nearest_length), "It embarrasses the president.");

  EXPECT_EQ(f.diagnostic.Format("story.json"),
            "story.json:" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                ": error: /links/0/evidence/0/quote: quote not found verbatim in source \"article\" "
                "(article.txt); nearest passage: \xE2\x80\x9CIt embarrasses the president.\xE2\x80\x9D; "
                "first difference after \xE2\x80\x9CIt embarrasses the\xE2\x80\x9D: the quote has "
                "\xE2\x80\x9Cleader\xE2\x80\x9D, the source \xE2\x80\x9Cpresident\xE2\x80\x9D");
}

TEST(QuoteCheck, TheFirstDifferenceIsDescribed) {
  const std::string source =
      "Intro text here. The leak landed just as talks began in Geneva. More text follows.";
  struct Case {
    const char* quote;
    const char* expect;  // part of the message
  };
  const Case cases[] = {
      {"The leak landed just as peace talks began", "after \xE2\x80\x9Clanded just as\xE2\x80\x9D: "
                                                    "the quote has \xE2\x80\x9Cpeace\xE2\x80\x9D, the source nothing"},
      {"The landed just as talks began", "after \xE2\x80\x9CThe\xE2\x80\x9D: the quote has nothing, the "
                                         "source \xE2\x80\x9Cleak\xE2\x80\x9D"},
      {"The leak landed as talks began", "after \xE2\x80\x9CThe leak landed\xE2\x80\x9D: the quote has "
                                         "nothing, the source \xE2\x80\x9Cjust\xE2\x80\x9D"},
      {"The leak landed just as Talks began", "the quote has \xE2\x80\x9CTalks\xE2\x80\x9D, the source "
                                              "\xE2\x80\x9Ctalks\xE2\x80\x9D (letter case)"},
      {"the leak landed just as talks began", "first difference at the start: the quote has "
                                              "\xE2\x80\x9Cthe\xE2\x80\x9D, the source \xE2\x80\x9CThe\xE2\x80\x9D"},
      {"The leak landed just as talks began in Geneva , More", "the quote has \xE2\x80\x9C,\xE2\x80\x9D, the "
                                                               "source \xE2\x80\x9C.\xE2\x80\x9D"},
      {"The leak landed just as talks began in Geneva .", "the words match but the spacing differs"},
  };
  json story = Minimal();
  for (const Case& c : cases) {
    story["events"][1]["evidence"][0]["quote"] = c.quote;
    const QuoteCheckResult r = CheckQuotes(Text(story), "article", source);
    const std::string dump = Dump(r);
    // The other seven quotes are not in this source either; the one of interest is events/1.
    const QuoteFinding* found = nullptr;
    for (const QuoteFinding& f : r.findings) {
      if (f.diagnostic.path == "/events/1/evidence/0/quote") found = &f;
    }
    ASSERT_NE(found, nullptr) << c.quote << "\n" << dump;
    EXPECT_NE(found->diagnostic.message.find(c.expect), std::string::npos)
        << c.quote << "\n" << found->diagnostic.message;
    EXPECT_NE(found->nearest.find("landed just as talks began"), std::string::npos) << found->nearest;
  }
}

TEST(QuoteCheck, EvidenceIsCheckedWhereverItOccurs) {
  const char* const paths[] = {
      "/suspects/0/assessment/evidence/0/quote", "/suspects/1/assessment/evidence/0/quote",
      "/links/0/evidence/0/quote",               "/links/1/evidence/0/quote",
      "/events/0/evidence/0/quote",              "/events/1/evidence/0/quote",
      "/goals/0/evidence/0/quote",               "/reactions/0/evidence/0/quote",
  };
  for (const char* path : paths) {
    json story = Minimal();
    const json::json_pointer pointer(path);
    const std::string original = story[pointer].get<std::string>();
    story[pointer] = "Nobody wrote this. " + original;
    const std::string text = Loadable(story);
    const QuoteCheckResult r = CheckQuotes(text, "article", kArticle);
    ASSERT_EQ(r.findings.size(), 1u) << path << "\n" << Dump(r);
    EXPECT_EQ(r.findings[0].diagnostic.path, path);
    const At at = Locate(text, "\"Nobody wrote this. ");
    EXPECT_EQ(r.findings[0].diagnostic.line, at.line) << path;
    EXPECT_EQ(r.findings[0].diagnostic.column, at.column) << path;
    // The passage lines up with the whole quote, so it may take in a word before the original.
    EXPECT_NE(r.findings[0].nearest.find(original), std::string::npos) << path << ": " << r.findings[0].nearest;
  }
}

TEST(QuoteCheck, PathsAreTheFilesEvenWhereTheLoaderReordersEvents) {
  json story = Minimal();
  std::swap(story["events"][0], story["events"][1]);  // the loader sorts them back by date
  story["events"][0]["evidence"][0]["quote"] = "The leak landed right as talks began.";
  const std::string text = Text(story);
  const LoadResult loaded = LoadStory(text);
  ASSERT_TRUE(loaded.ok());
  ASSERT_EQ(loaded.story.events[1].id, "leak");  // index 1 in the model, 0 in the file
  const QuoteCheckResult r = CheckQuotes(text, "article", kArticle);
  ASSERT_EQ(r.findings.size(), 1u) << Dump(r);
  EXPECT_EQ(r.findings[0].diagnostic.path, "/events/0/evidence/0/quote");
  EXPECT_EQ(r.findings[0].diagnostic.line, Locate(text, "\"The leak landed right").line);
}

TEST(QuoteCheck, FindingsAreInDocumentOrderAndCountedPerSource) {
  json story = Minimal();
  story["reactions"][0]["evidence"][0]["quote"] = "This is hybrid war.";
  story["suspects"][0]["assessment"]["evidence"][0]["quote"] = "This has the most traction.";
  story["links"][1]["evidence"].push_back(
      {{"quote", "Some say so, too."}, {"source", "article"}, {"kind", "analysis"}});
  const QuoteCheckResult r = CheckQuotes(Loadable(story), "article", kArticle);
  ASSERT_EQ(r.findings.size(), 3u) << Dump(r);
  // nlohmann writes members in key order, so in this file links come first and suspects last.
  EXPECT_EQ(r.findings[0].diagnostic.path, "/links/1/evidence/1/quote");
  EXPECT_EQ(r.findings[1].diagnostic.path, "/reactions/0/evidence/0/quote");
  EXPECT_EQ(r.findings[2].diagnostic.path, "/suspects/0/assessment/evidence/0/quote");
  EXPECT_LT(r.findings[0].diagnostic.line, r.findings[1].diagnostic.line);
  EXPECT_LT(r.findings[1].diagnostic.line, r.findings[2].diagnostic.line);
  EXPECT_EQ(r.checked, 9);
  EXPECT_EQ(r.found, 6);
}

TEST(QuoteCheck, QuotesOfOtherSourcesAreNotChecked) {
  json story = Minimal();
  story["sources"].push_back({{"id", "interview"}, {"title", "An interview"}, {"author", "A. Reporter"},
                              {"kind", "news"}});
  story["links"][0]["evidence"].push_back({{"quote", "We never said that."},
                                           {"source", "interview"},
                                           {"kind", "attributed"},
                                           {"speaker", "A spokesman"}});
  const std::string text = Loadable(story);

  const QuoteCheckResult article = CheckQuotes(text, "article", kArticle);
  EXPECT_TRUE(article.ok()) << Dump(article);
  EXPECT_EQ(article.checked, 8);

  const QuoteCheckResult interview = CheckQuotes(text, "interview", "Q: Did you? A: We never said that.");
  EXPECT_TRUE(interview.ok()) << Dump(interview);
  EXPECT_EQ(interview.checked, 1);
  EXPECT_EQ(interview.found, 1);

  const QuoteCheckResult wrong = CheckQuotes(text, "interview", kArticle);
  ASSERT_EQ(wrong.findings.size(), 1u) << Dump(wrong);
  EXPECT_EQ(wrong.findings[0].diagnostic.path, "/links/0/evidence/1/quote");
}

TEST(QuoteCheck, AnUnknownSourceIdIsAnErrorListingTheKnownOnes) {
  const QuoteCheckResult r = CheckQuotes(test::kMinimalStory, "artcle", kArticle);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].message, "the story has no source \"artcle\" (its sources: \"article\")");
  EXPECT_TRUE(r.findings.empty());
  EXPECT_EQ(r.checked, 0);
  EXPECT_FALSE(r.ok());
}

TEST(QuoteCheck, PositionsMatchTheLoadersAfterAByteOrderMark) {
  json story = Minimal();
  story["goals"][0]["evidence"][0]["quote"] = "The timing is an accident.";
  const std::string text = Text(story);
  const QuoteCheckResult plain = CheckQuotes(text, "article", kArticle);
  const QuoteCheckResult with_bom = CheckQuotes("\xEF\xBB\xBF" + text, "article", "\xEF\xBB\xBF" + std::string(kArticle));
  ASSERT_EQ(plain.findings.size(), 1u);
  ASSERT_EQ(with_bom.findings.size(), 1u);
  EXPECT_EQ(with_bom.findings[0].diagnostic.line, plain.findings[0].diagnostic.line);
  EXPECT_EQ(with_bom.findings[0].diagnostic.column, plain.findings[0].diagnostic.column);
  // The passage's offset is in the source text as given, BOM included.
  EXPECT_EQ(with_bom.findings[0].nearest_offset, plain.findings[0].nearest_offset + 3);
  EXPECT_EQ(plain.findings[0].nearest, "The timing is no accident.");
}

// ---- edge inputs ------------------------------------------------------------------------------

TEST(QuoteCheck, AnEmptySourceTextFindsNothingAndSaysWhy) {
  const QuoteCheckResult r = CheckQuotes(test::kMinimalStory, "article", "");
  EXPECT_EQ(r.checked, 8);
  EXPECT_EQ(r.found, 0);
  ASSERT_EQ(r.findings.size(), 8u);
  for (const QuoteFinding& f : r.findings) {
    EXPECT_NE(f.diagnostic.message.find("the source text is empty"), std::string::npos);
    EXPECT_TRUE(f.nearest.empty());
  }
  EXPECT_EQ(CheckQuotes(test::kMinimalStory, "article", " \n\xC2\xA0\t").found, 0);
}

TEST(QuoteCheck, AQuoteLongerThanTheSource) {
  const QuoteCheckResult r = CheckQuotes(test::kMinimalStory, "article", "talks began");
  EXPECT_EQ(r.found, 0);
  ASSERT_EQ(r.findings.size(), 8u);
  const QuoteFinding& leak = r.findings[5];
  EXPECT_EQ(leak.diagnostic.path, "/events/1/evidence/0/quote");
  EXPECT_EQ(leak.nearest, "talks began");
  // No word in common: no passage to show.
  EXPECT_TRUE(r.findings[1].nearest.empty());
  EXPECT_NE(r.findings[1].diagnostic.message.find("no word of the quote occurs in the source"),
            std::string::npos);
}

TEST(QuoteCheck, InvalidUtf8InTheSourceIsComparedAsBytesAndNeverShown) {
  std::string source = kArticle;
  source.insert(0, "\xFF\xFE\xC3 \x80 \xED\xA0\x80 \xF4\x90\x80\x80 \xE2\x80\n");
  source += "\xC3";  // cut short at the very end
  const QuoteCheckResult clean = CheckQuotes(test::kMinimalStory, "article", source);
  EXPECT_TRUE(clean.ok()) << Dump(clean);
  EXPECT_EQ(clean.found, 8);

  // A quote next to invalid bytes: found when they match byte for byte; otherwise the message
  // shows U+FFFD for them, so it stays valid UTF-8.
  // (Invalid bytes count as letters: a quote cannot start right after one.)
  source = "Before \xFF The timing is no\xC2 accident. After.";
  EXPECT_TRUE(QuoteIsInSource("The timing is no\xC2 accident.", source));
  EXPECT_TRUE(QuoteIsInSource("\xFF The timing", source));
  EXPECT_FALSE(QuoteIsInSource("The timing", "\xFFThe timing"));
  json story = Minimal();
  const QuoteCheckResult r = CheckQuotes(Text(story), "article", source);
  const QuoteFinding* goal = nullptr;
  for (const QuoteFinding& f : r.findings) {
    if (f.diagnostic.path == "/goals/0/evidence/0/quote") goal = &f;
  }
  ASSERT_NE(goal, nullptr) << Dump(r);
  EXPECT_EQ(goal->nearest, "The timing is no\xEF\xBF\xBD accident.");
}

TEST(QuoteCheck, TextThatDoesNotLoadIsAnErrorNotACrash) {
  const std::string not_utf8 = "{\"sources\": [{\"id\": \"article\"}], \"x\": \"\xFF\"}";
  const std::string inputs[] = {"", "{", "[]", "null", std::string("{\"a\": 1}\0{", 10), not_utf8,
                                std::string(100000, '['), std::string("{\"sources\": 5}")};
  for (const std::string& input : inputs) {
    const QuoteCheckResult r = CheckQuotes(input, "article", kArticle);
    EXPECT_EQ(r.errors.size(), 1u);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.checked, 0);
  }
}

// Builds `words` pseudo-random words from a small vocabulary (a fixed linear congruential
// sequence, so every run is the same), with sentence punctuation and line breaks.
std::string Filler(size_t words, uint32_t seed) {
  static const char* const kVocabulary[] = {"the", "leak", "of", "a", "call", "between", "envoys",
                                            "Moscow", "Washington", "talks", "peace", "plan", "said",
                                            "officials", "Europe", "sources", "audio", "week"};
  std::string out;
  uint32_t state = seed;
  for (size_t i = 0; i < words; ++i) {
    state = state * 1664525u + 1013904223u;
    out += kVocabulary[(state >> 16) % (sizeof kVocabulary / sizeof *kVocabulary)];
    out += (state & 0xF) == 0 ? ".\n" : (state & 0xF) == 1 ? ", " : " ";
  }
  return out;
}

TEST(QuoteCheck, AHugeSourceStillGivesTheRightPassage) {
  // About 4 MB of text made of the same common words as the quote, with the passage planted in
  // the middle: the vote for the right alignment has to stand out of a great deal of noise.
  const std::string passage =
      "The leak landed just as talks began, officials said, and the audio of the call between the "
      "envoys spread across Europe within the week; Moscow said the peace plan was sabotaged.";
  const std::string source = Filler(300000, 1) + passage + " " + Filler(300000, 2);
  ASSERT_GT(source.size(), 3000000u);
  json story = Minimal();
  std::string quote = passage;
  quote.replace(quote.find("sabotaged"), 9, "wrecked");
  story["events"][1]["evidence"][0]["quote"] = quote;
  const QuoteCheckResult r = CheckQuotes(Text(story), "article", source, "huge.txt");
  const QuoteFinding* leak = nullptr;
  for (const QuoteFinding& f : r.findings) {
    if (f.diagnostic.path == "/events/1/evidence/0/quote") leak = &f;
  }
  ASSERT_NE(leak, nullptr) << Dump(r);
  EXPECT_EQ(leak->nearest, passage);
  EXPECT_NE(leak->diagnostic.message.find("the quote has \xE2\x80\x9Cwrecked\xE2\x80\x9D, the source "
                                          "\xE2\x80\x9Csabotaged\xE2\x80\x9D"),
            std::string::npos)
      << leak->diagnostic.message;

  // And the unchanged passage is found.
  story["events"][1]["evidence"][0]["quote"] = passage;
  const QuoteCheckResult again = CheckQuotes(Text(story), "article", source);
  for (const QuoteFinding& f : again.findings) EXPECT_NE(f.diagnostic.path, "/events/1/evidence/0/quote");
}

TEST(QuoteCheck, RepetitiveTextDoesNotDefeatTheSearch) {
  // Worst cases for a naive substring search and for the word index: a pattern repeated, and
  // one word repeated. (Knuth–Morris–Pratt is linear; the word is too common to vote.)
  std::string as;
  for (int i = 0; i < 500000; ++i) as += "a ";
  std::string quote;
  for (int i = 0; i < 199; ++i) quote += "a ";
  EXPECT_FALSE(QuoteIsInSource(quote + "c", as + "b"));
  EXPECT_TRUE(QuoteIsInSource(quote + "b", as + "b"));
  EXPECT_FALSE(QuoteIsInSource(std::string(400, 'a'), std::string(1 << 20, 'a')));  // mid-word
  std::string words;
  for (int i = 0; i < 100000; ++i) words += "peace ";
  json story = Minimal();
  story["links"][0]["evidence"][0]["quote"] = "peace peace peace war peace";
  const QuoteCheckResult r = CheckQuotes(Text(story), "article", words);
  EXPECT_EQ(r.found, 0);
  EXPECT_EQ(r.findings.size(), 8u);
}

// ---- the bundled story against its article ------------------------------------------------------

TEST(QuoteCheck, EveryQuoteOfTheBundledStoryIsInItsArticle) {
  std::ifstream in(MM_ARTICLE_TEXT, std::ios::binary);
  if (!in.good()) {
    // The article's text is not ours to commit: it is only in the workplace's shared folder.
    GTEST_SKIP() << "the article text is not at " << MM_ARTICLE_TEXT
                 << " (set the CMake cache entry MM_ARTICLE_TEXT to its path)";
  }
  const std::string article((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(article.empty());

  const std::string story_path = MM_SOURCE_DIR "/assets/stories/witkoff-call-leak.json";
  std::ifstream story_in(story_path, std::ios::binary);
  ASSERT_TRUE(story_in.good()) << story_path;
  const std::string text((std::istreambuf_iterator<char>(story_in)), std::istreambuf_iterator<char>());
  const LoadResult loaded = LoadStory(text);
  ASSERT_TRUE(loaded.ok());
  const Story& story = loaded.story;

  const QuoteCheckResult r = CheckQuotes(text, "article", article, "source-article.txt");
  EXPECT_TRUE(r.ok()) << Dump(r);
  EXPECT_EQ(r.found, r.checked);

  // The walk over the JSON meets exactly the evidence the loader read, and the bundled story
  // keeps the article's typography byte for byte (stricter than the check requires).
  int in_model = 0;
  const auto each = [&](const std::vector<Evidence>& list) {
    for (const Evidence& e : list) {
      if (e.source_id != "article") continue;
      ++in_model;
      EXPECT_NE(article.find(e.quote), std::string::npos) << "not byte for byte: " << e.quote;
    }
  };
  for (const Suspect& x : story.suspects) each(x.assessment.evidence);
  for (const Link& x : story.links) each(x.evidence);
  for (const Event& x : story.events) each(x.evidence);
  for (const Goal& x : story.goals) each(x.evidence);
  for (const Reaction& x : story.reactions) each(x.evidence);
  EXPECT_GT(in_model, 0);
  EXPECT_EQ(r.checked, in_model);

  // The source's title is the article's headline, exactly.
  ASSERT_FALSE(story.sources.empty());
  EXPECT_NE(article.find(story.sources[0].title), std::string::npos) << story.sources[0].title;
}

}  // namespace
}  // namespace mm
