// panels.h — the explainer's panels, each a function of the story and the parts of the UI state
// it uses: what the reader has chosen (ReaderState), the frame's input and output (FrameIO) and
// the geometry measured in earlier frames (LayoutCache). Each draws at the ImGui cursor within
// `width` CSS pixels and advances the cursor.
#pragma once

#include "core/story.h"
#include "ui/fonts.h"
#include "ui/frame_io.h"
#include "ui/layout.h"
#include "ui/layout_cache.h"
#include "ui/reader_state.h"
#include "ui/ui_state.h"

namespace mm::ui {

// Title, dek, framing note and source line.
void DrawHeader(const Story& story, const Fonts& fonts, const Layout& layout, float width);

// The suspect × motive matrix (transposed on phones: motives as rows), with its legend.
void DrawMatrix(const Story& story, ReaderState& reader, FrameIO& io, LayoutCache& cache, const Fonts& fonts,
                const Layout& layout, float width);
// The narrowest width at which every column fits without breaking a word (no scrolling).
// Measured once and kept in the layout cache, which DrawMatrix shares.
float MatrixMinWidth(const Story& story, LayoutCache& cache, const Fonts& fonts, const Layout& layout,
                     bool neutral_order = false);  // as DrawMatrix orders it (classroom_session.h)
// The legend; under an evidence lens it adds the "no such evidence for this link" mark.
void DrawLegend(const Story& story, const Fonts& fonts, float width, Lens lens = Lens::All);
// The evidence lens control (lens_panel.cpp): four settings, and under one what it leaves.
void DrawLensControl(const Story& story, ReaderState& reader, FrameIO& io, const Fonts& fonts, const Layout& layout,
                     float width);

// What the selection is, what the article argues, every quote, editor's notes.
void DrawDetail(const Story& story, ReaderState& reader, FrameIO& io, LayoutCache& cache, const Fonts& fonts,
                const Layout& layout, float width);

// "Why now": the time axis with the focus week (desktop, timeline_axis.cpp) or a dated list
// (phone, timeline_list.cpp), then the strategic goals and the reactions.
void DrawTimelineAxis(const Story& story, ReaderState& reader, FrameIO& io, LayoutCache& cache, const Fonts& fonts,
                      const Layout& layout, float width);
void DrawTimelineList(const Story& story, ReaderState& reader, FrameIO& io, LayoutCache& cache, const Fonts& fonts,
                      const Layout& layout, float width);
void DrawGoalsAndReactions(const Story& story, ReaderState& reader, FrameIO& io, LayoutCache& cache,
                           const Fonts& fonts, const Layout& layout, float width);

// The whole explainer in one full-window, scrolling root (page.cpp).
void DrawApp(const Story& story, UiState& ui, const Fonts& fonts, const Layout& layout);

}  // namespace mm::ui
