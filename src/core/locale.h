// locale.h — the interface's language: a locale file (assets/locales/<tag>.json, flat keys) read
// into a table, CLDR plural categories for counts, and the choice of a locale for a language tag.
//
// English is built in (cmake/EnglishLocale.cmake embeds assets/locales/en.json), so an English
// story costs its readers no extra download; the page fetches another locale's file only when it
// is used and hands it to SetInterfaceLocale. wording.h's Words read whatever is set.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mm {

// CLDR plural categories (https://cldr.unicode.org, "Language Plural Rules"), for whole numbers.
enum class PluralCategory : uint8_t { Zero, One, Two, Few, Many, Other };
const char* ToString(PluralCategory c);  // "zero" … "other": the form names in locale files
// The category of the whole number n in `language` (a BCP 47 tag; only the language subtag
// counts). Rules for en, de, fr, es, pt, uk, pl, ru; other languages get English's.
PluralCategory CldrPluralCategory(std::string_view language, int64_t n);

struct Locale {
  std::string tag;   // "en", "pt-BR"
  bool rtl = false;  // "locale.dir": "rtl"
  // key → its forms. A plain phrase has the one form "" ; a phrase that agrees with the number of
  // the sources has "singular"/"plural"; a count has CLDR categories ("one", "few", "other"…).
  std::unordered_map<std::string, std::vector<std::pair<std::string, std::string>>> phrases;

  // The text of `key` in `form`, else in "other", else its first form; nullptr if no such key.
  const std::string* Find(std::string_view key, std::string_view form = {}) const;
};

// Reads a locale file: one JSON object whose values are strings, or objects of form → string.
// False, with a message that names the line:column or key, for anything else.
bool ParseLocale(std::string_view tag, std::string_view json, Locale* out, std::string* error);

// Reads <dir>/<tag>.json (the native tool's way; the page fetches the file instead).
bool LoadLocaleFile(const std::string& dir, const std::string& tag, Locale* out, std::string* error);

const Locale& EnglishLocale();  // built in
// The interface language of this process (the page shows one interface); English until set.
const Locale& InterfaceLocale();
void SetInterfaceLocale(std::shared_ptr<const Locale> locale);  // nullptr: back to English
// Counts SetInterfaceLocale calls, so that text measured in one language is not reused in another.
uint64_t InterfaceLocaleGeneration();

// The locales this build ships (assets/locales/): "en" first.
const std::vector<std::string>& ShippedLocales();
// The shipped locale for a requested BCP 47 tag: an exact match (case-insensitive), else the
// same language ("de-AT" → "de", "pt-PT" → "pt-BR"), else "en". `*exact` says whether the
// request was met without falling back to another language (for the one console warning).
std::string MatchLocale(std::string_view requested, bool* same_language = nullptr);

// Whether a language is written right to left (Arabic, Hebrew, Persian, Urdu, …).
bool IsRightToLeftLanguage(std::string_view language_tag);
// "pt-BR" → "pt".
std::string PrimaryLanguage(std::string_view tag);

}  // namespace mm
