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
#include "quote_text.h"
#include "utf8.h"

namespace mm {
namespace {

using json = nlohmann::json;

using namespace quote_text;  // the text model (quote_text.h)

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
