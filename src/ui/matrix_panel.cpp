// matrix_panel.cpp — the suspect × motive matrix.
//
// Desktop: suspects are rows (in the article's ranking), motives are columns. Phone: transposed,
// because nine motive labels cannot sit side by side in 390 px but three suspects can. When the
// columns do not fit (large stories) the grid scrolls horizontally with the row headers pinned,
// under a pager line that says which columns show and turns the page (core/view/column_pager.h),
// and a finger can drag it sideways.
// Only the visible rows, columns and cells are laid out; sizes are measured once per story,
// fonts and width (layout_cache.h).
#include <algorithm>
#include <cstdio>

#include "core/view/column_pager.h"
#include "core/view/describe_selection.h"
#include "core/wording.h"
#include "ui/classroom_view.h"
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

constexpr float kLabelPad = 6.0f;  // inside header boxes
constexpr float kGutter = 2.0f;    // white space between cells

struct AxisItem {
  Selection sel;
  std::string label, sub;
};

// The rows and columns in display order, and the width each column needs at least: everything
// that does not depend on the width the matrix gets.
struct Axes {
  bool transposed = false;  // rows are motives
  std::vector<AxisItem> rows, cols;
  std::vector<float> need;  // per column
};

// Where everything goes at one width.
struct Grid {
  float row_header_w = 0, header_h = 0, group_h = 0;
  std::vector<float> col_x;  // left edge of each column relative to the cells' origin; size cols + 1
  std::vector<float> row_y;  // top of each row relative to the first; size rows + 1
  float radius = 0;          // of the strength glyphs
  float ColW(int c) const { return col_x[c + 1] - col_x[c]; }
  float CellsW() const { return col_x.back(); }
  float RowH(int r) const { return row_y[r + 1] - row_y[r]; }
};

}  // namespace

struct MatrixCache {
  Memo<std::tuple<MeasureKey, bool, float, bool>, Axes> axes;        // + transposed, touch target, neutral order
  Memo<std::tuple<MeasureKey, bool, float, bool, float>, Grid> grid;  // + width
};

namespace {

// Which (suspect, motive) a grid cell shows.
void CellItems(const Axes& axes, int r, int c, int* suspect, int* motive) {
  *suspect = axes.transposed ? axes.cols[c].sel.index : axes.rows[r].sel.index;
  *motive = axes.transposed ? axes.rows[r].sel.index : axes.cols[c].sel.index;
}

// True if the selection highlights a row's or a column's suspect or motive.
bool IsLit(const Highlight& h, const AxisItem& it) {
  return h.any && Lit(it.sel.kind == SelectionKind::Suspect ? h.suspects : h.motives, it.sel.index);
}

AxisItem SuspectItem(const Story& story, int s) {
  const Suspect& sp = story.suspects[s];
  AxisItem it;
  it.sel = Selection::Suspect(s);
  it.label = sp.short_label.empty() ? sp.name : sp.short_label;
  // The place in the ranking, not the raw rank: ranks may have gaps (1, 2, 5).
  if (sp.assessment.place > 0) {
    it.sub = Words(story)("matrix.row_rank", {{"rank", std::to_string(sp.assessment.place)}, {"label", sp.assessment.label}});
  } else if (!sp.assessment.label.empty()) {
    it.sub = WithCurlyQuotes(sp.assessment.label);
  }
  return it;
}

AxisItem MotiveItem(const Story& story, int m) {
  AxisItem it;
  it.sel = Selection::Motive(m);
  it.label = story.motives[m].label;
  return it;
}

// Widths ≥ need[i] summing to `total` if possible, as equal as possible (water-filling: the
// narrow columns grow to a common width, wide ones keep theirs). If the needs exceed the total,
// they are returned as is and the grid scrolls.
std::vector<float> ShareWidth(const std::vector<float>& need, float total) {
  float sum = 0;
  for (float n : need) sum += n;
  if (need.empty() || sum >= total) return need;
  std::vector<float> sorted = need;
  std::sort(sorted.begin(), sorted.end());
  float level = 0, rest = total;
  // Columns wider than the level keep their need; find the level for the others.
  for (size_t k = sorted.size(); k > 0; --k) {
    level = rest / k;
    if (sorted[k - 1] <= level) break;
    rest -= sorted[k - 1];
  }
  std::vector<float> out;
  for (float n : need) out.push_back(std::max(n, level));
  return out;
}

float RowHeaderWidth(bool transposed, float width) {
  return transposed ? std::clamp(width * 0.36f, 120.0f, 260.0f) : std::clamp(width * 0.20f, 140.0f, 230.0f);
}

Axes MakeAxes(const Story& story, const Fonts& f, const Layout& layout, bool neutral_order) {
  Axes axes;
  axes.transposed = layout.phone;
  std::vector<AxisItem> suspects, motives;
  for (int s : MatrixSuspects(story, neutral_order)) suspects.push_back(SuspectItem(story, s));
  for (int m = 0; m < (int)story.motives.size(); ++m) motives.push_back(MotiveItem(story, m));
  axes.rows = axes.transposed ? motives : suspects;
  axes.cols = axes.transposed ? suspects : motives;
  // Each column is at least as wide as its longest unbreakable word (labels never break inside
  // a word); MakeGrid shares out the rest of the width.
  const float min_col = axes.transposed ? std::max(64.0f, layout.touch_target) : 68.0f;
  for (const AxisItem& c : axes.cols) {
    float word = MeasureText(f.small_bold, c.label, 1.0f).x;  // width 1: one word per line
    if (!c.sub.empty()) word = std::max(word, MeasureText(f.small, c.sub, 1.0f).x);
    axes.need.push_back(std::max(min_col, word + 2 * kLabelPad + kGutter));
  }
  return axes;
}

Grid MakeGrid(const Axes& axes, const Story& story, const Fonts& f, const Layout& layout, float width) {
  Grid grid;
  grid.row_header_w = RowHeaderWidth(axes.transposed, width);
  const std::vector<float> widths = ShareWidth(axes.need, width - grid.row_header_w);
  grid.col_x.assign(1, 0.0f);
  for (float w : widths) grid.col_x.push_back(grid.col_x.back() + w);
  for (size_t c = 0; c < axes.cols.size(); ++c) {
    // Measured at exactly the width DrawAxisLabel wraps to (box minus gutter minus padding).
    const float col_text_w = grid.ColW((int)c) - kGutter - 2 * kLabelPad;
    float h = WrappedHeight(f.small_bold, axes.cols[c].label, col_text_w);
    if (!axes.cols[c].sub.empty()) h += 2 + WrappedHeight(f.small, axes.cols[c].sub, col_text_w);
    grid.header_h = std::max(grid.header_h, h + 2 * kLabelPad);
  }
  grid.header_h = std::max(grid.header_h, layout.touch_target);
  if (!axes.transposed && !story.motive_groups.empty()) {
    // As tall as the tallest group label wrapped over its run of columns (DrawGroups draws it at
    // that width), so that a two-line label stays above its rule.
    float label_h = WrappedHeight(f.small, "Ag", 400);
    for (int c = 0; c < (int)axes.cols.size();) {
      const int group = story.motives[axes.cols[c].sel.index].group;
      int end = c + 1;
      while (end < (int)axes.cols.size() && story.motives[axes.cols[end].sel.index].group == group) ++end;
      if (group >= 0) {
        const float run_w = grid.col_x[end] - grid.col_x[c] - 8;
        label_h = std::max(label_h, WrappedHeight(f.small, story.motive_groups[group].label, run_w));
      }
      c = end;
    }
    grid.group_h = label_h + 10;
  }

  ImFont* row_font = axes.transposed ? f.small_bold : f.bold;
  const float min_row = axes.transposed ? std::max(layout.touch_target, 48.0f) : 64.0f;
  const float row_text_w = grid.row_header_w - kGutter - 2 * kLabelPad;
  grid.row_y.assign(1, 0.0f);
  for (const AxisItem& r : axes.rows) {
    float h = WrappedHeight(row_font, r.label, row_text_w);
    if (!r.sub.empty()) h += 2 + WrappedHeight(f.small, r.sub, row_text_w);
    grid.row_y.push_back(grid.row_y.back() + std::max(min_row, h + 2 * kLabelPad));
  }
  float narrowest = grid.CellsW();
  for (int c = 0; c < (int)axes.cols.size(); ++c) narrowest = std::min(narrowest, grid.ColW(c));
  grid.radius = std::min(14.0f, std::min(narrowest, axes.rows.empty() ? 40.0f : grid.RowH(0)) * 0.24f);
  return grid;
}

// `neutral`: suspects by name while predicting (their rank is one of the answers).
const Axes& AxesOf(MatrixCache& cache, const Story& story, const Fonts& f, const Layout& layout, bool neutral) {
  return cache.axes.Get(std::make_tuple(MakeMeasureKey(story, f), layout.phone, layout.touch_target, neutral),
                        [&] { return MakeAxes(story, f, layout, neutral); });
}

void DrawAxisLabel(const Highlight& highlight, FrameIO& io, const char* what, const AxisItem& it, ImFont* font,
                   ImFont* sub_font, ImVec2 a, ImVec2 b, bool bottom_align, bool selected, bool hovered) {
  const Palette& p = Colors();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float pad = kLabelPad, w = b.x - a.x - 2 * pad;
  if (IsLit(highlight, it)) dl->AddRectFilled(a, b, p.highlight, 4.0f);
  else if (hovered) dl->AddRectFilled(a, b, p.card_hover, 4.0f);
  if (selected) dl->AddRect(a, b, p.selection, 4.0f, 0, 2.5f);
  const float lh = WrappedHeight(font, it.label, w);
  const float sh = it.sub.empty() ? 0.0f : 2 + WrappedHeight(sub_font, it.sub, w);
  float y = bottom_align ? b.y - pad - lh - sh : a.y + (b.y - a.y - lh - sh) * 0.5f;
  float tw = DrawText(dl, font, ImVec2(a.x + pad, y), p.ink, it.label, w).x;
  if (!it.sub.empty()) tw = std::max(tw, DrawText(dl, sub_font, ImVec2(a.x + pad, y + lh + 2), p.ink_secondary, it.sub, w).x);
  if (io.probe) Probe(io, what, it.label, Box(a, b), ProbeBox{a.x + pad, y, a.x + pad + tw, y + lh + sh}, Box(a, b), it.sel);
}

void CellTooltip(const Story& story, const Fonts& f, int s, int m, int link, Lens lens) {
  const float w = 320.0f;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 10));
  ImGui::BeginTooltip();
  TextBlock(f.bold, story.suspects[s].short_label + " \xC3\x97 " + story.motives[m].label, w);
  if (link < 0) {
    ImGui::PushStyleColor(ImGuiCol_Text, Colors().ink_secondary);
    TextBlock(f.body, Words(story)("matrix.not_argued_tip"), w);
    ImGui::PopStyleColor();
  } else {
    const Link& l = story.links[link];
    TextBlock(f.body, DescribeSelection(story, Selection::Cell(s, m)), w);
    if (CellUnder(story, s, m, lens) == CellUnderLens::NoSuchEvidence) TextBlock(f.bold, Words(story)("lens.no_such"), w);
    if (!l.evidence.empty()) TextBlock(f.italic, WithCurlyQuotes(l.evidence.front().quote), w);
    ImGui::PushStyleColor(ImGuiCol_Text, Colors().ink_secondary);
    TextBlock(f.small, Words(story)("matrix.click_hint"), w);
    ImGui::PopStyleColor();
  }
  ImGui::EndTooltip();
  ImGui::PopStyleVar();
}

// One frame's placement of the grid inside the matrix's child window, and what of it is visible.
struct GridOnScreen {
  ImVec2 origin;         // top left of the whole grid; scrolls with the content
  ImVec2 win;            // the grid's pinned top left: the child window's, below the pager line if any
  float width = 0, grid_h = 0, scrollbar = 0;
  float cells_x0 = 0;    // left edge of the visible cells (right of the row headers)
  float cells_ox = 0;    // where column 0 starts (scrolls sideways)
  float rows_oy = 0;     // where row 0 starts
  std::pair<int, int> cols, rows;  // visible [first, last)
  ImVec2 CellMin(const Grid& grid, int r, int c) const {
    return ImVec2(cells_ox + grid.col_x[c], rows_oy + grid.row_y[r]);
  }
  ImVec2 CellMax(const Grid& grid, int r, int c) const {
    return ImVec2(cells_ox + grid.col_x[c + 1] - kGutter, rows_oy + grid.row_y[r + 1] - kGutter);
  }
  void ClipToCells() const {
    ImGui::GetWindowDrawList()->PushClipRect(ImVec2(cells_x0, win.y), ImVec2(win.x + width, win.y + grid_h + scrollbar), true);
  }
};

GridOnScreen PlaceGrid(const Grid& grid, float width, float grid_h, float scrollbar, float pager_h) {
  GridOnScreen screen;
  screen.origin = ImGui::GetCursorScreenPos();
  screen.origin.y += pager_h;
  screen.win = ImGui::GetWindowPos();
  screen.win.y += pager_h;
  screen.width = width;
  screen.grid_h = grid_h;
  screen.scrollbar = scrollbar;
  screen.cells_x0 = screen.win.x + grid.row_header_w;
  screen.cells_ox = screen.origin.x + grid.row_header_w;
  screen.rows_oy = screen.origin.y + grid.group_h + grid.header_h;
  const ImVec2 lo = VisibleMin(), hi = VisibleMax();
  screen.cols = SpansMeeting(grid.col_x, std::max(screen.cells_x0, lo.x) - screen.cells_ox,
                             std::min(screen.win.x + width, hi.x) - screen.cells_ox);
  screen.rows = SpansMeeting(grid.row_y, lo.y - screen.rows_oy, hi.y - screen.rows_oy);
  return screen;
}

// One frame of the grid: what each of its parts draws from (the story, the reader's state, the
// frame's input and output, the grid as measured and as placed this frame), and what the pointer
// is over, which the parts report in `hover`.
struct GridFrame {
  const Story& story;
  ReaderState& reader;
  FrameIO& io;
  const Fonts& fonts;
  const Layout& layout;
  const Axes& axes;
  const Grid& grid;
  const GridOnScreen& screen;
  Selection hover;
};

// ImGui ids of the grid's buttons: each kind has its own label ("##col", "##row", "##cell") and
// is pushed under the index of its item, cells numbered row by row; so no two buttons share an
// id, however many rows and columns a story has.
int CellIndex(const Axes& axes, int r, int c) { return r * (int)axes.cols.size() + c; }

// What the selection lights up in the grid; nothing while predicting, since a suspect's linked
// motives would give the sources' answers away.
const Highlight& GridHighlight(const GridFrame& frame) {
  static const Highlight none;
  return Predicting(frame.reader.classroom) ? none : frame.reader.highlight;
}

// Motive groups (desktop): a labelled rule over each run of visible columns sharing a group.
void DrawGroups(const GridFrame& frame) {
  const Story& story = frame.story;
  const Grid& grid = frame.grid;
  const GridOnScreen& screen = frame.screen;
  if (grid.group_h <= 0 || screen.cols.first >= screen.cols.second) return;
  const auto group_of = [&](int c) { return story.motives[frame.axes.cols[c].sel.index].group; };
  int c = screen.cols.first;
  while (c > 0 && group_of(c - 1) == group_of(c)) --c;  // a run may start off screen
  ImDrawList* dl = ImGui::GetWindowDrawList();
  while (c < screen.cols.second) {
    const int group = group_of(c);
    int end = c + 1;
    while (end < (int)frame.axes.cols.size() && group_of(end) == group) ++end;
    if (group >= 0) {
      const float x0 = screen.cells_ox + grid.col_x[c] + 4, x1 = screen.cells_ox + grid.col_x[end] - 4;
      screen.ClipToCells();
      const std::string& label = story.motive_groups[group].label;
      const ImVec2 text = DrawText(dl, frame.fonts.small, ImVec2(x0, screen.origin.y), Colors().ink_secondary, label, x1 - x0);
      const float rule_y = screen.origin.y + grid.group_h - 3;
      dl->AddLine(ImVec2(x0, rule_y), ImVec2(x1, rule_y), Colors().rule, 1.5f);
      // The box ends at the rule: a label that runs into it fails the layout test.
      if (frame.io.probe)
        Probe(frame.io, "matrix.group", label, ProbeBox{x0, screen.origin.y, x1, rule_y - 0.75f},
              ProbeBox{x0, screen.origin.y, x0 + text.x, screen.origin.y + text.y}, ProbeBox{});
      dl->PopClipRect();
    }
    c = end;
  }
}

// The invisible button under an axis label: hovering marks its item, a click selects it.
// `id_label` and `index` make its id (see CellIndex). Returns whether it is hovered.
bool AxisButton(GridFrame& frame, const char* id_label, int index, const AxisItem& it, ImVec2 a, ImVec2 b) {
  ImGui::SetCursorScreenPos(a);
  ImGui::PushID(index);
  ImGui::InvisibleButton(id_label, ImVec2(b.x - a.x, b.y - a.y));
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) frame.hover = it.sel;
  if (ItemActivated(frame.io)) {
    ActOn(frame.reader.classroom, frame.story, it.sel);  // predicting: the first choice
    SetSelection(frame.story, frame.reader, frame.io, it.sel);
  }
  ImGui::PopID();
  return hovered;
}

void DrawColumnHeaders(GridFrame& frame) {
  const Grid& grid = frame.grid;
  const GridOnScreen& screen = frame.screen;
  const float header_y = screen.origin.y + grid.group_h;
  for (int c = screen.cols.first; c < screen.cols.second; ++c) {
    AxisItem col = frame.axes.cols[c];
    col.sub = ClassroomSub(frame.story, frame.reader.classroom, col.sel, col.sub);
    const ImVec2 a(screen.cells_ox + grid.col_x[c], header_y), b(a.x + grid.ColW(c) - kGutter, header_y + grid.header_h);
    const bool hovered = AxisButton(frame, "##col", c, col, a, b);
    screen.ClipToCells();
    DrawAxisLabel(GridHighlight(frame), frame.io, "matrix.col", col, frame.fonts.small_bold, frame.fonts.small, a, b,
                  true, frame.reader.selection == col.sel, hovered);
    ImGui::GetWindowDrawList()->PopClipRect();
  }
}

void DrawCellContents(const Story& story, const Grid& grid, ImVec2 a, ImVec2 b, int link, bool lit, bool hovered,
                      Lens lens) {
  const Palette& p = Colors();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  uint32_t fill = link >= 0 ? p.card : p.page;
  if (lit) fill = p.highlight;
  if (hovered) fill = p.card_hover;
  dl->AddRectFilled(a, b, fill, 4.0f);
  if (link < 0) dl->AddRect(a, b, p.card, 4.0f, 0, 1.0f);
  const ImVec2 center((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f - 3);
  if (link < 0) {
    DrawNotArguedMark(dl, center, grid.radius, p.not_argued);
    return;
  }
  const Link& l = story.links[link];
  KindSet k = KindsOf(l.evidence);
  if (lens != Lens::All) {  // only the lens's kind of mark; a link with none is "no such evidence"
    k = KindSet{k.fact && lens == Lens::Facts, k.attributed && lens == Lens::Attributed, k.analysis && lens == Lens::Analysis};
    if (!k.fact && !k.attributed && !k.analysis) {
      DrawNoSuchEvidenceMark(dl, center, grid.radius, p.ink_secondary);
      return;
    }
  }
  DrawStrengthGlyph(dl, center, grid.radius, l.strength, p.accent);
  const float ms = 8.0f;
  float mx = b.x - 7 - ms * 0.5f;
  const float my = b.y - 7 - ms * 0.5f;
  if (k.analysis) { DrawEvidenceMark(dl, ImVec2(mx, my), ms, EvidenceKind::Analysis); mx -= ms + 4; }
  if (k.attributed) { DrawEvidenceMark(dl, ImVec2(mx, my), ms, EvidenceKind::Attributed); mx -= ms + 4; }
  if (k.fact) DrawEvidenceMark(dl, ImVec2(mx, my), ms, EvidenceKind::ReportedFact);
}

void DrawGridCell(GridFrame& frame, int r, int c) {
  const Story& story = frame.story;
  const ReaderState& reader = frame.reader;
  const ImVec2 a = frame.screen.CellMin(frame.grid, r, c), b = frame.screen.CellMax(frame.grid, r, c);
  int s, m;
  CellItems(frame.axes, r, c, &s, &m);
  const int link = story.LinkAt(s, m);
  const Selection cell = Selection::Cell(s, m);
  ImGui::SetCursorScreenPos(a);
  ImGui::PushID(CellIndex(frame.axes, r, c));
  ImGui::InvisibleButton("##cell", ImVec2(b.x - a.x, b.y - a.y));
  const bool hovered = ImGui::IsItemHovered();
  ProbeLastItem(frame.io, "matrix.cell", "", cell);
  if (hovered) frame.hover = cell;
  if (ItemActivated(frame.io)) {
    ActOn(frame.reader.classroom, story, cell);  // predicting: the next rating
    SetSelection(story, frame.reader, frame.io, cell);
  }
  // The tooltip would tell the sources' answer while predicting.
  if (hovered && !frame.layout.phone && !Predicting(reader.classroom)) CellTooltip(story, frame.fonts, s, m, link, reader.lens);
  ImGui::PopID();

  frame.screen.ClipToCells();
  const Highlight& h = GridHighlight(frame);
  const bool lit = IsLit(h, frame.axes.rows[r]) || IsLit(h, frame.axes.cols[c]);
  if (!DrawClassroomCell(story, reader.classroom, frame.fonts, s, m, a, b, frame.grid.radius, lit, hovered))
    DrawCellContents(story, frame.grid, a, b, link, lit, hovered, reader.lens);
  if (reader.selection == cell) ImGui::GetWindowDrawList()->AddRect(a, b, Colors().selection, 4.0f, 0, 2.5f);
  ImGui::GetWindowDrawList()->PopClipRect();
  if (IsFocusedCell(reader.nav, r, c)) FocusRing(frame.io, a, b);
}

// The pinned header of row r, drawn after the row's cells so it covers any scrolled beneath it.
void DrawRowHeader(GridFrame& frame, int r) {
  const Grid& grid = frame.grid;
  const GridOnScreen& screen = frame.screen;
  AxisItem row = frame.axes.rows[r];
  row.sub = ClassroomSub(frame.story, frame.reader.classroom, row.sel, row.sub);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float y = screen.rows_oy + grid.row_y[r], rh = grid.RowH(r);
  const ImVec2 ha(screen.win.x, y), hb(screen.win.x + grid.row_header_w - kGutter, y + rh - kGutter);
  dl->AddRectFilled(ImVec2(screen.win.x, y), ImVec2(screen.cells_x0, y + rh), Colors().page);
  const bool hovered = AxisButton(frame, "##row", r, row, ha, hb);
  DrawAxisLabel(GridHighlight(frame), frame.io, "matrix.row", row,
                frame.axes.transposed ? frame.fonts.small_bold : frame.fonts.bold, frame.fonts.small, ha, hb, false,
                frame.reader.selection == row.sel, hovered);
  dl->AddLine(ImVec2(screen.win.x, y + rh - 1), ImVec2(screen.cells_x0 - kGutter, y + rh - 1), Colors().rule);
}

// Arrow keys may move the focus to a cell that is not drawn (so has no ring): note where it is
// so that the page scrolls down to it, and scroll the grid sideways so that the whole cell shows.
void FollowFocus(const GridFrame& frame) {
  const NavState& nav = frame.reader.nav;
  const Grid& grid = frame.grid;
  if (!nav.ring || nav.panel != NavPanel::Matrix) return;
  if (nav.row < 0 || nav.row >= (int)frame.axes.rows.size() || nav.col < 0 || nav.col >= (int)frame.axes.cols.size())
    return;
  NoteFocus(frame.io, frame.screen.CellMin(grid, nav.row, nav.col), frame.screen.CellMax(grid, nav.row, nav.col));
  if (!frame.io.scroll_to_focus) return;
  const float view_w = frame.screen.width - grid.row_header_w, scroll = ImGui::GetScrollX();
  const float left = grid.col_x[nav.col], right = grid.col_x[nav.col + 1] - kGutter;
  if (left < scroll) ImGui::SetScrollX(left);
  else if (right > scroll + view_w) ImGui::SetScrollX(right - view_w);
}

// A tour step's cell or row may be below the screen, so not drawn: note where it is so that the
// page scrolls to it (a column header is drawn with the grid's top).
void NoteSelectedItem(const GridFrame& frame) {
  if (frame.io.scroll_to_selection <= 0) return;
  const Selection& sel = frame.reader.selection;
  const auto index_of = [&](const auto& items) {
    for (int i = 0; i < (int)items.size(); ++i) {
      const Selection& s = items[i].sel;
      if (s == sel || (sel.kind == SelectionKind::Cell && (s == Selection::Suspect(sel.index) || s == Selection::Motive(sel.motive))))
        return i;
    }
    return -1;
  };
  const int r = index_of(frame.axes.rows), c = index_of(frame.axes.cols);
  if (r < 0) return;
  NoteSelected(frame.io, frame.screen.CellMin(frame.grid, r, std::max(c, 0)), frame.screen.CellMax(frame.grid, r, std::max(c, 0)));
}

// [Sideways paging] The line above a grid too wide for its box: "Suspects 4–6 of 12" and two
// buttons that turn the page. Drawn pinned at the child window's top, like the row headers.
float PagerHeight(const Layout& layout) { return layout.touch_target + 8; }

// A back or next button; returns whether it was pressed. `dir` is -1 (back) or +1 (next).
bool PagerButton(FrameIO& io, const char* id, ImVec2 a, float size, int dir, bool enabled) {
  const Palette& p = Colors();
  ImGui::SetCursorScreenPos(a);
  ImGui::InvisibleButton(id, ImVec2(size, size));
  const bool hovered = enabled && ImGui::IsItemHovered();
  if (enabled) ProbeLastItem(io, "matrix.page", id);
  const ImVec2 b(a.x + size, a.y + size), c(a.x + size * 0.5f, a.y + size * 0.5f);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (enabled) dl->AddRectFilled(a, b, hovered ? p.card_hover : p.card, 6.0f);  // a disabled one is only outlined
  dl->AddRect(a, b, p.rule, 6.0f);
  const float h = size * 0.16f;  // the chevron's half height; it points the way the page turns
  const ImVec2 chevron[3] = {ImVec2(c.x - dir * h * 0.5f, c.y - h), ImVec2(c.x + dir * h * 0.5f, c.y),
                             ImVec2(c.x - dir * h * 0.5f, c.y + h)};
  dl->AddPolyline(chevron, 3, enabled ? p.ink : p.ink_muted, 0, 2.5f);
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  return enabled && ItemActivated(io);
}

void DrawPager(const Story& story, FrameIO& io, const Fonts& f, const Layout& layout, const Axes& axes,
               const ColumnPage& page, ImVec2 at, float width) {
  char range[24], total[12];  // "4–6" (en dash) or "4", of "12"
  // No column wholly in view (one wider than the screen): the one that starts the view.
  std::snprintf(range, sizeof range, page.last > page.first ? "%d\xE2\x80\x93%d" : "%d", std::min(page.first + 1, page.count),
                page.last + 1);
  std::snprintf(total, sizeof total, "%d", page.count);
  const std::string text = Words(story)(axes.transposed ? "matrix.pager.suspects" : "matrix.pager.motives",
                                        {{"range", range}, {"total", total}});
  const float h = PagerHeight(layout), size = layout.touch_target, gap = 8;
  const float buttons_x = at.x + width - 2 * size - gap;
  const ImVec2 tp(at.x, at.y + (size - f.small->FontSize * ImGui::GetIO().FontGlobalScale) * 0.5f);
  const ImVec2 ts = DrawText(ImGui::GetWindowDrawList(), f.small, tp, Colors().ink_secondary, text, buttons_x - gap - at.x);
  Probe(io, "matrix.pager", text, ProbeBox{at.x, at.y, buttons_x - gap, at.y + h}, Box(tp, tp, ts), ProbeBox{});
  // A press scrolls next frame, as any SetScrollX does; the line then names the new page.
  if (PagerButton(io, "##back", ImVec2(buttons_x, at.y), size, -1, page.can_back)) ImGui::SetScrollX(page.back_to);
  if (PagerButton(io, "##next", ImVec2(buttons_x + size + gap, at.y), size, +1, page.can_next)) ImGui::SetScrollX(page.next_to);
}

// Soft edges over the columns cut at either side, so that a cut column reads as "more this way":
// bands of the page's colour, more opaque towards the edge. Only over a cut column, never over
// one wholly in view (the back button says there is more to the left when none is cut there).
void DrawScrollEdges(const Grid& grid, const GridOnScreen& screen, const ColumnPage& page) {
  const uint32_t solid = Colors().page;
  const float most = 28.0f, bottom = screen.win.y + screen.grid_h, right = screen.win.x + screen.width;
  const bool any_whole = page.last >= page.first;
  const float cut_right = any_whole ? screen.cells_ox + grid.col_x[page.last + 1] : screen.cells_x0;
  const float cut_left = any_whole ? screen.cells_ox + grid.col_x[page.first] : right;
  const float rw = std::min(most, right - cut_right), lw = std::min(most * 0.5f, cut_left - screen.cells_x0);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (int i = 1; i <= 4; ++i) {
    const uint32_t c = (solid & ~IM_COL32_A_MASK) | ((uint32_t)(((solid >> IM_COL32_A_SHIFT) & 0xFF) * i / 5) << IM_COL32_A_SHIFT);
    if (page.can_next && rw > 1)
      dl->AddRectFilled(ImVec2(right - rw * (5 - i) / 4, screen.win.y), ImVec2(right - rw * (4 - i) / 4, bottom), c);
    if (page.can_back && lw > 1)
      dl->AddRectFilled(ImVec2(screen.cells_x0 + lw * (4 - i) / 4, screen.win.y), ImVec2(screen.cells_x0 + lw * (5 - i) / 4, bottom), c);
  }
}

}  // namespace

void DrawMatrix(const Story& story, ReaderState& reader, FrameIO& io, LayoutCache& layout_cache, const Fonts& f,
                const Layout& layout, float width) {
  if (story.suspects.empty() || story.motives.empty()) return;
  MatrixCache& cache = CacheSlot(layout_cache.matrix);
  const bool neutral = reader.classroom.mode == ClassroomMode::Predict;
  const Axes& axes = AxesOf(cache, story, f, layout, neutral);
  const Grid& grid = cache.grid.Get(std::make_tuple(MakeMeasureKey(story, f), layout.phone, layout.touch_target, neutral, width),
                                    [&] { return MakeGrid(axes, story, f, layout, width); });
  const float grid_w = grid.row_header_w + grid.CellsW();
  const float grid_h = grid.group_h + grid.header_h + grid.row_y.back();
  const bool scroll_x = grid_w > width + 0.5f;
  const float scrollbar = scroll_x ? ImGui::GetStyle().ScrollbarSize + 4 : 0.0f;
  const float pager_h = scroll_x ? PagerHeight(layout) : 0.0f;

  ImGui::BeginChild("##matrix", ImVec2(width, pager_h + grid_h + scrollbar), false,
                    (scroll_x ? ImGuiWindowFlags_HorizontalScrollbar : 0) | ImGuiWindowFlags_NoScrollWithMouse |
                        ImGuiWindowFlags_NoBackground);
  const GridOnScreen screen = PlaceGrid(grid, width, grid_h, scrollbar, pager_h);
  GridFrame frame{story, reader, io, f, layout, axes, grid, screen, Selection{}};
  DrawGroups(frame);
  DrawColumnHeaders(frame);
  for (int r = screen.rows.first; r < screen.rows.second; ++r) {
    for (int c = screen.cols.first; c < screen.cols.second; ++c) DrawGridCell(frame, r, c);
    DrawRowHeader(frame, r);
  }
  if (scroll_x) {
    const ColumnPage page =
        PageColumns(grid.col_x, kGutter, ImGui::GetScrollX(), width - grid.row_header_w, ImGui::GetScrollMaxX());
    DrawScrollEdges(grid, screen, page);
    DrawPager(story, io, f, layout, axes, page, ImVec2(screen.win.x, screen.win.y - pager_h), width);
    TouchScrollSideways(io);
  }
  FollowFocus(frame);
  NoteSelectedItem(frame);
  if (frame.hover.kind != SelectionKind::None) {
    io.hover = frame.hover;
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  ImGui::SetCursorScreenPos(screen.origin);
  ImGui::Dummy(ImVec2(grid_w, grid_h));
  // The matrix as a whole: its visible box and the full grid (wider means sideways scrolling).
  Probe(io, "matrix", "", ProbeBox{screen.win.x, screen.win.y, screen.win.x + width, screen.win.y + grid_h},
        ProbeBox{screen.origin.x, screen.origin.y, screen.origin.x + grid_w, screen.origin.y + grid_h}, ProbeBox{});
  ImGui::EndChild();
}

float MatrixMinWidth(const Story& story, LayoutCache& cache, const Fonts& f, const Layout& layout, bool neutral_order) {
  if (story.suspects.empty() || story.motives.empty()) return 0;
  const Axes& axes = AxesOf(CacheSlot(cache.matrix), story, f, layout, neutral_order);
  float cells = 0;
  for (float n : axes.need) cells += n;  // every column at its minimum
  return RowHeaderWidth(axes.transposed, 0.0f) + cells;
}

void DrawLegend(const Story& story, const Fonts& f, float width, Lens lens) {
  const Palette& p = Colors();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  enum class Mark { Strength, NotArgued, Evidence, NoSuch };
  struct Entry { Mark mark; int value; std::string text; };  // value: the strength, or the EvidenceKind
  const Words w(story);
  const Entry entries[] = {
      {Mark::Strength, 3, w("legend.3")}, {Mark::Strength, 2, w("legend.2")}, {Mark::Strength, 1, w("legend.1")},
      {Mark::NotArgued, 0, w("legend.none")},
      {Mark::Evidence, (int)EvidenceKind::ReportedFact, w("legend.fact")},
      {Mark::Evidence, (int)EvidenceKind::Attributed, w("legend.attributed")},
      {Mark::Evidence, (int)EvidenceKind::Analysis, w("legend.analysis")},
      {Mark::NoSuch, 0, lens == Lens::All ? std::string() : w("lens.no_such")}};
  ImGui::PushFont(f.small);
  const float line_h = ImGui::GetFontSize() + 10;
  const ImVec2 start = ImGui::GetCursorScreenPos();
  float x = start.x, y = start.y;
  for (const Entry& e : entries) {
    if (e.text.empty()) continue;  // the lens's mark, while no lens is on
    const float item_w = 24 + ImGui::CalcTextSize(e.text.c_str()).x + 18;
    if (x + item_w > start.x + width && x > start.x) { x = start.x; y += line_h; }
    const ImVec2 c(x + 10, y + line_h * 0.5f - 2);
    if (e.mark == Mark::Strength) DrawStrengthGlyph(dl, c, 8.0f, e.value, p.accent);
    else if (e.mark == Mark::NotArgued) DrawNotArguedMark(dl, c, 8.0f, p.not_argued);
    else if (e.mark == Mark::NoSuch) DrawNoSuchEvidenceMark(dl, c, 9.0f, p.ink_secondary);
    else DrawEvidenceMark(dl, c, 9.0f, (EvidenceKind)e.value);
    dl->AddText(ImVec2(x + 24, y + (line_h - ImGui::GetFontSize()) * 0.5f - 2), p.ink_secondary, e.text.c_str());
    x += item_w;
  }
  ImGui::PopFont();
  ImGui::SetCursorScreenPos(start);
  ImGui::Dummy(ImVec2(width, y - start.y + line_h));
}

}  // namespace mm::ui
