// text_version_lens.cpp — the evidence lens in the text version: each suspect's breakdown by kind
// of evidence, whether the ranking stands on reported evidence alone, and the rules ("How this is
// worked out"). Linchpins are marked where the quotes are (text_version_blocks.cpp).
#include "core/evidence_lens.h"
#include "core/html/text_version_writer.h"
#include "core/lens_words.h"

namespace mm::html {

void TextVersionWriter::SayParagraph(const char* cls, std::string_view words) {
  Raw("<p class=\"");
  Raw(cls);
  Raw("\">");
  Say(words);
  Raw("</p>\n");
}

void TextVersionWriter::LensSection() {
  Raw("<section class=\"mm-t-lens\" id=\"how-this-is-worked-out\">\n");
  HeadingOpen(1);
  Say(w_("lens.ranking.heading"));
  HeadingClose(1);
  const std::string ranking = RankingSentence(w_, s_, CheckRankingOnReportedEvidence(s_));
  if (!ranking.empty()) SayParagraph("mm-t-ranking", ranking);
  // Every suspect's breakdown in one list, in the sources' order, so the cases compare at a glance.
  Raw("<ul class=\"mm-t-breakdown\">\n");
  for (int si : ranked_) {
    Raw("<li>");
    HrefOpen("suspect", s_.suspects[static_cast<size_t>(si)].id);
    Text(s_.suspects[static_cast<size_t>(si)].name);
    Raw("</a>");
    Text(colon_);
    Say(BreakdownSentence(w_, SuspectBreakdown(s_, si)));
    Raw("</li>\n");
  }
  Raw("</ul>\n");
  HeadingOpen(2);
  Say(w_("lens.how.heading"));
  HeadingClose(2);
  for (const std::string& rule : LensRules(w_)) SayParagraph("mm-t-rule", rule);
  Raw("</section>\n");
}

void TextVersionWriter::CaseRestsOn(int suspect) {
  Raw("<p class=\"mm-t-case\"><strong>");
  Say(w_("lens.case.heading"));
  Raw("</strong>");
  Text(colon_);
  Say(BreakdownSentence(w_, SuspectBreakdown(s_, suspect)));
  Raw("</p>\n");
}

}  // namespace mm::html
