// quote_text.h — the text model of the quote check (private to quote_check.cpp and its tests):
// the allowed normalisations, the verbatim search on word boundaries, words and punctuation as
// tokens, and quotes shown in messages. quote_check.h is the public interface.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mm::quote_text {

struct Normalized {
  std::string text;
  // For each byte of `text`, the bytes [from, to) of the original it stands for (a collapsed
  // whitespace run: the whole run). Filled only when asked for.
  std::vector<size_t> from, to;
};

Normalized Normalize(std::string_view in, bool with_map);
// The text without a leading UTF-8 byte-order mark.
std::string_view WithoutBom(std::string_view text);
// Whether the normalised quote occurs in the normalised source, beginning and ending on word
// boundaries in any script.
bool FoundVerbatim(std::string_view quote, std::string_view source);

struct Token {
  size_t begin, end;  // in the normalised text
  bool word;
};

std::vector<Token> Tokenize(const std::string& text);
std::string AsciiLower(std::string_view s);

// A text as the nearest-passage search sees it: normalised (with the map back to the original),
// tokenised.
struct TokenizedText {
  std::string_view original;
  Normalized normalized;
  std::vector<Token> tokens;

  TokenizedText(std::string_view text, bool with_map)
      : original(text), normalized(Normalize(text, with_map)), tokens(Tokenize(normalized.text)) {}
  std::string_view Normal(const Token& t) const {
    return std::string_view(normalized.text).substr(t.begin, t.end - t.begin);
  }
  // The original bytes of tokens [first, last) (with what lies between them).
  std::string_view Original(size_t first, size_t last) const {
    if (first >= last) return {};
    const size_t from = normalized.from[tokens[first].begin];
    const size_t to = normalized.to[tokens[last - 1].end - 1];
    return original.substr(from, to - from);
  }
};

// One line of valid UTF-8 for a message; and the same in curly quotes.
std::string Display(std::string_view text);
std::string CurlyQuoted(std::string_view text);

}  // namespace mm::quote_text
