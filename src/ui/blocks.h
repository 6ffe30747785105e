// blocks.h — the explainer's blocks of content: a quote with its attribution, an editor's note,
// lists of either, and chips. Built on ImDrawList so that layout is exact and testable; each
// function advances the ImGui cursor by what it drew.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "core/story.h"
#include "ui/fonts.h"
#include "ui/layout.h"
#include "ui/frame_io.h"
#include "ui/layout_cache.h"

namespace mm::ui {

// One quote: a rule in the kind's colour, the quote in italics, then "■ Reported fact · source".
float QuoteBlock(const Fonts& f, const Story& story, const Evidence& ev, float width);
// A tinted box marked "Editor's note".
float EditorNoteBlock(const Fonts& f, const EditorNote& note, float width);
// Their heights (what they return), and the cursor advance of each block.
float QuoteBlockHeight(const Fonts& f, const Story& story, const Evidence& ev, float width);
float EditorNoteHeight(const Fonts& f, const EditorNote& note, float width);
float BlockAdvance(float height);

// Every quote of a list, or every note, one block each; only those on screen are drawn.
void QuoteList(const Fonts& f, const Story& story, ListRowsCache& cache, const std::vector<Evidence>& evidence, float width);
void NoteList(const Fonts& f, const Story& story, ListRowsCache& cache, const std::vector<EditorNote>& notes, float width);

// A clickable chip (e.g. a related motive), wrapping within max_width. Returns true when activated.
bool Chip(const Fonts& f, const char* id, const std::string& label, bool highlighted, const Layout& layout,
          FrameIO& io, float max_width, Selection target = {});
ImVec2 ChipSize(const Fonts& f, const std::string& label, const Layout& layout, float max_width);

}  // namespace mm::ui
