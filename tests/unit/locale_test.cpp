// locale_test.cpp — the interface languages: every shipped locale file has exactly English's
// keys, the same placeholders, the plural forms its language needs, and only characters the
// canvas can draw; CLDR plural categories; choosing a locale for a language tag.
#include "core/locale.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <string>

#include "core/glyph_coverage.h"
#include "core/story.h"
#include "core/wording.h"

namespace mm {
namespace {

std::string ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Locale LoadShipped(const std::string& tag) {
  const std::string path = std::string(MM_SOURCE_DIR) + "/assets/locales/" + tag + ".json";
  const std::string text = ReadText(path);
  Locale locale;
  std::string error;
  EXPECT_FALSE(text.empty()) << "missing " << path;
  EXPECT_TRUE(ParseLocale(tag, text, &locale, &error)) << error;
  return locale;
}

std::set<std::string> Placeholders(const std::string& text) {
  std::set<std::string> names;
  static const std::regex re("\\{([A-Za-z_]+)\\}");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it)
    names.insert((*it)[1]);
  return names;
}

// Names a translation may use for the story's nouns in any form, whatever English uses: the
// possessive is an English construction, so other languages choose their own.
const std::set<std::string> kStoryNouns = {"act", "Act", "ACT", "sources", "Sources", "SOURCES", "sources_pos",
                                           "Sources_pos"};

TEST(Locale, EnglishIsBuiltInAndComplete) {
  const Locale& en = EnglishLocale();
  EXPECT_EQ(en.tag, "en");
  EXPECT_GT(en.phrases.size(), 150u);
  // The built-in table is assets/locales/en.json without the page's own words (page.*, alert.*),
  // which publishing writes into the page instead (cmake/EnglishLocale.cmake).
  const Locale file = LoadShipped("en");
  size_t page_words = 0;
  for (const auto& [key, forms] : file.phrases) {
    const bool page = key.rfind("page.", 0) == 0 || key.rfind("alert.", 0) == 0;
    page_words += page ? 1 : 0;
    if (!page) EXPECT_TRUE(en.phrases.count(key)) << "built in without \"" << key << "\"";
    else EXPECT_FALSE(en.phrases.count(key)) << "\"" << key << "\" is the page's, not the module's";
  }
  EXPECT_GT(page_words, 20u);
  EXPECT_EQ(file.phrases.size(), en.phrases.size() + page_words);
}

TEST(Locale, EveryShippedLocaleHasExactlyEnglishsKeys) {
  const Locale en = LoadShipped("en");
  for (const std::string& tag : ShippedLocales()) {
    SCOPED_TRACE("locale " + tag);
    const Locale l = LoadShipped(tag);
    for (const auto& [key, forms] : en.phrases)
      EXPECT_TRUE(l.phrases.count(key)) << tag << " lacks the key \"" << key << "\"";
    for (const auto& [key, forms] : l.phrases)
      EXPECT_TRUE(en.phrases.count(key)) << tag << " has the key \"" << key << "\", which English does not";
  }
}

TEST(Locale, TranslationsKeepThePlaceholdersAndForms) {
  const Locale en = LoadShipped("en");
  for (const std::string& tag : ShippedLocales()) {
    const Locale l = LoadShipped(tag);
    const std::string lang = PrimaryLanguage(tag);
    for (const auto& [key, en_forms] : en.phrases) {
      const auto it = l.phrases.find(key);
      if (it == l.phrases.end()) continue;  // reported by the key test
      SCOPED_TRACE(tag + " \"" + key + "\"");
      std::set<std::string> wanted;
      for (const auto& [form, text] : en_forms)
        for (const std::string& p : Placeholders(text)) if (!kStoryNouns.count(p)) wanted.insert(p);
      for (const auto& [form, text] : it->second) {
        std::set<std::string> got;
        for (const std::string& p : Placeholders(text)) {
          if (kStoryNouns.count(p)) continue;
          got.insert(p);
          EXPECT_TRUE(wanted.count(p)) << "{" << p << "} is not a value this phrase is given";
        }
        if (key.rfind("count.", 0) != 0 && key.rfind("alert.story_errors", 0) != 0) {
          for (const std::string& p : wanted) EXPECT_TRUE(got.count(p)) << "form \"" << form << "\" drops {" << p << "}";
        }
        EXPECT_FALSE(text.empty());
      }
      // Plural phrases carry every category the language uses for whole numbers.
      const bool counted = en_forms.size() > 1 && en_forms.front().first == "one";
      if (counted) {
        std::set<std::string> forms;
        for (const auto& f : it->second) forms.insert(f.first);
        for (int64_t n : {0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 1000000}) {
          const std::string category = ToString(CldrPluralCategory(lang, n));
          EXPECT_TRUE(forms.count(category)) << "no \"" << category << "\" form (needed for " << n << ")";
        }
      }
      const bool agrees = en_forms.size() > 1 && en_forms.front().first == "singular";
      if (agrees) {
        std::set<std::string> forms;
        for (const auto& f : it->second) forms.insert(f.first);
        EXPECT_TRUE(forms.count("singular") && forms.count("plural")) << "needs \"singular\" and \"plural\"";
      }
    }
  }
}

TEST(Locale, EveryStringIsDrawableOnTheCanvas) {
  for (const std::string& tag : ShippedLocales()) {
    const Locale l = LoadShipped(tag);
    for (const auto& [key, forms] : l.phrases)
      for (const auto& [form, text] : forms) {
        const auto bad = FirstUndrawable(text);
        EXPECT_FALSE(bad.has_value()) << tag << " \"" << key << "\": U+" << std::hex << (bad ? (unsigned)bad->codepoint : 0u)
                                      << " is not in the canvas fonts (core/glyph_coverage.h)";
      }
  }
}

TEST(Locale, CldrPluralCategories) {
  // Ukrainian: 1 цитата, 2 цитати, 5 цитат, 11 цитат, 21 цитата, 22 цитати.
  EXPECT_EQ(CldrPluralCategory("uk", 1), PluralCategory::One);
  EXPECT_EQ(CldrPluralCategory("uk", 2), PluralCategory::Few);
  EXPECT_EQ(CldrPluralCategory("uk", 4), PluralCategory::Few);
  EXPECT_EQ(CldrPluralCategory("uk", 5), PluralCategory::Many);
  EXPECT_EQ(CldrPluralCategory("uk", 11), PluralCategory::Many);
  EXPECT_EQ(CldrPluralCategory("uk", 12), PluralCategory::Many);
  EXPECT_EQ(CldrPluralCategory("uk", 21), PluralCategory::One);
  EXPECT_EQ(CldrPluralCategory("uk", 22), PluralCategory::Few);
  EXPECT_EQ(CldrPluralCategory("uk", 0), PluralCategory::Many);
  EXPECT_EQ(CldrPluralCategory("pl", 1), PluralCategory::One);
  EXPECT_EQ(CldrPluralCategory("pl", 21), PluralCategory::Many) << "Polish: 21 cytatów";
  EXPECT_EQ(CldrPluralCategory("pl", 22), PluralCategory::Few);
  EXPECT_EQ(CldrPluralCategory("fr", 0), PluralCategory::One) << "French: 0 citation";
  EXPECT_EQ(CldrPluralCategory("fr", 2), PluralCategory::Other);
  EXPECT_EQ(CldrPluralCategory("fr", 1000000), PluralCategory::Many);
  EXPECT_EQ(CldrPluralCategory("pt-BR", 0), PluralCategory::One);
  EXPECT_EQ(CldrPluralCategory("es", 0), PluralCategory::Other);
  EXPECT_EQ(CldrPluralCategory("de", 1), PluralCategory::One);
  EXPECT_EQ(CldrPluralCategory("en", 0), PluralCategory::Other);
}

TEST(Locale, ChoosingALocaleFallsBackAlongTheTag) {
  bool same = false;
  EXPECT_EQ(MatchLocale("de", &same), "de");
  EXPECT_TRUE(same);
  EXPECT_EQ(MatchLocale("de-AT"), "de");
  EXPECT_EQ(MatchLocale("pt-PT"), "pt-BR");
  EXPECT_EQ(MatchLocale("PT-br"), "pt-BR");
  EXPECT_EQ(MatchLocale("uk-UA"), "uk");
  EXPECT_EQ(MatchLocale("zh-Hant", &same), "en");
  EXPECT_FALSE(same);
  EXPECT_EQ(MatchLocale("", &same), "en");
}

TEST(Locale, RightToLeftLanguages) {
  EXPECT_TRUE(IsRightToLeftLanguage("ar"));
  EXPECT_TRUE(IsRightToLeftLanguage("he-IL"));
  EXPECT_TRUE(IsRightToLeftLanguage("fa"));
  EXPECT_FALSE(IsRightToLeftLanguage("en"));
  EXPECT_FALSE(IsRightToLeftLanguage("uk"));
}

TEST(Locale, BadLocaleFilesAreRefusedWithAReason) {
  Locale l;
  std::string error;
  EXPECT_FALSE(ParseLocale("xx", "[1, 2]", &l, &error));
  EXPECT_NE(error.find("one JSON object"), std::string::npos) << error;
  EXPECT_FALSE(ParseLocale("xx", "{\"a\": 3}", &l, &error));
  EXPECT_NE(error.find("\"a\""), std::string::npos) << error;
  EXPECT_FALSE(ParseLocale("xx", "{\"a\": {\"one\": 1}}", &l, &error));
  EXPECT_FALSE(ParseLocale("xx", "{\"a\": ", &l, &error));
  EXPECT_NE(error.find("not valid JSON"), std::string::npos) << error;
}

// The interface speaks another language: its phrases, its dates, its plural forms, and the
// locale's own names for the act and the sources (the story's English names stay English).
TEST(Locale, WordsFollowTheInterfaceLocale) {
  auto fake = std::make_shared<Locale>();
  ASSERT_TRUE(ParseLocale("uk", R"({
    "default.act": "дія", "default.sources.opinion": "стаття", "default.sources.several": "джерела",
    "not_argued": "{Sources} цього не стверджує",
    "count.quote": {"one": "{n} цитата", "few": "{n} цитати", "many": "{n} цитат", "other": "{n} цитати"},
    "date.month_short.11": "лист.", "date.day": "{d} {mon} {y}", "date.around": "близько {date}"
  })", fake.get(), nullptr));
  SetInterfaceLocale(fake);
  Story s;
  s.language = "en";
  s.wording.act = "the leak";
  Source src;
  src.kind = SourceKind::Opinion;
  s.sources.push_back(src);
  const Words w(s);
  EXPECT_EQ(w.names().act, "дія") << "an English story's noun is not put in a Ukrainian sentence";
  EXPECT_EQ(w("not_argued"), "Стаття цього не стверджує");
  EXPECT_EQ(w.Count("count.quote", 1), "1 цитата");
  EXPECT_EQ(w.Count("count.quote", 2), "2 цитати");
  EXPECT_EQ(w.Count("count.quote", 5), "5 цитат");
  EXPECT_EQ(w.Count("count.quote", 21), "21 цитата");
  Date d;
  d.year = 2025, d.month = 11, d.day = 25, d.approximate = true;
  EXPECT_EQ(w.DateText(d), "близько 25 лист. 2025");
  EXPECT_EQ(w("legend.fact"), "reported fact") << "a key this locale lacks falls back to English";
  SetInterfaceLocale(nullptr);
  EXPECT_EQ(Words(s)("not_argued"), "Not argued by the article");
}

}  // namespace
}  // namespace mm
