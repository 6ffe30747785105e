// probe.cpp — recording laid-out boxes into the layout probe, when a test or the page asks.
#include "ui/probe.h"

#include "ui/frame_io.h"

namespace mm::ui {

void Probe(FrameIO& io, const char* what, const std::string& label, ProbeBox box, ProbeBox content, ProbeBox hit,
           Selection target) {
  if (io.probe) io.probe->items.push_back({what, label, box, content, hit, target});
}

void ProbeLastItem(FrameIO& io, const char* what, const std::string& label, Selection target) {
  if (!io.probe) return;
  const ProbeBox b = Box(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  Probe(io, what, label, b, b, b, target);
}

}  // namespace mm::ui
