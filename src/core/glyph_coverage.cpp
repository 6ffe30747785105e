// glyph_coverage.cpp — see glyph_coverage.h.
#include "glyph_coverage.h"

#include <algorithm>
#include <iterator>

namespace mm {
namespace {

bool InRanges(char32_t c, const CodepointRange* begin, const CodepointRange* end) {
  return std::any_of(begin, end, [c](const CodepointRange& r) { return c >= r.first && c <= r.last; });
}

// Decodes one UTF-8 sequence at `i` (the loader has already rejected invalid UTF-8; a stray byte
// is taken as one character so that this can never loop or read past the end).
char32_t Decode(std::string_view s, size_t& i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
  if (i + extra >= s.size()) extra = 0;
  char32_t c = extra == 0 ? lead : lead & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) c = (c << 6) | (byte(i + k) & 0x3F);
  i += 1 + extra;
  return c;
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
    const char32_t c = Decode(text, i);
    if (!CanDraw(c)) return UndrawableCharacter{c, start};
  }
  return std::nullopt;
}

}  // namespace mm
