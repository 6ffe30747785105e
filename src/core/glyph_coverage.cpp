// glyph_coverage.cpp — whether the canvas's fonts draw a character; the first in a string they do not.
#include "glyph_coverage.h"

#include <algorithm>
#include <iterator>

#include "utf8.h"

namespace mm {
namespace {

bool InRanges(char32_t c, const CodepointRange* begin, const CodepointRange* end) {
  return std::any_of(begin, end, [c](const CodepointRange& r) { return c >= r.first && c <= r.last; });
}

}  // namespace

bool CanDraw(char32_t c) {
  if (c < 0x20 || c == 0x7F) return true;
  return InRanges(c, std::begin(kLatin1Glyphs), std::end(kLatin1Glyphs)) ||
         InRanges(c, std::begin(kExtGlyphs), std::end(kExtGlyphs));
}

std::optional<UndrawableCharacter> FirstUndrawable(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {  // the common case, without decoding
      ++i;
      continue;
    }
    const size_t start = i;
    // The loader has rejected invalid UTF-8 already; a stray byte would read as one character.
    const char32_t c = NextCodepoint(text, i);
    if (!CanDraw(c)) return UndrawableCharacter{c, start};
  }
  return std::nullopt;
}

}  // namespace mm
