// goals_reactions_panel.cpp — the strategic goals and the reactions, as rows of equal cards
// (desktop) or one column (phone). Rows are measured once per story, fonts and width; only those
// on screen are drawn.
#include <algorithm>

#include "core/wording.h"
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

// Rows of equal cards (desktop) or a stack (phone), each row as tall as its tallest card.
struct CardRows {
  int per_row = 1;
  float card_w = 0;
  std::vector<float> h;
  RowOffsets offsets;
};

}  // namespace

struct GoalsReactionsCache {
  Memo<std::tuple<MeasureKey, float, bool>, CardRows> goals, reactions;  // + width, phone
};

namespace {

constexpr float kCardGap = 12.0f, kCardInset = 14.0f;

// `measure(i, w)`: the height of card i's text at width w.
template <typename Measure>
CardRows MakeCardRows(int n, const Layout& layout, float width, Measure&& measure) {
  CardRows rows;
  rows.per_row = layout.phone ? 1 : std::min(n, width > 1100 ? 4 : 3);
  rows.card_w = (width - kCardGap * (rows.per_row - 1)) / rows.per_row;
  for (int row0 = 0; row0 < n; row0 += rows.per_row) {
    float h = 0;
    for (int i = row0; i < std::min(n, row0 + rows.per_row); ++i) h = std::max(h, measure(i, rows.card_w - 2 * kCardInset));
    rows.h.push_back(h + 2 * kCardInset);
    rows.offsets.Add(Advance(rows.h.back()));
  }
  return rows;
}

// The cards of `n` goals or reactions (`kind`), each selecting its item; `draw(i, at, w)`
// renders card i's text with its top left at `at`. Only the rows on screen are drawn.
template <typename Draw>
void DrawCards(const Story& story, ReaderState& reader, FrameIO& io, const CardRows& rows, int n, SelectionKind kind,
               float width, Draw&& draw) {
  const Palette& p = Colors();
  const NavPanel panel = kind == SelectionKind::Goal ? NavPanel::Goals : NavPanel::Reactions;
  // Goals light up with a selection that names them; reactions name no motive, so never do.
  const std::vector<bool>* lit = kind == SelectionKind::Goal ? &reader.highlight.goals : nullptr;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const auto card_min = [&](int i) {
    const int row = i / rows.per_row;
    return ImVec2(origin.x + (i - row * rows.per_row) * (rows.card_w + kCardGap),
                  origin.y + rows.offsets.top[(size_t)row]);
  };
  DrawVisibleRows(rows.offsets, width, [&](int row) {
    for (int i = row * rows.per_row; i < std::min(n, (row + 1) * rows.per_row); ++i) {
      const ImVec2 a = card_min(i), b(a.x + rows.card_w, a.y + rows.h[(size_t)row]);
      const Selection sel = Selection::Item(kind, i);
      ImGui::SetCursorScreenPos(a);
      ImGui::PushID(i);
      ImGui::InvisibleButton("##card", ImVec2(rows.card_w, b.y - a.y));
      const bool hovered = ImGui::IsItemHovered();
      ProbeLastItem(io, "card", "", sel);
      if (ItemActivated(io)) SetSelection(story, reader, io, sel);
      if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      ImGui::PopID();
      const bool is_lit = lit && reader.highlight.any && Lit(*lit, i);
      dl->AddRectFilled(a, b, is_lit ? p.highlight : (hovered ? p.card_hover : p.card), 6.0f);
      if (reader.selection == sel) dl->AddRect(a, b, p.selection, 6.0f, 0, 2.5f);
      draw(i, ImVec2(a.x + kCardInset, a.y + kCardInset), rows.card_w - 2 * kCardInset);
      const std::vector<Evidence>& evidence = kind == SelectionKind::Goal ? story.goals[(size_t)i].evidence
                                                                          : story.reactions[(size_t)i].evidence;
      if (OutsideLens(reader.lens, evidence)) DimOutsideLens(dl, a, b, 6.0f);
      if (IsFocused(reader.nav, panel, i)) FocusRing(io, a, b);  // over the dimming: the focus never fades
    }
  });
  const int focused = FocusedIndex(reader.nav, panel, n);
  if (focused >= 0) {
    const ImVec2 a = card_min(focused);  // it may be off screen: the page scrolls to it
    NoteFocus(io, a, ImVec2(a.x + rows.card_w, a.y + rows.h[(size_t)(focused / rows.per_row)]));
  }
  if (reader.selection.kind == kind && reader.selection.index >= 0 && reader.selection.index < n) {
    const int i = reader.selection.index;
    const ImVec2 a = card_min(i);
    NoteSelected(io, a, ImVec2(a.x + rows.card_w, a.y + rows.h[(size_t)(i / rows.per_row)]));
  }
}

// Stacked text runs inside a card: drawn, or only measured. Returns the height.
struct Run {
  ImFont* font;
  std::string text;
  uint32_t color;
};
float DrawOrMeasureRuns(const std::vector<Run>& runs, ImVec2 at, float w, bool draw) {
  float y = 0;
  for (const Run& r : runs) {
    if (r.text.empty()) continue;
    const float h = draw ? DrawText(ImGui::GetWindowDrawList(), r.font, ImVec2(at.x, at.y + y), r.color, r.text, w).y
                         : MeasureText(r.font, r.text, w).y;
    y += h + 6;
  }
  return y - 6;
}

std::vector<Run> GoalRuns(const Story& story, const Fonts& f, int i) {
  const Palette& p = Colors();
  const Goal& g = story.goals[i];
  // The quote that explains the goal, not the one that merely repeats its title.
  std::string quote;
  for (const Evidence& e : g.evidence)
    if (quote.empty() && e.quote.find(g.title) == std::string::npos) quote = WithCurlyQuotes(e.quote);
  const std::string label = UpperCase(Words(story)("timeline.goal_card", {{"n", std::to_string(i + 1)}}));
  return {{f.small_bold, label, p.ink_secondary}, {f.bold, g.title, p.ink}, {f.italic, quote, p.ink}};
}

std::vector<Run> ReactionRuns(const Story& story, const Fonts& f, int i) {
  const Palette& p = Colors();
  const Reaction& r = story.reactions[i];
  const std::string quote = r.evidence.empty() ? "" : WithCurlyQuotes(r.evidence.front().quote);
  return {{f.bold, r.party, p.ink}, {f.small, r.stance, p.ink_secondary}, {f.italic, quote, p.ink}};
}

}  // namespace

void DrawGoalsAndReactions(const Story& story, ReaderState& reader, FrameIO& io, LayoutCache& cache, const Fonts& f,
                           const Layout& layout, float width) {
  const Palette& p = Colors();
  GoalsReactionsCache& cards = CacheSlot(cache.goals_reactions);
  const auto key = std::make_tuple(MakeMeasureKey(story, f), width, layout.phone);
  const Words words(story);
  // A titled section of `n` cards; `runs_of(i)` is card i's text. Measured once, drawn where visible.
  const auto section = [&](const char* heading, SelectionKind kind, int n, auto& memo, auto&& runs_of) {
    Paragraph(f.subheading, words(heading), width, p.ink);
    Gap(4);
    const CardRows& rows = memo.Get(key, [&] {
      return MakeCardRows(n, layout, width,
                          [&](int i, float w) { return DrawOrMeasureRuns(runs_of(i), ImVec2(), w, false); });
    });
    DrawCards(story, reader, io, rows, n, kind, width,
              [&](int i, ImVec2 at, float w) { DrawOrMeasureRuns(runs_of(i), at, w, true); });
  };
  if (!story.goals.empty()) {
    section("goals.heading", SelectionKind::Goal, (int)story.goals.size(), cards.goals,
            [&](int i) { return GoalRuns(story, f, i); });
    Gap(16);
  }
  if (!story.reactions.empty())
    section("reactions.heading", SelectionKind::Reaction, (int)story.reactions.size(), cards.reactions,
            [&](int i) { return ReactionRuns(story, f, i); });
}

}  // namespace mm::ui
