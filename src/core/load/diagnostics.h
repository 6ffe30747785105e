// diagnostics.h — what a check reports, and the findings it gathers on the way.
//
// A Diagnostic is what an editor reads: severity, JSON path, line:column and one sentence. The
// loader's stages first record Findings (a path, and an offset where a stage knows it); only at
// the end, and only if anything was found, are they located in the text, put in document order
// and capped (LocateSortAndCap), so that a clean story never pays for positions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/load/json_positions.h"  // kUnknownOffset

namespace mm {

enum class Severity { Error, Warning };

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string path;     // JSON Pointer (RFC 6901), e.g. "/links/3/motive"; "" = the document
  int line = 0;         // 1-based; 0 = unknown
  int column = 0;       // 1-based, in bytes; 0 = unknown
  std::string message;  // one sentence, e.g. "unknown motive id \"embarass-trump\""
  // "story.json:12:7: error: /links/3/motive: unknown motive id "embarass-trump""
  std::string Format(std::string_view file_name) const;
};

struct LoadLimits;
struct LoadResult;

namespace load {

enum class Anchor { Value, Key };  // what a finding points at: the value at `path`, or its key

struct Finding {
  Severity severity = Severity::Error;
  std::string path;
  std::string message;
  Anchor anchor = Anchor::Value;
  size_t offset = kUnknownOffset;  // set directly by stages that know it (parse errors)
  bool located = false;
};

// At most this many findings of each severity are kept for locating, sorting and capping (or
// max_diagnostics, if larger); past it they are only counted, and the reader stops reading
// items once that many errors are kept. A hostile file within the size limits can otherwise
// produce millions: 8 MB of empty evidence objects gave 8.4 million errors, 2.6 GB of memory
// and over three minutes in LoadStory.
constexpr size_t kMaxKeptFindings = 1000;

class Findings {
 public:
  explicit Findings(size_t keep = kMaxKeptFindings) : keep_(keep) {}
  void Error(std::string path, std::string message, Anchor anchor = Anchor::Value) {
    Add(Severity::Error, std::move(path), std::move(message), anchor);
  }
  void Warning(std::string path, std::string message, Anchor anchor = Anchor::Value) {
    Add(Severity::Warning, std::move(path), std::move(message), anchor);
  }
  // An error whose place in the text is already known (the parser's, the depth guard's).
  void ErrorAt(size_t offset, std::string path, std::string message);
  bool has_errors() const { return errors_ > 0; }
  // Enough errors kept: the reader stops reading items, so the count of what it found becomes
  // a lower bound ("… and at least N more errors").
  bool saturated() const { return errors_ >= keep_; }
  size_t keep() const { return keep_; }
  std::vector<Finding>& all() { return all_; }
  // Found but not kept.
  size_t dropped_errors() const { return dropped_errors_; }
  size_t dropped_warnings() const { return dropped_warnings_; }

 private:
  void Add(Severity severity, std::string path, std::string message, Anchor anchor);
  std::vector<Finding> all_;
  size_t keep_;
  size_t errors_ = 0, warnings_ = 0;
  size_t dropped_errors_ = 0, dropped_warnings_ = 0;
};

// The findings as `result.diagnostics`: located (path → offset → line:column; the text is scanned
// for positions only if some finding has none yet), errors before warnings, each group in
// document order, at most limits.max_diagnostics of each, then one "… and N more" entry per
// group that was cut (its count in result.omitted_*).
void LocateSortAndCap(Findings& findings, std::string_view text, const LoadLimits& limits, LoadResult& result);

// `"value"` for a message: long values shortened (on a character boundary), control characters
// shown as escapes, so a message is always one line of valid UTF-8.
std::string QuoteForMessage(std::string_view value);

}  // namespace load
}  // namespace mm
