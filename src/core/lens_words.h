// lens_words.h — the evidence lens in words: the names of its settings, a suspect's breakdown
// ("26 quotes: 0 reported facts, 5 attributed statements, 21 the article’s analysis"), what a link
// rests on, its linchpins, the ranking check as a sentence, and the lens for the live region.
// Shared by the canvas, the text version and the page's state document, so that all say the same.
#pragma once

#include <string>
#include <vector>

#include "core/evidence_lens.h"
#include "core/story.h"
#include "core/wording.h"

namespace mm {

// "All evidence", "Reported facts", "Attributed statements", "The article’s analysis".
std::string LensName(const Words& w, Lens lens);
// The short label of a lens button: "All", "Facts", "Attributed", "Analysis".
std::string LensShortName(const Words& w, Lens lens);
// "26 quotes: 0 reported facts, 5 attributed statements, 21 the article’s analysis".
std::string BreakdownSentence(const Words& w, const KindCounts& counts);
// "This link rests on: attributed statements, the article’s analysis." ("" for no quotes).
std::string RestsOnSentence(const Words& w, const Link& link);
// Why quote `i` of `link` is a linchpin ("" when it is not one).
std::string LinchpinNote(const Words& w, const Link& link, int i);
// Whether the sources' order of suspects would stand on reported facts and attributed statements
// alone, and if not which links make the difference ("" when the story ranks no suspect).
std::string RankingSentence(const Words& w, const Story& story, const RankingCheck& check);
// For the live region: "Evidence shown: reported facts. 2 of 10 links rest on such evidence."
std::string DescribeLens(const Story& story, Lens lens);
// The rules, one paragraph each ("How this is worked out").
std::vector<std::string> LensRules(const Words& w);

}  // namespace mm
