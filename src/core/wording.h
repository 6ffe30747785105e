// wording.h — the explainer's own words: every fixed phrase that the canvas, the text version
// and the spoken descriptions use, in one table, and the story's names for its act and its
// sources that those phrases are built around.
//
// No phrase names a particular story's act ("the leak") or kind of source ("the article"): a
// phrase says {act} and {sources}, and each story supplies them (Story::wording, or defaults
// derived from its sources, see StoryNames). The phrases themselves are in the interface
// locale's file (locale.h: assets/locales/<tag>.json, plain keys such as "detail.not_argued").
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

#include "calendar.h"

namespace mm {

struct Story;
enum class EvidenceKind : uint8_t;
enum class EventKind : uint8_t;
enum class SourceKind : uint8_t;

// How a story names its act and its sources in running text, with the defaults filled in.
struct StoryNames {
  std::string act;              // "the leak", "the blasts"; default "the act"
  std::string sources;          // "the article", "the reports"; default from `sources`
  bool sources_plural = false;  // "the sources say" rather than "the article says"
};
// The story's own names where it gives them and the interface speaks the story's language;
// otherwise the locale's: one opinion source → "the article", one news source → "the report",
// one official source → "the official account", one analysis → "the analysis", any other single
// source → "the source", several sources → "the sources" (in English).
StoryNames ResolveStoryNames(const Story& story);

// A named value for a phrase's {placeholder}.
// (Views, not strings: a call site's temporaries live until the phrase is built, and the wasm
// carries no string copy per argument.)
struct PhraseArg {
  std::string_view name;
  std::string_view value;
};

class Words {
 public:
  explicit Words(const Story& story);
  explicit Words(StoryNames names);

  // The phrase for `key`, in the form that agrees with the sources' grammatical number, with
  // its placeholders filled: {act} {Act} {ACT}, {sources} {Sources} {SOURCES}, the possessive
  // {sources_pos} {Sources_pos} ("the article’s", "the sources’"), and the named `args`. An
  // unknown key comes back as "⟦key⟧", which the tests look for.
  std::string operator()(std::string_view key, std::initializer_list<PhraseArg> args = {}) const;
  // The same, in the plural form (CLDR category of the interface language) for the count `n`.
  std::string operator()(std::string_view key, std::initializer_list<PhraseArg> args, size_t n) const;
  // "1 quote", "3 quotes": `noun_key` is "count.quote", "count.motive", ….
  std::string Count(std::string_view noun_key, size_t n) const;

  std::string EvidenceKindLabel(EvidenceKind k) const;  // "Reported fact", "The article’s analysis"
  std::string EventKindLabel(EventKind k) const;        // "The leak", "Context", "Reaction"
  std::string SourceKindLabel(SourceKind k) const;      // "Opinion piece", "News report", …
  std::string StrengthLabel(int strength) const;        // "Strong: asserted as clear", "Argued", …
  std::string StrengthWord(int strength) const;         // "strong", "argued", "weak"
  // The date at the precision it was given: "25 Nov 2025", "June 1999", "1994", and
  // "around June 1999" when it is approximate.
  std::string DateText(const Date& date) const;
  // The same, compact, for tight places (timeline cards, the phone's date column): "Jun 1999",
  // "c. 25 Nov 2025".
  std::string ShortDateText(const Date& date) const;

  // Axis ticks: "25 Nov", "Nov".
  std::string DayMonth(int day, int month) const;
  std::string MonthShort(int month) const;

  const StoryNames& names() const { return names_; }

 private:
  std::string Fill(std::string_view text, std::initializer_list<PhraseArg> args) const;
  std::string DateWords(const Date& date, bool compact) const;
  StoryNames names_;
  const struct Locale* locale_;
};

// Whether English has `key` (for tests).
bool HasPhrase(std::string_view key);

// Capitals for a kicker: ASCII, Latin-1, Latin Extended-A and Cyrillic letters (the characters
// the canvas can draw); everything else is kept as it is.
std::string UpperCase(std::string_view text);
// The first letter in lower case ("The article’s analysis" → "the article’s analysis"), for a
// label used inside a sentence. (German nouns keep their capital: its labels begin with adjectives.)
std::string LowerFirst(std::string_view text);

}  // namespace mm
