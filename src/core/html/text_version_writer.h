// text_version_writer.h — the writer of the text version (private to core/html).
//
// One pass over the story, appending to one string. Split in two files: the blocks every section
// uses, and the tables built once per story (text_version_blocks.cpp); and the sections in page
// order (text_version.cpp). Cross references use the resolved indices, each checked against its
// array; which links argue what comes from core/relations, which reads `links` itself, so that a
// story without `link_index` cannot make us read out of bounds.
#pragma once

#include <string>
#include <vector>

#include "core/html/html_writer.h"
#include "core/relations.h"
#include "core/story.h"
#include "core/text_version.h"
#include "core/wording.h"

namespace mm::html {

template <typename T>
bool InRange(int i, const std::vector<T>& v) {
  return i >= 0 && static_cast<size_t>(i) < v.size();
}

class TextVersionWriter : public HtmlWriter {
 public:
  TextVersionWriter(const Story& story, const TextVersionOptions& options);
  std::string Run();

 private:
  // ---- blocks (text_version_blocks.cpp) ----
  // The explainer's own words, in the interface language: marked as such when the story is in
  // another language, so that screen readers pronounce each in its own (and an English label in
  // an Arabic story runs left to right).
  void Say(std::string_view words);
  // <p class="…"> + Say(words) + </p>.
  void SayParagraph(const char* cls, std::string_view words);
  // "Suspect: " before a heading's name, in the interface's words.
  void SayLabel(std::string_view words);
  // <time datetime="…">27 Nov 2026</time>, or the escaped text if it is not an ISO date.
  void IsoTime(const std::string& iso);
  // datetime is the date at the precision it was given ("1999-06"); the visible text says
  // "around" for an approximate date.
  void EventTime(const Date& date);
  // "Published 27 Nov 2026.": the phrase `key` around a <time> element.
  void DatedPhrase(const char* key, const std::string& iso);
  void Notes(const std::vector<EditorNote>& notes);
  // Each quote; with `link`, its linchpins marked (core/evidence_lens.h).
  void Quotes(const std::vector<Evidence>& evidence, const Link* link = nullptr);
  // "2 quotes: article’s analysis, attributed statement" (kinds in order of first appearance).
  void QuoteSummary(const std::vector<Evidence>& evidence);
  // "<p class="mm-t-related">Motives: <a …>A</a>, <a …>B</a></p>"; nothing if none resolve.
  template <typename Item, typename NameOf>
  void Related(const std::string& words, const char* id_kind, const std::vector<int>& indices,
               const std::vector<Item>& items, NameOf name_of);

  // ---- sections, in page order (text_version.cpp) ----
  void Header();
  void Sources();
  void Tour();  // text_version_tour.cpp
  void Key();
  // ---- the evidence lens (text_version_lens.cpp) ----
  // The ranking on reported evidence alone, and "How this is worked out".
  void LensSection();
  // A suspect's breakdown: "What the case rests on: 26 quotes: 0 reported facts, …".
  void CaseRestsOn(int suspect);
  void Matrix();
  void Suspects();
  void Motives();
  void Timeline();
  void Goals();
  void Reactions();

  const Story& s_;
  const TextVersionOptions& o_;
  const Words w_;
  const std::vector<int> ranked_;         // suspects in ranking order (RankedSuspects)
  const Arguments arguments_;             // which links argue what (core/relations)
  std::vector<std::string> link_anchor_;  // per link: "<suspect>-<motive>[-n]", the id after "link"
  std::vector<std::string> source_cite_;  // per source: ", in <cite>title</cite>" (escaped)
  std::vector<int> places_;               // per suspect: 1-based place in the ranking, 0 if unranked
  std::string ranked_total_;              // how many suspects are ranked
  std::string colon_;                     // ": ", or the locale's (French: a narrow no-break space first)
  std::string interface_lang_;            // set when the interface speaks another language than the story
  bool interface_rtl_ = false;
};

template <typename Item, typename NameOf>
void TextVersionWriter::Related(const std::string& words, const char* id_kind, const std::vector<int>& indices,
                                const std::vector<Item>& items, NameOf name_of) {
  bool first = true;
  for (int i : indices) {
    if (!InRange(i, items)) continue;
    const Item& item = items[static_cast<size_t>(i)];
    if (first) {
      Raw("<p class=\"mm-t-related\">");
      Say(words);
      Text(colon_);
    } else {
      Raw(", ");
    }
    first = false;
    HrefOpen(id_kind, item.id);
    Text(name_of(item));
    Raw("</a>");
  }
  if (!first) Raw(".</p>\n");
}

}  // namespace mm::html
