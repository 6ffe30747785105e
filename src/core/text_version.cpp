// text_version.cpp — the story as semantic HTML (see text_version.h for the contract).
//
// One pass over the story, appending to one string. Every story string goes through Text()
// (escaped); only the literals in this file go through Raw(). Cross references use the resolved
// indices, each checked against its array, and the matrix cells are rebuilt from `links` here so
// that a story without `link_index` cannot make us read out of bounds.
#include "text_version.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "locale.h"
#include "wording.h"

namespace mm {
namespace {

template <typename T>
bool InRange(int i, const std::vector<T>& v) {
  return i >= 0 && static_cast<size_t>(i) < v.size();
}

// What each byte becomes: nullptr = itself; "" = dropped (control characters HTML forbids);
// otherwise the entity. Built once; a table lookup keeps the common path (no escaping) tight.
struct EscapeTable {
  const char* entity[256] = {};
  EscapeTable() {
    for (int c = 0; c < 0x20; ++c) entity[c] = "";
    entity[static_cast<unsigned char>('\t')] = nullptr;
    entity[static_cast<unsigned char>('\n')] = nullptr;
    entity[static_cast<unsigned char>('\r')] = nullptr;
    entity[0x7f] = "";
    entity[static_cast<unsigned char>('&')] = "&amp;";
    entity[static_cast<unsigned char>('<')] = "&lt;";
    entity[static_cast<unsigned char>('>')] = "&gt;";
    entity[static_cast<unsigned char>('"')] = "&quot;";
    entity[static_cast<unsigned char>('\'')] = "&#39;";
  }
};

void AppendEscaped(std::string& out, std::string_view s) {
  static const EscapeTable table;
  size_t run = 0;  // start of the current run of bytes that need no escaping
  for (size_t i = 0; i < s.size(); ++i) {
    const char* entity = table.entity[static_cast<unsigned char>(s[i])];
    if (!entity) continue;
    out.append(s.data() + run, i - run);
    out += entity;
    run = i + 1;
  }
  out.append(s.data() + run, s.size() - run);
}

bool StartsWithHttp(std::string_view url) {
  auto has = [&](std::string_view scheme) {
    if (url.size() <= scheme.size()) return false;
    for (size_t i = 0; i < scheme.size(); ++i) {
      char c = url[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != scheme[i]) return false;
    }
    return true;
  };
  return has("https://") || has("http://");
}


const char* StrengthClass(int strength) {
  if (strength <= 1) return "mm-t-weak";
  if (strength == 2) return "mm-t-argued";
  return "mm-t-strong";
}

class Writer {
 public:
  Writer(const Story& story, const TextVersionOptions& options) : s_(story), o_(options), w_(story) {
    offset_ = std::clamp(options.heading_level_offset, 0, 3);
    const size_t suspects = s_.suspects.size(), motives = s_.motives.size();
    cells_.assign(suspects * motives, -1);
    for (size_t i = 0; i < s_.links.size(); ++i) {
      const Link& l = s_.links[i];
      if (!InRange(l.suspect, s_.suspects) || !InRange(l.motive, s_.motives)) continue;
      int& cell = cells_[static_cast<size_t>(l.suspect) * motives + static_cast<size_t>(l.motive)];
      if (cell < 0) cell = static_cast<int>(i);
    }
    // "link-<suspect>-<motive>" can collide ("a-b" + "c" and "a" + "b-c"): the second gets a
    // numbered suffix, so that ids stay unique and every cell still reaches its own details.
    link_anchor_.resize(s_.links.size());
    // (A map rather than a set: the loader instantiates this one, so the wasm carries it once.)
    std::unordered_map<std::string, int> taken;
    taken.reserve(s_.links.size() * 2);
    for (size_t i = 0; i < s_.links.size(); ++i) {
      const Link& l = s_.links[i];
      if (!InRange(l.suspect, s_.suspects) || !InRange(l.motive, s_.motives)) continue;
      std::string anchor = "link-" + s_.suspects[static_cast<size_t>(l.suspect)].id + "-" +
                           s_.motives[static_cast<size_t>(l.motive)].id;
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
    source_cite_.reserve(s_.sources.size());
    // ", in <cite>Title</cite>": the phrase around the title is the interface's ("tv.cite").
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
    places_.assign(suspects, 0);
    int place = 0;
    for (int si : RankedSuspects(s_)) {
      if (InRange(si, s_.suspects) && s_.suspects[static_cast<size_t>(si)].assessment.rank > 0) {
        places_[static_cast<size_t>(si)] = ++place;
      }
    }
    ranked_total_ = std::to_string(place);
    colon_ = w_("punct.colon");
    const Locale& ui = InterfaceLocale();
    if (!s_.language.empty() && PrimaryLanguage(ui.tag) != PrimaryLanguage(s_.language)) {
      interface_lang_ = ui.tag;
      interface_rtl_ = ui.rtl;
    }
    size_t estimate = 16384 + suspects * motives * 200;
    for (const Link& l : s_.links) estimate += 600 + l.argument.size() + l.evidence.size() * 500;
    for (const Event& e : s_.events) estimate += 800 + e.detail.size() + e.evidence.size() * 500;
    out_.reserve(estimate);
  }

  std::string Run() {
    Raw("<article class=\"mm-t\"");
    if (!s_.language.empty()) {
      Raw(" lang=\"");
      Text(s_.language);
      Raw("\"");
    }
    // The story's direction; the page around it keeps the interface's (docs/languages.md).
    Raw(IsRightToLeftLanguage(s_.language) ? " dir=\"rtl\">\n" : ">\n");
    Header();
    Sources();
    Key();
    if (o_.include_matrix_table) Matrix();
    Suspects();
    Motives();
    Timeline();
    Goals();
    Reactions();
    Raw("</article>\n");
    return std::move(out_);
  }

 private:
  // ---- primitives -----------------------------------------------------------------------------
  void Raw(std::string_view literal) { out_ += literal; }
  void Text(std::string_view text) { AppendEscaped(out_, text); }
  // The explainer's own words, in the interface language: marked as such when the story is in
  // another language, so that screen readers pronounce each in its own (and an English label in
  // an Arabic story runs left to right).
  void Say(std::string_view words) {
    if (interface_lang_.empty() || words.empty()) return Text(words);
    Raw("<span lang=\"");
    Text(interface_lang_);
    Raw(interface_rtl_ ? "\" dir=\"rtl\">" : "\" dir=\"ltr\">");
    Text(words);
    Raw("</span>");
  }
  // id="<prefix><kind>-<id>" (the attribute's value only: prefix, kind, id; escaped).
  void IdValue(std::string_view kind, std::string_view id) {
    Text(o_.id_prefix);
    Raw(kind);
    if (!id.empty()) {
      Raw("-");
      Text(id);
    }
  }
  void IdAttr(std::string_view kind, std::string_view id) {
    Raw(" id=\"");
    IdValue(kind, id);
    Raw("\"");
  }
  void HrefOpen(std::string_view kind, std::string_view id) {
    Raw("<a href=\"#");
    IdValue(kind, id);
    Raw("\">");
  }
  // depth 0: the title; 1: sections; 2: items within a section.
  // With id_kind "link", the id is the anchor of links[link] instead.
  void HeadingOpen(int depth, std::string_view id_kind = {}, std::string_view id = {}, size_t link = 0) {
    out_ += "<h";
    out_ += static_cast<char>('1' + offset_ + depth);
    if (id_kind == "link") {
      Raw(" id=\"");
      LinkAnchor(link);
      Raw("\"");
    } else if (!id_kind.empty()) {
      IdAttr(id_kind, id);
    }
    Raw(">");
  }
  void LinkAnchor(size_t link) {  // the id value of a link's details: "<prefix>link-<s>-<m>"
    Text(o_.id_prefix);
    Text(link_anchor_[link]);
  }
  void LinkHrefOpen(size_t link) {
    Raw("<a href=\"#");
    LinkAnchor(link);
    Raw("\">");
  }
  void HeadingClose(int depth) {
    out_ += "</h";
    out_ += static_cast<char>('1' + offset_ + depth);
    Raw(">\n");
  }
  void Label(std::string_view words) {  // "Suspect: " before a heading's name
    Raw("<span class=\"mm-t-label\">");
    Say(words);
    Raw("</span> ");
  }

  // <time datetime="…">27 Nov 2026</time>, or the escaped text if it is not an ISO date.
  void IsoTime(const std::string& iso) {
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

  // datetime is the date at the precision it was given ("1999-06"); the visible text says
  // "around" for an approximate date.
  void EventTime(const Date& date) {
    Raw("<time datetime=\"");
    Text(date.Iso());
    Raw("\">");
    Say(w_.DateText(date));
    Raw("</time>");
  }

  void Notes(const std::vector<EditorNote>& notes) {
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

  void Quotes(const std::vector<Evidence>& evidence) {
    for (const Evidence& e : evidence) {
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

  // "2 quotes: article’s analysis, attributed statement" (kinds in order of first appearance).
  void QuoteSummary(const std::vector<Evidence>& evidence) {
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

  // "<p class="mm-t-related">Motives: <a …>A</a>, <a …>B</a></p>"; nothing if none resolve.
  template <typename Item, typename NameOf>
  void Related(const std::string& words, const char* id_kind, const std::vector<int>& indices,
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

  int Cell(size_t suspect, size_t motive) const { return cells_[suspect * s_.motives.size() + motive]; }

  // ---- sections -------------------------------------------------------------------------------
  void Header() {
    Raw("<header class=\"mm-t-header\">\n");
    HeadingOpen(0);
    Text(s_.title);
    HeadingClose(0);
    if (!s_.dek.empty()) {
      Raw("<p class=\"mm-t-dek\">");
      Text(s_.dek);
      Raw("</p>\n");
    }
    Raw("</header>\n");
    if (!s_.framing.empty()) {
      Raw("<p class=\"mm-t-framing\">");
      Text(s_.framing);
      Raw("</p>\n");
    }
    if (!s_.published.empty() || !s_.updated.empty()) {
      Raw("<p class=\"mm-t-dates\">");
      if (!s_.published.empty()) DatedPhrase("tv.published", s_.published);
      if (!s_.updated.empty()) {
        if (!s_.published.empty()) Raw(" ");
        DatedPhrase("tv.updated", s_.updated);
      }
      Raw("</p>\n");
    }
    Notes(s_.notes);
  }

  void Sources() {
    if (s_.sources.empty()) return;
    Raw("<section class=\"mm-t-sources\">\n");
    HeadingOpen(1);
    Say(w_(s_.sources.size() == 1 ? "tv.sources.one" : "tv.sources.other"));
    HeadingClose(1);
    Raw("<ul>\n");
    for (const Source& src : s_.sources) {
      Raw("<li");
      IdAttr("source", src.id);
      Raw("><cite>");
      const bool link = StartsWithHttp(src.url);
      if (link) {
        Raw("<a href=\"");
        Text(src.url);
        Raw("\" rel=\"noopener\">");
      }
      Text(src.title.empty() ? src.id : src.title);
      if (link) Raw("</a>");
      Raw("</cite>");
      if (!src.publisher.empty()) {
        Raw(", ");
        Text(src.publisher);
      }
      if (!src.author.empty()) {
        Raw(", ");
        Say(w_("tv.by", {{"author", src.author}}));
      }
      Raw(". ");
      Say(w_.SourceKindLabel(src.kind));
      if (!src.date.empty()) {
        Raw(", ");
        IsoTime(src.date);
      }
      Raw(".");
      if (!src.url.empty() && !link) {  // not a web address we will link to: show it as text
        Raw(" ");
        Text(src.url);
      }
      Raw("</li>\n");
    }
    Raw("</ul>\n</section>\n");
  }

  void Key() {
    Raw("<section class=\"mm-t-key\">\n");
    HeadingOpen(1);
    Say(w_("tv.key.heading"));
    HeadingClose(1);
    Raw("<p>");
    Say(w_("tv.key.intro"));
    Raw("</p>\n<dl class=\"mm-t-key-strengths\">\n");
    for (int strength = 3; strength >= 1; --strength) {
      Raw("<dt class=\"");
      Raw(StrengthClass(strength));
      Raw("\">");
      Say(w_.StrengthLabel(strength));
      Raw("</dt><dd>");
      Say(w_(strength == 3 ? "tv.key.3" : strength == 2 ? "tv.key.2" : "tv.key.1"));
      Raw("</dd>\n");
    }
    Raw("<dt class=\"mm-t-none\">");
    Say(w_("not_argued"));
    Raw("</dt><dd>");
    Say(w_("tv.key.none"));
    Raw("</dd>\n</dl>\n<p>");
    Say(w_("tv.key.kinds"));
    Raw("</p>\n<dl class=\"mm-t-key-kinds\">\n");
    const std::pair<EvidenceKind, const char*> kinds[] = {{EvidenceKind::ReportedFact, "tv.key.fact"},
                                                          {EvidenceKind::Attributed, "tv.key.attributed"},
                                                          {EvidenceKind::Analysis, "tv.key.analysis"}};
    for (const auto& [kind, key] : kinds) {
      Raw("<dt class=\"mm-t-");
      Raw(ToString(kind));
      Raw("\">");
      Say(w_.EvidenceKindLabel(kind));
      Raw("</dt><dd>");
      Say(w_(key));
      Raw("</dd>\n");
    }
    Raw("</dl>\n<p><strong>");
    Say(w_("note.label"));
    Raw("</strong> ");
    Say(w_("tv.key.note"));
    Raw("</p>\n</section>\n");
  }

  void Matrix() {
    if (s_.suspects.empty() || s_.motives.empty()) return;
    Raw("<section class=\"mm-t-matrix\">\n");
    HeadingOpen(1);
    Say(w_("tv.matrix.heading"));
    HeadingClose(1);
    Raw("<div class=\"mm-t-scroll\" role=\"region\" aria-labelledby=\"");
    IdValue("matrix-caption", {});
    Raw("\" tabindex=\"0\">\n<table class=\"mm-t-table\">\n<caption");
    IdAttr("matrix-caption", {});
    Raw(">");
    Say(w_("tv.matrix.caption"));
    Raw("</caption>\n<thead>\n<tr><td></td>");
    for (const Motive& m : s_.motives) {
      Raw("<th scope=\"col\">");
      Text(m.label);
      Raw("</th>");
    }
    Raw("</tr>\n</thead>\n<tbody>\n");
    for (int si : RankedSuspects(s_)) {
      if (!InRange(si, s_.suspects)) continue;
      const Suspect& sus = s_.suspects[static_cast<size_t>(si)];
      Raw("<tr><th scope=\"row\">");
      HrefOpen("suspect", sus.id);
      Text(sus.name);
      Raw("</a>");
      if (places_[static_cast<size_t>(si)] > 0 || !sus.assessment.label.empty()) {
        Raw("<br><span class=\"mm-t-assess\">");
        if (places_[static_cast<size_t>(si)] > 0) {
          Say(w_("tv.rank", {{"rank", std::to_string(places_[static_cast<size_t>(si)])}, {"total", ranked_total_}}));
          if (!sus.assessment.label.empty()) Text(colon_);
        }
        Text(sus.assessment.label);
        Raw("</span>");
      }
      Raw("</th>\n");
      for (size_t mi = 0; mi < s_.motives.size(); ++mi) {
        const int li = Cell(static_cast<size_t>(si), mi);
        if (li < 0) {
          Raw("<td class=\"mm-t-cell mm-t-none\">");
          Say(w_("not_argued"));
          Raw("</td>\n");
          continue;
        }
        const Link& link = s_.links[static_cast<size_t>(li)];
        Raw("<td class=\"mm-t-cell ");
        Raw(StrengthClass(link.strength));
        Raw("\">");
        LinkHrefOpen(static_cast<size_t>(li));
        Say(w_.StrengthLabel(link.strength));
        Raw("</a><br><span class=\"mm-t-kinds\">");
        QuoteSummary(link.evidence);
        Raw("</span></td>\n");
      }
      Raw("</tr>\n");
    }
    Raw("</tbody>\n</table>\n</div>\n</section>\n");
  }

  void Suspects() {
    for (int si : RankedSuspects(s_)) {
      if (!InRange(si, s_.suspects)) continue;
      const Suspect& sus = s_.suspects[static_cast<size_t>(si)];
      Raw("<section class=\"mm-t-suspect\">\n");
      HeadingOpen(1, "suspect", sus.id);
      Label(w_("tv.suspect.label"));
      Text(sus.name);
      HeadingClose(1);
      const Assessment& a = sus.assessment;
      const int place = places_[static_cast<size_t>(si)];
      if (place > 0 || !a.label.empty()) {
        Raw("<p class=\"mm-t-assessment\">");
        if (place > 0) {
          Say(w_("tv.suspect.rank", {{"rank", std::to_string(place)}, {"total", ranked_total_}}));
        } else {
          Say(w_("tv.suspect.assessment"));
        }
        if (!a.label.empty()) {
          Raw(": <strong>");
          Text(a.label);
          Raw("</strong>");
        }
        Raw(".</p>\n");
      }
      Quotes(a.evidence);
      if (!sus.summary.empty()) {
        Raw("<p class=\"mm-t-summary\">");
        Text(sus.summary);
        Raw("</p>\n");
      }
      Notes(sus.notes);
      bool any = false;
      for (size_t mi = 0; mi < s_.motives.size(); ++mi) {
        const int li = Cell(static_cast<size_t>(si), mi);
        if (li < 0) continue;
        any = true;
        const Link& link = s_.links[static_cast<size_t>(li)];
        HeadingOpen(2, "link", {}, static_cast<size_t>(li));
        Label(w_("tv.motive.label"));
        Text(s_.motives[mi].label);
        HeadingClose(2);
        Raw("<p class=\"mm-t-strength ");
        Raw(StrengthClass(link.strength));
        Raw("\">");
        Say(w_.StrengthLabel(link.strength));
        Raw(" · ");
        QuoteSummary(link.evidence);
        Raw("</p>\n");
        if (!link.argument.empty()) {
          Raw("<p class=\"mm-t-argument\">");
          Text(link.argument);
          Raw("</p>\n");
        }
        Quotes(link.evidence);
        Notes(link.notes);
      }
      if (!any) {
        Raw("<p class=\"mm-t-none\">");
        Say(w_("tv.suspect.no_motive"));
        Raw("</p>\n");
      }
      Raw("</section>\n");
    }
  }

  void Motives() {
    if (s_.motives.empty()) return;
    Raw("<section class=\"mm-t-motives\">\n");
    HeadingOpen(1);
    Say(w_("tv.motives.heading"));
    HeadingClose(1);
    Raw("<dl>\n");
    const std::vector<int> ranked = RankedSuspects(s_);
    for (size_t mi = 0; mi < s_.motives.size(); ++mi) {
      const Motive& m = s_.motives[mi];
      Raw("<dt");
      IdAttr("motive", m.id);
      Raw(">");
      Text(m.label);
      Raw("</dt>\n<dd>");
      Text(m.description);
      if (InRange(m.group, s_.motive_groups)) {
        Raw(" <span class=\"mm-t-group\">(");
        Text(s_.motive_groups[static_cast<size_t>(m.group)].label);
        Raw(")</span>");
      }
      bool first = true;
      for (int si : ranked) {
        if (!InRange(si, s_.suspects)) continue;
        const int li = Cell(static_cast<size_t>(si), mi);
        if (li < 0) continue;
        const Link& link = s_.links[static_cast<size_t>(li)];
        const Suspect& sus = s_.suspects[static_cast<size_t>(si)];
        if (first) {
          Raw("\n<p class=\"mm-t-related\">");
          Say(w_("tv.motive.links"));
          Raw(" ");
        } else {
          Raw(", ");
        }
        first = false;
        LinkHrefOpen(static_cast<size_t>(li));
        Text(sus.short_label.empty() ? sus.name : sus.short_label);
        Raw("</a> (");
        Say(w_.StrengthWord(link.strength));
        Raw(")");
      }
      if (first) {
        Raw("\n<p class=\"mm-t-related\">");
        Say(w_("tv.motive.no_links"));
        Raw("</p>\n");
      } else {
        Raw(".</p>\n");
      }
      Notes(m.notes);
      Raw("</dd>\n");
    }
    Raw("</dl>\n</section>\n");
  }

  void Timeline() {
    if (s_.events.empty()) return;
    // Loaded stories are in order already (FinalizeStory); a story built in code may not be.
    std::vector<int> order(s_.events.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
      return s_.events[static_cast<size_t>(a)].date < s_.events[static_cast<size_t>(b)].date;
    });
    bool any_coincided = false;
    for (const Event& e : s_.events) any_coincided = any_coincided || e.coincided;
    const std::string coincided_label = w_("coincided.label");

    Raw("<section class=\"mm-t-timeline\">\n");
    HeadingOpen(1);
    Say(w_("tv.timeline.heading"));
    HeadingClose(1);
    Raw("<p>");
    Say(w_("tv.timeline.intro"));
    if (any_coincided) {
      Raw(" ");
      Say(w_("tv.timeline.coincided_intro", {{"label", coincided_label}}));
    }
    Raw("</p>\n<ol class=\"mm-t-events\">\n");
    for (int ei : order) {
      const Event& e = s_.events[static_cast<size_t>(ei)];
      Raw("<li");
      IdAttr("event", e.id);
      Raw(" class=\"mm-t-event mm-t-");
      Raw(ToString(e.kind));
      if (e.coincided) Raw(" mm-t-coincided");
      Raw("\">\n");
      HeadingOpen(2);
      EventTime(e.date);
      Text(colon_);
      Text(e.title);
      HeadingClose(2);
      if (e.coincided) {
        Raw("<p class=\"mm-t-coincided-note\"><strong>");
        Say(coincided_label);
        Raw("</strong>, ");
        Say(w_("tv.event.coincided"));
        Raw("</p>\n");
      }
      if (!e.detail.empty()) {
        Raw("<p class=\"mm-t-detail\">");
        Text(e.detail);
        Raw("</p>\n");
      }
      Quotes(e.evidence);
      Related(w_("tv.related.motives"), "motive", e.motives, s_.motives,
              [](const Motive& m) -> const std::string& { return m.label; });
      Related(w_("tv.related.suspects"), "suspect", e.suspects, s_.suspects,
              [](const Suspect& s) -> const std::string& { return s.name; });
      Notes(e.notes);
      Raw("</li>\n");
    }
    Raw("</ol>\n</section>\n");
  }

  void Goals() {
    if (s_.goals.empty()) return;
    Raw("<section class=\"mm-t-goals\">\n");
    HeadingOpen(1);
    Say(w_("goals.heading"));
    HeadingClose(1);
    for (const Goal& g : s_.goals) {
      HeadingOpen(2, "goal", g.id);
      Text(g.title);
      HeadingClose(2);
      if (!g.explanation.empty()) {
        Raw("<p class=\"mm-t-explanation\">");
        Text(g.explanation);
        Raw("</p>\n");
      }
      Quotes(g.evidence);
      Related(w_("tv.related.motives"), "motive", g.motives, s_.motives,
              [](const Motive& m) -> const std::string& { return m.label; });
      Related(w_("tv.related.events"), "event", g.events, s_.events,
              [](const Event& e) -> const std::string& { return e.title; });
      Notes(g.notes);
    }
    Raw("</section>\n");
  }

  void Reactions() {
    if (s_.reactions.empty()) return;
    Raw("<section class=\"mm-t-reactions\">\n");
    HeadingOpen(1);
    Say(w_("reactions.heading"));
    HeadingClose(1);
    for (const Reaction& r : s_.reactions) {
      HeadingOpen(2, "reaction", r.id);
      Text(r.party);
      if (!r.stance.empty()) {
        Text(colon_);
        Text(r.stance);
      }
      HeadingClose(2);
      Quotes(r.evidence);
      Notes(r.notes);
    }
    Raw("</section>\n");
  }

  // "Published 27 Nov 2026.": the phrase around a <time> element.
  void DatedPhrase(const char* key, const std::string& iso) {
    const std::string phrase = w_(key, {{"date", "\x01"}});
    const size_t at = phrase.find('\x01');
    Say(phrase.substr(0, at));
    IsoTime(iso);
    if (at != std::string::npos) Say(phrase.substr(at + 1));
  }

  const Story& s_;
  const TextVersionOptions& o_;
  const Words w_;
  int offset_ = 0;
  std::vector<int> cells_;                // suspect * motives + motive → link index, or -1
  std::vector<std::string> link_anchor_;  // per link: "link-<suspect>-<motive>" (no prefix)
  std::vector<std::string> source_cite_;  // per source: ", in <cite>title</cite>" (escaped)
  std::vector<int> places_;               // per suspect: 1-based place in the ranking, 0 if unranked
  std::string ranked_total_;              // how many suspects are ranked
  std::string colon_;                     // ": ", or the locale's (French: narrow no-break space first)
  std::string interface_lang_;            // set when the interface speaks another language than the story
  bool interface_rtl_ = false;
  std::string out_;
};

}  // namespace

std::string EscapeHtml(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  AppendEscaped(out, text);
  return out;
}

std::string RenderTextVersion(const Story& story, const TextVersionOptions& options) {
  return Writer(story, options).Run();
}

}  // namespace mm
