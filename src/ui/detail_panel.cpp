// detail_panel.cpp — what the selected item is, what the article argues, every quote with its
// attribution, related items (clickable, so the reader can walk the story), editor's notes.
#include <algorithm>

#include "core/timeline.h"
#include "ui/panels.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mm::ui {
namespace {

struct Ctx {
  const Story& story;
  ViewState& state;
  const Fonts& f;
  const Layout& layout;
  float width;
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
  for (const Evidence& e : evidence) QuoteBlock(c.f, c.story, e, c.width);
}

void Notes(const Ctx& c, const std::vector<EditorNote>& notes) {
  for (const EditorNote& n : notes) EditorNoteBlock(c.f, n, c.width);
}

// A wrapping row of chips; each selects its item.
struct ChipItem {
  std::string label;
  Selection sel;
};
void Chips(const Ctx& c, const char* section, const std::vector<ChipItem>& items) {
  if (items.empty()) return;
  Section(c, section);
  const float x0 = ImGui::GetCursorScreenPos().x;
  float x = x0;
  for (size_t i = 0; i < items.size(); ++i) {
    const float w = std::min(c.width, TextWidth(c.f.small, items[i].label) + 24);
    if (i > 0 && x + w <= x0 + c.width) ImGui::SameLine(0, 8);
    else x = x0;
    ImGui::PushID((int)i);
    if (Chip(c.f, "##chip", items[i].label, false, c.layout, c.state, c.width, items[i].sel)) SetSelection(c.story, c.state, items[i].sel);
    ImGui::PopID();
    x += w + 8;
  }
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
  Chips(c, "SEE ALSO", {{st.suspects[s].short_label, {SelectionKind::Suspect, s, -1}},
                        {st.motives[m].label, {SelectionKind::Motive, m, -1}}});
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
  std::vector<ChipItem> argued, not_argued;
  for (int m = 0; m < (int)st.motives.size(); ++m) {
    const int li = st.LinkAt(s, m);
    if (li >= 0) argued.push_back({st.motives[m].label + " \xC2\xB7 " + DescribeStrength(st.links[li].strength), {SelectionKind::Cell, s, m}});
  }
  Chips(c, "MOTIVES THE ARTICLE ARGUES", argued);
  Chips(c, "RELATED EVENTS", EventChips(st, c.state.highlight.events));
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
  std::vector<ChipItem> by;
  for (int s : RankedSuspects(st)) {
    const int li = st.LinkAt(s, m);
    if (li >= 0) by.push_back({st.suspects[s].short_label + " \xC2\xB7 " + DescribeStrength(st.links[li].strength), {SelectionKind::Cell, s, m}});
  }
  Chips(c, "WHO THE ARTICLE SAYS MIGHT HAVE THIS MOTIVE", by);
  Chips(c, "EVENTS THE ARTICLE TIES TO IT", EventChips(st, c.state.highlight.events));
  std::vector<ChipItem> goals;
  for (int g = 0; g < (int)st.goals.size(); ++g)
    if (g < (int)c.state.highlight.goals.size() && c.state.highlight.goals[g]) goals.push_back({st.goals[g].title, {SelectionKind::Goal, g, -1}});
  Chips(c, "STRATEGIC GOALS", goals);
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
  std::vector<ChipItem> rel;
  for (int m : ev.motives) rel.push_back({st.motives[m].label, {SelectionKind::Motive, m, -1}});
  Chips(c, "MOTIVES IT WOULD SERVE, PER THE ARTICLE", rel);
  rel.clear();
  for (int s : ev.suspects) rel.push_back({st.suspects[s].short_label, {SelectionKind::Suspect, s, -1}});
  Chips(c, "SUSPECTS", rel);
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
  std::vector<ChipItem> rel;
  for (int m : go.motives) rel.push_back({st.motives[m].label, {SelectionKind::Motive, m, -1}});
  Chips(c, "MOTIVES", rel);
  rel.clear();
  for (int e : go.events) rel.push_back({st.events[e].title, {SelectionKind::Event, e, -1}});
  Chips(c, "EVENTS", rel);
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
  const Ctx c{story, state, f, layout, width};
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
