#include "ui/layout_cache.h"

#include <algorithm>

#include <imgui.h>

namespace mm::ui {

bool MeasureKey::operator==(const MeasureKey& o) const {
  return story == o.story && generation == o.generation && font == o.font && font_size == o.font_size &&
         global_scale == o.global_scale && glyphs == o.glyphs;
}

MeasureKey MakeMeasureKey(const Story& story, const Fonts& fonts) {
  MeasureKey k;
  k.story = &story;
  k.generation = story.generation;
  k.font = fonts.body;
  if (fonts.body) {
    k.font_size = fonts.body->FontSize;
    k.glyphs = fonts.body->Glyphs.Size;
  }
  k.global_scale = ImGui::GetIO().FontGlobalScale;
  return k;
}

std::pair<int, int> SpansMeeting(const std::vector<float>& edges, float lo, float hi) {
  if (edges.size() < 2 || !(hi > lo)) return {0, 0};  // an empty range: a window scrolled out of sight
  const int spans = (int)edges.size() - 1;
  // The first span that ends after lo; the first that starts at or after hi.
  const int first = std::min(spans, (int)(std::upper_bound(edges.begin() + 1, edges.end(), lo) - (edges.begin() + 1)));
  const int last = std::min(spans, (int)(std::lower_bound(edges.begin(), edges.end() - 1, hi) - edges.begin()));
  return {first, std::max(first, last)};
}

LayoutCache& CacheOf(ViewState& state) {
  if (!state.cache) state.cache = std::make_shared<LayoutCache>();
  return *state.cache;
}

}  // namespace mm::ui
