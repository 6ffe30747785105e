// probe.cpp — recording laid-out boxes into the layout probe, when a test or the page asks.
#include "ui/probe.h"

#include "ui/ui_state.h"

namespace mm::ui {

void Probe(ViewState& state, const char* what, const std::string& label, ProbeBox box, ProbeBox content, ProbeBox hit,
           Selection target) {
  if (state.probe) state.probe->items.push_back({what, label, box, content, hit, target});
}

void ProbeLastItem(ViewState& state, const char* what, const std::string& label, Selection target) {
  if (!state.probe) return;
  const ProbeBox b = Box(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  Probe(state, what, label, b, b, b, target);
}

}  // namespace mm::ui
