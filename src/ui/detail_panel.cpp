// detail_panel.cpp — what the selected item is, what its sources argue, every quote with its
// attribution, related items (clickable, so the reader can walk the story), editor's notes.
// Lists (quotes, notes, chips) can run to thousands of items in a large story: they are measured
// once per selection and width, and only the items on screen are drawn.
#include <algorithm>
#include <string>
#include <tuple>
#include <unordered_map>

#include "core/wording.h"
#include "ui/blocks.h"
#include "ui/focus.h"
#include "ui/layout_cache.h"
#include "ui/marks.h"
#include "ui/panels.h"
#include "ui/text.h"
#include "ui/theme.h"
#include "ui/virtual_list.h"

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
  RowOffsets rows;
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
  ReaderState& reader;
  FrameIO& io;
  ListRowsCache& lists;
  const Fonts& f;
  const Layout& layout;
  float width;
  DetailCache& cache;
  Words w;
};

void Title(const Ctx& c, const std::string& text) { Paragraph(c.f.subheading, text, c.width, Colors().ink); }

void Body(const Ctx& c, const std::string& text) {
  if (!text.empty()) Paragraph(c.f.body, text, c.width, Colors().ink);
}

// A kicker and rule above a part of the detail; `label` is a phrase key, shown in capitals.
void Section(const Ctx& c, const std::string& label) {
  Gap(6);
  Kicker(c.f, UpperCase(label).c_str(), Colors().ink_secondary);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y - 2), ImVec2(p.x + c.width, p.y - 2), Colors().rule);
  Gap(2);
}

void Quotes(const Ctx& c, const std::vector<Evidence>& evidence) {
  if (evidence.empty()) return;
  Section(c, c.w(evidence.size() == 1 ? "detail.quotes" : "detail.quotes_all"));
  QuoteList(c.f, c.story, c.lists, evidence, c.width);
}

void Notes(const Ctx& c, const std::vector<EditorNote>& notes) { NoteList(c.f, c.story, c.lists, notes, c.width); }

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
void Chips(const Ctx& c, const char* section_key, Make&& make_items) {
  const std::string section = c.w(section_key);
  auto it = c.cache.chips.find(section);
  if (it == c.cache.chips.end()) it = c.cache.chips.emplace(section, FlowChips(c, make_items())).first;
  const ChipFlow& flow = it->second;
  if (flow.items.empty()) return;
  Section(c, section);
  ImGui::PushID(section_key);
  DrawVisibleRows(flow.rows, c.width, [&](int row) {
    const ImVec2 top = ImGui::GetCursorScreenPos();
    for (int i = flow.row_first[(size_t)row]; i < flow.row_first[(size_t)row + 1]; ++i) {
      const ChipItem& item = flow.items[(size_t)i];
      ImGui::SetCursorScreenPos(ImVec2(top.x + flow.x[(size_t)i], top.y));
      ImGui::PushID(i);
      if (Chip(c.f, "##chip", item.label, false, c.layout, c.io, c.width, item.sel)) SetSelection(c.story, c.reader, c.io, item.sel);
      ImGui::PopID();
    }
  });
  ImGui::PopID();
}

void StrengthRow(const Ctx& c, int strength) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float r = 9.0f;
  DrawStrengthGlyph(ImGui::GetWindowDrawList(), ImVec2(p.x + r, p.y + ImGui::GetFontSize() * 0.6f), r, strength,
                    Colors().accent);
  ImGui::SetCursorScreenPos(ImVec2(p.x + 2 * r + 10, p.y));
  Paragraph(c.f.bold, c.w(strength >= 3 ? "strength.line.3" : strength == 2 ? "strength.line.2" : "strength.line.1"),
            c.width - 2 * r - 10, Colors().ink);
}

std::vector<ChipItem> MotiveChips(const Story& s, const std::vector<int>& motives) {
  std::vector<ChipItem> out;
  for (int m : motives) out.push_back({s.motives[m].label, {SelectionKind::Motive, m, -1}});
  return out;
}

std::vector<ChipItem> EventChips(const Ctx& c, const std::vector<bool>& which) {
  const Story& s = c.story;
  std::vector<ChipItem> out;
  for (int e = 0; e < (int)s.events.size() && e < (int)which.size(); ++e)
    if (which[e]) out.push_back({c.w.ShortDateText(s.events[e].date) + " \xE2\x80\x94 " + s.events[e].title, {SelectionKind::Event, e, -1}});
  return out;
}

void DrawNothing(const Ctx& c) {
  Kicker(c.f, UpperCase(c.w("detail.howto.kicker")).c_str(), Colors().ink_secondary);
  Gap(2);
  Body(c, c.w(c.layout.phone ? "detail.howto.phone" : "detail.howto.desktop"));
}

void DrawCell(const Ctx& c, int s, int m) {
  const Story& st = c.story;
  Kicker(c.f, UpperCase(c.w("detail.cell.kicker")).c_str(), Colors().ink_secondary);
  Title(c, st.suspects[s].short_label + " \xC3\x97 " + st.motives[m].label);
  Gap(4);
  const int li = st.LinkAt(s, m);
  if (li < 0) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    DrawNotArguedMark(ImGui::GetWindowDrawList(), ImVec2(p.x + 9, p.y + ImGui::GetFontSize() * 0.6f), 9, Colors().not_argued);
    ImGui::SetCursorScreenPos(ImVec2(p.x + 28, p.y));
    Paragraph(c.f.bold, c.w("not_argued"), c.width - 28, Colors().ink);
    Body(c, c.w("detail.not_argued.body", {{"suspect", st.suspects[s].name}}));
  } else {
    const Link& l = st.links[li];
    StrengthRow(c, l.strength);
    Gap(2);
    Body(c, l.argument);
    Quotes(c, l.evidence);
    Notes(c, l.notes);
  }
  // Suspect-level notes belong to the suspect's own detail; a cell shows the link's notes only.
  Chips(c, "detail.see_also", [&] {
    return std::vector<ChipItem>{{st.suspects[s].short_label, {SelectionKind::Suspect, s, -1}},
                                 {st.motives[m].label, {SelectionKind::Motive, m, -1}}};
  });
}

void DrawSuspect(const Ctx& c, int s) {
  const Story& st = c.story;
  const Suspect& sp = st.suspects[s];
  const std::string kicker = sp.assessment.place > 0
                                 ? c.w("detail.suspect.kicker", {{"rank", std::to_string(sp.assessment.place)},
                                                                 {"total", std::to_string(RankedCount(st))}})
                                 : c.w("detail.suspect.kicker_unranked");
  Kicker(c.f, UpperCase(kicker).c_str(), Colors().ink_secondary);
  Title(c, sp.name);
  Gap(2);
  if (!sp.assessment.label.empty())
    Paragraph(c.f.bold, c.w("detail.suspect.assessment", {{"label", sp.assessment.label}}), c.width, Colors().ink);
  Body(c, sp.summary);
  Quotes(c, sp.assessment.evidence);
  Notes(c, sp.notes);
  Chips(c, "detail.suspect.motives", [&] {
    std::vector<ChipItem> argued;
    for (int m = 0; m < (int)st.motives.size(); ++m) {
      const int li = st.LinkAt(s, m);
      if (li >= 0) argued.push_back({st.motives[m].label + " \xC2\xB7 " + c.w.StrengthWord(st.links[li].strength), {SelectionKind::Cell, s, m}});
    }
    return argued;
  });
  Chips(c, "detail.related_events", [&] { return EventChips(c, c.reader.highlight.events); });
}

void DrawMotive(const Ctx& c, int m) {
  const Story& st = c.story;
  const Motive& mo = st.motives[m];
  std::string kicker = c.w("detail.motive.kicker");
  if (mo.group >= 0) kicker += " \xC2\xB7 " + st.motive_groups[mo.group].label;
  Kicker(c.f, UpperCase(kicker).c_str(), Colors().ink_secondary);
  Title(c, mo.label);
  Gap(2);
  Body(c, mo.description);
  Notes(c, mo.notes);
  Chips(c, "detail.motive.suspects", [&] {
    std::vector<ChipItem> by;
    for (int s : RankedSuspects(st)) {
      const int li = st.LinkAt(s, m);
      if (li >= 0) by.push_back({st.suspects[s].short_label + " \xC2\xB7 " + c.w.StrengthWord(st.links[li].strength), {SelectionKind::Cell, s, m}});
    }
    return by;
  });
  Chips(c, "detail.motive.events", [&] { return EventChips(c, c.reader.highlight.events); });
  Chips(c, "detail.motive.goals", [&] {
    std::vector<ChipItem> goals;
    for (int g = 0; g < (int)st.goals.size(); ++g)
      if (g < (int)c.reader.highlight.goals.size() && c.reader.highlight.goals[g]) goals.push_back({st.goals[g].title, {SelectionKind::Goal, g, -1}});
    return goals;
  });
}

void DrawEvent(const Ctx& c, int e) {
  const Story& st = c.story;
  const Event& ev = st.events[e];
  Kicker(c.f, UpperCase(c.w.EventKindLabel(ev.kind) + " \xC2\xB7 " + c.w.DateText(ev.date)).c_str(), Colors().ink_secondary);
  Title(c, ev.title);
  Gap(2);
  Body(c, ev.detail);
  if (ev.coincided) {
    std::string line = c.w("detail.event.coincided");
    if (ev.date.approximate) line += " " + c.w("detail.event.no_exact_date");
    Paragraph(c.f.small, line, c.width, Colors().ink_secondary);
  }
  Quotes(c, ev.evidence);
  Notes(c, ev.notes);
  Chips(c, "detail.event.motives", [&] { return MotiveChips(st, ev.motives); });
  Chips(c, "detail.event.suspects", [&] {
    std::vector<ChipItem> rel;
    for (int s : ev.suspects) rel.push_back({st.suspects[s].short_label, {SelectionKind::Suspect, s, -1}});
    return rel;
  });
}

void DrawGoal(const Ctx& c, int g) {
  const Story& st = c.story;
  const Goal& go = st.goals[g];
  Kicker(c.f,
         UpperCase(c.w("detail.goal.kicker", {{"n", std::to_string(g + 1)}, {"total", std::to_string(st.goals.size())}})).c_str(),
         Colors().ink_secondary);
  Title(c, go.title);
  Gap(2);
  Body(c, go.explanation);
  Quotes(c, go.evidence);
  Notes(c, go.notes);
  Chips(c, "detail.goal.motives", [&] { return MotiveChips(st, go.motives); });
  Chips(c, "detail.goal.events", [&] {
    std::vector<ChipItem> rel;
    for (int e : go.events) rel.push_back({st.events[e].title, {SelectionKind::Event, e, -1}});
    return rel;
  });
}

void DrawReaction(const Ctx& c, int r) {
  const Reaction& re = c.story.reactions[r];
  Kicker(c.f, UpperCase(c.w("detail.reaction.kicker")).c_str(), Colors().ink_secondary);
  Title(c, re.party);
  Gap(2);
  Body(c, re.stance);
  Quotes(c, re.evidence);
  Notes(c, re.notes);
}

}  // namespace

void DrawDetail(const Story& story, ReaderState& reader, FrameIO& io, LayoutCache& layout_cache, const Fonts& f,
                const Layout& layout, float width) {
  DetailCache& cache = CacheSlot(layout_cache.detail);
  const auto key = std::make_tuple(MakeMeasureKey(story, f), width, reader.selection, layout.phone);
  if (!(cache.key == key)) {
    cache.key = key;
    cache.chips.clear();
  }
  const Ctx c{story, reader, io, layout_cache.lists, f, layout, width, cache, Words(story)};
  const Selection& s = reader.selection;
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
    if (ImGui::Button(c.w("detail.clear").c_str(), ImVec2(0, h))) SetSelection(story, reader, io, Selection{});
    ImGui::PopFont();
  }
  ImGui::PopID();
}

}  // namespace mm::ui
