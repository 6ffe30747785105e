#include "ui/widgets.h"

#include <algorithm>
#include <cmath>

#include "core/wording.h"
#include "ui/text_layout.h"
#include "ui/theme.h"

namespace mm::ui {

float WrappedHeight(ImFont* font, const std::string& text, float width) { return MeasureText(font, text, width).y; }

float TextWidth(ImFont* font, const std::string& text) {
  ImGui::PushFont(font);
  const float w = ImGui::CalcTextSize(text.c_str()).x;
  ImGui::PopFont();
  return w;
}

float Paragraph(ImFont* font, const std::string& text, float width, uint32_t color) {
  const ImVec2 size = DrawText(ImGui::GetWindowDrawList(), font, ImGui::GetCursorScreenPos(), color, text, width);
  ImGui::Dummy(ImVec2(width, size.y));
  return size.y;
}

void Gap(float px) { ImGui::Dummy(ImVec2(1, px)); }

float Advance(float height) { return std::floor(height + ImGui::GetStyle().ItemSpacing.y); }

void EndStack(ImVec2 origin, float height, float width) {
  // A zero-height item one spacing above the end moves the cursor to exactly the end.
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height - ImGui::GetStyle().ItemSpacing.y));
  ImGui::Dummy(ImVec2(width, 0));
}

ImVec2 VisibleMin() { return ImGui::GetWindowDrawList()->GetClipRectMin(); }
ImVec2 VisibleMax() { return ImGui::GetWindowDrawList()->GetClipRectMax(); }

void DrawStrengthGlyph(ImDrawList* dl, ImVec2 c, float radius, int strength, uint32_t color) {
  const int segments = 32;
  switch (std::clamp(strength, 1, 3)) {
    case 1:  // raised as possible: a small ring
      dl->AddCircle(c, radius * 0.45f, color, segments, 2.0f);
      break;
    case 2: {  // argued: a medium ring, lower half filled
      const float r = radius * 0.72f;
      dl->PathArcTo(c, r - 0.5f, 0.0f, 3.14159265f, segments / 2);  // lower half (y grows down)
      dl->PathFillConvex(color);
      dl->AddCircle(c, r - 1.0f, color, segments, 2.0f);
      break;
    }
    case 3:  // asserted as clear: a large full disc
      dl->AddCircleFilled(c, radius, color, segments);
      break;
  }
}

void DrawNotArguedMark(ImDrawList* dl, ImVec2 c, float radius, uint32_t color) {
  const float w = radius * 0.55f;
  dl->AddLine(ImVec2(c.x - w, c.y), ImVec2(c.x + w, c.y), color, 2.0f);
}

void DrawEvidenceMark(ImDrawList* dl, ImVec2 c, float size, EvidenceKind kind) {
  const float h = size * 0.5f;
  const uint32_t col = EvidenceColor(kind);
  switch (kind) {
    case EvidenceKind::ReportedFact:
      dl->AddRectFilled(ImVec2(c.x - h * 0.85f, c.y - h * 0.85f), ImVec2(c.x + h * 0.85f, c.y + h * 0.85f), col);
      break;
    case EvidenceKind::Attributed:  // a speech bubble: rounded box with a tail
      dl->AddRectFilled(ImVec2(c.x - h, c.y - h * 0.8f), ImVec2(c.x + h, c.y + h * 0.45f), col, h * 0.35f);
      dl->AddTriangleFilled(ImVec2(c.x - h * 0.55f, c.y + h * 0.3f), ImVec2(c.x - h * 0.05f, c.y + h * 0.3f),
                            ImVec2(c.x - h * 0.75f, c.y + h), col);
      break;
    case EvidenceKind::Analysis:
      dl->AddQuadFilled(ImVec2(c.x, c.y - h), ImVec2(c.x + h, c.y), ImVec2(c.x, c.y + h), ImVec2(c.x - h, c.y), col);
      break;
  }
}

KindSet KindsOf(const std::vector<Evidence>& evidence) {
  KindSet k;
  for (const Evidence& e : evidence) {
    k.fact |= e.kind == EvidenceKind::ReportedFact;
    k.attributed |= e.kind == EvidenceKind::Attributed;
    k.analysis |= e.kind == EvidenceKind::Analysis;
  }
  return k;
}

std::string Quoted(const std::string& quote) {
  // A quote that is itself one quotation in the source ("“No premature peace.”") keeps its own
  // marks rather than gaining a second pair.
  static const std::string open = "\xE2\x80\x9C", close = "\xE2\x80\x9D";
  if (quote.size() > 6 && quote.compare(0, 3, open) == 0 && quote.compare(quote.size() - 3, 3, close) == 0 &&
      quote.find(open, 3) == std::string::npos)
    return quote;
  std::string out = "\xE2\x80\x9C";
  for (size_t i = 0; i < quote.size(); ++i) {
    if (quote.compare(i, 3, "\xE2\x80\x9C") == 0) { out += "\xE2\x80\x98"; i += 2; }       // “ → ‘
    else if (quote.compare(i, 3, "\xE2\x80\x9D") == 0) { out += "\xE2\x80\x99"; i += 2; }  // ” → ’
    else if (quote[i] == '"') out += (i == 0 || quote[i - 1] == ' ') ? "\xE2\x80\x98" : "\xE2\x80\x99";
    else out += quote[i];
  }
  return out + "\xE2\x80\x9D";
}

void Kicker(const Fonts& f, const char* text, uint32_t color) {
  ImGui::PushFont(f.small_bold);
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

namespace {
std::string SourceLine(const Story& story, const Evidence& ev) {
  const Words w(story);
  std::string line = w.EvidenceKindLabel(ev.kind);
  if (ev.kind == EvidenceKind::Attributed && !ev.speaker.empty()) line += ": " + ev.speaker;
  if (ev.source >= 0 && ev.source < (int)story.sources.size()) {
    const Source& s = story.sources[ev.source];
    // One source is named as the story names it ("the article"); of several, the title says which.
    line += " \xC2\xB7 ";  // middle dot
    line += w("quote.source", {{"source", story.sources.size() == 1 ? w.names().sources : "\xE2\x80\x9C" + s.title + "\xE2\x80\x9D"}});
  }
  return line;
}

// A quote block's two texts and where they wrap; the layout QuoteBlock draws and measures.
struct QuoteText {
  std::string quote, source;
  float quote_w, source_w;
};
constexpr float kQuoteBar = 3.0f, kQuotePad = 12.0f, kQuoteMark = 10.0f;
QuoteText QuoteTextOf(const Story& story, const Evidence& ev, float width) {
  const float text_w = width - kQuoteBar - kQuotePad;
  return {Quoted(ev.quote), SourceLine(story, ev), text_w, text_w - kQuoteMark - 6};
}
// The block's height from its texts' heights: quote, a 2 px gap, source line.
float QuoteHeight(float quote_h, float source_h) { return quote_h + 2 + ImGui::GetStyle().ItemSpacing.y * 2 + source_h; }

constexpr float kNotePad = 12.0f;
// The note label names no story noun, so it needs no story's names.
std::string NoteLabel(const EditorNote& note) {
  const Words w{StoryNames{}};
  Date date;
  if (note.date.empty()) return UpperCase(w("note.label"));
  const std::string when = ParseIsoDate(note.date, &date) == DateCheck::Ok ? w.DateText(date) : note.date;
  return UpperCase(w("note.label_dated", {{"date", when}}));
}
float NoteTextWidth(float width) { return width - 2 * kNotePad - 3; }

// Ends a block `h` tall drawn at `top`: the cursor goes below it, one item spacing further.
void EndBlock(ImVec2 top, float h, float width) {
  ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + h + ImGui::GetStyle().ItemSpacing.y));
  ImGui::Dummy(ImVec2(width, 0));
}
}  // namespace

float QuoteBlockHeight(const Fonts& f, const Story& story, const Evidence& ev, float width) {
  const QuoteText t = QuoteTextOf(story, ev, width);
  return QuoteHeight(WrappedHeight(f.italic, t.quote, t.quote_w), WrappedHeight(f.small, t.source, t.source_w));
}

float QuoteBlock(const Fonts& f, const Story& story, const Evidence& ev, float width) {
  const Palette& p = Colors();
  const QuoteText t = QuoteTextOf(story, ev, width);
  const ImVec2 top = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(top.x + kQuoteBar + kQuotePad, top.y));
  const float quote_h = Paragraph(f.italic, t.quote, t.quote_w, p.ink);
  Gap(2);
  const ImVec2 src(top.x + kQuoteBar + kQuotePad, ImGui::GetCursorScreenPos().y);
  ImGui::SetCursorScreenPos(ImVec2(src.x + kQuoteMark + 6, src.y));
  const float source_h = Paragraph(f.small, t.source, t.source_w, p.ink_secondary);
  DrawEvidenceMark(ImGui::GetWindowDrawList(), ImVec2(src.x + kQuoteMark * 0.5f, src.y + ImGui::GetFontSize() * 0.45f),
                   kQuoteMark, ev.kind);
  const float h = QuoteHeight(quote_h, source_h);
  ImGui::GetWindowDrawList()->AddRectFilled(top, ImVec2(top.x + kQuoteBar, top.y + h), EvidenceColor(ev.kind));
  EndBlock(top, h, width);
  return h;
}

float EditorNoteHeight(const Fonts& f, const EditorNote& note, float width) {
  const float text_w = NoteTextWidth(width);
  return kNotePad + WrappedHeight(f.small_bold, NoteLabel(note), text_w) + 4 + WrappedHeight(f.body, note.text, text_w) +
         kNotePad;
}

float EditorNoteBlock(const Fonts& f, const EditorNote& note, float width) {
  const Palette& p = Colors();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float text_w = NoteTextWidth(width);
  const float h = EditorNoteHeight(f, note, width);
  dl->AddRectFilled(top, ImVec2(top.x + width, top.y + h), p.note_bg, 4.0f);
  dl->AddRectFilled(top, ImVec2(top.x + 3, top.y + h), p.note_rule);
  const float lh = DrawText(dl, f.small_bold, ImVec2(top.x + kNotePad + 3, top.y + kNotePad), p.ink_secondary,
                            NoteLabel(note), text_w).y;
  DrawText(dl, f.body, ImVec2(top.x + kNotePad + 3, top.y + kNotePad + lh + 4), p.ink, note.text, text_w);
  EndBlock(top, h, width);
  return h;
}

float BlockAdvance(float height) { return Advance(height + ImGui::GetStyle().ItemSpacing.y); }

void QuoteList(const Fonts& f, const Story& story, ViewState& state, const std::vector<Evidence>& evidence, float width) {
  const Stack& stack = CacheOf(state).lists.Get(MakeMeasureKey(story, f), &evidence, width, [&] {
    Stack s;
    for (const Evidence& e : evidence) s.Add(BlockAdvance(QuoteBlockHeight(f, story, e, width)));
    return s;
  });
  DrawStack(stack, width, [&](int i) { QuoteBlock(f, story, evidence[(size_t)i], width); });
}

void NoteList(const Fonts& f, const Story& story, ViewState& state, const std::vector<EditorNote>& notes, float width) {
  const Stack& stack = CacheOf(state).lists.Get(MakeMeasureKey(story, f), &notes, width, [&] {
    Stack s;
    for (const EditorNote& n : notes) s.Add(BlockAdvance(EditorNoteHeight(f, n, width)));
    return s;
  });
  DrawStack(stack, width, [&](int i) { EditorNoteBlock(f, notes[(size_t)i], width); });
}

namespace {
constexpr float kChipHPad = 12.0f, kChipVPad = 6.0f;
float PillHeight(float text_h) { return text_h + 2 * kChipVPad; }
// The chip's hit area for a label `ts` in size: at least a touch target on phones.
ImVec2 ChipSizeFor(ImVec2 ts, const Layout& layout) {
  return ImVec2(std::max(ts.x + 2 * kChipHPad, layout.phone ? layout.touch_target : 0.0f),
                std::max(layout.phone ? layout.touch_target : 30.0f, PillHeight(ts.y)));
}
}  // namespace

ImVec2 ChipSize(const Fonts& f, const std::string& label, const Layout& layout, float max_width) {
  return ChipSizeFor(MeasureText(f.small, label, max_width - 2 * kChipHPad), layout);
}

bool Chip(const Fonts& f, const char* id, const std::string& label, bool highlighted, const Layout& layout,
          ViewState& state, float max_width, Selection target) {
  const Palette& p = Colors();
  const ImVec2 ts = MeasureText(f.small, label, max_width - 2 * kChipHPad);
  const float pill_h = PillHeight(ts.y);
  const ImVec2 size = ChipSizeFor(ts, layout);
  const float h = size.y;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(id, size);
  const bool hovered = ImGui::IsItemHovered();
  const bool activated = ItemActivated(state);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float inset = (h - std::min(h, std::max(pill_h, 30.0f))) * 0.5f;  // hit area may be taller than the pill
  const ImVec2 a(pos.x, pos.y + inset), b(pos.x + size.x, pos.y + h - inset);
  const float rounding = std::min(15.0f, (b.y - a.y) * 0.5f);
  dl->AddRectFilled(a, b, highlighted ? p.highlight : (hovered ? p.card_hover : p.page), rounding);
  dl->AddRect(a, b, highlighted ? p.highlight_rule : p.rule, rounding);
  const ImVec2 tp(pos.x + kChipHPad, pos.y + (h - ts.y) * 0.5f);
  DrawText(dl, f.small, tp, p.ink, label, max_width - 2 * kChipHPad);
  if (state.probe) Probe(state, "chip", label, Box(a, b), Box(tp, tp, ts), Box(pos, ImGui::GetItemRectMax()), target);
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  return activated;
}

namespace {
constexpr float kRingOffset = 3.0f;  // the ring sits outside the item
}  // namespace

void FocusRing(ViewState& state, ImVec2 a, ImVec2 b) {
  const float o = kRingOffset;
  ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - o, a.y - o), ImVec2(b.x + o, b.y + o), Colors().accent, 6.0f, 0, 3.0f);
  NoteFocus(state, a, b);
}

void NoteFocus(ViewState& state, ImVec2 a, ImVec2 b) {
  const float o = kRingOffset;
  state.focus_box = Box(ImVec2(a.x - o, a.y - o), ImVec2(b.x + o, b.y + o));
  state.focus_box_valid = true;
}

bool IsFocused(const ViewState& state, NavPanel panel, int index) {
  return state.nav.ring && state.nav.panel == panel && state.nav.index == index;
}

bool IsFocusedCell(const ViewState& state, int row, int col) {
  return state.nav.ring && state.nav.panel == NavPanel::Matrix && state.nav.row == row && state.nav.col == col;
}

void TouchScroll(ViewState& state) {
  ImGuiIO& io = ImGui::GetIO();
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) return;
  if (!ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem))
    return;
  if (!ImGui::IsMouseDragging(ImGuiMouseButton_Left, 6.0f)) return;
  state.pointer_dragged = true;
  if (io.MouseDelta.y != 0.0f) ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
}

void ProbeLastItem(ViewState& state, const char* what, const std::string& label, Selection target) {
  if (!state.probe) return;
  const ProbeBox b = Box(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  Probe(state, what, label, b, b, b, target);
}

bool ItemActivated(const ViewState& state) {
  // Released over the item it was pressed on, and not the end of a drag-to-scroll.
  return !state.pointer_dragged && ImGui::IsItemDeactivated() &&
         ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
}

}  // namespace mm::ui
