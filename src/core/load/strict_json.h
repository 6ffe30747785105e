// strict_json.h — JSON text → nlohmann DOM without exceptions, with editor-friendly errors.
//
// Written against nlohmann/json 3.11.2 (Debian's nlohmann-json3-dev). Two things here lean on
// that version and are the first to check after an upgrade (tests/unit/story_loader_test.cpp and
// bad_stories_test.cpp pin both):
//   - the parser derives from nlohmann::detail::json_sax_dom_parser, an internal class, to
//     remember a syntax error instead of throwing and to notice repeated keys;
//   - ExplainParseError rewrites nlohmann's English parse-error messages by matching their text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/load/diagnostics.h"

namespace mm {

struct LoadLimits;

namespace load {

// The text without a leading UTF-8 byte-order mark. A BOM is legal, if pointless; editors do not
// count it as a column, so everything after it is located as if it were not there.
std::string_view WithoutByteOrderMark(std::string_view text);

struct StrictJson {
  nlohmann::json root;
  // Set when the text is not a document to read further: empty, nested deeper than the limit,
  // or not valid JSON. The error is located (offset into the text given) and worded for editors.
  bool failed = false;
  size_t error_offset = 0;
  std::string error_path;  // the container that is nested too deeply; "" otherwise
  std::string error;       // e.g. "not valid JSON: invalid literal 'tru' (expected …)"
  // JSON Pointers of members whose key had already appeared in the same object (the DOM keeps
  // the last value).
  std::vector<std::string> duplicate_keys;
};

// Parses `text` (without its BOM) in the loader's order: emptiness, then the depth limit
// (FindNestingTooDeep, before nlohmann sees the text), then nlohmann's strict parse, with a NUL
// byte anywhere reported as such (nlohmann reads one outside a string as the end of the input).
StrictJson ParseStrictJson(std::string_view text, size_t max_depth);

// The size limits on every string (and key) and every array, as errors at their paths. (The
// depth limit was checked before parsing.) Iterative: safe at any depth.
void CheckSizeLimits(const nlohmann::json& root, const LoadLimits& limits, Findings& findings);

}  // namespace load
}  // namespace mm
