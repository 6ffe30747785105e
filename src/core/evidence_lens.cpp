// evidence_lens.cpp — the evidence lens, breakdowns, linchpins and the ranking check (evidence_lens.h).
#include "evidence_lens.h"

namespace mm {
namespace {

bool IsReported(EvidenceKind k) { return k == EvidenceKind::ReportedFact || k == EvidenceKind::Attributed; }

bool RestsOnReported(const Link& link) {
  for (const Evidence& e : link.evidence)
    if (IsReported(e.kind)) return true;
  return false;
}

}  // namespace

const char* ToString(Lens lens) {
  switch (lens) {
    case Lens::All: return "";
    case Lens::Facts: return "facts";
    case Lens::Attributed: return "attributed";
    case Lens::Analysis: return "analysis";
  }
  return "";
}

bool ParseLens(std::string_view text, Lens* out) {
  for (Lens lens : {Lens::All, Lens::Facts, Lens::Attributed, Lens::Analysis}) {
    if (text == ToString(lens) || (lens == Lens::All && text == "all")) {
      *out = lens;
      return true;
    }
  }
  return false;
}

bool InLens(Lens lens, EvidenceKind kind) {
  switch (lens) {
    case Lens::All: return true;
    case Lens::Facts: return kind == EvidenceKind::ReportedFact;
    case Lens::Attributed: return kind == EvidenceKind::Attributed;
    case Lens::Analysis: return kind == EvidenceKind::Analysis;
  }
  return true;
}

bool OutsideLens(Lens lens, const std::vector<Evidence>& evidence) {
  if (lens == Lens::All) return false;
  for (const Evidence& e : evidence)
    if (InLens(lens, e.kind)) return false;
  return true;
}

CellUnderLens CellUnder(const Story& story, int suspect, int motive, Lens lens) {
  const int li = story.LinkAt(suspect, motive);
  if (li < 0 || static_cast<size_t>(li) >= story.links.size()) return CellUnderLens::NotArgued;
  for (const Evidence& e : story.links[static_cast<size_t>(li)].evidence)
    if (InLens(lens, e.kind)) return CellUnderLens::Shown;
  return CellUnderLens::NoSuchEvidence;
}

int KindCounts::Of(EvidenceKind kind) const {
  switch (kind) {
    case EvidenceKind::ReportedFact: return fact;
    case EvidenceKind::Attributed: return attributed;
    case EvidenceKind::Analysis: return analysis;
  }
  return 0;
}

KindCounts CountKinds(const std::vector<Evidence>& evidence) {
  KindCounts counts;
  for (const Evidence& e : evidence) {
    switch (e.kind) {
      case EvidenceKind::ReportedFact: ++counts.fact; break;
      case EvidenceKind::Attributed: ++counts.attributed; break;
      case EvidenceKind::Analysis: ++counts.analysis; break;
    }
  }
  return counts;
}

KindCounts SuspectBreakdown(const Story& story, int suspect) {
  KindCounts total;
  for (const Link& link : story.links) {
    if (link.suspect != suspect) continue;
    const KindCounts k = CountKinds(link.evidence);
    total.fact += k.fact;
    total.attributed += k.attributed;
    total.analysis += k.analysis;
  }
  return total;
}

std::vector<int> Linchpins(const Link& link) {
  std::vector<int> out;
  const int n = static_cast<int>(link.evidence.size());
  int reported = 0;
  for (const Evidence& e : link.evidence) reported += IsReported(e.kind) ? 1 : 0;
  for (int i = 0; i < n; ++i) {
    const bool only_quote = n == 1;
    const bool only_reported = reported == 1 && IsReported(link.evidence[static_cast<size_t>(i)].kind);
    if (only_quote || only_reported) out.push_back(i);
  }
  return out;
}

RankingCheck CheckRankingOnReportedEvidence(const Story& story) {
  RankingCheck check;
  check.score.assign(story.suspects.size(), 0);
  for (const Link& link : story.links) {
    if (link.suspect < 0 || static_cast<size_t>(link.suspect) >= story.suspects.size()) continue;
    if (RestsOnReported(link)) check.score[static_cast<size_t>(link.suspect)] += link.strength;
  }
  std::vector<int> ranked;
  for (int s : RankedSuspects(story))
    if (story.suspects[static_cast<size_t>(s)].assessment.rank > 0) ranked.push_back(s);
  bool tie = false, any_score = false;
  for (int s : ranked) any_score = any_score || check.score[static_cast<size_t>(s)] > 0;
  // Every pair, not only neighbours: a suspect ranked third that outscores the first overturns
  // the order even when the second sits between them.
  for (size_t i = 0; i < ranked.size(); ++i) {
    for (size_t j = i + 1; j < ranked.size(); ++j) {
      const int above = ranked[i], below = ranked[j];
      const int a = check.score[static_cast<size_t>(above)], b = check.score[static_cast<size_t>(below)];
      if (b > a) {
        RankingCheck::Reversal r;
        r.above = above;
        r.below = below;
        for (size_t li = 0; li < story.links.size(); ++li)
          if (story.links[li].suspect == above && !RestsOnReported(story.links[li])) r.dropped_links.push_back((int)li);
        check.reversals.push_back(std::move(r));
      } else if (b == a && j == i + 1) {
        tie = true;
      }
    }
  }
  if (!check.reversals.empty()) check.outcome = RankingCheck::Outcome::Overturned;
  else if (tie || (!any_score && !ranked.empty())) check.outcome = RankingCheck::Outcome::CannotTell;
  return check;
}

}  // namespace mm
