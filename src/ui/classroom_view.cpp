// classroom_view.cpp — the matrix's cells and the detail's lines in the classroom modes.
#include "ui/classroom_view.h"

#include <algorithm>

#include "core/wording.h"
#include "ui/marks.h"
#include "ui/text.h"
#include "ui/theme.h"

namespace mm::ui {
namespace {

// A rating's mark: the strength glyph (its values are the strengths), a dash for "not argued",
// and for no rating yet a small open square, the empty box of the worksheet.
void DrawRating(ImDrawList* dl, ImVec2 c, float radius, Rating r, uint32_t color) {
  if (r == Rating::NotArgued) DrawNotArguedMark(dl, c, radius, color);
  else if (r == Rating::Unrated) {
    const float h = radius * 0.45f;
    dl->AddRect(ImVec2(c.x - h, c.y - h), ImVec2(c.x + h, c.y + h), Colors().ink_muted, 2.0f, 0, 1.5f);
  } else DrawStrengthGlyph(dl, c, radius, static_cast<int>(r), color);
}

std::string RatingWord(const Words& w, Rating r) {
  switch (r) {
    case Rating::NotArgued: return w("legend.none");
    case Rating::Weak: return w("legend.1");
    case Rating::Argued: return w("legend.2");
    case Rating::Strong: return w("legend.3");
    default: return w("classroom.unrated");
  }
}

// The class's counts as four bars (not argued, weak, argued, strong), each over its rating's own
// mark as a key. The sources' answer: its bar solid in the accent and its mark underlined; the
// others are outlined bars, so the difference is in shape, not colour alone.
void DrawTallyBars(ImDrawList* dl, const std::array<int, 5>& counts, int students, Rating sources, ImVec2 a, ImVec2 b) {
  const Palette& p = Colors();
  const Rating order[] = {Rating::NotArgued, Rating::Weak, Rating::Argued, Rating::Strong};
  const float pad = 7, gap = 3, key = 5;
  const float x0 = a.x + pad, x1 = b.x - pad, base = b.y - 2 * key - 8, top = a.y + 6;
  const float bw = std::max(3.0f, (x1 - x0 - 3 * gap) / 4);
  dl->AddLine(ImVec2(x0, base + 0.5f), ImVec2(x1, base + 0.5f), p.ink_muted, 1.0f);
  for (int i = 0; i < 4; ++i) {
    const float bx = x0 + i * (bw + gap);
    const int n = counts[static_cast<int>(order[i])];
    const float h = students > 0 ? (base - top) * n / students : 0;
    const bool theirs = order[i] == sources;
    if (h > 0) {
      if (theirs) dl->AddRectFilled(ImVec2(bx, base - h), ImVec2(bx + bw, base), p.accent, 1.5f);
      else dl->AddRect(ImVec2(bx + 0.75f, base - h + 0.75f), ImVec2(bx + bw - 0.75f, base), p.ink_secondary, 1.5f, 0, 1.5f);
    }
    const ImVec2 mark(bx + bw * 0.5f, base + key + 3);
    DrawRating(dl, mark, std::min(key * 1.6f, bw * 0.55f), order[i], theirs ? p.accent : p.ink_secondary);
    if (theirs) dl->AddLine(ImVec2(bx, b.y - 4), ImVec2(bx + bw, b.y - 4), p.accent, 2.0f);
  }
}

}  // namespace

bool DrawClassroomCell(const Story& story, const Classroom& c, const Fonts&, int s, int m, ImVec2 a, ImVec2 b,
                       float radius, bool lit, bool hovered) {
  if (c.mode == ClassroomMode::Read) return false;
  const Palette& p = Colors();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const int cell = s * (int)story.motives.size() + m;
  dl->AddRectFilled(a, b, hovered ? p.card_hover : (lit ? p.highlight : p.card), 4.0f);
  const Rating sources = SourcesRating(story, s, m);
  const ImVec2 center((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
  if (c.mode == ClassroomMode::Class) {
    if (cell < (int)c.tally.cells.size()) DrawTallyBars(dl, c.tally.cells[cell], c.tally.students, sources, a, b);
    return true;
  }
  const Rating mine = cell < (int)c.prediction.cells.size() ? c.prediction.cells[cell] : Rating::Unrated;
  if (!c.revealed) {
    DrawRating(dl, center, radius, mine, p.ink);
    return true;
  }
  // Revealed: the student's answer boxed on the left, the sources' on the right.
  const float r = std::min(radius, (b.x - a.x) * 0.18f);
  const ImVec2 left(a.x + (b.x - a.x) * 0.3f, center.y), right(a.x + (b.x - a.x) * 0.7f, center.y);
  dl->AddRect(ImVec2(left.x - r - 4, left.y - r - 4), ImVec2(left.x + r + 4, left.y + r + 4), p.ink_secondary, 3.0f, 0, 1.0f);
  if (mine != Rating::Unrated) DrawRating(dl, left, r, mine, p.ink);  // an empty box: not rated
  DrawRating(dl, right, r, sources, p.accent);
  if (std::find(c.gaps.begin(), c.gaps.end(), cell) != c.gaps.end()) {
    // One of the biggest gaps: a thick frame and a corner flag.
    dl->AddRect(a, b, p.act, 4.0f, 0, 3.0f);
    dl->AddTriangleFilled(a, ImVec2(a.x + 14, a.y), ImVec2(a.x, a.y + 14), p.act);
  }
  return true;
}

std::string ClassroomSub(const Story& story, const Classroom& c, const Selection& item, const std::string& sub) {
  if (c.mode == ClassroomMode::Read || item.kind != SelectionKind::Suspect) return sub;
  const Words w(story);
  if (c.mode == ClassroomMode::Class) {
    const int n = item.index < (int)c.tally.first_choices.size() ? c.tally.first_choices[item.index] : 0;
    return w("classroom.class.firsts", {{"n", std::to_string(n)}}, n);
  }
  const std::string mine = c.prediction.first_choice == item.index ? w("classroom.first_choice") : std::string();
  if (!c.revealed) return mine;
  return mine.empty() ? sub : mine + " \xC2\xB7 " + sub;
}

bool DrawClassroomDetail(const Story& story, const Classroom& c, const Fonts& f, const Selection& sel, float width) {
  if (c.mode == ClassroomMode::Read || !IsValid(story, sel)) return false;
  const Palette& p = Colors();
  const Words w(story);
  const bool cell = sel.kind == SelectionKind::Cell;
  const int index = cell ? sel.index * (int)story.motives.size() + sel.motive : -1;
  if (c.mode == ClassroomMode::Class) {
    if (!cell && sel.kind != SelectionKind::Suspect) return false;
    Kicker(f, UpperCase(w("classroom.class.kicker")).c_str(), p.ink_secondary);
    Paragraph(f.bold, w("classroom.class.students", {{"n", std::to_string(c.tally.students)}}, c.tally.students), width,
              p.ink);
    if (cell && index < (int)c.tally.cells.size()) {
      const Rating order[] = {Rating::NotArgued, Rating::Weak, Rating::Argued, Rating::Strong};
      for (Rating r : order) {
        const std::string n = std::to_string(c.tally.cells[index][static_cast<int>(r)]);
        Paragraph(f.body, w("classroom.class.line", {{"rating", RatingWord(w, r)}, {"n", n}}), width, p.ink);
      }
      Paragraph(f.bold, w("classroom.class.sources", {{"rating", RatingWord(w, SourcesRating(story, sel.index, sel.motive))}}),
                width, p.ink);
    } else if (!cell) {
      Paragraph(f.body, ClassroomSub(story, c, sel, ""), width, p.ink);
    }
    Gap(12);
    return false;
  }
  if (!cell && sel.kind != SelectionKind::Suspect && sel.kind != SelectionKind::Motive) return false;
  if (c.revealed) {
    if (!cell) return false;
    Kicker(f, UpperCase(w("classroom.predict.kicker")).c_str(), p.ink_secondary);
    Paragraph(f.bold, w("classroom.compare", {{"you", RatingWord(w, c.prediction.cells[index])},
                                                {"theirs", RatingWord(w, SourcesRating(story, sel.index, sel.motive))}}),
              width, p.ink);
    if (std::find(c.gaps.begin(), c.gaps.end(), index) != c.gaps.end()) Paragraph(f.body, w("classroom.gap"), width, p.act);
    Gap(12);
    return false;
  }
  // Predicting: the item and the student's answer only.
  Kicker(f, UpperCase(w("classroom.predict.kicker")).c_str(), p.ink_secondary);
  std::string title;
  if (cell) title = story.suspects[sel.index].short_label + " \xC3\x97 " + story.motives[sel.motive].label;
  else if (sel.kind == SelectionKind::Suspect) title = story.suspects[sel.index].name;
  else title = story.motives[sel.index].label;
  Paragraph(f.subheading, title, width, p.ink);
  Gap(4);
  if (cell) {
    Paragraph(f.bold, w("classroom.your_rating", {{"rating", RatingWord(w, c.prediction.cells[index])}}), width, p.ink);
    Paragraph(f.body, w("classroom.predict.cell"), width, p.ink);
  } else if (sel.kind == SelectionKind::Suspect) {
    if (c.prediction.first_choice == sel.index) Paragraph(f.bold, w("classroom.first_choice"), width, p.ink);
    Paragraph(f.body, w("classroom.predict.suspect"), width, p.ink);
  }
  Gap(4);
  Paragraph(f.small, w("classroom.predict.hidden"), width, p.ink_secondary);
  return true;
}

}  // namespace mm::ui
