// text_version_blocks.cpp — the text version's shared blocks (quotes, notes, dates) and its per-story tables.
#include <algorithm>
#include <unordered_map>

#include "core/html/text_version_writer.h"
#include "core/lens_words.h"
#include "core/locale.h"

namespace mm::html {

TextVersionWriter::TextVersionWriter(const Story& story, const TextVersionOptions& options)
    : HtmlWriter(options.id_prefix, options.heading_level_offset),
      s_(story),
      o_(options),
      w_(story),
      ranked_(RankedSuspects(story)),
      arguments_(AllArguments(story)) {
  // "<suspect>-<motive>" can collide ("a-b" + "c" and "a" + "b-c"): the second gets a numbered
  // suffix, so that ids stay unique and every cell still reaches its own details.
  link_anchor_.resize(s_.links.size());
  // (A map rather than a set: the loader instantiates this one, so the wasm carries it once.)
  std::unordered_map<std::string, int> taken;
  taken.reserve(s_.links.size() * 2);
  for (size_t i = 0; i < s_.links.size(); ++i) {
    const Link& l = s_.links[i];
    if (!InRange(l.suspect, s_.suspects) || !InRange(l.motive, s_.motives)) continue;
    std::string anchor =
        s_.suspects[static_cast<size_t>(l.suspect)].id + "-" + s_.motives[static_cast<size_t>(l.motive)].id;
    if (!taken.emplace(anchor, 0).second) {
      for (int n = 2;; ++n) {
        std::string numbered = anchor + "-" + std::to_string(n);
        if (taken.emplace(numbered, 0).second) {
          anchor = std::move(numbered);
          break;
        }
      }
    }
    link_anchor_[i] = std::move(anchor);
  }
  // Every quote names its source: the citation is escaped once per source, not per quote.
  // ", in <cite>Title</cite>": the phrase around the title is the interface's ("tv.cite").
  source_cite_.reserve(s_.sources.size());
  const std::string cite_phrase = w_("tv.cite", {{"title", "\x01"}});
  const size_t title_at = cite_phrase.find('\x01');
  for (const Source& src : s_.sources) {
    std::string cite = ", ";
    AppendEscaped(cite, cite_phrase.substr(0, title_at));
    cite += "<cite>";
    AppendEscaped(cite, src.title);
    cite += "</cite>";
    if (title_at != std::string::npos) AppendEscaped(cite, cite_phrase.substr(title_at + 1));
    source_cite_.push_back(std::move(cite));
  }
  // Places are recounted rather than read from Assessment::place: a story built in code has
  // no FinalizeStory behind it.
  places_.assign(s_.suspects.size(), 0);
  int place = 0;
  for (int si : ranked_) {
    if (s_.suspects[static_cast<size_t>(si)].assessment.rank > 0) places_[static_cast<size_t>(si)] = ++place;
  }
  ranked_total_ = std::to_string(place);
  colon_ = w_("punct.colon");
  const Locale& ui = InterfaceLocale();
  if (!s_.language.empty() && PrimaryLanguage(ui.tag) != PrimaryLanguage(s_.language)) {
    interface_lang_ = ui.tag;
    interface_rtl_ = ui.rtl;
  }
  size_t estimate = 16384 + s_.suspects.size() * s_.motives.size() * 200;
  for (const Link& l : s_.links) estimate += 600 + l.argument.size() + l.evidence.size() * 500;
  for (const Event& e : s_.events) estimate += 800 + e.detail.size() + e.evidence.size() * 500;
  Reserve(estimate);
}

void TextVersionWriter::Say(std::string_view words) {
  if (interface_lang_.empty() || words.empty()) return Text(words);
  Raw("<span lang=\"");
  Text(interface_lang_);
  Raw(interface_rtl_ ? "\" dir=\"rtl\">" : "\" dir=\"ltr\">");
  Text(words);
  Raw("</span>");
}

void TextVersionWriter::SayLabel(std::string_view words) {
  Raw("<span class=\"mm-t-label\">");
  Say(words);
  Raw("</span> ");
}

void TextVersionWriter::IsoTime(const std::string& iso) {
  Date d;
  if (ParseIsoDate(iso, &d) != DateCheck::Ok) {
    Text(iso);
    return;
  }
  Raw("<time datetime=\"");
  Text(iso);
  Raw("\">");
  Say(w_.DateText(d));
  Raw("</time>");
}

void TextVersionWriter::EventTime(const Date& date) {
  Raw("<time datetime=\"");
  Text(date.Iso());
  Raw("\">");
  Say(w_.DateText(date));
  Raw("</time>");
}

void TextVersionWriter::DatedPhrase(const char* key, const std::string& iso) {
  const std::string phrase = w_(key, {{"date", "\x01"}});
  const size_t at = phrase.find('\x01');
  // One run in the interface's language and direction, so that "Published 28 Feb 2024." keeps
  // its order inside a right-to-left story.
  if (!interface_lang_.empty()) {
    Raw("<span lang=\"");
    Text(interface_lang_);
    Raw(interface_rtl_ ? "\" dir=\"rtl\">" : "\" dir=\"ltr\">");
  }
  Text(phrase.substr(0, at));
  IsoTime(iso);
  if (at != std::string::npos) Text(phrase.substr(at + 1));
  if (!interface_lang_.empty()) Raw("</span>");
}

void TextVersionWriter::Notes(const std::vector<EditorNote>& notes) {
  for (const EditorNote& n : notes) {
    Raw("<aside class=\"mm-t-note\"><strong>");
    Say(w_("note.label"));
    Raw("</strong>");
    if (!n.date.empty()) {
      Raw(" (");
      IsoTime(n.date);
      Raw(")");
    }
    Text(colon_);
    Text(n.text);
    Raw("</aside>\n");
  }
}

void TextVersionWriter::Quotes(const std::vector<Evidence>& evidence, const Link* link) {
  for (size_t i = 0; i < evidence.size(); ++i) {
    const Evidence& e = evidence[i];
    const std::string linchpin = link ? LinchpinNote(w_, *link, static_cast<int>(i)) : std::string();
    if (!linchpin.empty()) SayParagraph("mm-t-linchpin", linchpin);
    Raw("<blockquote class=\"mm-t-quote mm-t-");
    Raw(ToString(e.kind));
    Raw("\"><p>");
    Text(e.quote);
    Raw("</p></blockquote>\n<p class=\"mm-t-cite\">");
    Say(w_.EvidenceKindLabel(e.kind));
    if (!e.speaker.empty()) {
      Text(colon_);
      Text(e.speaker);
    }
    if (InRange(e.source, s_.sources) && !s_.sources[static_cast<size_t>(e.source)].title.empty()) {
      Raw(source_cite_[static_cast<size_t>(e.source)]);  // ", in <cite>…</cite>", escaped once
    } else if (!e.source_id.empty()) {
      Raw(", in ");
      Text(e.source_id);
    }
    Raw("</p>\n");
  }
}

void TextVersionWriter::QuoteSummary(const std::vector<Evidence>& evidence) {
  Say(w_.Count("count.quote", evidence.size()));
  bool seen[3] = {false, false, false};
  bool first = true;
  for (const Evidence& e : evidence) {
    const size_t k = static_cast<size_t>(e.kind);
    if (k >= 3 || seen[k]) continue;
    seen[k] = true;
    Raw(first ? ": " : ", ");
    Say(LowerFirst(w_.EvidenceKindLabel(e.kind)));
    first = false;
  }
}

}  // namespace mm::html
