// quote_check.cpp — checks a story's quotes against a source's text and, for each one that is not
// there, finds the passage of the source it most likely misquotes.
//
// The pipeline for one call:
//   1. the story text is parsed (nlohmann without exceptions) and walked for evidence items of
//      the source; the source text is normalised once (Normalize keeps, for every byte it
//      writes, the bytes of the original it stands for, so passages can be shown as written);
//   2. each quote, normalised the same way, is searched with Knuth–Morris–Pratt, whose time is
//      linear whatever the text (std::search is quadratic on repetitive text; the web build's
//      libc++ has no std::boyer_moore_searcher);
//   3. only for a quote not found: NearestPassage (below) finds the closest passage and its
//      first difference; the source's word index it needs is built on the first such quote;
//   4. findings are located (path → offset → line:column, as the loader locates its
//      diagnostics) and put in document order.
//
// Nothing here throws or calls a throwing nlohmann function: members are looked up with find()
// and read through get_ptr<>(); like the loader, the file compiles with -fno-exceptions
// -DJSON_NOEXCEPTION (the web build, the fuzz build).
#include "quote_check.h"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/load/json_positions.h"
#include "utf8.h"

namespace mm {
namespace {

using json = nlohmann::json;

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

struct Normalized {
  std::string text;
  // For each byte of `text`, the bytes [from, to) of the original it stands for (a collapsed
  // whitespace run: the whole run). Filled only when asked for.
  std::vector<size_t> from, to;
};

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

struct Token {
  size_t begin, end;  // in the normalised text
  bool word;
};

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

// ================================================================================================
// The nearest passage
// ================================================================================================
//
// A misquote is usually the right passage with a word or two changed, added or dropped, so the
// search is done on words, in two steps:
//
//   1. Voting. Every occurrence in the source of a word of the quote (compared without letter
//      case) votes for the alignment "quote token i sits at source token j", i.e. for the
//      diagonal d = j − i. The right passage collects a vote from nearly every word on (or within
//      a few tokens of, after an insertion or deletion) one diagonal; elsewhere votes scatter.
//      The work is the number of word occurrences: with the source's word index (built once per
//      call) a 400-character quote against a 100 KB source is some tens of thousands of votes.
//      Words occurring more than kMaxOccurrences times are too common to say anything and skipped.
//   2. Alignment. For the few best diagonals (kCandidates, kept apart from each other), the
//      quote's tokens are aligned with a window of the source around the diagonal by a
//      token-level edit distance whose leading and trailing source tokens are free (semi-global
//      alignment; O(quote × window) each). The cheapest alignment gives the passage — exactly
//      the source tokens the quote lines up with, so it is about the quote's length — and, from
//      its first edit, the first difference.

constexpr size_t kMaxOccurrences = 5000;
constexpr size_t kCandidates = 4;
constexpr int64_t kBand = 3;              // diagonals pooled for an insertion or deletion
constexpr size_t kMaxAlignedTokens = 1000;  // bounds the alignment table for overlong quotes

struct SourceIndex {
  const TokenizedText& text;
  std::string lower;  // the normalised text, ASCII lower-cased; the index's keys point into it
  std::unordered_map<std::string_view, std::vector<size_t>> word_tokens;

  explicit SourceIndex(const TokenizedText& t) : text(t), lower(AsciiLower(t.normalized.text)) {
    for (size_t j = 0; j < t.tokens.size(); ++j) {
      const Token& tok = t.tokens[j];
      if (tok.word) word_tokens[std::string_view(lower).substr(tok.begin, tok.end - tok.begin)].push_back(j);
    }
  }
};

enum class Edit { Match, Substitute, QuoteOnly, SourceOnly };

struct Alignment {
  bool valid = false;
  size_t cost = 0;
  size_t begin = 0, end = 0;  // the source tokens the quote lines up with
  // The first edit: its kind, the quote token and the source token concerned.
  Edit first_edit = Edit::Match;
  size_t quote_token = 0, source_token = 0;
};

// The costs of the alignment's edits. A source token left out (the quote drops a word) costs
// less than a substitution, so "Several intelligence experts" against "Several Western
// intelligence experts" skips "Western" instead of lining "Several" up with it; a substitution
// costs as much as a quote token left out, and less than both together, so a changed word reads
// as one change, even the first or last (where the source's neighbouring token would be free).
constexpr size_t kSubstitute = 2;
constexpr size_t kQuoteOnly = 2;
constexpr size_t kSourceOnly = 1;

// Semi-global edit distance of quote tokens [0, m) against source tokens [lo, hi): the quote is
// aligned whole, the source's tokens before and after the passage are free.
Alignment Align(const TokenizedText& quote, size_t m, const TokenizedText& source, size_t lo,
                size_t hi) {
  const size_t w = hi - lo;
  std::vector<size_t> table((m + 1) * (w + 1), 0);  // row 0: free leading source tokens
  const auto at = [&](size_t i, size_t j) -> size_t& { return table[i * (w + 1) + j]; };
  const auto substitute = [&](size_t i, size_t j) -> size_t {
    return quote.Normal(quote.tokens[i]) == source.Normal(source.tokens[lo + j]) ? 0 : kSubstitute;
  };
  const auto diagonal = [&](size_t i, size_t j) {  // (i, j) is best reached by a match or substitution
    return j > 0 && at(i, j) == at(i - 1, j - 1) + substitute(i - 1, j - 1);
  };
  for (size_t i = 1; i <= m; ++i) {
    at(i, 0) = i * kQuoteOnly;
    for (size_t j = 1; j <= w; ++j) {
      at(i, j) = std::min({at(i - 1, j - 1) + substitute(i - 1, j - 1), at(i - 1, j) + kQuoteOnly,
                           at(i, j - 1) + kSourceOnly});
    }
  }
  // Free trailing source tokens: the cheapest end; among equals, one that lines the quote's last
  // token up with a source token (so a changed last word shows in the passage), then the first.
  size_t end = 0;
  for (size_t j = 1; j <= w; ++j) {
    if (at(m, j) < at(m, end) || (at(m, j) == at(m, end) && diagonal(m, j) && !diagonal(m, end))) end = j;
  }
  Alignment best;
  best.valid = true;
  best.cost = at(m, end);
  best.end = lo + end;
  // Walk back, preferring the diagonal; the last edit met is the first in reading order.
  size_t i = m, j = end;
  while (i > 0) {
    if (diagonal(i, j)) {
      if (substitute(i - 1, j - 1)) {
        best.first_edit = Edit::Substitute;
        best.quote_token = i - 1;
        best.source_token = lo + j - 1;
      }
      --i;
      --j;
    } else if (at(i, j) == at(i - 1, j) + kQuoteOnly) {
      best.first_edit = Edit::QuoteOnly;
      best.quote_token = i - 1;
      best.source_token = lo + j;
      --i;
    } else {
      best.first_edit = Edit::SourceOnly;
      best.quote_token = i;
      best.source_token = lo + j - 1;
      --j;
    }
  }
  best.begin = lo + j;
  return best;
}

// The diagonals with the most votes (pooled over ±kBand), best first, at least `apart` apart.
std::vector<int64_t> CandidateDiagonals(std::vector<int64_t>& votes, int64_t apart) {
  std::sort(votes.begin(), votes.end());
  struct Scored {
    int64_t diagonal;
    size_t score;
  };
  std::vector<Scored> scored;
  size_t lo = 0, hi = 0;
  for (size_t k = 0; k < votes.size(); ++k) {
    if (k > 0 && votes[k] == votes[k - 1]) continue;
    const int64_t d = votes[k];
    while (votes[lo] < d - kBand) ++lo;
    while (hi < votes.size() && votes[hi] <= d + kBand) ++hi;
    scored.push_back({d, hi - lo});
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const Scored& a, const Scored& b) { return a.score > b.score; });
  std::vector<int64_t> out;
  for (const Scored& s : scored) {
    if (out.size() == kCandidates) break;
    const bool near_one = std::any_of(out.begin(), out.end(), [&](int64_t d) {
      return (s.diagonal > d ? s.diagonal - d : d - s.diagonal) < apart;
    });
    if (!near_one) out.push_back(s.diagonal);
  }
  return out;
}

Alignment NearestPassage(const TokenizedText& quote, const SourceIndex& index) {
  const TokenizedText& source = index.text;
  const size_t m = std::min(quote.tokens.size(), kMaxAlignedTokens);
  std::vector<int64_t> votes;
  for (size_t i = 0; i < m; ++i) {
    const Token& tok = quote.tokens[i];
    if (!tok.word) continue;
    const auto it = index.word_tokens.find(AsciiLower(quote.Normal(tok)));
    if (it == index.word_tokens.end() || it->second.size() > kMaxOccurrences) continue;
    for (const size_t j : it->second) votes.push_back(static_cast<int64_t>(j) - static_cast<int64_t>(i));
  }
  Alignment best;
  if (votes.empty()) return best;
  const int64_t slack = 8 + static_cast<int64_t>(m / 4);
  const int64_t n = static_cast<int64_t>(source.tokens.size());
  for (const int64_t d : CandidateDiagonals(votes, static_cast<int64_t>(m / 2) + kBand)) {
    const int64_t lo = std::max<int64_t>(0, d - slack);
    const int64_t hi = std::min<int64_t>(n, d + static_cast<int64_t>(m) + slack);
    if (lo >= hi) continue;
    const Alignment a = Align(quote, m, source, static_cast<size_t>(lo), static_cast<size_t>(hi));
    if (a.valid && a.end > a.begin && (!best.valid || a.cost < best.cost)) best = a;
  }
  return best;
}

// "first difference after “the leak”: the quote has “stolen”, the source “leaked”"
std::string DescribeFirstDifference(const Alignment& a, const TokenizedText& quote,
                                    const TokenizedText& source) {
  if (a.first_edit == Edit::Match) return "the words match but the spacing differs";
  std::string out = "first difference ";
  if (a.quote_token == 0) {
    out += "at the start";
  } else {
    const size_t context = a.quote_token >= 3 ? a.quote_token - 3 : 0;
    out += "after " + CurlyQuoted(quote.Original(context, a.quote_token));
  }
  const std::string quote_has =
      a.first_edit == Edit::SourceOnly ? "nothing" : CurlyQuoted(quote.Original(a.quote_token, a.quote_token + 1));
  const std::string source_has =
      a.first_edit == Edit::QuoteOnly ? "nothing" : CurlyQuoted(source.Original(a.source_token, a.source_token + 1));
  out += ": the quote has " + quote_has + ", the source " + source_has;
  if (a.first_edit == Edit::Substitute &&
      AsciiLower(quote.Normal(quote.tokens[a.quote_token])) ==
          AsciiLower(source.Normal(source.tokens[a.source_token]))) {
    out += " (letter case)";
  }
  return out;
}

// ================================================================================================
// The story's evidence
// ================================================================================================

struct QuoteSite {
  std::string path;  // of the quote string
  const std::string* quote;
};

// Every evidence item of `source_id`, found by walking the whole document without recursion.
void CollectQuotes(const json& root, std::string_view source_id, std::vector<QuoteSite>& out) {
  struct Frame {
    const json* value;
    std::string path;
  };
  std::vector<Frame> stack;
  stack.push_back({&root, ""});
  while (!stack.empty()) {
    Frame frame = std::move(stack.back());
    stack.pop_back();
    const json& value = *frame.value;
    if (value.is_object()) {
      for (auto it = value.begin(); it != value.end(); ++it) {
        const json& member = it.value();
        if (!member.is_structured()) continue;
        std::string child = JsonPointerChild(frame.path, it.key());
        if (it.key() == "evidence" && member.is_array()) {
          for (size_t i = 0; i < member.size(); ++i) {
            const json& item = member[i];
            if (!item.is_object()) continue;
            const auto source = item.find("source");
            const auto quote = item.find("quote");
            if (source == item.end() || quote == item.end()) continue;
            const auto* id = source->get_ptr<const json::string_t*>();
            const auto* text = quote->get_ptr<const json::string_t*>();
            if (!id || !text || *id != source_id) continue;
            out.push_back({JsonPointerChild(JsonPointerChild(child, i), "quote"), text});
          }
        }
        stack.push_back({&member, std::move(child)});
      }
    } else if (value.is_array()) {
      for (size_t i = 0; i < value.size(); ++i) {
        if (value[i].is_structured()) stack.push_back({&value[i], JsonPointerChild(frame.path, i)});
      }
    }
  }
}

// The ids of /sources, in file order.
std::vector<std::string> SourceIds(const json& root) {
  std::vector<std::string> ids;
  const auto sources = root.find("sources");
  if (sources == root.end() || !sources->is_array()) return ids;
  for (const json& item : *sources) {
    if (!item.is_object()) continue;
    const auto id = item.find("id");
    if (id == item.end()) continue;
    if (const auto* s = id->get_ptr<const json::string_t*>()) ids.push_back(*s);
  }
  return ids;
}

Diagnostic StoryError(std::string message) {
  Diagnostic d;
  d.message = std::move(message);
  return d;
}

}  // namespace

std::string NormalizeForQuoteCheck(std::string_view text) { return Normalize(text, false).text; }

bool QuoteIsInSource(std::string_view quote, std::string_view source_text) {
  return FoundVerbatim(Normalize(quote, false).text, Normalize(WithoutBom(source_text), false).text);
}

QuoteCheckResult CheckQuotes(std::string_view story_json, std::string_view source_id,
                             std::string_view source_text, std::string_view source_name) {
  QuoteCheckResult result;
  // The loader's own limits and preliminaries, so that nothing that would not load gets further.
  const LoadLimits limits;
  const std::string_view text = WithoutBom(story_json);  // located as the loader locates
  constexpr const char* kCheckFirst = " (run `motive-matrix check` on it first)";
  if (story_json.size() > limits.max_bytes) {
    result.errors.push_back(StoryError(std::string("the story does not load: it is too large") + kCheckFirst));
    return result;
  }
  if (FindNestingTooDeep(text, limits.max_depth) || text.find('\0') != std::string_view::npos) {
    result.errors.push_back(StoryError(std::string("the story does not load") + kCheckFirst));
    return result;
  }
  const json root = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded() || !root.is_object()) {
    result.errors.push_back(StoryError(std::string("the story is not valid JSON") + kCheckFirst));
    return result;
  }

  const std::vector<std::string> ids = SourceIds(root);
  if (std::find(ids.begin(), ids.end(), source_id) == ids.end()) {
    std::string message = "the story has no source \"" + std::string(source_id) + "\"";
    if (ids.empty()) {
      message += " (it lists no sources)";
    } else {
      message += " (its sources: ";
      for (size_t k = 0; k < ids.size(); ++k) message += (k ? ", \"" : "\"") + ids[k] + "\"";
      message += ")";
    }
    result.errors.push_back(StoryError(std::move(message)));
    return result;
  }

  std::vector<QuoteSite> sites;
  CollectQuotes(root, source_id, sites);
  const TokenizedText source(WithoutBom(source_text), /*with_map=*/true);
  std::unique_ptr<SourceIndex> index;  // built for the first quote not found
  const std::string named = "source \"" + std::string(source_id) + "\"" +
                            (source_name.empty() ? "" : " (" + std::string(source_name) + ")");

  for (const QuoteSite& site : sites) {
    ++result.checked;
    const std::string normal_quote = Normalize(*site.quote, false).text;
    if (FoundVerbatim(normal_quote, source.normalized.text)) {
      ++result.found;
      continue;
    }
    QuoteFinding finding;
    finding.quote = *site.quote;
    finding.diagnostic.severity = Severity::Error;
    finding.diagnostic.path = site.path;
    std::string& message = finding.diagnostic.message;
    message = "quote not found verbatim in " + named;
    if (normal_quote.empty()) {
      message += ": the quote is empty";
    } else if (source.tokens.empty()) {
      message += ": the source text is empty";
    } else {
      const TokenizedText quote(*site.quote, /*with_map=*/true);
      if (!index) index = std::make_unique<SourceIndex>(source);
      const Alignment nearest = NearestPassage(quote, *index);
      if (!nearest.valid) {
        message += "; no word of the quote occurs in the source";
      } else {
        const std::string_view passage = source.Original(nearest.begin, nearest.end);
        finding.nearest = Display(passage);
        finding.nearest_offset = static_cast<size_t>(passage.data() - source_text.data());
        finding.nearest_length = passage.size();
        message += "; nearest passage: " + CurlyQuoted(passage) + "; " +
                   DescribeFirstDifference(nearest, quote, source);
      }
    }
    result.findings.push_back(std::move(finding));
  }

  if (!result.findings.empty()) {
    std::unordered_set<std::string> wanted;
    for (const QuoteFinding& f : result.findings) {
      std::string p = f.diagnostic.path;
      while (wanted.insert(p).second && !p.empty()) p.resize(p.rfind('/'));
    }
    const JsonPositions positions = JsonPositions::Scan(text, wanted);
    const LineIndex lines(text);
    std::vector<std::pair<size_t, QuoteFinding>> located;
    for (QuoteFinding& f : result.findings) {
      size_t offset = positions.ValueOffset(f.diagnostic.path);
      if (offset == kUnknownOffset) offset = positions.NearestValueOffset(f.diagnostic.path);
      const LineColumn at = lines.At(offset);
      f.diagnostic.line = at.line;
      f.diagnostic.column = at.column;
      located.emplace_back(offset, std::move(f));
    }
    std::stable_sort(located.begin(), located.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    result.findings.clear();
    for (auto& entry : located) result.findings.push_back(std::move(entry.second));
  }
  return result;
}

}  // namespace mm
