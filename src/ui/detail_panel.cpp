// detail_panel.cpp — what the selected item is, what the article argues, every quote with its
// attribution, related items (clickable, so the reader can walk the story), editor's notes.
// Lists (quotes, notes, chips) can run to thousands of items in a large story: they are measured
// once per selection and width, and only the items on screen are drawn.
#include <algorithm>
#include <string>
#include <tuple>
#include <unordered_map>

#include "core/timeline.h"
#include "ui/layout_cache.h"
#include "ui/panels.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mm::ui {
namespace {

// A chip the detail offers: what it says and what it selects.
struct ChipItem {
  std::string label;
  Selection sel;
};

// A wrapping row of chips, laid out once: each row's chips start at the row's top, at `x`.
struct ChipFlow {
  std::vector<ChipItem> items;
  std::vector<float> x;           // per chip, from the left edge
  std::vector<int> row_first;     // the first chip of each row, then the count
  Stack rows;
};

}  // namespace

// What one selection's detail lays out at one width; a new selection starts afresh.
struct DetailCache {
  std::tuple<MeasureKey, float, Selection, bool> key;  // + width, selection, phone
  std::unordered_map<std::string, ChipFlow> chips;      // by section
};

namespace {

struct Ctx {
  const Story& story;
  ViewState& state;
  const Fonts& f;
  const Layout& layout;
  float width;
  DetailCache& cache;
};

void Title(const Ctx& c, const std::string& text) { Paragraph(c.f.subheading, text, c.width, Colors().ink); }

void Body(const Ctx& c, const std::string& text) {
  if (!text.empty()) Paragraph(c.f.body, text, c.width, Colors().ink);
}

void Section(const Ctx& c, const char* label) {
  Gap(6);
  Kicker(c.f, label, Colors().ink_secondary);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y - 2), ImVec2(p.x + c.width, p.y - 2), Colors().rule);
  Gap(2);
}

void Quotes(const Ctx& c, const std::vector<Evidence>& evidence) {
  if (evidence.empty()) return;
  Section(c, evidence.size() == 1 ? "WHAT THE ARTICLE SAYS" : "WHAT THE ARTICLE SAYS \xC2\xB7 ALL QUOTES");
  QuoteList(c.f, c.story, c.state, evidence, c.width);
}

void Notes(const Ctx& c, const std::vector<EditorNote>& notes) { NoteList(c.f, c.story, c.state, notes, c.width); }

ChipFlow FlowChips(const Ctx& c, std::vector<ChipItem> items) {
  ChipFlow flow;
  flow.items = std::move(items);
  // A chip joins the row if its one-line width still fits; it then sits 8 px right of the
  // previous chip's actual width (which the touch-target minimum may widen).
  float fill = 0, x = 0, prev_w = 0, row_h = 0;
  for (size_t i = 0; i < flow.items.size(); ++i) {
    const std::string& label = flow.items[i].label;
    const float w = std::min(c.width, TextWidth(c.f.small, label) + 24);
    const ImVec2 size = ChipSize(c.f, label, c.layout, c.width);
    if (i > 0 && fill + w <= c.width) {
      x += prev_w + 8;
    } else {
      if (i > 0) flow.rows.Add(Advance(row_h));
      flow.row_first.push_back((int)i);
      fill = x = row_h = 0;
    }
    flow.x.push_back(x);
    fill += w + 8;
    prev_w = size.x;
    row_h = std::max(row_h, size.y);
  }
  if (!flow.items.empty()) flow.rows.Add(Advance(row_h));
  flow.row_first.push_back((int)flow.items.size());
  return flow;
}

// A titled, wrapping row of chips; each selects its item. `make_items()` lists them; it runs
// once per selection, and only the rows on screen are drawn.
template <typename Make>
void Chips(const Ctx& c, const char* section, Make&& make_items) {
  auto it = c.cache.chips.find(section);
  if (it == c.cache.chips.end()) it = c.cache.chips.emplace(section, FlowChips(c, make_items())).first;
  const ChipFlow& flow = it->second;
  if (flow.items.empty()) return;
  Section(c, section);
  ImGui::PushID(section);
  DrawStack(flow.rows, c.width, [&](int row) {
    const ImVec2 top = ImGui::GetCursorScreenPos();
    for (int i = flow.row_first[(size_t)row]; i < flow.row_first[(size_t)row + 1]; ++i) {
      const ChipItem& item = flow.items[(size_t)i];
      ImGui::SetCursorScreenPos(ImVec2(top.x + flow.x[(size_t)i], top.y));
      ImGui::PushID(i);
      if (Chip(c.f, "##chip", item.label, false, c.layout, c.state, c.width, item.sel)) SetSelection(c.story, c.state, item.sel);
      ImGui::PopID();
    }
  });
  ImGui::PopID();
}

std::string StrengthLine(int strength) {
  switch (strength) {
    case 3: return "Strong link: the article asserts it as clear";
    case 2: return "Argued: the article makes the case";
    default: return "Weak: the article raises it only as possible";
  }
}

void StrengthRow(const Ctx& c, int strength) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float r = 9.0f;
  DrawStrengthGlyph(ImGui::GetWindowDrawList(), ImVec2(p.x + r, p.y + ImGui::GetFontSize() * 0.6f), r, strength,
                    Colors().accent);
  ImGui::SetCursorScreenPos(ImVec2(p.x + 2 * r + 10, p.y));
  Paragraph(c.f.bold, StrengthLine(strength), c.width - 2 * r - 10, Colors().ink);
}

std::vector<ChipItem> MotiveChips(const Story& s, const std::vector<int>& motives) {
  std::vector<ChipItem> out;
  for (int m : motives) out.push_back({s.motives[m].label, {SelectionKind::Motive, m, -1}});
  return out;
}

std::vector<ChipItem> EventChips(const Story& s, const std::vector<bool>& which) {
  std::vector<ChipItem> out;
  for (int e = 0; e < (int)s.events.size() && e < (int)which.size(); ++e)
    if (which[e]) out.push_back({FormatDate(s.events[e].date) + " \xE2\x80\x94 " + s.events[e].title, {SelectionKind::Event, e, -1}});
  return out;
}

void DrawNothing(const Ctx& c) {
  Kicker(c.f, "HOW TO READ THIS", Colors().ink_secondary);
  Gap(2);
  Body(c, c.layout.phone ? "Tap a cell to see what the article argues and the quotes it rests on. Tap a suspect, "
                           "a motive or an event for everything connected to it."
                         : "Select a cell to see what the article argues and the quotes it rests on. Select a "
                           "suspect, a motive or an event on the timeline for everything connected to it.");
}

void DrawCell(const Ctx& c, int s, int m) {
  const Story& st = c.story;
  Kicker(c.f, "SUSPECT \xC3\x97 MOTIVE", Colors().ink_secondary);
  Title(c, st.suspects[s].short_label + " \xC3\x97 " + st.motives[m].label);
  Gap(4);
  const int li = st.LinkAt(s, m);
  if (li < 0) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    DrawNotArguedMark(ImGui::GetWindowDrawList(), ImVec2(p.x + 9, p.y + ImGui::GetFontSize() * 0.6f), 9, Colors().not_argued);
    ImGui::SetCursorScreenPos(ImVec2(p.x + 28, p.y));
    Paragraph(c.f.bold, "Not argued by the article", c.width - 28, Colors().ink);
    Body(c, "The article does not connect " + st.suspects[s].name + " with this motive. That is different from a "
            "weak link: it makes no case either way.");
  } else {
    const Link& l = st.links[li];
    StrengthRow(c, l.strength);
    Gap(2);
    Body(c, l.argument);
    Quotes(c, l.evidence);
    Notes(c, l.notes);
  }
  // Suspect-level notes belong to the suspect's own detail; a cell shows the link's notes only.
  Chips(c, "SEE ALSO", [&] {
    return std::vector<ChipItem>{{st.suspects[s].short_label, {SelectionKind::Suspect, s, -1}},
                                 {st.motives[m].label, {SelectionKind::Motive, m, -1}}};
  });
}

void DrawSuspect(const Ctx& c, int s) {
  const Story& st = c.story;
  const Suspect& sp = st.suspects[s];
  Kicker(c.f, ("SUSPECT \xC2\xB7 RANKED " + std::to_string(sp.assessment.rank) + " OF " +
               std::to_string(st.suspects.size()) + " BY THE ARTICLE").c_str(), Colors().ink_secondary);
  Title(c, sp.name);
  Gap(2);
  Paragraph(c.f.bold, "The article\xE2\x80\x99s assessment: \xE2\x80\x9C" + sp.assessment.label + "\xE2\x80\x9D", c.width, Colors().ink);
  Body(c, sp.summary);
  Quotes(c, sp.assessment.evidence);
  Notes(c, sp.notes);
  Chips(c, "MOTIVES THE ARTICLE ARGUES", [&] {
    std::vector<ChipItem> argued;
    for (int m = 0; m < (int)st.motives.size(); ++m) {
      const int li = st.LinkAt(s, m);
      if (li >= 0) argued.push_back({st.motives[m].label + " \xC2\xB7 " + DescribeStrength(st.links[li].strength), {SelectionKind::Cell, s, m}});
    }
    return argued;
  });
  Chips(c, "RELATED EVENTS", [&] { return EventChips(st, c.state.highlight.events); });
}

void DrawMotive(const Ctx& c, int m) {
  const Story& st = c.story;
  const Motive& mo = st.motives[m];
  std::string kicker = "MOTIVE";
  if (mo.group >= 0) kicker += " \xC2\xB7 " + st.motive_groups[mo.group].label;
  Kicker(c.f, kicker.c_str(), Colors().ink_secondary);
  Title(c, mo.label);
  Gap(2);
  Body(c, mo.description);
  Notes(c, mo.notes);
  Chips(c, "WHO THE ARTICLE SAYS MIGHT HAVE THIS MOTIVE", [&] {
    std::vector<ChipItem> by;
    for (int s : RankedSuspects(st)) {
      const int li = st.LinkAt(s, m);
      if (li >= 0) by.push_back({st.suspects[s].short_label + " \xC2\xB7 " + DescribeStrength(st.links[li].strength), {SelectionKind::Cell, s, m}});
    }
    return by;
  });
  Chips(c, "EVENTS THE ARTICLE TIES TO IT", [&] { return EventChips(st, c.state.highlight.events); });
  Chips(c, "STRATEGIC GOALS", [&] {
    std::vector<ChipItem> goals;
    for (int g = 0; g < (int)st.goals.size(); ++g)
      if (g < (int)c.state.highlight.goals.size() && c.state.highlight.goals[g]) goals.push_back({st.goals[g].title, {SelectionKind::Goal, g, -1}});
    return goals;
  });
}

const char* EventKindLabel(EventKind k) {
  switch (k) {
    case EventKind::Call: return "THE CALL";
    case EventKind::Leak: return "THE LEAK";
    case EventKind::Context: return "CONTEXT";
    case EventKind::Reaction: return "REACTION";
  }
  return "EVENT";
}

void DrawEvent(const Ctx& c, int e) {
  const Story& st = c.story;
  const Event& ev = st.events[e];
  Kicker(c.f, (std::string(EventKindLabel(ev.kind)) + " \xC2\xB7 " + FormatDate(ev.date)).c_str(), Colors().ink_secondary);
  Title(c, ev.title);
  Gap(2);
  Body(c, ev.detail);
  if (ev.landed_just_as)
    Paragraph(c.f.small, "One of the moments the article says the leak \xE2\x80\x9Clanded just as\xE2\x80\x9D. "
                         "It gives no exact date.", c.width, Colors().ink_secondary);
  Quotes(c, ev.evidence);
  Notes(c, ev.notes);
  Chips(c, "MOTIVES IT WOULD SERVE, PER THE ARTICLE", [&] { return MotiveChips(st, ev.motives); });
  Chips(c, "SUSPECTS", [&] {
    std::vector<ChipItem> rel;
    for (int s : ev.suspects) rel.push_back({st.suspects[s].short_label, {SelectionKind::Suspect, s, -1}});
    return rel;
  });
}

void DrawGoal(const Ctx& c, int g) {
  const Story& st = c.story;
  const Goal& go = st.goals[g];
  Kicker(c.f, ("STRATEGIC GOAL " + std::to_string(g + 1) + " OF " + std::to_string(st.goals.size())).c_str(), Colors().ink_secondary);
  Title(c, go.title);
  Gap(2);
  Body(c, go.explanation);
  Quotes(c, go.evidence);
  Notes(c, go.notes);
  Chips(c, "MOTIVES", [&] { return MotiveChips(st, go.motives); });
  Chips(c, "EVENTS", [&] {
    std::vector<ChipItem> rel;
    for (int e : go.events) rel.push_back({st.events[e].title, {SelectionKind::Event, e, -1}});
    return rel;
  });
}

void DrawReaction(const Ctx& c, int r) {
  const Reaction& re = c.story.reactions[r];
  Kicker(c.f, "REACTION", Colors().ink_secondary);
  Title(c, re.party);
  Gap(2);
  Body(c, re.stance);
  Quotes(c, re.evidence);
  Notes(c, re.notes);
}

}  // namespace

void DrawDetail(const Story& story, ViewState& state, const Fonts& f, const Layout& layout, float width) {
  DetailCache& cache = CacheSlot(CacheOf(state).detail);
  const auto key = std::make_tuple(MakeMeasureKey(story, f), width, state.selection, layout.phone);
  if (!(cache.key == key)) {
    cache.key = key;
    cache.chips.clear();
  }
  const Ctx c{story, state, f, layout, width, cache};
  const Selection& s = state.selection;
  ImGui::PushID("detail");
  switch (s.kind) {
    case SelectionKind::None: DrawNothing(c); break;
    case SelectionKind::Cell: DrawCell(c, s.a, s.b); break;
    case SelectionKind::Suspect: DrawSuspect(c, s.a); break;
    case SelectionKind::Motive: DrawMotive(c, s.a); break;
    case SelectionKind::Event: DrawEvent(c, s.a); break;
    case SelectionKind::Goal: DrawGoal(c, s.a); break;
    case SelectionKind::Reaction: DrawReaction(c, s.a); break;
  }
  if (s.kind != SelectionKind::None) {
    Gap(10);
    ImGui::PushFont(f.small);
    const float h = std::max(layout.touch_target, 32.0f);
    if (ImGui::Button("Clear selection", ImVec2(0, h))) SetSelection(story, state, Selection{});
    ImGui::PopFont();
  }
  ImGui::PopID();
}

}  // namespace mm::ui
