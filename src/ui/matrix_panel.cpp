// matrix_panel.cpp — the suspect × motive matrix.
//
// Desktop: suspects are rows (in the article's ranking), motives are columns. Phone: transposed,
// because nine motive labels cannot sit side by side in 390 px but three suspects can. When the
// columns do not fit (large stories) the grid scrolls horizontally with the row headers pinned,
// and only the visible cells are laid out.
#include <algorithm>
#include <cstdio>

#include "ui/panels.h"
#include "ui/text_layout.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mm::ui {
namespace {

constexpr float kLabelPad = 6.0f;  // inside header boxes
constexpr float kGutter = 2.0f;    // white space between cells

struct AxisItem {
  Selection sel;
  std::string label, sub;
  bool highlighted = false;
};

struct Grid {
  std::vector<AxisItem> rows, cols;
  bool transposed = false;  // rows are motives
  float row_header_w = 0, header_h = 0, group_h = 0;
  std::vector<float> col_x;  // left edge of each column relative to the cells' origin; size cols + 1
  float ColW(int c) const { return col_x[c + 1] - col_x[c]; }
  float CellsW() const { return col_x.back(); }
  std::vector<float> row_h;
};

// Which (suspect, motive) a grid cell shows.
void CellItems(const Grid& g, int r, int c, int* suspect, int* motive) {
  *suspect = g.transposed ? g.cols[c].sel.a : g.rows[r].sel.a;
  *motive = g.transposed ? g.rows[r].sel.a : g.cols[c].sel.a;
}

AxisItem SuspectItem(const Story& story, const ViewState& state, int s) {
  const Suspect& sp = story.suspects[s];
  AxisItem it;
  it.sel = {SelectionKind::Suspect, s, -1};
  it.label = sp.short_label.empty() ? sp.name : sp.short_label;
  it.sub = "#" + std::to_string(sp.assessment.rank) + " \xC2\xB7 \xE2\x80\x9C" + sp.assessment.label + "\xE2\x80\x9D";
  it.highlighted = state.highlight.any && s < (int)state.highlight.suspects.size() && state.highlight.suspects[s];
  return it;
}

AxisItem MotiveItem(const Story& story, const ViewState& state, int m) {
  AxisItem it;
  it.sel = {SelectionKind::Motive, m, -1};
  it.label = story.motives[m].label;
  it.highlighted = state.highlight.any && m < (int)state.highlight.motives.size() && state.highlight.motives[m];
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
  size_t i = 0;
  // Columns wider than the level keep their need; find the level for the others.
  for (size_t k = sorted.size(); k > 0; --k) {
    level = rest / k;
    if (sorted[k - 1] <= level) break;
    rest -= sorted[k - 1];
    i = k - 1;
  }
  (void)i;
  std::vector<float> out;
  for (float n : need) out.push_back(std::max(n, level));
  return out;
}

Grid MakeGrid(const Story& story, const ViewState& state, const Fonts& f, const Layout& layout, float width) {
  Grid g;
  g.transposed = layout.phone;
  const std::vector<int> ranked = RankedSuspects(story);
  std::vector<AxisItem> suspects, motives;
  for (int s : ranked) suspects.push_back(SuspectItem(story, state, s));
  for (int m = 0; m < (int)story.motives.size(); ++m) motives.push_back(MotiveItem(story, state, m));
  g.rows = g.transposed ? motives : suspects;
  g.cols = g.transposed ? suspects : motives;

  const float min_col = g.transposed ? std::max(64.0f, layout.touch_target) : 68.0f;
  g.row_header_w = g.transposed ? std::clamp(width * 0.36f, 120.0f, 260.0f) : std::clamp(width * 0.20f, 140.0f, 230.0f);
  // Each column is at least as wide as its longest unbreakable word (labels never break inside
  // a word); the rest of the width is shared so columns come out as equal as possible.
  const float pad = kLabelPad;
  ImFont* col_font = f.small_bold;
  std::vector<float> need;
  for (const AxisItem& c : g.cols) {
    float word = MeasureText(col_font, c.label, 1.0f).x;  // width 1: one word per line
    if (!c.sub.empty()) word = std::max(word, MeasureText(f.small, c.sub, 1.0f).x);
    need.push_back(std::max(min_col, word + 2 * pad + kGutter));
  }
  const std::vector<float> widths = ShareWidth(need, width - g.row_header_w);
  g.col_x.assign(1, 0.0f);
  for (float w : widths) g.col_x.push_back(g.col_x.back() + w);
  for (size_t c = 0; c < g.cols.size(); ++c) {
    // Measured at exactly the width DrawAxisLabel wraps to (box minus gutter minus padding).
    const float col_text_w = g.ColW((int)c) - kGutter - 2 * pad;
    float h = WrappedHeight(col_font, g.cols[c].label, col_text_w);
    if (!g.cols[c].sub.empty()) h += 2 + WrappedHeight(f.small, g.cols[c].sub, col_text_w);
    g.header_h = std::max(g.header_h, h + 2 * pad);
  }
  g.header_h = std::max(g.header_h, layout.touch_target);
  if (!g.transposed && !story.motive_groups.empty()) g.group_h = WrappedHeight(f.small, "Ag", 400) + 10;

  ImFont* row_font = g.transposed ? f.small_bold : f.bold;
  const float min_row = g.transposed ? std::max(layout.touch_target, 48.0f) : 64.0f;
  const float row_text_w = g.row_header_w - kGutter - 2 * pad;
  for (AxisItem& r : g.rows) {
    float h = WrappedHeight(row_font, r.label, row_text_w);
    if (!r.sub.empty()) h += 2 + WrappedHeight(f.small, r.sub, row_text_w);
    g.row_h.push_back(std::max(min_row, h + 2 * pad));
  }
  return g;
}

void DrawAxisLabel(ViewState& state, const char* what, const AxisItem& it, ImFont* font, ImFont* sub_font, ImVec2 a,
                   ImVec2 b, bool bottom_align, bool selected, bool hovered) {
  const Palette& p = Colors();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float pad = kLabelPad, w = b.x - a.x - 2 * pad;
  if (it.highlighted) dl->AddRectFilled(a, b, p.highlight, 4.0f);
  else if (hovered) dl->AddRectFilled(a, b, p.card_hover, 4.0f);
  if (selected) dl->AddRect(a, b, p.selection, 4.0f, 0, 2.5f);
  const float lh = WrappedHeight(font, it.label, w);
  const float sh = it.sub.empty() ? 0.0f : 2 + WrappedHeight(sub_font, it.sub, w);
  float y = bottom_align ? b.y - pad - lh - sh : a.y + (b.y - a.y - lh - sh) * 0.5f;
  float tw = DrawText(dl, font, ImVec2(a.x + pad, y), p.ink, it.label, w).x;
  if (!it.sub.empty()) tw = std::max(tw, DrawText(dl, sub_font, ImVec2(a.x + pad, y + lh + 2), p.ink_secondary, it.sub, w).x);
  if (state.probe) Probe(state, what, it.label, Box(a, b), ProbeBox{a.x + pad, y, a.x + pad + tw, y + lh + sh}, Box(a, b), it.sel);
}

void CellTooltip(const Story& story, const Fonts& f, int s, int m, int link) {
  const float w = 320.0f;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 10));
  ImGui::BeginTooltip();
  TextBlock(f.bold, story.suspects[s].short_label + " \xC3\x97 " + story.motives[m].label, w);
  if (link < 0) {
    ImGui::PushStyleColor(ImGuiCol_Text, Colors().ink_secondary);
    TextBlock(f.body, "Not argued by the article.", w);
    ImGui::PopStyleColor();
  } else {
    const Link& l = story.links[link];
    TextBlock(f.body, DescribeSelection(story, Selection{SelectionKind::Cell, s, m}), w);
    if (!l.evidence.empty()) TextBlock(f.italic, Quoted(l.evidence.front().quote), w);
    ImGui::PushStyleColor(ImGuiCol_Text, Colors().ink_secondary);
    TextBlock(f.small, "Click for every quote and its attribution.", w);
    ImGui::PopStyleColor();
  }
  ImGui::EndTooltip();
  ImGui::PopStyleVar();
}

}  // namespace

void DrawMatrix(const Story& story, ViewState& state, const Fonts& f, const Layout& layout, float width) {
  if (story.suspects.empty() || story.motives.empty()) return;
  const Palette& p = Colors();
  const Grid g = MakeGrid(story, state, f, layout, width);
  const float grid_w = g.row_header_w + g.CellsW();
  float grid_h = g.group_h + g.header_h;
  for (float h : g.row_h) grid_h += h;
  const bool scroll_x = grid_w > width + 0.5f;
  const float scrollbar = scroll_x ? ImGui::GetStyle().ScrollbarSize + 4 : 0.0f;

  ImGui::BeginChild("##matrix", ImVec2(width, grid_h + scrollbar), false,
                    (scroll_x ? ImGuiWindowFlags_HorizontalScrollbar : 0) | ImGuiWindowFlags_NoScrollWithMouse |
                        ImGuiWindowFlags_NoBackground);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();     // scrolls with content
  const ImVec2 win = ImGui::GetWindowPos();               // fixed: pinned row headers
  const float cells_x0 = win.x + g.row_header_w;          // left edge of the scrolling cells
  const float gutter = kGutter;
  float narrowest = g.CellsW();
  for (int c = 0; c < (int)g.cols.size(); ++c) narrowest = std::min(narrowest, g.ColW(c));
  const float radius = std::min(14.0f, std::min(narrowest, g.row_h.empty() ? 40.0f : g.row_h[0]) * 0.24f);
  Selection hover{};

  // Motive groups (desktop): a labelled rule over each run of columns sharing a group.
  if (g.group_h > 0) {
    for (int c = 0; c < (int)g.cols.size();) {
      const int group = story.motives[g.cols[c].sel.a].group;
      int end = c + 1;
      while (end < (int)g.cols.size() && story.motives[g.cols[end].sel.a].group == group) ++end;
      if (group >= 0) {
        const float x0 = origin.x + g.row_header_w + g.col_x[c] + 4, x1 = origin.x + g.row_header_w + g.col_x[end] - 4;
        dl->PushClipRect(ImVec2(cells_x0, win.y), ImVec2(win.x + width, win.y + grid_h), true);
        DrawText(dl, f.small, ImVec2(x0, origin.y), p.ink_secondary, story.motive_groups[group].label, x1 - x0);
        dl->AddLine(ImVec2(x0, origin.y + g.group_h - 3), ImVec2(x1, origin.y + g.group_h - 3), p.rule, 1.5f);
        dl->PopClipRect();
      }
      c = end;
    }
  }

  // Column headers.
  const float header_y = origin.y + g.group_h;
  for (int c = 0; c < (int)g.cols.size(); ++c) {
    const ImVec2 a(origin.x + g.row_header_w + g.col_x[c], header_y), b(a.x + g.ColW(c) - gutter, header_y + g.header_h);
    if (b.x < cells_x0 || a.x > win.x + width) continue;  // off screen
    ImGui::SetCursorScreenPos(a);
    ImGui::PushID(1000000 + c);
    ImGui::InvisibleButton("##col", ImVec2(b.x - a.x, b.y - a.y));
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) hover = g.cols[c].sel;
    if (ItemActivated(state)) SetSelection(story, state, g.cols[c].sel);
    ImGui::PopID();
    dl->PushClipRect(ImVec2(cells_x0, win.y), ImVec2(win.x + width, win.y + grid_h), true);
    DrawAxisLabel(state, "matrix.col", g.cols[c], f.small_bold, f.small, a, b, true, state.selection == g.cols[c].sel, hovered);
    dl->PopClipRect();
  }

  // Rows: pinned header + cells.
  float y = header_y + g.header_h;
  for (int r = 0; r < (int)g.rows.size(); ++r) {
    const float rh = g.row_h[r];
    const ImVec2 ha(win.x, y), hb(win.x + g.row_header_w - gutter, y + rh - gutter);
    if (!ImGui::IsRectVisible(ha, ImVec2(win.x + width, hb.y))) { y += rh; continue; }
    for (int c = 0; c < (int)g.cols.size(); ++c) {
      const ImVec2 a(origin.x + g.row_header_w + g.col_x[c], y), b(a.x + g.ColW(c) - gutter, y + rh - gutter);
      if (b.x < cells_x0 || a.x > win.x + width) continue;
      int s, m;
      CellItems(g, r, c, &s, &m);
      const int link = story.LinkAt(s, m);
      const Selection cell{SelectionKind::Cell, s, m};
      ImGui::SetCursorScreenPos(a);
      ImGui::PushID(r * 4096 + c);
      ImGui::InvisibleButton("##cell", ImVec2(b.x - a.x, b.y - a.y));
      const bool hovered = ImGui::IsItemHovered();
      ProbeLastItem(state, "matrix.cell", "", cell);
      if (hovered) hover = cell;
      if (ItemActivated(state)) SetSelection(story, state, cell);
      if (hovered && !layout.phone) CellTooltip(story, f, s, m, link);
      ImGui::PopID();

      dl->PushClipRect(ImVec2(cells_x0, win.y), ImVec2(win.x + width, win.y + grid_h + scrollbar), true);
      const bool lit = g.rows[r].highlighted || g.cols[c].highlighted;
      uint32_t fill = link >= 0 ? p.card : p.page;
      if (lit) fill = p.highlight;
      if (hovered) fill = p.card_hover;
      dl->AddRectFilled(a, b, fill, 4.0f);
      if (link < 0) dl->AddRect(a, b, p.card, 4.0f, 0, 1.0f);
      const ImVec2 center((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f - 3);
      if (link >= 0) {
        const Link& l = story.links[link];
        DrawStrengthGlyph(dl, center, radius, l.strength, p.accent);
        const KindSet k = KindsOf(l.evidence);
        const float ms = 8.0f;
        float mx = b.x - 7 - ms * 0.5f;
        const float my = b.y - 7 - ms * 0.5f;
        if (k.analysis) { DrawEvidenceMark(dl, ImVec2(mx, my), ms, EvidenceKind::Analysis); mx -= ms + 4; }
        if (k.attributed) { DrawEvidenceMark(dl, ImVec2(mx, my), ms, EvidenceKind::Attributed); mx -= ms + 4; }
        if (k.fact) DrawEvidenceMark(dl, ImVec2(mx, my), ms, EvidenceKind::ReportedFact);
      } else {
        DrawNotArguedMark(dl, center, radius, p.not_argued);
      }
      if (state.selection == cell) dl->AddRect(a, b, p.selection, 4.0f, 0, 2.5f);
      dl->PopClipRect();
      if (IsFocusedCell(state, r, c)) FocusRing(state, a, b);
    }
    // Pinned row header, drawn after the cells so it covers any that scroll beneath it.
    dl->AddRectFilled(ImVec2(win.x, y), ImVec2(cells_x0, y + rh), p.page);
    ImGui::SetCursorScreenPos(ha);
    ImGui::PushID(2000000 + r);
    ImGui::InvisibleButton("##row", ImVec2(hb.x - ha.x, hb.y - ha.y));
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) hover = g.rows[r].sel;
    if (ItemActivated(state)) SetSelection(story, state, g.rows[r].sel);
    ImGui::PopID();
    DrawAxisLabel(state, "matrix.row", g.rows[r], g.transposed ? f.small_bold : f.bold, f.small, ha, hb, false,
                  state.selection == g.rows[r].sel, hovered);
    dl->AddLine(ImVec2(win.x, y + rh - 1), ImVec2(cells_x0 - gutter, y + rh - 1), p.rule);
    y += rh;
  }
  if (hover.kind != SelectionKind::None) {
    state.hover = hover;
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y));
  ImGui::Dummy(ImVec2(grid_w, grid_h));
  // The matrix as a whole: its visible box and the full grid (wider means sideways scrolling).
  Probe(state, "matrix", "", ProbeBox{win.x, win.y, win.x + width, win.y + grid_h},
        ProbeBox{origin.x, origin.y, origin.x + grid_w, origin.y + grid_h}, ProbeBox{});
  ImGui::EndChild();
}

float MatrixMinWidth(const Story& story, const ViewState& state, const Fonts& f, const Layout& layout) {
  if (story.suspects.empty() || story.motives.empty()) return 0;
  const Grid g = MakeGrid(story, state, f, layout, 0.0f);  // width 0: every column at its minimum
  return g.row_header_w + g.CellsW();
}

void DrawLegend(const Fonts& f, const Layout& layout, float width) {
  const Palette& p = Colors();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  struct Entry { int kind; int value; const char* text; };
  // kind 0: strength glyph (value = strength), 1: not argued, 2: evidence mark (value = EvidenceKind)
  static const Entry entries[] = {
      {0, 3, "asserted as clear"}, {0, 2, "argued"}, {0, 1, "raised as possible"}, {1, 0, "not argued"},
      {2, (int)EvidenceKind::ReportedFact, "reported fact"}, {2, (int)EvidenceKind::Attributed, "attributed statement"},
      {2, (int)EvidenceKind::Analysis, "the article\xE2\x80\x99s analysis"}};
  ImGui::PushFont(f.small);
  const float line_h = ImGui::GetFontSize() + 10;
  const ImVec2 start = ImGui::GetCursorScreenPos();
  float x = start.x, y = start.y;
  for (const Entry& e : entries) {
    const float item_w = 24 + ImGui::CalcTextSize(e.text).x + 18;
    if (x + item_w > start.x + width && x > start.x) { x = start.x; y += line_h; }
    const ImVec2 c(x + 10, y + line_h * 0.5f - 2);
    if (e.kind == 0) DrawStrengthGlyph(dl, c, 8.0f, e.value, p.accent);
    else if (e.kind == 1) DrawNotArguedMark(dl, c, 8.0f, p.not_argued);
    else DrawEvidenceMark(dl, c, 9.0f, (EvidenceKind)e.value);
    dl->AddText(ImVec2(x + 24, y + (line_h - ImGui::GetFontSize()) * 0.5f - 2), p.ink_secondary, e.text);
    x += item_w;
  }
  ImGui::PopFont();
  ImGui::SetCursorScreenPos(start);
  ImGui::Dummy(ImVec2(width, y - start.y + line_h));
  (void)layout;
}

}  // namespace mm::ui
