// widgets.h — the explainer's drawing vocabulary: wrapped text blocks, the strength glyph,
// evidence-kind marks, quote and editor's-note blocks, chips. Built on ImDrawList so that
// layout is exact and testable; each function advances the ImGui cursor by what it drew.
#pragma once

#include <string>

#include <imgui.h>

#include "core/story.h"
#include "ui/layout_cache.h"
#include "ui/ui_state.h"

namespace mm::ui {

// Height of `text` in `font` wrapped at `width` (CSS px, includes FontGlobalScale).
float WrappedHeight(ImFont* font, const std::string& text, float width);
float TextWidth(ImFont* font, const std::string& text);

// Draws wrapped text at the cursor and advances it. Returns the height used.
float Paragraph(ImFont* font, const std::string& text, float width, uint32_t color);

// Vertical space.
void Gap(float px);

// How far ImGui moves the cursor down past an item `height` tall: the item spacing, then down to
// a whole pixel (the cursor is always on one). What a Stack adds for such an item.
float Advance(float height);

// Strength as size + fill + shape (never colour alone): 1 = small ring, 2 = medium half-filled
// disc, 3 = large full disc. `radius` is the largest glyph's radius.
void DrawStrengthGlyph(ImDrawList* dl, ImVec2 center, float radius, int strength, uint32_t color);
// "Not argued": a short dash, visibly different from any strength glyph.
void DrawNotArguedMark(ImDrawList* dl, ImVec2 center, float radius, uint32_t color);
// Evidence kind as shape: reported fact = square, attributed = speech bubble, analysis = diamond.
void DrawEvidenceMark(ImDrawList* dl, ImVec2 center, float size, EvidenceKind kind);

// The evidence kinds present in a list, in a fixed order (fact, attributed, analysis).
struct KindSet { bool fact = false, attributed = false, analysis = false; };
KindSet KindsOf(const std::vector<Evidence>& evidence);

// A quotation for display: wrapped in curly double quotes, with double quotes inside turned
// into single ones (the newsroom convention for a quote within a quote). Words are unchanged.
std::string Quoted(const std::string& quote);

// A small uppercase label ("SUSPECT × MOTIVE").
void Kicker(const Fonts& f, const char* text, uint32_t color);

// One quote: a rule in the kind's colour, the quote in italics, then "■ Reported fact · source".
float QuoteBlock(const Fonts& f, const Story& story, const Evidence& ev, float width);
// A tinted box marked "Editor's note".
float EditorNoteBlock(const Fonts& f, const EditorNote& note, float width);
// Their heights (what they return), and the cursor advance of each block.
float QuoteBlockHeight(const Fonts& f, const Story& story, const Evidence& ev, float width);
float EditorNoteHeight(const Fonts& f, const EditorNote& note, float width);
float BlockAdvance(float height);

// Every quote of a list, or every note, one block each; only those on screen are drawn.
void QuoteList(const Fonts& f, const Story& story, ViewState& state, const std::vector<Evidence>& evidence, float width);
void NoteList(const Fonts& f, const Story& story, ViewState& state, const std::vector<EditorNote>& notes, float width);

// A clickable chip (e.g. a related motive), wrapping within max_width. Returns true when activated.
bool Chip(const Fonts& f, const char* id, const std::string& label, bool highlighted, const Layout& layout,
          ViewState& state, float max_width, Selection target = {});
ImVec2 ChipSize(const Fonts& f, const std::string& label, const Layout& layout, float max_width);

// The keyboard focus ring around [a, b] (drawn outside it), and a note of where it is so that
// the page can scroll it into view.
void FocusRing(ViewState& state, ImVec2 a, ImVec2 b);
// Only the note: for a focused item that is not drawn because it is off screen.
void NoteFocus(ViewState& state, ImVec2 a, ImVec2 b);
bool IsFocused(const ViewState& state, NavPanel panel, int index);
bool IsFocusedCell(const ViewState& state, int row, int col);

// Drag-to-scroll for touch screens on the current window (imgui 1.86 scrolls only by wheel).
void TouchScroll(ViewState& state);

inline ProbeBox Box(ImVec2 a, ImVec2 b) { return ProbeBox{a.x, a.y, b.x, b.y}; }
inline ProbeBox Box(ImVec2 a, ImVec2 b, ImVec2 size) { return ProbeBox{a.x, a.y, a.x + size.x, a.y + size.y}; }
// Records the last ImGui item as an interactive box for the layout probe (tests only).
void ProbeLastItem(ViewState& state, const char* what, const std::string& label, Selection target = {});

// True if the last item was clicked (released over it) and the press was not a scroll drag.
bool ItemActivated(const ViewState& state);

// The window's visible rectangle (its clip rectangle), in screen coordinates.
ImVec2 VisibleMin();
ImVec2 VisibleMax();

// Puts the cursor `height` below `origin`, as the last of a stack's items would have.
void EndStack(ImVec2 origin, float height, float width);

// Draws the items of `stack` that meet the visible rectangle, each with the cursor at its top
// (`draw(i)` may leave the cursor anywhere), then leaves the cursor below the whole stack just as
// drawing every item would.
template <typename Draw>
void DrawStack(const Stack& stack, float width, Draw&& draw) {
  if (stack.size() == 0) return;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const std::pair<int, int> shown = SpansMeeting(stack.top, VisibleMin().y - origin.y, VisibleMax().y - origin.y);
  for (int i = shown.first; i < shown.second; ++i) {
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + stack.top[i]));
    draw(i);
  }
  EndStack(origin, stack.Height(), width);
}

}  // namespace mm::ui
