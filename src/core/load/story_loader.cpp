// story_loader.cpp — the loading pipeline: JSON text → Story, or the reasons it is not one.
//
// The pipeline; the first three stages stop the load at their first error:
//   1. raw text: size limit, byte-order mark, emptiness;
//   2. FindNestingTooDeep: the depth limit, before nlohmann ever sees the text;
//   3. nlohmann SAX parse into a DOM with a handler that records a syntax error (and repeated
//      keys) instead of throwing (stages 1–3 after the size limit: strict_json);
//   4. size limits on every string and array (strict_json);
//   5. ReadStory: the format's rules, filling the Story as it goes, collecting every finding
//      (story_reader, with field_reader and story_schema);
//   6. FinalizeStory: events sorted, cross references resolved to indices, link_index built;
//   7. only if something was found: findings located (path → offset → line:column), ordered and
//      capped (diagnostics).
//
// Nothing here throws and nothing reaches a throwing nlohmann call: members are looked up with
// find(), values read through get_ptr<>() after a type check. The loader must also compile with
// -fno-exceptions -DJSON_NOEXCEPTION (the web build), where any such call would abort.
#include "core/story_loader.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "core/load/diagnostics.h"
#include "core/load/story_reader.h"
#include "core/load/strict_json.h"

namespace mm {
namespace {

uint64_t NextGeneration() {
  static std::atomic<uint64_t> last{0};
  return ++last;
}

// A load that failed before there was any text to point into.
LoadResult Failed(std::string message) {
  LoadResult result;
  Diagnostic d;
  d.message = std::move(message);
  result.diagnostics.push_back(std::move(d));
  return result;
}

std::string DescribeSize(size_t bytes) { return std::to_string(bytes) + " bytes"; }

}  // namespace

LoadResult LoadStory(std::string_view json_text, const LoadLimits& limits) {
  LoadResult result;
  load::Findings findings(std::max(load::kMaxKeptFindings, limits.max_diagnostics));

  if (json_text.size() > limits.max_bytes) {
    return Failed("the file is too large: " + DescribeSize(json_text.size()) + " (the limit is " +
                  DescribeSize(limits.max_bytes) + ")");
  }
  const std::string_view text = load::WithoutByteOrderMark(json_text);
  load::StrictJson parsed = load::ParseStrictJson(text, limits.max_depth);
  if (parsed.failed) {
    findings.ErrorAt(parsed.error_offset, std::move(parsed.error_path), std::move(parsed.error));
    load::LocateSortAndCap(findings, text, limits, result);
    return result;
  }

  for (std::string& pointer : parsed.duplicate_keys) {
    findings.Warning(std::move(pointer), "duplicate key; only the last value is used", load::Anchor::Key);
  }
  load::CheckSizeLimits(parsed.root, limits, findings);
  // A file over a size limit is rejected for that alone: the limits bound the work, so the
  // reader never walks 100,000 events one by one to list 600,000 missing fields.
  if (!findings.has_errors()) load::ReadStory(parsed.root, findings, result.story);
  if (findings.has_errors()) result.story = Story{};  // never half a story
  else result.story.generation = NextGeneration();

  if (!findings.all().empty()) load::LocateSortAndCap(findings, text, limits, result);
  return result;
}

LoadResult LoadStoryFile(const std::string& path, const LoadLimits& limits) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) return Failed("cannot open \"" + path + "\": " + std::strerror(errno));
  std::string text;
  char buffer[1 << 16];
  bool too_large = false;
  while (true) {
    const size_t read = std::fread(buffer, 1, sizeof buffer, file);
    text.append(buffer, read);
    if (text.size() > limits.max_bytes) {
      too_large = true;  // stop reading; the size is all the error needs
      break;
    }
    if (read < sizeof buffer) break;
  }
  const bool failed = std::ferror(file) != 0;
  const int error = errno;
  std::fclose(file);
  if (failed) return Failed("cannot read \"" + path + "\": " + std::strerror(error));
  if (too_large) return Failed("the file is too large: over the limit of " + DescribeSize(limits.max_bytes));
  return LoadStory(text, limits);
}

}  // namespace mm
