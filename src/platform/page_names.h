// page_names.h — the names that cross the page↔wasm boundary instead of numbers (page_api.h).
// Each table is in its enum's declaration order, so an enum reorder fails to compile here
// instead of silently remapping the page's words.
#pragma once

#include <cstddef>
#include <iterator>
#include <string_view>

#include "core/keyboard_nav.h"
#include "ui/fonts.h"
#include "ui/ui_state.h"

namespace mm::platform {

// ui::View
inline constexpr const char* kViewNames[] = {"both", "matrix", "timeline"};
static_assert(static_cast<int>(ui::View::Both) == 0 && static_cast<int>(ui::View::Matrix) == 1 &&
              static_cast<int>(ui::View::Timeline) == 2 && std::size(kViewNames) == 3);

// mm::NavCommand, as the page's keys map to them (web/js/bridge.js).
inline constexpr const char* kNavCommandNames[] = {"next-panel", "previous-panel", "left", "right", "up", "down",
                                                   "home",       "end",            "activate", "clear", "blur",
                                                   "next-step",  "previous-step"};
static_assert(static_cast<int>(NavCommand::NextPanel) == 0 && static_cast<int>(NavCommand::PrevPanel) == 1 &&
              static_cast<int>(NavCommand::Activate) == 8 && static_cast<int>(NavCommand::Blur) == 10 &&
              static_cast<int>(NavCommand::PrevStep) == 12 &&
              std::size(kNavCommandNames) == static_cast<size_t>(NavCommand::PrevStep) + 1);

// ui::FontFace: the font files' names (cmake/Fonts.cmake's MM_FONT_FACES).
inline constexpr const char* kFontFaceNames[] = {"NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSerif-Bold"};
static_assert(static_cast<int>(ui::FontFace::Regular) == 0 && static_cast<int>(ui::FontFace::SerifBold) == 3 &&
              std::size(kFontFaceNames) == static_cast<size_t>(ui::FontFace::Count));

// The index of `name` in `names`, or -1.
inline int IndexOfName(const char* const* names, size_t count, std::string_view name) {
  for (size_t i = 0; i < count; ++i) {
    if (name == names[i]) return static_cast<int>(i);
  }
  return -1;
}
template <size_t N>
int IndexOfName(const char* const (&names)[N], std::string_view name) {
  return IndexOfName(names, N, name);
}

}  // namespace mm::platform
