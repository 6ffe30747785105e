// glyph_coverage.h — the characters the interactive view can draw.
//
// The canvas draws text with Noto subsets made at build time (cmake/Fonts.cmake: each face as a
// Latin-1 file and an -Ext file). Dear ImGui draws "?" for anything else. This is the one list of
// those ranges: src/ui/fonts.cpp builds the atlas from it and the loader warns about a story
// string with a character outside it, so an editor hears about it from `motive-matrix check`
// rather than from a reader. cmake/Fonts.cmake and web/app.css must name the same ranges
// (tests/unit/glyph_coverage_test.cpp checks that they do).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace mm {

struct CodepointRange {
  char32_t first, last;  // inclusive
};
constexpr bool operator==(const CodepointRange& a, const CodepointRange& b) {
  return a.first == b.first && a.last == b.last;
}

// In every first load: Basic Latin, Latin-1, the spaces, dashes, quotes, ellipsis, guillemets of
// careful typesetting, euro. Not arrows, minus or check mark: Debian's Noto Sans and Serif 2.004 have
// none of them (tests/ui/fonts_test.cpp checks every code point here against the faces).
inline constexpr CodepointRange kLatin1Glyphs[] = {
    {0x0020, 0x007E}, {0x00A0, 0x00FF}, {0x2000, 0x200A}, {0x2010, 0x2027}, {0x202F, 0x202F},
    {0x2030, 0x203A}, {0x20AC, 0x20AC}};

// Fetched only for a story that uses them (web/js/main.js): Latin Extended-A and Cyrillic.
inline constexpr CodepointRange kExtGlyphs[] = {{0x0100, 0x017F}, {0x0400, 0x045F}};

// True if the canvas draws `c` (control characters count as drawable: they are layout, and the
// loader reports the ones that do not belong elsewhere).
bool CanDraw(char32_t c);

struct UndrawableCharacter {
  char32_t codepoint;
  size_t byte_offset;  // where it starts in the string
};

// The first character of valid UTF-8 `text` the canvas cannot draw, if any.
std::optional<UndrawableCharacter> FirstUndrawable(std::string_view text);

}  // namespace mm
