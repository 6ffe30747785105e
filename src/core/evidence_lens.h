// evidence_lens.h — reading the evidence by its kind: the lens that filters what is shown
// (all / reported facts / attributed statements / the source's analysis), what each suspect's
// case rests on, the "linchpin" quotes of a link, and whether the sources' ranking would stand on
// reported facts and attributed statements alone. The rules are written out in
// docs/evidence-lens.md ("How this is worked out"); nothing here re-orders the sources' ranking.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "story.h"

namespace mm {

enum class Lens : uint8_t { All, Facts, Attributed, Analysis };

const char* ToString(Lens lens);                       // "" (all), "facts", "attributed", "analysis"
bool ParseLens(std::string_view text, Lens* out);      // the inverse; "" and "all" are All
bool InLens(Lens lens, EvidenceKind kind);
// Whether an item (an event, a goal, a reaction) has nothing of the lens's kind behind it, so the
// timeline dims it: never under All; always under a lens for an item without quotes.
bool OutsideLens(Lens lens, const std::vector<Evidence>& evidence);

// A matrix cell under a lens: the sources do not argue the pair; the link shows (it has a quote
// of the lens's kind); or the link exists but none of its quotes is of that kind.
enum class CellUnderLens : uint8_t { NotArgued, Shown, NoSuchEvidence };
CellUnderLens CellUnder(const Story& story, int suspect, int motive, Lens lens);

struct KindCounts {
  int fact = 0, attributed = 0, analysis = 0;
  int Total() const { return fact + attributed + analysis; }
  int Of(EvidenceKind kind) const;
};
KindCounts CountKinds(const std::vector<Evidence>& evidence);
// Every quote behind a suspect's links (not the assessment's), by kind.
KindCounts SuspectBreakdown(const Story& story, int suspect);

// The linchpins of a link: the quotes whose removal would leave it with no reported fact or
// attributed statement (the only such quote), or with no evidence at all (its only quote).
// Indices into link.evidence, in order.
std::vector<int> Linchpins(const Link& link);

// Whether the sources' ranking would stand if only reported facts and attributed statements
// counted. A suspect's score is the sum of the strengths of its links that rest on at least one
// such quote; the ranking stands when no suspect ranked lower scores more than one ranked above
// it. Suspects without a rank take no part.
struct RankingCheck {
  enum class Outcome : uint8_t {
    Stands,      // every suspect scores more than each one ranked below it
    CannotTell,  // no reversal, but some neighbours score the same (or nothing counts at all)
    Overturned,  // a suspect ranked lower scores more than one ranked above it
  } outcome = Outcome::Stands;
  std::vector<int> score;  // per suspect, in story order (0 for the unranked)
  struct Reversal {
    int above = -1, below = -1;     // suspects: ranked higher by the sources, and lower
    std::vector<int> dropped_links;  // links of `above` that rest on the sources' analysis alone
  };
  std::vector<Reversal> reversals;
};
RankingCheck CheckRankingOnReportedEvidence(const Story& story);

}  // namespace mm
