// locale.cpp — locale files, CLDR plural categories and locale matching (locale.h).
#include "locale.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "load/strict_json.h"

namespace mm {

extern const char kEnglishLocaleJson[];  // generated from assets/locales/en.json (cmake/EnglishLocale.cmake)

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return (char)std::tolower(c); });
  return out;
}

std::shared_ptr<const Locale>& Current() {
  static std::shared_ptr<const Locale> current;
  return current;
}

}  // namespace

const char* ToString(PluralCategory c) {
  switch (c) {
    case PluralCategory::Zero: return "zero";
    case PluralCategory::One: return "one";
    case PluralCategory::Two: return "two";
    case PluralCategory::Few: return "few";
    case PluralCategory::Many: return "many";
    case PluralCategory::Other: return "other";
  }
  return "other";
}

// The CLDR rules for integers (v = 0, e = 0): i is n itself.
PluralCategory CldrPluralCategory(std::string_view language, int64_t n) {
  const std::string lang = PrimaryLanguage(language);
  const int64_t i = n < 0 ? -n : n;
  const int64_t mod10 = i % 10, mod100 = i % 100;
  if (lang == "uk" || lang == "ru") {
    if (mod10 == 1 && mod100 != 11) return PluralCategory::One;
    if (mod10 >= 2 && mod10 <= 4 && !(mod100 >= 12 && mod100 <= 14)) return PluralCategory::Few;
    return PluralCategory::Many;
  }
  if (lang == "pl") {
    if (i == 1) return PluralCategory::One;
    if (mod10 >= 2 && mod10 <= 4 && !(mod100 >= 12 && mod100 <= 14)) return PluralCategory::Few;
    return PluralCategory::Many;
  }
  // fr and pt: "one" for 0 and 1. fr, es, pt: "many" for a non-zero multiple of a million.
  const bool million = i != 0 && i % 1000000 == 0;
  if (lang == "fr" || lang == "pt") {
    if (i == 0 || i == 1) return PluralCategory::One;
    return million ? PluralCategory::Many : PluralCategory::Other;
  }
  if (lang == "es") {
    if (i == 1) return PluralCategory::One;
    return million ? PluralCategory::Many : PluralCategory::Other;
  }
  return i == 1 ? PluralCategory::One : PluralCategory::Other;  // en, de and the default
}

const std::string* Locale::Find(std::string_view key, std::string_view form) const {
  const auto it = phrases.find(std::string(key));
  if (it == phrases.end() || it->second.empty()) return nullptr;
  for (const auto& [name, text] : it->second)
    if (name == form) return &text;
  for (const auto& [name, text] : it->second)
    if (name == "other") return &text;
  return &it->second.front().second;
}

bool ParseLocale(std::string_view tag, std::string_view text, Locale* out, std::string* error) {
  using json = nlohmann::json;
  // The loader's parser, not json::parse: one JSON reader in the wasm, not two (2.7 KB brotli).
  const load::StrictJson parsed = load::ParseStrictJson(text, 4);
  const json& root = parsed.root;
  const auto fail = [&](const std::string& message) {
    if (error) *error = std::string(tag) + ": " + message;
    return false;
  };
  if (parsed.failed) return fail("not valid JSON (" + parsed.error + ")");
  if (!root.is_object()) return fail("a locale file is one JSON object of keys");
  Locale locale;
  locale.tag = std::string(tag);
  for (auto it = root.begin(); it != root.end(); ++it) {
    std::vector<std::pair<std::string, std::string>> forms;
    if (const auto* s = it.value().get_ptr<const json::string_t*>()) {
      forms.emplace_back("", *s);
    } else if (it.value().is_object() && !it.value().empty()) {
      for (auto f = it.value().begin(); f != it.value().end(); ++f) {
        const auto* s = f.value().get_ptr<const json::string_t*>();
        if (!s) return fail("\"" + it.key() + "\"/\"" + f.key() + "\" is not a string");
        forms.emplace_back(f.key(), *s);
      }
    } else {
      return fail("\"" + it.key() + "\" is neither a string nor an object of forms");
    }
    locale.phrases.emplace(it.key(), std::move(forms));
  }
  if (const std::string* dir = locale.Find("locale.dir")) locale.rtl = *dir == "rtl";
  *out = std::move(locale);
  return true;
}

bool LoadLocaleFile(const std::string& dir, const std::string& tag, Locale* out, std::string* error) {
  const std::string path = dir + "/" + tag + ".json";
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (error) *error = path + ": cannot read the locale file";
    return false;
  }
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return ParseLocale(tag, text, out, error);
}

const Locale& EnglishLocale() {
  static const Locale english = [] {
    Locale l;
    std::string error;
    // The file is ours and tested (locale_test.cpp); an empty table would show "⟦key⟧" everywhere.
    if (!ParseLocale("en", kEnglishLocaleJson, &l, &error)) l.tag = "en";
    return l;
  }();
  return english;
}

const Locale& InterfaceLocale() {
  const auto& current = Current();
  return current ? *current : EnglishLocale();
}

namespace {
uint64_t g_locale_generation = 0;
}  // namespace

void SetInterfaceLocale(std::shared_ptr<const Locale> locale) {
  Current() = std::move(locale);
  ++g_locale_generation;
}

uint64_t InterfaceLocaleGeneration() { return g_locale_generation; }

const std::vector<std::string>& ShippedLocales() {
  static const std::vector<std::string> shipped = {"en", "de", "fr", "es", "pt-BR", "uk"};
  return shipped;
}

std::string PrimaryLanguage(std::string_view tag) { return Lower(tag.substr(0, tag.find('-'))); }

std::string MatchLocale(std::string_view requested, bool* same_language) {
  const std::string want = Lower(requested);
  const std::string lang = PrimaryLanguage(requested);
  if (same_language) *same_language = true;
  for (const std::string& tag : ShippedLocales())
    if (Lower(tag) == want) return tag;
  for (const std::string& tag : ShippedLocales())
    if (PrimaryLanguage(tag) == lang) return tag;
  if (same_language) *same_language = false;
  return "en";
}

bool IsRightToLeftLanguage(std::string_view language_tag) {
  static const char* const kRtl[] = {"ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"};
  const std::string lang = PrimaryLanguage(language_tag);
  return std::any_of(std::begin(kRtl), std::end(kRtl), [&](const char* l) { return lang == l; });
}

}  // namespace mm
