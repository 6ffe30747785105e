// generated_story.h — large valid stories for the scale tests, made in code: a port of
// scripts/gen-story.mjs (same shapes, same word list, same random generator), loaded through
// the real loader so that the story is exactly what a page would get. Not byte-identical to the
// script's output (key order and clipping differ), which nothing relies on.
#pragma once

#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "core/story_loader.h"

namespace mm::ui::test {

struct StoryShape {
  int suspects = 40, motives = 60, events = 400, links = 800, goals = 40, reactions = 60;
  uint32_t seed = 1;
};
// The largest story the loader accepts (docs/story-format.md, "Limits").
inline constexpr StoryShape kMaxShape{100, 100, 4900, 5000, 200, 200, 1};
// The benchmarks' scale story (docs/benchmarks.md): gen-story.mjs's defaults.
inline constexpr StoryShape kScaleShape{};

namespace generated {

class Random {  // mulberry32, as in gen-story.mjs
 public:
  explicit Random(uint32_t seed) : a_(seed) {}
  double Next() {
    a_ += 0x6d2b79f5u;
    uint32_t t = a_;
    t = (t ^ (t >> 15)) * (t | 1u);
    t ^= t + (t ^ (t >> 7)) * (t | 61u);
    return ((t ^ (t >> 14))) / 4294967296.0;
  }
  int Int(int n) { return (int)(Next() * n); }

 private:
  uint32_t a_;
};

inline const std::vector<std::string>& Words() {
  static const std::vector<std::string> words = {
      "analysts", "officials", "envoy", "leak", "call", "peace", "talks", "summit", "ceasefire", "sanctions", "memo",
      "briefing", "channel", "intelligence", "diplomat", "minister", "coalition", "parliament", "ministry", "agency",
      "reporters", "transcript", "audio", "recording", "pressure", "timing", "motive", "campaign", "backchannel",
      "negotiation", "framework", "guarantees", "security", "energy", "pipeline", "election", "opposition", "rivals",
      "allies", "markets", "grain", "corridor", "frontline", "offensive", "aid", "package", "veto", "summitry",
      "Brussels", "Kyiv", "Moscow", "Washington", "Warsaw", "Berlin", "Tallinn", "Ankara", "Doha", "Geneva",
      "Z\xC3\xBCrich", "Gda\xC5\x84sk", "Krak\xC3\xB3w", "Krak\xC3\xB3w\xE2\x80\x99s", "na\xC3\xAFve", "r\xC3\xA9gime",
      "caf\xC3\xA9", "\xC3\xBC" "ber", "fa\xC3\xA7" "ade", "\xD0\xA3\xD1\x88\xD0\xB0\xD0\xBA\xD0\xBE\xD0\xB2",
      "\xD0\x9A\xD1\x80\xD0\xB5\xD0\xBC\xD0\xBB\xD1\x8C",
      "\xD0\xBF\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB3\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x80\xD1\x8B"};
  return words;
}

class Writer {
 public:
  explicit Writer(uint32_t seed) : r_(seed) {}
  int Int(int n) { return r_.Int(n); }
  double Chance() { return r_.Next(); }
  const std::string& Word() { return Words()[(size_t)r_.Int((int)Words().size())]; }
  std::string WordsOf(int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += (i ? " " : "") + Word();
    return s;
  }
  std::string Sentence(int min, int max) {
    std::string s = WordsOf(min + r_.Int(max - min + 1));
    if (s[0] >= 'a' && s[0] <= 'z') s[0] = (char)(s[0] - 'a' + 'A');
    return s + ".";
  }
  // At most `bytes` bytes, cut before a word (the format's limits count characters, so bytes
  // are stricter, and a cut never splits a UTF-8 sequence).
  static std::string Clip(const std::string& s, size_t bytes) {
    if (s.size() <= bytes) return s;
    const size_t space = s.rfind(' ', bytes);
    return s.substr(0, space == std::string::npos ? bytes : space);
  }
  nlohmann::json Evidence() {
    static const char* const kinds[] = {"fact", "attributed", "analysis"};
    nlohmann::json list = nlohmann::json::array();
    for (int i = 0, n = 1 + r_.Int(3); i < n; ++i) {
      const std::string kind = kinds[r_.Int(3)];
      nlohmann::json e = {{"quote", "\xE2\x80\x9C" + Sentence(6, 30) + "\xE2\x80\x9D"},
                          {"source", r_.Next() < 0.8 ? "article" : "wire"},
                          {"kind", kind}};
      if (kind == "attributed") e["speaker"] = Word() + " " + Word() + ", spokesperson";
      list.push_back(std::move(e));
    }
    return list;
  }
  nlohmann::json WithNotes(nlohmann::json obj) {
    if (r_.Next() < 0.1)
      obj["notes"] = {{{"text", "Editor\xE2\x80\x99s note: " + Sentence(10, 30)}, {"date", "2026-01-15"}}};
    return obj;
  }
  // 1 … max distinct ids of `items`.
  nlohmann::json SomeIds(const nlohmann::json& items, int max) {
    std::set<std::string> ids;
    for (int i = 0, n = 1 + r_.Int(max); i < n; ++i) ids.insert(items[(size_t)r_.Int((int)items.size())]["id"].get<std::string>());
    return nlohmann::json(std::vector<std::string>(ids.begin(), ids.end()));
  }

 private:
  Random r_;
};

inline std::string Iso(int64_t day) {  // days since 1970-01-01 → "YYYY-MM-DD"
  int64_t z = day + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097, doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
  const int d = (int)(doy - (153 * mp + 2) / 5 + 1), m = (int)(mp < 10 ? mp + 3 : mp - 9);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", (int)(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d);
  return buf;
}

inline nlohmann::json Events(Writer& w, int count) {
  static const char* const kinds[] = {"act", "context", "context", "reaction"};
  // Dates over 2023-01-01 … 2025-12-31, in date order, as the script gives them.
  const int64_t base = 19358, span = 1095;  // 2023-01-01
  struct Dated { std::string date, precision, key; };
  std::vector<Dated> dated;
  for (int i = 0; i < count; ++i) {
    const std::string d = Iso(base + w.Int((int)span));
    const std::string precision = w.Chance() < 0.1 ? "month" : w.Chance() < 0.05 ? "approximate" : "day";
    dated.push_back({precision == "month" ? d.substr(0, 7) : d, precision, precision == "month" ? d.substr(0, 7) + "-01" : d});
  }
  std::stable_sort(dated.begin(), dated.end(), [](const Dated& a, const Dated& b) { return a.key < b.key; });
  nlohmann::json events = nlohmann::json::array();
  for (size_t i = 0; i < dated.size(); ++i) {
    events.push_back({{"id", "event-" + std::to_string(i + 1)}, {"date", dated[i].date},
                      {"precision", dated[i].precision}, {"kind", kinds[w.Int(4)]},
                      {"title", Writer::Clip(w.WordsOf(2 + w.Int(6)), 60)}, {"detail", w.Sentence(12, 40)},
                      {"evidence", w.Evidence()}});
  }
  return events;
}

}  // namespace generated

// The story as JSON text (compact, so the largest shape stays under the 8 MiB file limit).
inline std::string GenerateStoryJson(const StoryShape& o) {
  using generated::Writer;
  using nlohmann::json;
  Writer w(o.seed);
  json groups = json::array();
  for (int i = 0; i < std::max(1, (o.motives + 9) / 10); ++i)
    groups.push_back({{"id", "group-" + std::to_string(i + 1)}, {"label", "Motive group " + std::to_string(i + 1)}});
  json suspects = json::array();
  for (int i = 0; i < o.suspects; ++i) {
    const std::string n = std::to_string(i + 1);
    json assessment = {{"rank", i + 1}, {"label", Writer::Clip(w.WordsOf(2 + w.Int(3)), 40)}, {"evidence", w.Evidence()}};
    suspects.push_back(w.WithNotes({{"id", "suspect-" + n}, {"name", Writer::Clip("Suspect " + n + ": " + w.WordsOf(3 + w.Int(6)), 120)},
                                    {"short", Writer::Clip("S" + n + " " + w.WordsOf(2), 32)}, {"summary", w.Sentence(12, 40)},
                                    {"assessment", std::move(assessment)}}));
  }
  json motives = json::array();
  for (int i = 0; i < o.motives; ++i)
    motives.push_back(w.WithNotes({{"id", "motive-" + std::to_string(i + 1)},
                                   {"label", Writer::Clip("M" + std::to_string(i + 1) + " " + w.WordsOf(1 + w.Int(4)), 48)},
                                   {"description", w.Sentence(10, 30)}, {"group", groups[(size_t)i % groups.size()]["id"]}}));
  // Links: distinct pairs spread over the whole matrix.
  std::vector<std::pair<int, int>> pairs;
  for (int s = 0; s < o.suspects; ++s)
    for (int m = 0; m < o.motives; ++m) pairs.emplace_back(s, m);
  for (size_t i = pairs.size() - 1; i > 0; --i) std::swap(pairs[i], pairs[(size_t)w.Int((int)i + 1)]);
  pairs.resize((size_t)std::min<int>(o.links, (int)pairs.size()));
  std::sort(pairs.begin(), pairs.end());
  json links = json::array();
  for (const auto& [s, m] : pairs)
    links.push_back(w.WithNotes({{"suspect", suspects[(size_t)s]["id"]}, {"motive", motives[(size_t)m]["id"]},
                                 {"strength", 1 + w.Int(3)}, {"argument", w.Sentence(10, 30)}, {"evidence", w.Evidence()}}));
  json events = generated::Events(w, o.events);
  for (json& ev : events) {
    if (w.Chance() < 0.05) ev["coincided"] = true;
    if (w.Chance() < 0.6) ev["motives"] = w.SomeIds(motives, 3);
    if (w.Chance() < 0.6) ev["suspects"] = w.SomeIds(suspects, 2);
    ev = w.WithNotes(std::move(ev));
  }
  json goals = json::array();
  for (int i = 0; i < o.goals; ++i)
    goals.push_back(w.WithNotes({{"id", "goal-" + std::to_string(i + 1)},
                                 {"title", Writer::Clip("Goal " + std::to_string(i + 1) + ": " + w.WordsOf(2 + w.Int(5)), 80)},
                                 {"explanation", w.Sentence(12, 40)}, {"evidence", w.Evidence()},
                                 {"events", w.SomeIds(events, 4)}, {"motives", w.SomeIds(motives, 3)}}));
  json reactions = json::array();
  for (int i = 0; i < o.reactions; ++i)
    reactions.push_back(w.WithNotes({{"id", "reaction-" + std::to_string(i + 1)},
                                     {"party", Writer::Clip("Party " + std::to_string(i + 1) + " " + w.WordsOf(1 + w.Int(2)), 60)},
                                     {"stance", Writer::Clip(w.WordsOf(3 + w.Int(4)), 80)}, {"evidence", w.Evidence()}}));
  const std::string counts = std::to_string(o.suspects) + "x" + std::to_string(o.motives) + "x" + std::to_string(o.events);
  const json story = {
      {"format", "motive-matrix/story@1"}, {"id", "bench-" + counts}, {"language", "en"},
      {"title", "Benchmark story: " + counts}, {"dek", "A generated story for scale tests; its text is random words."},
      {"framing", "Generated by tests/ui/generated_story.h. Nothing in it is a claim about the world."},
      {"published", "2026-01-15"},
      {"sources", {{{"id", "article"}, {"title", "A long opinion article about a leaked call"}, {"publisher", "Benchmark Gazette"},
                    {"kind", "opinion"}, {"date", "2025-11"}},
                   {{"id", "wire"}, {"title", "Wire report on the reactions"}, {"publisher", "Benchmark Wire"}, {"kind", "news"},
                    {"date", "2025-11-20"}, {"url", "https://example.org/wire"}}}},
      {"suspects", std::move(suspects)}, {"motive_groups", std::move(groups)}, {"motives", std::move(motives)},
      {"links", std::move(links)}, {"events", std::move(events)}, {"goals", std::move(goals)},
      {"reactions", std::move(reactions)},
      {"notes", {{{"text", "Generated for tests."}, {"date", "2026-01-15"}}}}};
  return story.dump();
}

inline LoadResult GenerateStory(const StoryShape& shape) { return LoadStory(GenerateStoryJson(shape)); }

}  // namespace mm::ui::test
