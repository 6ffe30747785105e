// probe.h — the layout probe: when set, panels record the boxes they lay out so that a headless
// test can assert on geometry (nothing clipped, no overlaps, touch targets large enough), and the
// page can list what is clickable (window.motiveMatrix.layout()). Off in the app unless asked.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "core/view/selection.h"

namespace mm::ui {

struct FrameIO;  // frame_io.h

struct ProbeBox {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  float Width() const { return x1 - x0; }
  float Height() const { return y1 - y0; }
};
struct ProbeItem {
  std::string what;      // "matrix.col", "matrix.cell", "timeline.card", "chip", "tab", "card" …
  std::string label;
  ProbeBox box;          // the visual box
  ProbeBox content;      // the text drawn inside it (must lie within box)
  ProbeBox hit;          // the interactive area (empty if not interactive)
  Selection target;      // what activating it selects (None if nothing)
};
struct LayoutProbe {
  std::vector<ProbeItem> items;
};

inline ProbeBox Box(ImVec2 a, ImVec2 b) { return ProbeBox{a.x, a.y, b.x, b.y}; }
inline ProbeBox Box(ImVec2 a, ImVec2 b, ImVec2 size) { return ProbeBox{a.x, a.y, a.x + size.x, a.y + size.y}; }

// Records an item if the probe is on (FrameIO::probe).
void Probe(FrameIO& io, const char* what, const std::string& label, ProbeBox box, ProbeBox content, ProbeBox hit,
           Selection target = {});
// Records the last ImGui item as an interactive box.
void ProbeLastItem(FrameIO& io, const char* what, const std::string& label, Selection target = {});

}  // namespace mm::ui
