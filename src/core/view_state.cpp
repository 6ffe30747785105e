// view_state.cpp — selection → highlight sets, URL hash, JSON state and a spoken description.
//
// Every function takes untrusted input (a hash typed into the address bar, an index from a stale
// UI frame) and must neither fail nor read out of bounds: invalid selections behave as None.
#include "view_state.h"

#include <algorithm>
#include <climits>
#include <nlohmann/json.hpp>

#include "ascii.h"
#include "relations.h"
#include "wording.h"

namespace mm {
namespace {

bool InRange(int i, size_t size) { return i >= 0 && static_cast<size_t>(i) < size; }

// A selection whose indices point into the story; anything else is treated as None.
bool IsValid(const Story& story, const Selection& sel) {
  switch (sel.kind) {
    case SelectionKind::None: return false;
    case SelectionKind::Cell:
      return InRange(sel.a, story.suspects.size()) && InRange(sel.b, story.motives.size());
    case SelectionKind::Suspect: return InRange(sel.a, story.suspects.size());
    case SelectionKind::Motive: return InRange(sel.a, story.motives.size());
    case SelectionKind::Event: return InRange(sel.a, story.events.size());
    case SelectionKind::Goal: return InRange(sel.a, story.goals.size());
    case SelectionKind::Reaction: return InRange(sel.a, story.reactions.size());
  }
  return false;
}

// Marks indices from a resolved cross-reference list, ignoring any that are out of range
// (a hand-built or partially resolved story must not crash the view).
void MarkAll(std::vector<bool>& set, const std::vector<int>& indices) {
  for (int i : indices) {
    if (InRange(i, set.size())) set[static_cast<size_t>(i)] = true;
  }
}

void Mark(std::vector<bool>& set, int i) {
  if (InRange(i, set.size())) set[static_cast<size_t>(i)] = true;
}

// ---- hash ids ---------------------------------------------------------------------------------

struct HashKind {
  SelectionKind kind;
  const char* key;
};
constexpr HashKind kHashKinds[] = {
    {SelectionKind::Cell, "cell"},   {SelectionKind::Suspect, "suspect"}, {SelectionKind::Motive, "motive"},
    {SelectionKind::Event, "event"}, {SelectionKind::Goal, "goal"},       {SelectionKind::Reaction, "reaction"},
};

const char* KindKey(SelectionKind kind) {
  for (const HashKind& k : kHashKinds) {
    if (k.kind == kind) return k.key;
  }
  return "none";
}

// Ids are [a-z0-9-] and pass unchanged; anything else is percent-encoded so that a stray ':' can
// never split a cell id and the hash stays a valid URL fragment.
std::string PercentEncode(std::string_view s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                            c == '-' || c == '_' || c == '.' || c == '~';
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// False on a malformed escape ("%ZZ", a trailing "%"): the whole hash is then rejected.
bool PercentDecode(std::string_view s, std::string* out) {
  out->clear();
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') {
      *out += s[i];
      continue;
    }
    if (i + 2 >= s.size()) return false;
    const int hi = HexValue(s[i + 1]), lo = HexValue(s[i + 2]);
    if (hi < 0 || lo < 0) return false;
    *out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return true;
}

template <typename T>
int FindById(const std::vector<T>& items, const std::string& id) {
  if (id.empty()) return -1;
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

int FindByEncodedId(const Story& story, SelectionKind kind, std::string_view encoded) {
  std::string id;
  if (!PercentDecode(encoded, &id)) return -1;
  switch (kind) {
    case SelectionKind::Cell:
    case SelectionKind::None: return -1;
    case SelectionKind::Suspect: return FindById(story.suspects, id);
    case SelectionKind::Motive: return FindById(story.motives, id);
    case SelectionKind::Event: return FindById(story.events, id);
    case SelectionKind::Goal: return FindById(story.goals, id);
    case SelectionKind::Reaction: return FindById(story.reactions, id);
  }
  return -1;
}

const std::string& IdOf(const Story& story, SelectionKind kind, int index) {
  switch (kind) {
    case SelectionKind::Suspect: return story.suspects[static_cast<size_t>(index)].id;
    case SelectionKind::Motive: return story.motives[static_cast<size_t>(index)].id;
    case SelectionKind::Event: return story.events[static_cast<size_t>(index)].id;
    case SelectionKind::Goal: return story.goals[static_cast<size_t>(index)].id;
    case SelectionKind::Reaction: return story.reactions[static_cast<size_t>(index)].id;
    default: break;
  }
  static const std::string kNone;
  return kNone;
}

// ---- describing ---------------------------------------------------------------------------------

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

Highlight ComputeHighlight(const Story& story, const Selection& sel) {
  Highlight h;
  h.suspects.assign(story.suspects.size(), false);
  h.motives.assign(story.motives.size(), false);
  h.events.assign(story.events.size(), false);
  h.goals.assign(story.goals.size(), false);
  if (!IsValid(story, sel)) return h;

  switch (sel.kind) {
    case SelectionKind::Cell: {
      // The pair's row and column, and what either of them reaches on the timeline.
      const int s = sel.a, m = sel.b;
      Mark(h.suspects, s);
      Mark(h.motives, m);
      MarkAll(h.events, EventsNamingSuspect(story, s));
      MarkAll(h.events, EventsNamingMotive(story, m));
      MarkAll(h.goals, GoalsNamingMotive(story, m));
      break;
    }
    case SelectionKind::Suspect: {
      const int s = sel.a;
      Mark(h.suspects, s);
      for (const ArguedPair& pair : ArguedMotives(story, s)) Mark(h.motives, pair.motive);
      MarkAll(h.events, EventsNamingSuspect(story, s));
      break;
    }
    case SelectionKind::Motive: {
      const int m = sel.a;
      Mark(h.motives, m);
      MarkAll(h.events, EventsNamingMotive(story, m));
      MarkAll(h.goals, GoalsNamingMotive(story, m));
      break;
    }
    case SelectionKind::Event: {
      const Event& e = story.events[static_cast<size_t>(sel.a)];
      Mark(h.events, sel.a);
      MarkAll(h.motives, e.motives);
      MarkAll(h.suspects, e.suspects);
      MarkAll(h.goals, GoalsNamingEvent(story, sel.a));
      break;
    }
    case SelectionKind::Goal: {
      const Goal& g = story.goals[static_cast<size_t>(sel.a)];
      Mark(h.goals, sel.a);
      MarkAll(h.events, g.events);
      MarkAll(h.motives, g.motives);
      break;
    }
    case SelectionKind::Reaction:  // reactions stand alone: nothing in the matrix or timeline
    case SelectionKind::None:
      return h;
  }
  h.any = true;
  return h;
}

std::string SelectionToHash(const Story& story, const Selection& sel) {
  if (!IsValid(story, sel)) return "";
  if (sel.kind == SelectionKind::Cell) {
    return "#cell=" + PercentEncode(story.suspects[static_cast<size_t>(sel.a)].id) + ":" +
           PercentEncode(story.motives[static_cast<size_t>(sel.b)].id);
  }
  return std::string("#") + KindKey(sel.kind) + "=" + PercentEncode(IdOf(story, sel.kind, sel.a));
}

Selection SelectionFromHash(const Story& story, std::string_view hash) {
  // Ids are ≤ 64 bytes, so even fully percent-encoded a valid hash is far below this.
  constexpr size_t kMaxHashBytes = 1024;
  if (hash.size() > kMaxHashBytes) return {};
  if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
  const size_t eq = hash.find('=');
  if (eq == std::string_view::npos) return {};
  const std::string_view key = hash.substr(0, eq), value = hash.substr(eq + 1);

  for (const HashKind& k : kHashKinds) {
    if (key != k.key) continue;
    if (k.kind == SelectionKind::Cell) {
      const size_t colon = value.find(':');
      if (colon == std::string_view::npos || value.find(':', colon + 1) != std::string_view::npos) return {};
      const int s = FindByEncodedId(story, SelectionKind::Suspect, value.substr(0, colon));
      const int m = FindByEncodedId(story, SelectionKind::Motive, value.substr(colon + 1));
      if (s < 0 || m < 0) return {};
      return {SelectionKind::Cell, s, m};
    }
    const int i = FindByEncodedId(story, k.kind, value);
    if (i < 0) return {};
    return {k.kind, i, -1};
  }
  return {};
}

std::string SelectionToJson(const Story& story, const Selection& sel, std::string_view view) {
  // Strings are escaped by the library and invalid UTF-8 is replaced (the non-throwing dump), so
  // any id or view name is safe to pass through.
  return SelectionToJsonObject(story, sel, view).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

nlohmann::ordered_json SelectionToJsonObject(const Story& story, const Selection& sel, std::string_view view) {
  // ordered_json keeps the documented key order.
  using Json = nlohmann::ordered_json;
  Json selection = Json::object();
  if (!IsValid(story, sel)) {
    selection["kind"] = "none";
  } else if (sel.kind == SelectionKind::Cell) {
    selection["kind"] = "cell";
    selection["suspect"] = story.suspects[static_cast<size_t>(sel.a)].id;
    selection["motive"] = story.motives[static_cast<size_t>(sel.b)].id;
  } else {
    selection["kind"] = KindKey(sel.kind);
    selection["id"] = IdOf(story, sel.kind, sel.a);
  }
  Json state = Json::object();
  state["selection"] = std::move(selection);
  state["view"] = std::string(view);
  state["hash"] = SelectionToHash(story, sel);
  return state;
}

std::string DescribeSelection(const Story& story, const Selection& sel) {
  const Words w(story);
  if (!IsValid(story, sel)) return w("say.nothing");
  switch (sel.kind) {
    case SelectionKind::Cell: {
      const Suspect& s = story.suspects[static_cast<size_t>(sel.a)];
      const Motive& m = story.motives[static_cast<size_t>(sel.b)];
      const std::string pair = SuspectName(s) + " × " + m.label;
      const int li = story.LinkAt(sel.a, sel.b);
      if (!InRange(li, story.links.size())) return w("say.cell.not_argued", {{"pair", pair}});
      const Link& link = story.links[static_cast<size_t>(li)];
      const std::string quotes = w.Count("count.quote", link.evidence.size());
      // "strong link argued by…", but never "argued link argued by…".
      if (link.strength == 2) return w("say.cell.link_argued", {{"pair", pair}, {"quotes", quotes}});
      return w("say.cell.link", {{"pair", pair}, {"strength", w.StrengthWord(link.strength)}, {"quotes", quotes}});
    }
    case SelectionKind::Suspect: {
      const Suspect& s = story.suspects[static_cast<size_t>(sel.a)];
      const size_t motives = ArguedMotives(story, sel.a).size();
      std::string text = SuspectName(s);
      if (s.assessment.place > 0) {
        text = w("say.suspect.rank", {{"name", text}, {"rank", std::to_string(s.assessment.place)}});
        if (!s.assessment.label.empty()) text += " (" + s.assessment.label + ")";
      }
      return AppendClause(w, text, motives ? w("say.suspect.motives", {{"motives", w.Count("count.motive", motives)}})
                                        : w("say.suspect.no_motive"));
    }
    case SelectionKind::Motive: {
      const Motive& m = story.motives[static_cast<size_t>(sel.a)];
      const size_t suspects = SuspectsArguing(story, sel.a).size();
      const size_t events = EventsNamingMotive(story, sel.a).size();
      std::string text = w("say.motive", {{"label", m.label}});
      text += suspects ? w("say.motive.suspects", {{"suspects", w.Count("count.suspect", suspects)}})
                       : w("say.motive.no_suspect");
      return AppendClause(w, text, RelatesTo(w, events, "count.event", 0, ""));
    }
    case SelectionKind::Event: {
      const Event& e = story.events[static_cast<size_t>(sel.a)];
      const char* kind = e.kind == EventKind::Act ? "say.kind.act" : e.kind == EventKind::Reaction ? "say.kind.reaction" : "say.kind.context";
      std::string text = w.DateText(e.date) + " — " + e.title + " (" + w(kind) + ")";
      text = AppendClause(w, text, RelatesTo(w, e.motives.size(), "count.motive", e.suspects.size(), "count.suspect"));
      if (e.coincided) text = AppendClause(w, text, w("say.event.coincided"));
      return text;
    }
    case SelectionKind::Goal: {
      const Goal& g = story.goals[static_cast<size_t>(sel.a)];
      return AppendClause(w, w("say.goal", {{"title", g.title}}),
                          RelatesTo(w, g.events.size(), "count.event", g.motives.size(), "count.motive"));
    }
    case SelectionKind::Reaction: {
      const Reaction& r = story.reactions[static_cast<size_t>(sel.a)];
      return AppendClause(w, r.party + w("punct.colon") + r.stance, w.Count("count.quote", r.evidence.size()));
    }
    case SelectionKind::None: break;
  }
  return w("say.nothing");
}

}  // namespace mm
