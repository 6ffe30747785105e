// wording.cpp — the phrase table and the substitution that fills in a story's names (wording.h).
#include "wording.h"

#include <algorithm>
#include <vector>

#include "locale.h"
#include "story.h"
#include "utf8.h"

namespace mm {
namespace {

// The text of `key` in `form` from the interface locale, else from English (a shipped locale has
// every English key: locale_test.cpp), else nullptr.
const std::string* Lookup(const Locale& locale, std::string_view key, std::string_view form) {
  if (const std::string* text = locale.Find(key, form)) return text;
  return &locale == &EnglishLocale() ? nullptr : EnglishLocale().Find(key, form);
}

std::string Missing(std::string_view key) { return "\xE2\x9F\xA6" + std::string(key) + "\xE2\x9F\xA7"; }

uint32_t UpperOf(uint32_t cp) {
  if (cp >= 'a' && cp <= 'z') return cp - 32;
  if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) return cp - 32;             // Latin-1
  if (cp >= 0x100 && cp <= 0x17F) {                                        // Latin Extended-A
    const bool odd_lower = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    if (odd_lower ? (cp % 2 == 0) : (cp % 2 == 1)) {
      if (cp != 0x131 && cp != 0x138 && cp != 0x149 && cp != 0x17F) return cp - 1;
    }
    return cp;
  }
  if (cp >= 0x430 && cp <= 0x44F) return cp - 32;                          // Cyrillic а–я
  if (cp >= 0x450 && cp <= 0x45F) return cp - 80;                          // ѐ–џ
  return cp;
}

uint32_t LowerOf(uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;              // Latin-1
  if (cp >= 0x100 && cp <= 0x17F) return UpperOf(cp + 1) == cp ? cp + 1 : cp;  // Latin Extended-A pairs
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;                          // Cyrillic А–Я
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;                          // Ѐ–Џ
  return cp;
}

std::string Capitalised(std::string_view s) {
  if (s.empty()) return {};
  size_t i = 0;
  const uint32_t first = NextCodepoint(s, i);
  std::string out;
  AppendUtf8(out, UpperOf(first));
  out.append(s.substr(i));
  return out;
}

// "the article" → "the article’s"; "the sources" → "the sources’".
std::string Possessive(std::string_view noun, bool plural) {
  std::string out(noun);
  out += plural && !noun.empty() && noun.back() == 's' ? "\xE2\x80\x99" : "\xE2\x80\x99s";
  return out;
}


}  // namespace

StoryNames ResolveStoryNames(const Story& story) {
  const Locale& locale = InterfaceLocale();
  const auto word = [&](const std::string& key) {
    const std::string* text = Lookup(locale, key, "");
    return text ? *text : std::string();
  };
  // The story's own names are in the story's language: used when the interface speaks it too;
  // in another interface language the locale's general names read better than a foreign phrase.
  const bool same_language =
      story.language.empty() || PrimaryLanguage(story.language) == PrimaryLanguage(locale.tag);
  StoryNames names;
  names.act = same_language && !story.wording.act.empty() ? story.wording.act : word("default.act");
  const bool own_sources = same_language && !story.wording.sources.empty();
  names.sources_plural = own_sources && story.wording.sources_plural_given ? story.wording.sources_plural
                                                                            : story.sources.size() > 1;
  if (own_sources) {
    names.sources = story.wording.sources;
  } else if (story.sources.size() == 1) {
    names.sources = word(std::string("default.sources.") + ToString(story.sources[0].kind));
  } else {
    names.sources = word("default.sources.several");
  }
  return names;
}

Words::Words(const Story& story) : names_(ResolveStoryNames(story)), locale_(&InterfaceLocale()) {}
Words::Words(StoryNames names) : names_(std::move(names)), locale_(&InterfaceLocale()) {}

std::string Words::operator()(std::string_view key, std::initializer_list<PhraseArg> args) const {
  const std::string* found = Lookup(*locale_, key, names_.sources_plural ? "plural" : "singular");
  return found ? Fill(*found, args) : Missing(key);
}

std::string Words::operator()(std::string_view key, std::initializer_list<PhraseArg> args, size_t n) const {
  const std::string* found = Lookup(*locale_, key, ToString(CldrPluralCategory(locale_->tag, static_cast<int64_t>(n))));
  return found ? Fill(*found, args) : Missing(key);
}

std::string Words::Fill(std::string_view text, std::initializer_list<PhraseArg> args) const {
  std::string out;
  out.reserve(text.size() + 32);
  size_t i = 0;
  while (i < text.size()) {
    const size_t open = text.find('{', i);
    const size_t close = open == std::string_view::npos ? open : text.find('}', open);
    if (close == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, open - i));
    const std::string_view name = text.substr(open + 1, close - open - 1);
    if (name == "act") out += names_.act;
    else if (name == "Act") out += Capitalised(names_.act);
    else if (name == "ACT") out += UpperCase(names_.act);
    else if (name == "sources") out += names_.sources;
    else if (name == "Sources") out += Capitalised(names_.sources);
    else if (name == "SOURCES") out += UpperCase(names_.sources);
    else if (name == "sources_pos") out += Possessive(names_.sources, names_.sources_plural);
    else if (name == "Sources_pos") out += Capitalised(Possessive(names_.sources, names_.sources_plural));
    else {
      bool found = false;
      for (const PhraseArg& arg : args) {
        if (arg.name == name) {
          out += arg.value;
          found = true;
          break;
        }
      }
      if (!found) out.append(text.substr(open, close - open + 1));  // left visible for the tests
    }
    i = close + 1;
  }
  return out;
}

std::string Words::Count(std::string_view noun_key, size_t n) const {
  return (*this)(noun_key, {{"n", std::to_string(n)}}, n);
}

std::string Words::EvidenceKindLabel(EvidenceKind k) const {
  switch (k) {
    case EvidenceKind::ReportedFact: return (*this)("evidence.fact");
    case EvidenceKind::Attributed: return (*this)("evidence.attributed");
    case EvidenceKind::Analysis: return (*this)("evidence.analysis");
  }
  return (*this)("evidence.analysis");
}

std::string Words::EventKindLabel(EventKind k) const {
  switch (k) {
    case EventKind::Act: return (*this)("event.act");
    case EventKind::Context: return (*this)("event.context");
    case EventKind::Reaction: return (*this)("event.reaction");
  }
  return (*this)("event.context");
}

std::string Words::SourceKindLabel(SourceKind k) const { return (*this)(std::string("source.") + ToString(k)); }

std::string Words::StrengthLabel(int strength) const {
  return (*this)(strength <= 1 ? "strength.label.1" : strength == 2 ? "strength.label.2" : "strength.label.3");
}

std::string Words::StrengthWord(int strength) const {
  return (*this)(strength <= 1 ? "strength.word.1" : strength == 2 ? "strength.word.2" : "strength.word.3");
}

std::string Words::DateText(const Date& date) const { return DateWords(date, false); }
std::string Words::ShortDateText(const Date& date) const { return DateWords(date, true); }

std::string Words::DateWords(const Date& date, bool compact) const {
  if (date.month < 1 || date.month > 12) return date.Iso();  // not a valid story date: show what we have
  const std::string m = std::to_string(date.month);
  const std::string y = std::to_string(date.year);
  std::string text;
  if (date.precision == DatePrecision::Year) {
    text = (*this)("date.year", {{"y", y}});
  } else if (date.precision == DatePrecision::Month) {
    text = compact ? (*this)("date.month_compact", {{"mon", (*this)("date.month_short." + m)}, {"y", y}})
                   : (*this)("date.month", {{"month", (*this)("date.month." + m)}, {"y", y}});
  } else {
    text = (*this)("date.day", {{"d", std::to_string(date.day)}, {"mon", (*this)("date.month_short." + m)}, {"y", y}});
  }
  if (!date.approximate) return text;
  return (*this)(compact ? "date.around_short" : "date.around", {{"date", text}});
}

std::string Words::DayMonth(int day, int month) const {
  return (*this)("date.day_month", {{"d", std::to_string(day)}, {"mon", (*this)("date.month_short." + std::to_string(month))}});
}

std::string Words::MonthShort(int month) const { return (*this)("date.month_short." + std::to_string(month)); }

bool HasPhrase(std::string_view key) { return EnglishLocale().Find(key) != nullptr; }

std::string LowerFirst(std::string_view text) {
  if (text.empty()) return {};
  size_t i = 0;
  const uint32_t first = NextCodepoint(text, i);
  std::string out;
  AppendUtf8(out, LowerOf(first));
  out.append(text.substr(i));
  return out;
}

std::string UpperCase(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) AppendUtf8(out, UpperOf(NextCodepoint(text, i)));
  return out;
}

}  // namespace mm
