// story_loader.h — JSON text → Story, with validation and located diagnostics.
//
// Never throws and never aborts, whatever the input (the web build has C++ exceptions off):
// parsing goes through nlohmann's SAX interface with a non-throwing handler, and every access
// is type-checked. Every diagnostic names a JSON path and, where it can, a line and column.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "story.h"

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

struct LoadResult {
  Story story;                          // valid only when ok()
  std::vector<Diagnostic> diagnostics;  // errors first, in document order; then warnings
  bool ok() const;                      // no Error diagnostics
  // Everything found, including what the max_diagnostics cap left out of `diagnostics` (the
  // list then ends with one "… and N more errors" entry, which is not counted itself).
  int error_count() const;
  int warning_count() const;
  int omitted_errors = 0;
  int omitted_warnings = 0;
};

struct LoadLimits {
  size_t max_bytes = 8u << 20;          // whole file
  size_t max_depth = 32;                // JSON nesting
  size_t max_string_bytes = 16u << 10;  // any one string
  size_t max_items = 5000;              // any one array
  size_t max_diagnostics = 50;          // then "… and N more"
};

LoadResult LoadStory(std::string_view json_text, const LoadLimits& limits = {});

// Reads a whole file; on failure returns a LoadResult with one error naming the file.
LoadResult LoadStoryFile(const std::string& path, const LoadLimits& limits = {});

// The top-level fields a story must have, in the order docs/story-format.md lists them (the
// loader's own table; a test keeps assets/story.schema.json in step with it).
std::vector<std::string> RequiredTopLevelFields();

}  // namespace mm
