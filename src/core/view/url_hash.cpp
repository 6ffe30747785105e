// url_hash.cpp — a selection, the evidence lens and the tour's step to and from the URL hash
// ("#event=<id>", "#cell=<suspect>:<motive>&lens=facts", "#step=3").
//
// The hash is typed or pasted by readers: parsing never fails and never reads out of bounds;
// anything unknown or malformed is None.
#include "core/view/url_hash.h"

#include "core/ascii.h"

namespace mm {
namespace {

// Every kind a hash can name, in the order keys are tried.
constexpr SelectionKind kHashKinds[] = {SelectionKind::Cell, SelectionKind::Suspect, SelectionKind::Motive,
                                        SelectionKind::Event, SelectionKind::Goal, SelectionKind::Reaction};

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

}  // namespace

std::string SelectionToHash(const Story& story, const Selection& sel) {
  if (!IsValid(story, sel)) return "";
  if (sel.kind == SelectionKind::Cell) {
    return "#cell=" + PercentEncode(story.suspects[static_cast<size_t>(sel.index)].id) + ":" +
           PercentEncode(story.motives[static_cast<size_t>(sel.motive)].id);
  }
  return std::string("#") + SelectionKindKey(sel.kind) + "=" + PercentEncode(SelectedItemId(story, sel));
}

namespace {

// One "key=value" part of a hash: a selection, or None.
Selection SelectionFromPart(const Story& story, std::string_view part) {
  const size_t eq = part.find('=');
  if (eq == std::string_view::npos) return {};
  const std::string_view key = part.substr(0, eq), value = part.substr(eq + 1);

  for (const SelectionKind kind : kHashKinds) {
    if (key != SelectionKindKey(kind)) continue;
    if (kind == SelectionKind::Cell) {
      const size_t colon = value.find(':');
      if (colon == std::string_view::npos || value.find(':', colon + 1) != std::string_view::npos) return {};
      const int s = FindByEncodedId(story, SelectionKind::Suspect, value.substr(0, colon));
      const int m = FindByEncodedId(story, SelectionKind::Motive, value.substr(colon + 1));
      if (s < 0 || m < 0) return {};
      return Selection::Cell(s, m);
    }
    const int i = FindByEncodedId(story, kind, value);
    if (i < 0) return {};
    return Selection::Item(kind, i);
  }
  return {};
}

// A step of the story's tour, 1-based, written plainly ("3": no "03", no overflow); 0 otherwise.
int StepFromPart(const Story& story, std::string_view digits) {
  if (digits.empty() || digits.size() > 6 || digits.front() == '0') return 0;
  int step = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9') return 0;
    step = step * 10 + (c - '0');
  }
  return step <= static_cast<int>(story.tour.size()) ? step : 0;
}

}  // namespace

Selection SelectionFromHash(const Story& story, std::string_view hash) { return ViewFromHash(story, hash).selection; }

std::string StepToHash(int step, Lens lens) {
  std::string hash = "#step=" + std::to_string(step);
  return lens == Lens::All ? hash : hash + "&lens=" + ToString(lens);
}

int StepFromHash(const Story& story, std::string_view hash) { return ViewFromHash(story, hash).step; }

std::string ViewToHash(const Story& story, const Selection& sel, Lens lens) {
  std::string hash = SelectionToHash(story, sel);
  if (lens == Lens::All) return hash;
  return (hash.empty() ? "#" : hash + "&") + "lens=" + ToString(lens);
}

HashView ViewFromHash(const Story& story, std::string_view hash) {
  // Ids are ≤ 64 bytes, so even fully percent-encoded a valid hash is far below this.
  constexpr size_t kMaxHashBytes = 1024;
  HashView view;
  if (hash.size() > kMaxHashBytes) return view;
  if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
  bool have_selection = false;
  while (!hash.empty()) {
    const size_t amp = hash.find('&');
    const std::string_view part = hash.substr(0, amp);
    hash = amp == std::string_view::npos ? std::string_view() : hash.substr(amp + 1);
    constexpr std::string_view kLens = "lens=", kStep = "step=";
    if (part.substr(0, kLens.size()) == kLens) {
      if (!ParseLens(part.substr(kLens.size()), &view.lens)) view.lens = Lens::All;
    } else if (part.substr(0, kStep.size()) == kStep) {
      // The tour's step: at most one, and one the tour has, or the hash names nothing.
      if (view.step != 0) return {};
      view.step = StepFromPart(story, part.substr(kStep.size()));
      if (view.step == 0) return {};
    } else if (!have_selection) {
      // The selection: at most one, first or after the lens. An unknown part, or a second
      // selection, makes the whole hash name nothing (as a typo in an id does).
      have_selection = true;
      view.selection = SelectionFromPart(story, part);
      if (view.selection.kind == SelectionKind::None) return {};
    } else {
      return {};
    }
  }
  return view;
}

}  // namespace mm
