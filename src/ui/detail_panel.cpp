// detail_panel.cpp — what the selected item is, what its sources argue, every quote with its
// attribution, related items (clickable, so the reader can walk the story), editor's notes.
// Lists (quotes, notes, chips) can run to thousands of items in a large story: they are measured
// once per selection and width, and only the items on screen are drawn.
#include <algorithm>
#include <string>
#include <tuple>
#include <unordered_map>

#include "core/lens_words.h"
#include "core/wording.h"
#include "ui/blocks.h"
#include "ui/classroom_view.h"
#include "ui/event_marks.h"
#include "ui/focus.h"
#include "ui/layout_cache.h"
#include "ui/marks.h"
#include "ui/panels.h"
#include "ui/probe.h"
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
  // The lens's sentences walk every quote of the story: worked out once per story and language
  // (and suspect), not on every frame the detail is drawn.
  Memo<MeasureKey, std::string> ranking;
  Memo<std::tuple<MeasureKey, int>, std::string> breakdown;
};

namespace {

// What every part of the detail draws from: the story and the reader's state, the frame's
// input and output, the caches, the fonts, layout and width, and the story's words.
struct DetailContext {
  const Story& story;
  ReaderState& reader;
  FrameIO& io;
  ListRowsCache& lists;
  const Fonts& fonts;
  const Layout& layout;
  float width;
  DetailCache& cache;
  Words words;
};

void Title(const DetailContext& detail, const std::string& text) {
  Paragraph(detail.fonts.subheading, text, detail.width, Colors().ink);
}

void Body(const DetailContext& detail, const std::string& text) {
  if (!text.empty()) Paragraph(detail.fonts.body, text, detail.width, Colors().ink);
}

// A kicker and rule above a part of the detail; `label` is a phrase key, shown in capitals.
void Section(const DetailContext& detail, const std::string& label) {
  Gap(6);
  Kicker(detail.fonts, UpperCase(label).c_str(), Colors().ink_secondary);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y - 2), ImVec2(p.x + detail.width, p.y - 2), Colors().rule);
  Gap(2);
}

// The quotes of the evidence lens (all of them under "All"), each linchpin of `link` marked above
// its quote. A list under a lens or with a linchpin is short (one link's quotes, or an item's),
// so it is drawn whole; the long lists go through the measured QuoteList.
void Quotes(const DetailContext& detail, const std::vector<Evidence>& evidence, const Link* link = nullptr) {
  if (evidence.empty()) return;
  const Lens lens = detail.reader.lens;
  if (lens == Lens::All && !(link && !Linchpins(*link).empty())) {
    Section(detail, detail.words(evidence.size() == 1 ? "detail.quotes" : "detail.quotes_all"));
    QuoteList(detail.fonts, detail.story, detail.lists, evidence, detail.width);
    return;
  }
  size_t shown = 0;
  for (const Evidence& e : evidence) shown += InLens(lens, e.kind) ? 1 : 0;
  // Under a lens: "What the article says · Reported facts" (never "all quotes": some are hidden).
  Section(detail, lens == Lens::All ? detail.words(evidence.size() == 1 ? "detail.quotes" : "detail.quotes_all")
                                    : detail.words("detail.quotes") + " \xC2\xB7 " + LensName(detail.words, lens));
  if (shown == 0) {
    Paragraph(detail.fonts.small, detail.words("lens.no_such"), detail.width, Colors().ink_secondary);
    return;
  }
  for (size_t i = 0; i < evidence.size(); ++i) {
    if (!InLens(lens, evidence[i].kind)) continue;
    const std::string note = link ? LinchpinNote(detail.words, *link, (int)i) : "";
    if (!note.empty()) {
      const ImVec2 p = ImGui::GetCursorScreenPos();
      ImGui::GetWindowDrawList()->AddTriangleFilled(ImVec2(p.x + 1, p.y + 3), ImVec2(p.x + 11, p.y + 3), ImVec2(p.x + 6, p.y + 12),
                                                    Colors().accent);
      ImGui::SetCursorScreenPos(ImVec2(p.x + 16, p.y));
      Paragraph(detail.fonts.small_bold, note, detail.width - 16, Colors().ink);
    }
    QuoteBlock(detail.fonts, detail.story, evidence[i], detail.width);
  }
}

// What a suspect's case rests on: the breakdown of the quotes behind their links by kind, and
// whether the sources' ranking would stand on reported evidence alone.
// "cannot tell: …" (RankingSentence), from the cache.
const std::string& Ranking(const DetailContext& detail) {
  return detail.cache.ranking.Get(std::get<0>(detail.cache.key), [&] {
    return RankingSentence(detail.words, detail.story, CheckRankingOnReportedEvidence(detail.story));
  });
}

void CaseRestsOn(const DetailContext& detail, int suspect) {
  Section(detail, detail.words("lens.case.heading"));
  const std::string& breakdown = detail.cache.breakdown.Get(std::make_tuple(std::get<0>(detail.cache.key), suspect), [&] {
    return BreakdownSentence(detail.words, SuspectBreakdown(detail.story, suspect));
  });
  Paragraph(detail.fonts.body, breakdown, detail.width, Colors().ink);
  const std::string& ranking = Ranking(detail);
  if (!ranking.empty() && detail.story.suspects[(size_t)suspect].assessment.rank > 0)
    Paragraph(detail.fonts.small, ranking, detail.width, Colors().ink_secondary);
}

void Notes(const DetailContext& detail, const std::vector<EditorNote>& notes) {
  NoteList(detail.fonts, detail.story, detail.lists, notes, detail.width);
}

ChipFlow FlowChips(const DetailContext& detail, std::vector<ChipItem> items) {
  ChipFlow flow;
  flow.items = std::move(items);
  // A chip joins the row if its one-line width still fits; it then sits 8 px right of the
  // previous chip's actual width (which the touch-target minimum may widen).
  float fill = 0, x = 0, prev_w = 0, row_h = 0;
  for (size_t i = 0; i < flow.items.size(); ++i) {
    const std::string& label = flow.items[i].label;
    const float w = std::min(detail.width, TextWidth(detail.fonts.small, label) + 24);
    const ImVec2 size = ChipSize(detail.fonts, label, detail.layout, detail.width);
    if (i > 0 && fill + w <= detail.width) {
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
void DrawChips(const DetailContext& detail, const char* section_key, Make&& make_items) {
  const std::string section = detail.words(section_key);
  auto it = detail.cache.chips.find(section);
  if (it == detail.cache.chips.end()) it = detail.cache.chips.emplace(section, FlowChips(detail, make_items())).first;
  const ChipFlow& flow = it->second;
  if (flow.items.empty()) return;
  Section(detail, section);
  ImGui::PushID(section_key);
  DrawVisibleRows(flow.rows, detail.width, [&](int row) {
    const ImVec2 top = ImGui::GetCursorScreenPos();
    for (int i = flow.row_first[(size_t)row]; i < flow.row_first[(size_t)row + 1]; ++i) {
      const ChipItem& item = flow.items[(size_t)i];
      ImGui::SetCursorScreenPos(ImVec2(top.x + flow.x[(size_t)i], top.y));
      ImGui::PushID(i);
      if (Chip(detail.fonts, "##chip", item.label, false, detail.layout, detail.io, detail.width, item.sel))
        SetSelection(detail.story, detail.reader, detail.io, item.sel);
      ImGui::PopID();
    }
  });
  ImGui::PopID();
}

void StrengthRow(const DetailContext& detail, int strength) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float r = 9.0f;
  DrawStrengthGlyph(ImGui::GetWindowDrawList(), ImVec2(p.x + r, p.y + ImGui::GetFontSize() * 0.6f), r, strength,
                    Colors().accent);
  ImGui::SetCursorScreenPos(ImVec2(p.x + 2 * r + 10, p.y));
  const char* line = strength >= 3 ? "strength.line.3" : strength == 2 ? "strength.line.2" : "strength.line.1";
  Paragraph(detail.fonts.bold, detail.words(line), detail.width - 2 * r - 10, Colors().ink);
}

// Chips for items an item names (its motives, suspects, events), by label or title.
std::vector<ChipItem> MotiveChips(const Story& s, const std::vector<int>& motives) {
  std::vector<ChipItem> out;
  for (int m : motives) out.push_back({s.motives[m].label, Selection::Motive(m)});
  return out;
}
std::vector<ChipItem> SuspectChips(const Story& s, const std::vector<int>& suspects) {
  std::vector<ChipItem> out;
  for (int i : suspects) out.push_back({s.suspects[i].short_label, Selection::Suspect(i)});
  return out;
}
std::vector<ChipItem> EventTitleChips(const Story& s, const std::vector<int>& events) {
  std::vector<ChipItem> out;
  for (int e : events) out.push_back({s.events[e].title, Selection::Event(e)});
  return out;
}

// A chip for the cell (suspect s, motive m) whose link is `link`: "Label · strong".
ChipItem LinkChip(const DetailContext& detail, const std::string& label, int s, int m, int link) {
  return {label + " \xC2\xB7 " + detail.words.StrengthWord(detail.story.links[link].strength), Selection::Cell(s, m)};
}

// Chips for the events marked in `which` (a highlight set), each with its date: "25 Nov — Title".
std::vector<ChipItem> DatedEventChips(const DetailContext& detail, const std::vector<bool>& which) {
  const Story& s = detail.story;
  std::vector<ChipItem> out;
  for (int e = 0; e < (int)s.events.size() && e < (int)which.size(); ++e)
    if (which[e])
      out.push_back({DatedTitle(detail.words, s.events[e]), Selection::Event(e)});
  return out;
}

// "How this is worked out": the lens's rules, folded away until asked for. A chip that opens and
// closes them (its state in ImGui's storage), not a CollapsingHeader: imgui's tree nodes would
// bring some kilobytes into the download for this one use.
void LensRules(const DetailContext& detail) {
  Gap(6);
  bool* open = ImGui::GetStateStorage()->GetBoolRef(ImGui::GetID("##lens-rules"), false);
  // Open, the chip is highlighted (the Latin-1 fonts have no arrow to show it with).
  if (Chip(detail.fonts, "##lens-rules", detail.words("lens.how.heading"), *open, detail.layout, detail.io, detail.width))
    *open = !*open;
  if (!*open) return;
  Gap(4);
  for (const std::string& rule : mm::LensRules(detail.words)) {
    Paragraph(detail.fonts.small, rule, detail.width, Colors().ink_secondary);
    Gap(2);
  }
}

void DrawNoSelection(const DetailContext& detail) {
  Kicker(detail.fonts, UpperCase(detail.words("detail.howto.kicker")).c_str(), Colors().ink_secondary);
  Gap(2);
  Body(detail, detail.words(detail.layout.phone ? "detail.howto.phone" : "detail.howto.desktop"));
  if (Predicting(detail.reader.classroom)) return;  // the ranking check would give the answers away
  const std::string& ranking = Ranking(detail);
  if (!ranking.empty()) {
    Section(detail, detail.words("lens.ranking.heading"));
    Paragraph(detail.fonts.small, ranking, detail.width, Colors().ink);
  }
  LensRules(detail);
}

void DrawCellDetail(const DetailContext& detail, int s, int m) {
  const Story& st = detail.story;
  Kicker(detail.fonts, UpperCase(detail.words("detail.cell.kicker")).c_str(), Colors().ink_secondary);
  Title(detail, st.suspects[s].short_label + " \xC3\x97 " + st.motives[m].label);
  Gap(4);
  const int li = st.LinkAt(s, m);
  if (li < 0) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    DrawNotArguedMark(ImGui::GetWindowDrawList(), ImVec2(p.x + 9, p.y + ImGui::GetFontSize() * 0.6f), 9, Colors().not_argued);
    ImGui::SetCursorScreenPos(ImVec2(p.x + 28, p.y));
    Paragraph(detail.fonts.bold, detail.words("not_argued"), detail.width - 28, Colors().ink);
    Body(detail, detail.words("detail.not_argued.body", {{"suspect", st.suspects[s].name}}));
  } else {
    const Link& l = st.links[li];
    StrengthRow(detail, l.strength);
    if (CellUnder(st, s, m, detail.reader.lens) == CellUnderLens::NoSuchEvidence) {
      const ImVec2 p = ImGui::GetCursorScreenPos();
      DrawNoSuchEvidenceMark(ImGui::GetWindowDrawList(), ImVec2(p.x + 9, p.y + ImGui::GetFontSize() * 0.6f), 9,
                             Colors().ink_secondary);
      ImGui::SetCursorScreenPos(ImVec2(p.x + 28, p.y));
      Paragraph(detail.fonts.bold, detail.words("lens.no_such"), detail.width - 28, Colors().ink);
      Paragraph(detail.fonts.small, detail.words("lens.no_such.body"), detail.width, Colors().ink_secondary);
    }
    Gap(2);
    Body(detail, l.argument);
    Paragraph(detail.fonts.small, RestsOnSentence(detail.words, l), detail.width, Colors().ink_secondary);
    Quotes(detail, l.evidence, &l);
    Notes(detail, l.notes);
  }
  // Suspect-level notes belong to the suspect's own detail; a cell shows the link's notes only.
  DrawChips(detail, "detail.see_also", [&] {
    return std::vector<ChipItem>{{st.suspects[s].short_label, Selection::Suspect(s)},
                                 {st.motives[m].label, Selection::Motive(m)}};
  });
}

void DrawSuspectDetail(const DetailContext& detail, int s) {
  const Story& st = detail.story;
  const Suspect& sp = st.suspects[s];
  const std::string kicker = sp.assessment.place > 0
                                 ? detail.words("detail.suspect.kicker", {{"rank", std::to_string(sp.assessment.place)},
                                                                 {"total", std::to_string(RankedCount(st))}})
                                 : detail.words("detail.suspect.kicker_unranked");
  Kicker(detail.fonts, UpperCase(kicker).c_str(), Colors().ink_secondary);
  Title(detail, sp.name);
  Gap(2);
  if (!sp.assessment.label.empty())
    Paragraph(detail.fonts.bold, detail.words("detail.suspect.assessment", {{"label", sp.assessment.label}}), detail.width,
              Colors().ink);
  Body(detail, sp.summary);
  CaseRestsOn(detail, s);
  Quotes(detail, sp.assessment.evidence);
  Notes(detail, sp.notes);
  DrawChips(detail, "detail.suspect.motives", [&] {
    std::vector<ChipItem> argued;
    for (int m = 0; m < (int)st.motives.size(); ++m) {
      const int li = st.LinkAt(s, m);
      if (li >= 0) argued.push_back(LinkChip(detail, st.motives[m].label, s, m, li));
    }
    return argued;
  });
  DrawChips(detail, "detail.related_events", [&] { return DatedEventChips(detail, detail.reader.highlight.events); });
}

void DrawMotiveDetail(const DetailContext& detail, int m) {
  const Story& st = detail.story;
  const Motive& mo = st.motives[m];
  std::string kicker = detail.words("detail.motive.kicker");
  if (mo.group >= 0) kicker += " \xC2\xB7 " + st.motive_groups[mo.group].label;
  Kicker(detail.fonts, UpperCase(kicker).c_str(), Colors().ink_secondary);
  Title(detail, mo.label);
  Gap(2);
  Body(detail, mo.description);
  Notes(detail, mo.notes);
  DrawChips(detail, "detail.motive.suspects", [&] {
    std::vector<ChipItem> by;
    for (int s : RankedSuspects(st)) {
      const int li = st.LinkAt(s, m);
      if (li >= 0) by.push_back(LinkChip(detail, st.suspects[s].short_label, s, m, li));
    }
    return by;
  });
  DrawChips(detail, "detail.motive.events", [&] { return DatedEventChips(detail, detail.reader.highlight.events); });
  DrawChips(detail, "detail.motive.goals", [&] {
    std::vector<ChipItem> goals;
    for (int g = 0; g < (int)st.goals.size(); ++g)
      if (Lit(detail.reader.highlight.goals, g)) goals.push_back({st.goals[g].title, Selection::Goal(g)});
    return goals;
  });
}

void DrawEventDetail(const DetailContext& detail, int e) {
  const Story& st = detail.story;
  const Event& ev = st.events[e];
  const std::string kicker = detail.words.EventKindLabel(ev.kind) + " \xC2\xB7 " + detail.words.DateText(ev.date);
  Kicker(detail.fonts, UpperCase(kicker).c_str(), Colors().ink_secondary);
  Title(detail, ev.title);
  Gap(2);
  Body(detail, ev.detail);
  if (ev.coincided) {
    std::string line = detail.words("detail.event.coincided");
    if (ev.date.approximate) line += " " + detail.words("detail.event.no_exact_date");
    Paragraph(detail.fonts.small, line, detail.width, Colors().ink_secondary);
  }
  Quotes(detail, ev.evidence);
  Notes(detail, ev.notes);
  DrawChips(detail, "detail.event.motives", [&] { return MotiveChips(st, ev.motives); });
  DrawChips(detail, "detail.event.suspects", [&] { return SuspectChips(st, ev.suspects); });
}

void DrawGoalDetail(const DetailContext& detail, int g) {
  const Story& st = detail.story;
  const Goal& go = st.goals[g];
  const std::string kicker =
      detail.words("detail.goal.kicker", {{"n", std::to_string(g + 1)}, {"total", std::to_string(st.goals.size())}});
  Kicker(detail.fonts, UpperCase(kicker).c_str(), Colors().ink_secondary);
  Title(detail, go.title);
  Gap(2);
  Body(detail, go.explanation);
  Quotes(detail, go.evidence);
  Notes(detail, go.notes);
  DrawChips(detail, "detail.goal.motives", [&] { return MotiveChips(st, go.motives); });
  DrawChips(detail, "detail.goal.events", [&] { return EventTitleChips(st, go.events); });
}

void DrawReactionDetail(const DetailContext& detail, int r) {
  const Reaction& re = detail.story.reactions[r];
  Kicker(detail.fonts, UpperCase(detail.words("detail.reaction.kicker")).c_str(), Colors().ink_secondary);
  Title(detail, re.party);
  Gap(2);
  Body(detail, re.stance);
  Quotes(detail, re.evidence);
  Notes(detail, re.notes);
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
  const DetailContext detail{story, reader, io, layout_cache.lists, f, layout, width, cache, Words(story)};
  const Selection& s = reader.selection;
  ImGui::PushID("detail");
  // Predicting, the classroom's lines are the whole detail: the sources' answer stays hidden.
  if (!DrawClassroomDetail(story, reader.classroom, f, s, width)) switch (s.kind) {
    case SelectionKind::None: DrawNoSelection(detail); break;
    case SelectionKind::Cell: DrawCellDetail(detail, s.index, s.motive); break;
    case SelectionKind::Suspect: DrawSuspectDetail(detail, s.index); break;
    case SelectionKind::Motive: DrawMotiveDetail(detail, s.index); break;
    case SelectionKind::Event: DrawEventDetail(detail, s.index); break;
    case SelectionKind::Goal: DrawGoalDetail(detail, s.index); break;
    case SelectionKind::Reaction: DrawReactionDetail(detail, s.index); break;
  }
  if (s.kind != SelectionKind::None) {
    Gap(10);
    ImGui::PushFont(f.small);
    const float h = std::max(layout.touch_target, 32.0f);
    if (ImGui::Button(detail.words("detail.clear").c_str(), ImVec2(0, h))) SetSelection(story, reader, io, Selection{});
    ImGui::PopFont();
  }
  ImGui::PopID();
}

}  // namespace mm::ui
