// lens_words.cpp — the evidence lens, breakdowns, linchpins and the ranking check in words (lens_words.h).
#include "core/lens_words.h"

namespace mm {
namespace {

const char* LensKey(Lens lens, bool short_name) {
  switch (lens) {
    case Lens::All: return short_name ? "lens.short.all" : "lens.name.all";
    case Lens::Facts: return short_name ? "lens.short.facts" : "lens.name.facts";
    case Lens::Attributed: return short_name ? "lens.short.attributed" : "lens.name.attributed";
    case Lens::Analysis: return short_name ? "lens.short.analysis" : "lens.name.analysis";
  }
  return "lens.name.all";
}

// "a", "a and b", "a, b and c".
std::string ListOf(const Words& w, const std::vector<std::string>& items) {
  if (items.empty()) return "";
  std::string head = items[0];
  for (size_t i = 1; i + 1 < items.size(); ++i) head += ", " + items[i];
  return items.size() == 1 ? head : w("say.and", {{"a", head}, {"b", items.back()}});
}

std::string SuspectName(const Suspect& s) { return s.short_label.empty() ? s.name : s.short_label; }

}  // namespace

std::string LensName(const Words& w, Lens lens) { return w(LensKey(lens, false)); }
std::string LensShortName(const Words& w, Lens lens) { return w(LensKey(lens, true)); }

std::string BreakdownSentence(const Words& w, const KindCounts& k) {
  const std::string parts = w.Count("lens.count.fact", (size_t)k.fact) + ", " +
                            w.Count("lens.count.attributed", (size_t)k.attributed) + ", " +
                            w.Count("lens.count.analysis", (size_t)k.analysis);
  return w("lens.breakdown", {{"total", w.Count("count.quote", (size_t)k.Total())}, {"parts", parts}});
}

std::string RestsOnSentence(const Words& w, const Link& link) {
  const KindCounts k = CountKinds(link.evidence);
  std::vector<std::string> kinds;
  if (k.fact) kinds.push_back(w("legend.fact"));
  if (k.attributed) kinds.push_back(w("legend.attributed"));
  if (k.analysis) kinds.push_back(w("legend.analysis"));
  if (kinds.empty()) return "";
  return w("lens.rests_on", {{"kinds", ListOf(w, kinds)}});
}

std::string LinchpinNote(const Words& w, const Link& link, int i) {
  for (int l : Linchpins(link)) {
    if (l != i) continue;
    return w(link.evidence.size() == 1 ? "lens.linchpin.only" : "lens.linchpin.reported");
  }
  return "";
}

std::string RankingSentence(const Words& w, const Story& story, const RankingCheck& check) {
  std::vector<int> ranked;
  for (int s : RankedSuspects(story))
    if (story.suspects[(size_t)s].assessment.rank > 0) ranked.push_back(s);
  if (ranked.size() < 2) return "";
  auto score = [&](int s) { return check.score[(size_t)s]; };
  switch (check.outcome) {
    case RankingCheck::Outcome::Stands: return w("lens.ranking.stands");
    case RankingCheck::Outcome::CannotTell: {
      bool any = false;
      for (int s : ranked) any = any || score(s) > 0;
      if (!any) return w("lens.ranking.none");
      // Each run of neighbours with the same score, named.
      std::vector<std::string> runs;
      for (size_t i = 0; i + 1 < ranked.size();) {
        size_t j = i + 1;
        while (j < ranked.size() && score(ranked[j]) == score(ranked[i])) ++j;
        if (j - i >= 2) {
          std::vector<std::string> names;
          for (size_t k = i; k < j; ++k) names.push_back(SuspectName(story.suspects[(size_t)ranked[k]]));
          runs.push_back(ListOf(w, names));
        }
        i = j;
      }
      std::string out;
      for (const std::string& names : runs) out += (out.empty() ? "" : " ") + w("lens.ranking.tie", {{"names", names}});
      return out;
    }
    case RankingCheck::Outcome::Overturned: {
      std::string out = w("lens.ranking.overturned");
      for (const RankingCheck::Reversal& r : check.reversals) {
        std::vector<std::string> motives;
        for (int li : r.dropped_links) motives.push_back(story.motives[(size_t)story.links[(size_t)li].motive].label);
        const std::string below = SuspectName(story.suspects[(size_t)r.below]);
        const std::string above = SuspectName(story.suspects[(size_t)r.above]);
        out += " " + (motives.empty() ? w("lens.ranking.reversal_plain", {{"below", below}, {"above", above}})
                                      : w("lens.ranking.reversal", {{"below", below}, {"above", above},
                                                                    {"motives", ListOf(w, motives)}}));
      }
      return out;
    }
  }
  return "";
}

std::string DescribeLens(const Story& story, Lens lens) {
  const Words w(story);
  const std::string name = w("lens.described", {{"lens", LensName(w, lens)}});
  if (lens == Lens::All) return name;
  size_t shown = 0;
  for (const Link& l : story.links) {
    for (const Evidence& e : l.evidence) {
      if (InLens(lens, e.kind)) {
        ++shown;
        break;
      }
    }
  }
  return name + " " + w("lens.described_links", {{"n", std::to_string(shown)}, {"total", std::to_string(story.links.size())}}, shown);
}

std::vector<std::string> LensRules(const Words& w) {
  return {w("lens.how.1"), w("lens.how.2"), w("lens.how.3"), w("lens.how.4"), w("lens.how.5")};
}

}  // namespace mm
