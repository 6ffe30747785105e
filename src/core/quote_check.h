// quote_check.h — are a story's quotes verbatim from their source? Checked against its text.
//
// `motive-matrix check STORY --source ID=FILE` calls this, and so can the browser (an editors'
// studio) with the story's JSON text and a pasted source text: the function needs nothing but
// the two texts, and never throws (nlohmann is used without exceptions, every access checked).
//
// It reads the JSON text itself rather than the Story model, so that every path it reports is the
// path in the FILE (the loader sorts events, so Story indices are not file indices). It checks
// every evidence item — an object in any array that is the value of a member named "evidence",
// wherever it occurs (today: suspects/*/assessment, links/*, events/*, goals/*, reactions/*) —
// whose "source" is the given id.
//
// A quote is found when, after the normalisations below, it occurs in the source text and starts
// and ends on word boundaries there ("Russia" is not found in "Russians"). Applied to both texts:
//   * single quotes  ' ‘ ’ ‚ ‛ ′  → '        double quotes  " “ ” „ ″ « »  → "
//   * dashes  - ‐ ‑ ‒ – — ― −  → -
//   * a run of whitespace (spaces, tabs, newlines, no-break and thin spaces, every Unicode
//     White_Space character) → one space; leading and trailing whitespace ignored
//   * soft hyphens (U+00AD) removed
//   * the ellipsis character … → "..."
// Nothing else: letter case, words, other punctuation and accents must match.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "story_loader.h"  // Diagnostic, Severity

namespace mm {

// One quote that was not found.
struct QuoteFinding {
  // Severity Error; path of the quote in the file (e.g. "/links/5/evidence/2/quote"); the
  // line:column of its string in the story; the message names the source, shows the nearest
  // passage and the first difference. Format("story.json") gives `check`'s compiler-style line.
  Diagnostic diagnostic;
  std::string quote;  // as the story has it
  // The passage of the source that best matches the quote, in the source's own characters
  // (whitespace runs shown as one space); empty when no word of the quote occurs in the source.
  std::string nearest;
  size_t nearest_offset = 0;  // where that passage is in the source text (bytes)
  size_t nearest_length = 0;
};

struct QuoteCheckResult {
  // Problems that stopped the check or make it moot: the story text does not parse, or it has
  // no source with that id (the message lists the ones it has). Nothing else is checked then.
  std::vector<Diagnostic> errors;
  std::vector<QuoteFinding> findings;  // in document order
  int checked = 0;  // evidence items of that source with a string quote
  int found = 0;    // of those, the quotes found verbatim
  bool ok() const { return errors.empty() && findings.empty(); }
};

// `story_json`: the story's text, as for LoadStory (the check assumes it loads without errors;
// on text that does not, it reports what it can and never fails worse than an error entry).
// `source_id`: a sources[].id. `source_text`: that source's plain text (UTF-8; invalid bytes
// are compared as they are). `source_name`: how messages name the text, e.g. its file name
// ("article.txt"), or empty.
QuoteCheckResult CheckQuotes(std::string_view story_json, std::string_view source_id,
                             std::string_view source_text, std::string_view source_name = {});

// The normalised form both texts are compared in (see above). Exposed for tests and tools.
std::string NormalizeForQuoteCheck(std::string_view text);

// Whether `quote` is found in `source_text` by the rules above.
bool QuoteIsInSource(std::string_view quote, std::string_view source_text);

}  // namespace mm
