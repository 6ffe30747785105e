// text_version.cpp — the text version's sections, in page order (see text_version.h for the contract).
#include "core/text_version.h"

#include <algorithm>
#include <utility>

#include "core/html/text_version_writer.h"
#include "core/locale.h"
#include "core/load/story_schema.h"  // IsHttpUrl

namespace mm {
namespace html {
namespace {

const char* StrengthClass(int strength) {
  if (strength <= 1) return "mm-t-weak";
  if (strength == 2) return "mm-t-argued";
  return "mm-t-strong";
}

}  // namespace

std::string TextVersionWriter::Run() {
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
  Tour();
  Key();
  LensSection();
  if (o_.include_matrix_table) Matrix();
  Suspects();
  Motives();
  Timeline();
  Goals();
  Reactions();
  Raw("</article>\n");
  return Take();
}

void TextVersionWriter::Header() {
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

void TextVersionWriter::Sources() {
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
    const bool link = load::IsHttpUrl(src.url);
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

void TextVersionWriter::Key() {
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

void TextVersionWriter::Matrix() {
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
  for (int si : ranked_) {
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
    const std::vector<ArguedPair>& argued = arguments_.by_suspect[static_cast<size_t>(si)];  // by motive
    size_t next = 0;
    for (size_t mi = 0; mi < s_.motives.size(); ++mi) {
      if (next == argued.size() || argued[next].motive != static_cast<int>(mi)) {
        Raw("<td class=\"mm-t-cell mm-t-none\">");
        Say(w_("not_argued"));
        Raw("</td>\n");
        continue;
      }
      const size_t li = static_cast<size_t>(argued[next++].link);
      const Link& link = s_.links[li];
      Raw("<td class=\"mm-t-cell ");
      Raw(StrengthClass(link.strength));
      Raw("\">");
      HrefOpen("link", link_anchor_[li]);
      Say(w_.StrengthLabel(link.strength));
      Raw("</a><br><span class=\"mm-t-kinds\">");
      QuoteSummary(link.evidence);
      Raw("</span></td>\n");
    }
    Raw("</tr>\n");
  }
  Raw("</tbody>\n</table>\n</div>\n</section>\n");
}

void TextVersionWriter::Suspects() {
  for (int si : ranked_) {
    const Suspect& sus = s_.suspects[static_cast<size_t>(si)];
    Raw("<section class=\"mm-t-suspect\">\n");
    HeadingOpen(1, "suspect", sus.id);
    SayLabel(w_("tv.suspect.label"));
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
    CaseRestsOn(si);
    Quotes(a.evidence);
    if (!sus.summary.empty()) {
      Raw("<p class=\"mm-t-summary\">");
      Text(sus.summary);
      Raw("</p>\n");
    }
    Notes(sus.notes);
    const std::vector<ArguedPair>& argued = arguments_.by_suspect[static_cast<size_t>(si)];
    for (const ArguedPair& pair : argued) {
      const size_t li = static_cast<size_t>(pair.link);
      const Link& link = s_.links[li];
      HeadingOpen(2, "link", link_anchor_[li]);
      SayLabel(w_("tv.motive.label"));
      Text(s_.motives[static_cast<size_t>(pair.motive)].label);
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
      Quotes(link.evidence, &link);
      Notes(link.notes);
    }
    if (argued.empty()) {
      Raw("<p class=\"mm-t-none\">");
      Say(w_("tv.suspect.no_motive"));
      Raw("</p>\n");
    }
    Raw("</section>\n");
  }
}

void TextVersionWriter::Motives() {
  if (s_.motives.empty()) return;
  Raw("<section class=\"mm-t-motives\">\n");
  HeadingOpen(1);
  Say(w_("tv.motives.heading"));
  HeadingClose(1);
  Raw("<dl>\n");
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
    for (const ArguedPair& pair : arguments_.by_motive[mi]) {  // in ranking order
      const size_t li = static_cast<size_t>(pair.link);
      const Link& link = s_.links[li];
      const Suspect& sus = s_.suspects[static_cast<size_t>(pair.suspect)];
      if (first) {
        Raw("\n<p class=\"mm-t-related\">");
        Say(w_("tv.motive.links"));
        Raw(" ");
      } else {
        Raw(", ");
      }
      first = false;
      HrefOpen("link", link_anchor_[li]);
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

void TextVersionWriter::Timeline() {
  if (s_.events.empty()) return;
  // Loaded stories are in order already (FinalizeStory); a story built in code may not be.
  const std::vector<int> order = EventOrder(s_);
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

void TextVersionWriter::Goals() {
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

void TextVersionWriter::Reactions() {
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

}  // namespace html

std::string EscapeHtml(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  html::AppendEscaped(out, text);
  return out;
}

std::string RenderTextVersion(const Story& story, const TextVersionOptions& options) {
  return html::TextVersionWriter(story, options).Run();
}

}  // namespace mm
