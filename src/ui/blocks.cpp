// blocks.cpp — quote and editor's-note blocks and their lists, and chips.
#include "ui/blocks.h"

#include <algorithm>

#include "core/wording.h"
#include "ui/focus.h"
#include "ui/layout_cache.h"
#include "ui/marks.h"
#include "ui/probe.h"
#include "ui/text.h"
#include "ui/theme.h"
#include "ui/virtual_list.h"

namespace mm::ui {

namespace {
std::string SourceLine(const Story& story, const Evidence& ev) {
  const Words w(story);
  std::string line = w.EvidenceKindLabel(ev.kind);
  if (ev.kind == EvidenceKind::Attributed && !ev.speaker.empty()) line += ": " + ev.speaker;
  if (ev.source >= 0 && ev.source < (int)story.sources.size()) {
    const Source& s = story.sources[ev.source];
    // One source is named as the story names it ("the article"); of several, the title says which.
    line += " \xC2\xB7 ";  // middle dot
    line += w("quote.source", {{"source", story.sources.size() == 1 ? w.names().sources : w("punct.quote_open") + s.title + w("punct.quote_close")}});
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
  return {WithCurlyQuotes(ev.quote), SourceLine(story, ev), text_w, text_w - kQuoteMark - 6};
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

void QuoteList(const Fonts& f, const Story& story, ListRowsCache& cache, const std::vector<Evidence>& evidence, float width) {
  const RowOffsets& rows = cache.Get(MakeMeasureKey(story, f), &evidence, width, [&] {
    RowOffsets r;
    for (const Evidence& e : evidence) r.Add(BlockAdvance(QuoteBlockHeight(f, story, e, width)));
    return r;
  });
  DrawVisibleRows(rows, width, [&](int i) { QuoteBlock(f, story, evidence[(size_t)i], width); });
}

void NoteList(const Fonts& f, const Story& story, ListRowsCache& cache, const std::vector<EditorNote>& notes, float width) {
  const RowOffsets& rows = cache.Get(MakeMeasureKey(story, f), &notes, width, [&] {
    RowOffsets r;
    for (const EditorNote& n : notes) r.Add(BlockAdvance(EditorNoteHeight(f, n, width)));
    return r;
  });
  DrawVisibleRows(rows, width, [&](int i) { EditorNoteBlock(f, notes[(size_t)i], width); });
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
          FrameIO& io, float max_width, Selection target) {
  const Palette& p = Colors();
  const ImVec2 ts = MeasureText(f.small, label, max_width - 2 * kChipHPad);
  const float pill_h = PillHeight(ts.y);
  const ImVec2 size = ChipSizeFor(ts, layout);
  const float h = size.y;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(id, size);
  const bool hovered = ImGui::IsItemHovered();
  const bool activated = ItemActivated(io);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float inset = (h - std::min(h, std::max(pill_h, 30.0f))) * 0.5f;  // hit area may be taller than the pill
  const ImVec2 a(pos.x, pos.y + inset), b(pos.x + size.x, pos.y + h - inset);
  const float rounding = std::min(15.0f, (b.y - a.y) * 0.5f);
  dl->AddRectFilled(a, b, highlighted ? p.highlight : (hovered ? p.card_hover : p.page), rounding);
  dl->AddRect(a, b, highlighted ? p.highlight_rule : p.rule, rounding);
  const ImVec2 tp(pos.x + kChipHPad, pos.y + (h - ts.y) * 0.5f);
  DrawText(dl, f.small, tp, p.ink, label, max_width - 2 * kChipHPad);
  if (io.probe) Probe(io, "chip", label, Box(a, b), Box(tp, tp, ts), Box(pos, ImGui::GetItemRectMax()), target);
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  return activated;
}

}  // namespace mm::ui
