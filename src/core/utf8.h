// utf8.h — the one home of UTF-8 in the core: sequence length, decode, encode, characters.
//
// Story text has been checked as UTF-8 by the parser before any of this sees it, but these
// functions never trust that: on any input they stay in bounds and make progress, so a caller's
// loop always terminates. "Strict" means what RFC 3629 means: no overlong forms, no surrogates
// (U+D800–DFFF), nothing past U+10FFFF.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace mm {

// A byte that continues a sequence (10xxxxxx): never the start of a character.
inline bool IsUtf8Continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

// Length of the valid (strict) UTF-8 sequence starting at text[i], or 0.
size_t Utf8SequenceLength(std::string_view text, size_t i);

struct Utf8Char {
  char32_t codepoint;  // for an invalid byte: that byte's value (so 0xE9 reads as U+00E9)
  size_t length;       // bytes, ≥ 1
  bool valid;          // false: the byte at i starts no valid sequence and is taken alone
};

// Decodes the character at text[i] (i < text.size()), strictly.
Utf8Char DecodeUtf8(std::string_view text, size_t i);

// Decodes the character at text[i] and advances i past it (see Utf8Char for invalid bytes).
char32_t NextCodepoint(std::string_view text, size_t& i);

// Appends `codepoint` encoded as UTF-8 (1–4 bytes; the value is not checked).
void AppendUtf8(std::string& out, char32_t codepoint);

// `text` with every byte that starts no valid sequence replaced by U+FFFD: for messages that
// quote what a parser read, which may stop inside a character or be no UTF-8 at all.
std::string ToValidUtf8(std::string_view text);

// Characters as readers count them: Unicode code points (bytes that start a sequence).
size_t CountCharacters(std::string_view text);

// How the character at text[i] reads in a message: 'x', control character U+0001, 'é',
// byte 0xFF (not UTF-8), or "end of file" past the end. Always valid UTF-8.
std::string DescribeCharacterAt(std::string_view text, size_t i);

}  // namespace mm
