// utf8.cpp — strict UTF-8 decoding and plain encoding (see utf8.h).
#include "core/utf8.h"

#include <cstdio>

namespace mm {

Utf8Char DecodeUtf8(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return {lead, 1, true};
  const Utf8Char invalid{lead, 1, false};
  size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the range allowed for the second byte
  char32_t codepoint = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    codepoint = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    codepoint = lead & 0x0F;
    if (lead == 0xE0) low = 0xA0;  // else overlong
    if (lead == 0xED) high = 0x9F;  // else a surrogate
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    codepoint = lead & 0x07;
    if (lead == 0xF0) low = 0x90;  // else overlong
    if (lead == 0xF4) high = 0x8F;  // else past U+10FFFF
  } else {
    return invalid;
  }
  if (i + length > text.size() || byte(i + 1) < low || byte(i + 1) > high) return invalid;
  for (size_t k = 1; k < length; ++k) {
    if (!IsUtf8Continuation(text[i + k])) return invalid;
    codepoint = (codepoint << 6) | (byte(i + k) & 0x3F);
  }
  return {codepoint, length, true};
}

size_t Utf8SequenceLength(std::string_view text, size_t i) {
  const Utf8Char c = DecodeUtf8(text, i);
  return c.valid ? c.length : 0;
}

char32_t NextCodepoint(std::string_view text, size_t& i) {
  const Utf8Char c = DecodeUtf8(text, i);
  i += c.length;
  return c.codepoint;
}

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string ToValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const Utf8Char c = DecodeUtf8(text, i);
    if (c.valid) out.append(text.substr(i, c.length));
    else AppendUtf8(out, 0xFFFD);
    i += c.length;
  }
  return out;
}

size_t CountCharacters(std::string_view text) {
  size_t count = 0;
  for (const char c : text) count += !IsUtf8Continuation(c);
  return count;
}

std::string DescribeCharacterAt(std::string_view text, size_t i) {
  if (i >= text.size()) return "end of file";
  const unsigned char c = static_cast<unsigned char>(text[i]);
  char buffer[32];
  if (c < 0x20 || c == 0x7F) {
    std::snprintf(buffer, sizeof buffer, "control character U+%04X", c);
    return buffer;
  }
  if (c < 0x80) return std::string("'") + static_cast<char>(c) + "'";
  const size_t length = Utf8SequenceLength(text, i);
  if (length > 0) return "'" + std::string(text.substr(i, length)) + "'";
  std::snprintf(buffer, sizeof buffer, "byte 0x%02X (not UTF-8)", c);
  return buffer;
}

}  // namespace mm
