// describe_selection.cpp — one sentence for the selection, for the live region and tooltips.
//
// Like every view function it takes untrusted selections: anything invalid is "Nothing selected".
#include "core/view/describe_selection.h"

#include "core/relations.h"
#include "core/wording.h"

namespace mm {
namespace {

bool InRange(int i, size_t size) { return i >= 0 && static_cast<size_t>(i) < size; }

std::string SuspectName(const Suspect& s) { return s.name.empty() ? s.short_label : s.name; }

// "relates to 2 motives and 1 suspect"; "" when there is nothing to relate to.
std::string RelatesTo(const Words& w, size_t a, const char* a_noun, size_t b, const char* b_noun) {
  if (a == 0 && b == 0) return "";
  std::string what = a > 0 && b > 0 ? w("say.and", {{"a", w.Count(a_noun, a)}, {"b", w.Count(b_noun, b)}})
                     : a > 0       ? w.Count(a_noun, a)
                                   : w.Count(b_noun, b);
  return w("say.relates", {{"what", what}});
}

std::string AppendClause(const Words& w, std::string sentence, const std::string& clause) {
  if (!clause.empty()) sentence += w("punct.semicolon") + clause;
  return sentence;
}

}  // namespace

std::string DescribeSelection(const Story& story, const Selection& sel, bool answers) {
  const Words w(story);
  if (!IsValid(story, sel)) return w("say.nothing");
  switch (sel.kind) {
    case SelectionKind::Cell: {
      const Suspect& s = story.suspects[static_cast<size_t>(sel.index)];
      const Motive& m = story.motives[static_cast<size_t>(sel.motive)];
      const std::string pair = SuspectName(s) + " × " + m.label;
      if (!answers) return pair;
      const int li = story.LinkAt(sel.index, sel.motive);
      if (!InRange(li, story.links.size())) return w("say.cell.not_argued", {{"pair", pair}});
      const Link& link = story.links[static_cast<size_t>(li)];
      const std::string quotes = w.Count("count.quote", link.evidence.size());
      // "strong link argued by…", but never "argued link argued by…".
      if (link.strength == 2) return w("say.cell.link_argued", {{"pair", pair}, {"quotes", quotes}});
      return w("say.cell.link", {{"pair", pair}, {"strength", w.StrengthWord(link.strength)}, {"quotes", quotes}});
    }
    case SelectionKind::Suspect: {
      const Suspect& s = story.suspects[static_cast<size_t>(sel.index)];
      if (!answers) return SuspectName(s);
      const size_t motives = ArguedMotives(story, sel.index).size();
      std::string text = SuspectName(s);
      if (s.assessment.place > 0) {
        text = w("say.suspect.rank", {{"name", text}, {"rank", std::to_string(s.assessment.place)}});
        if (!s.assessment.label.empty()) text += " (" + s.assessment.label + ")";
      }
      return AppendClause(w, text, motives ? w("say.suspect.motives", {{"motives", w.Count("count.motive", motives)}})
                                        : w("say.suspect.no_motive"));
    }
    case SelectionKind::Motive: {
      const Motive& m = story.motives[static_cast<size_t>(sel.index)];
      if (!answers) return m.label;
      const size_t suspects = SuspectsArguing(story, sel.index).size();
      const size_t events = EventsNamingMotive(story, sel.index).size();
      std::string text = w("say.motive", {{"label", m.label}});
      text += suspects ? w("say.motive.suspects", {{"suspects", w.Count("count.suspect", suspects)}})
                       : w("say.motive.no_suspect");
      return AppendClause(w, text, RelatesTo(w, events, "count.event", 0, ""));
    }
    case SelectionKind::Event: {
      const Event& e = story.events[static_cast<size_t>(sel.index)];
      const char* kind = e.kind == EventKind::Act ? "say.kind.act" : e.kind == EventKind::Reaction ? "say.kind.reaction" : "say.kind.context";
      std::string text = w.DateText(e.date) + " — " + e.title + " (" + w(kind) + ")";
      text = AppendClause(w, text, RelatesTo(w, e.motives.size(), "count.motive", e.suspects.size(), "count.suspect"));
      if (e.coincided) text = AppendClause(w, text, w("say.event.coincided"));
      return text;
    }
    case SelectionKind::Goal: {
      const Goal& g = story.goals[static_cast<size_t>(sel.index)];
      return AppendClause(w, w("say.goal", {{"title", g.title}}),
                          RelatesTo(w, g.events.size(), "count.event", g.motives.size(), "count.motive"));
    }
    case SelectionKind::Reaction: {
      const Reaction& r = story.reactions[static_cast<size_t>(sel.index)];
      return AppendClause(w, r.party + w("punct.colon") + r.stance, w.Count("count.quote", r.evidence.size()));
    }
    case SelectionKind::None: break;
  }
  return w("say.nothing");
}

}  // namespace mm
