// story_loader.h — JSON text → Story, with validation and located diagnostics.
//
// Never throws and never aborts, whatever the input (the web build has C++ exceptions off):
// parsing goes through nlohmann's SAX interface with a non-throwing handler, and every access
// is type-checked. Every diagnostic names a JSON path and, where it can, a line and column.
//
// This is the public face of core/load/: the pipeline (load/story_loader.cpp) runs strict_json
// (parse), story_reader (the format's rules, filling the Story) and diagnostics (locate, sort,
// cap); story_schema holds the format's tables.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/load/diagnostics.h"  // Severity, Diagnostic
#include "core/story.h"

namespace mm {

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

// The result as the page receives it after a load (compact JSON; invalid UTF-8 replaced):
//   {"ok":false,"errors":1,"warnings":0,"diagnostics":[{"severity":"error","path":"/links/3/motive",
//    "line":12,"column":7,"message":"…","text":"story:12:7: error: /links/3/motive: …"}]}
// with "title" and "id" added when the story loaded (ok()).
std::string DiagnosticsToJson(const LoadResult& result);

}  // namespace mm
