// quote_text.cpp — the text model of the quote check: normalisation, verbatim search on word
// boundaries, tokens, and text for messages (quote_text.h).
#include "quote_text.h"

#include <algorithm>
#include <cstdint>

#include "utf8.h"

namespace mm::quote_text {
// ================================================================================================
// Normalisation
// ================================================================================================

constexpr char32_t kInvalidByte = 0xFFFFFFFF;  // a byte that starts no valid UTF-8 sequence

struct Decoded {
  char32_t codepoint;  // kInvalidByte: the byte is taken as it is
  size_t length;       // bytes, ≥ 1
};

// Strict UTF-8 (utf8.h): anything else is read one byte at a time and compared as that byte.
Decoded Decode(std::string_view s, size_t i) {
  const Utf8Char c = DecodeUtf8(s, i);
  return {c.valid ? c.codepoint : kInvalidByte, c.length};
}

// Unicode's White_Space property: ASCII spaces and line ends, NEL, no-break space, ogham space,
// the typographic spaces (en, em, thin, hair…), line and paragraph separators, narrow no-break,
// medium mathematical and ideographic space.
bool IsWhiteSpace(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

constexpr char32_t kSoftHyphen = 0x00AD;

// What a character is compared as, when that differs from itself; nullptr otherwise.
const char* Replacement(char32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:  // ‘ ’ ‚ ‛ ′
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x2033: case 0x00AB: case 0x00BB:  // “ ” „ ″ « »
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return "-";  // ‐ ‑ ‒ – — ― −
    case 0x2026:  // …
      return "...";
    default:
      return nullptr;
  }
}


Normalized Normalize(std::string_view in, bool with_map) {
  Normalized out;
  out.text.reserve(in.size());
  if (with_map) {
    out.from.reserve(in.size());
    out.to.reserve(in.size());
  }
  const auto push = [&](char c, size_t from, size_t to) {
    out.text += c;
    if (with_map) {
      out.from.push_back(from);
      out.to.push_back(to);
    }
  };
  bool space_pending = false;  // whitespace seen since the last character written
  size_t space_from = 0, space_to = 0;
  for (size_t i = 0; i < in.size();) {
    const Decoded d = Decode(in, i);
    const size_t end = i + d.length;
    if (d.codepoint != kInvalidByte && IsWhiteSpace(d.codepoint)) {
      if (!space_pending) space_from = i;
      space_pending = true;
      space_to = end;
    } else if (d.codepoint != kSoftHyphen) {
      // A run becomes one space, and only between characters (leading/trailing runs vanish).
      if (space_pending && !out.text.empty()) push(' ', space_from, space_to);
      space_pending = false;
      const char* replacement = d.codepoint == kInvalidByte ? nullptr : Replacement(d.codepoint);
      if (replacement) {
        for (const char* r = replacement; *r; ++r) push(*r, i, end);
      } else {
        for (size_t k = i; k < end; ++k) push(in[k], i, end);
      }
    }
    i = end;
  }
  return out;
}

std::string_view WithoutBom(std::string_view text) {
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.remove_prefix(3);
  return text;
}

// ================================================================================================
// Verbatim search
// ================================================================================================

// Word characters: letters and digits of any script. A quote must not begin or end inside a
// run of them in the source ("Russia" is not found in "Russians"). After normalisation the
// Latin quote and dash marks are ASCII; other scripts' punctuation (the Arabic comma "،",
// CJK full stops, guillemets, general punctuation) is listed here so that it separates words too.
bool IsWordCodepoint(uint32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp <= 0xBF || cp == 0xD7 || cp == 0xF7) return false;                   // Latin-1 punctuation, × ÷
  if (cp == 0x37E || cp == 0x387) return false;                                // Greek question mark, ano teleia
  if ((cp >= 0x55A && cp <= 0x55F) || cp == 0x589) return false;               // Armenian
  if (cp == 0x5BE || cp == 0x5C0 || cp == 0x5C3 || cp == 0x5F3 || cp == 0x5F4) return false;  // Hebrew
  if ((cp >= 0x600 && cp <= 0x60F) || cp == 0x61B || (cp >= 0x61D && cp <= 0x61F) ||
      (cp >= 0x66A && cp <= 0x66D) || cp == 0x6D4) {
    return false;                                                              // Arabic punctuation
  }
  if (cp >= 0x2000 && cp <= 0x206F) return false;                              // General Punctuation
  if (cp >= 0x2E00 && cp <= 0x2E7F) return false;                              // Supplemental Punctuation
  if (cp >= 0x3000 && cp <= 0x303F) return false;                              // CJK punctuation
  if ((cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFE50 && cp <= 0xFE6F)) return false;
  if ((cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
      (cp >= 0xFF5B && cp <= 0xFF65)) {
    return false;                                                              // fullwidth punctuation
  }
  return true;
}

// The code point that starts at `at` (or ends just before it), by UTF-8; a stray byte is itself.
uint32_t CodepointAt(std::string_view s, size_t at) {
  const unsigned char c = static_cast<unsigned char>(s[at]);
  const size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  if (len == 1 || at + len > s.size()) return c;
  uint32_t cp = c & (0xFF >> (len + 1));
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[at + k]) & 0x3F);
  return cp;
}
uint32_t CodepointBefore(std::string_view s, size_t at) {
  size_t start = at - 1;
  while (start > 0 && at - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return CodepointAt(s, start);
}
size_t SequenceLength(unsigned char c) { return c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1; }

// Knuth–Morris–Pratt over bytes: every occurrence of a needle in O(|haystack| + |needle|).
class Finder {
 public:
  explicit Finder(std::string_view needle) : needle_(needle), failure_(needle.size() + 1, 0) {
    size_t k = 0;
    for (size_t i = 1; i < needle_.size(); ++i) {
      while (k > 0 && needle_[i] != needle_[k]) k = failure_[k];
      if (needle_[i] == needle_[k]) ++k;
      failure_[i + 1] = k;
    }
  }

  // Calls accept(position) for each occurrence, in order, until it returns true; returns
  // whether one was accepted.
  template <class Accept>
  bool Find(std::string_view haystack, const Accept& accept) const {
    if (needle_.empty()) return false;
    size_t k = 0;
    for (size_t i = 0; i < haystack.size(); ++i) {
      while (k > 0 && haystack[i] != needle_[k]) k = failure_[k];
      if (haystack[i] == needle_[k]) ++k;
      if (k == needle_.size()) {
        if (accept(i + 1 - k)) return true;
        k = failure_[k];
      }
    }
    return false;
  }

 private:
  std::string_view needle_;
  std::vector<size_t> failure_;  // failure_[k]: longest proper border of needle[0, k)
};

bool FoundVerbatim(std::string_view quote, std::string_view source) {
  if (quote.empty() || quote.size() > source.size()) return false;
  const bool word_at_start = IsWordCodepoint(CodepointAt(quote, 0));
  const bool word_at_end = IsWordCodepoint(CodepointBefore(quote, quote.size()));
  return Finder(quote).Find(source, [&](size_t at) {
    if (word_at_start && at > 0 && IsWordCodepoint(CodepointBefore(source, at))) return false;
    const size_t end = at + quote.size();
    if (word_at_end && end < source.size() && IsWordCodepoint(CodepointAt(source, end))) return false;
    return true;
  });
}

// ================================================================================================
// Tokens: words (runs of word bytes) and single ASCII punctuation marks; spaces separate them
// ================================================================================================


std::vector<Token> Tokenize(const std::string& text) {
  std::vector<Token> out;
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const size_t len = std::min(SequenceLength(c), text.size() - i);
    if (c == ' ') {
      ++i;
    } else if (!IsWordCodepoint(CodepointAt(text, i))) {
      out.push_back({i, i + len, false});
      i += len;
    } else {
      const size_t start = i;
      while (i < text.size() && IsWordCodepoint(CodepointAt(text, i)))
        i += std::min(SequenceLength(static_cast<unsigned char>(text[i])), text.size() - i);
      out.push_back({start, i, true});
    }
  }
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}


// One line of valid UTF-8 for a message: whitespace runs → one space, soft hyphens dropped,
// invalid bytes and control characters → U+FFFD.
std::string Display(std::string_view text) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < text.size();) {
    const Decoded d = Decode(text, i);
    if (d.codepoint != kInvalidByte && IsWhiteSpace(d.codepoint)) {
      space = true;
    } else if (d.codepoint != kSoftHyphen) {
      if (space && !out.empty()) out += ' ';
      space = false;
      if (d.codepoint == kInvalidByte || d.codepoint < 0x20 || d.codepoint == 0x7F ||
          (d.codepoint >= 0x80 && d.codepoint < 0xA0)) {
        out += "\xEF\xBF\xBD";
      } else {
        out.append(text.substr(i, d.length));
      }
    }
    i += d.length;
  }
  return out;
}

std::string CurlyQuoted(std::string_view text) { return "“" + Display(text) + "”"; }

}  // namespace mm::quote_text
