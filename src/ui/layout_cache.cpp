// layout_cache.cpp — the key every measurement depends on.
#include "ui/layout_cache.h"

#include <imgui.h>

#include "core/locale.h"

namespace mm::ui {

bool MeasureKey::operator==(const MeasureKey& o) const {
  return story == o.story && generation == o.generation && font == o.font && font_size == o.font_size &&
         global_scale == o.global_scale && glyphs == o.glyphs && words == o.words;
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
  k.words = InterfaceLocaleGeneration();
  return k;
}

}  // namespace mm::ui
