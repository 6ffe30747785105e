// diagnostics.cpp — findings located, ordered and capped into diagnostics; their text and JSON forms.
#include "core/load/diagnostics.h"

#include <algorithm>
#include <cstdio>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "core/stable_order.h"
#include "core/story_loader.h"
#include "core/utf8.h"

namespace mm {
namespace load {
namespace {

// A JSON Pointer for display: tokens longer than 64 bytes (keys can be max_string_bytes long)
// are cut to 60 bytes on a character boundary and marked "…".
std::string ShortenedPointer(const std::string& path) {
  constexpr size_t kMaxToken = 64, kShownToken = 60;
  if (path.size() <= kMaxToken) return path;
  std::string out;
  size_t start = 0;
  while (start < path.size()) {
    size_t end = path.find('/', start + 1);
    if (end == std::string::npos) end = path.size();
    const std::string_view token(path.data() + start, end - start);  // with its leading '/'
    if (token.size() <= kMaxToken + 1) {
      out.append(token);
    } else {
      size_t cut = kShownToken + 1;
      while (cut > 1 && IsUtf8Continuation(token[cut])) --cut;
      out.append(token.substr(0, cut));
      out += "…";
    }
    start = end;
  }
  return out;
}

// Offsets for the findings that have none yet. Positions cost a second pass over the text, so
// only the findings' paths and their ancestors (NearestValueOffset walks up) are recorded.
void Locate(std::vector<Finding>& findings, std::string_view text) {
  std::unordered_set<std::string> wanted;
  for (const Finding& f : findings) {
    if (f.located) continue;
    std::string p = f.path;
    while (wanted.insert(p).second && !p.empty()) {
      const size_t slash = p.rfind('/');
      p.resize(slash == std::string::npos ? 0 : slash);
    }
  }
  if (wanted.empty()) return;
  const JsonPositions positions = JsonPositions::Scan(text, wanted);
  for (Finding& f : findings) {
    if (f.located) continue;
    if (f.anchor == Anchor::Key) f.offset = positions.KeyOffset(f.path);
    if (f.offset == kUnknownOffset) f.offset = positions.NearestValueOffset(f.path);
  }
}

}  // namespace

void Findings::ErrorAt(size_t offset, std::string path, std::string message) {
  Finding f;
  f.path = std::move(path);
  f.message = std::move(message);
  f.offset = offset;
  f.located = true;
  all_.push_back(std::move(f));
  ++errors_;
}

void Findings::Add(Severity severity, std::string path, std::string message, Anchor anchor) {
  size_t& count = severity == Severity::Error ? errors_ : warnings_;
  if (count++ >= keep_) {
    ++(severity == Severity::Error ? dropped_errors_ : dropped_warnings_);
    return;
  }
  Finding f;
  f.severity = severity;
  f.path = std::move(path);
  f.message = std::move(message);
  f.anchor = anchor;
  all_.push_back(std::move(f));
}

void LocateSortAndCap(Findings& all, std::string_view text, const LoadLimits& limits, LoadResult& result) {
  std::vector<Finding>& findings = all.all();
  Locate(findings, text);
  // Errors first; each group in document order; unlocated (whole-file) findings lead.
  {
    std::vector<int64_t> keys(findings.size());
    for (size_t i = 0; i < findings.size(); ++i) {
      const Finding& f = findings[i];
      const int64_t position = f.offset == kUnknownOffset ? 0 : static_cast<int64_t>(f.offset) + 1;
      keys[i] = (f.severity == Severity::Error ? 0 : (int64_t{1} << 62)) + position;
    }
    std::vector<Finding> sorted;
    sorted.reserve(findings.size());
    for (int i : StableOrder(keys)) sorted.push_back(std::move(findings[static_cast<size_t>(i)]));
    findings = std::move(sorted);
  }

  const LineIndex lines(text);
  std::vector<Diagnostic>& out = result.diagnostics;
  out.clear();
  size_t errors = 0, warnings = 0;
  for (const Finding& f : findings) {
    size_t& count = f.severity == Severity::Error ? errors : warnings;
    if (++count > limits.max_diagnostics) continue;
    Diagnostic d;
    d.severity = f.severity;
    d.path = ShortenedPointer(f.path);
    d.message = f.message;
    const LineColumn at = lines.At(f.offset);
    d.line = at.line;
    d.column = at.column;
    out.push_back(std::move(d));
  }
  const size_t keep = all.keep();
  const bool stopped = errors + all.dropped_errors() >= keep;  // the reader stopped reading items
  errors += all.dropped_errors();
  warnings += all.dropped_warnings();
  const auto summarize = [&](size_t count, Severity severity, const char* singular, const char* plural,
                             int& omitted, bool at_least) {
    if (count <= limits.max_diagnostics) return;
    omitted = static_cast<int>(count - limits.max_diagnostics);
    Diagnostic d;
    d.severity = severity;
    d.message = std::string("… and ") + (at_least ? "at least " : "") + std::to_string(omitted) + " more " +
                (omitted == 1 ? singular : plural);
    if (at_least) d.message += " (checking stopped after " + std::to_string(keep) + ")";
    // Keep errors before warnings.
    const auto at = severity == Severity::Error
                        ? std::find_if(out.begin(), out.end(),
                                       [](const Diagnostic& x) { return x.severity == Severity::Warning; })
                        : out.end();
    out.insert(at, std::move(d));
  };
  summarize(errors, Severity::Error, "error", "errors", result.omitted_errors, stopped);
  summarize(warnings, Severity::Warning, "warning", "warnings", result.omitted_warnings, stopped);
}

std::string QuoteForMessage(std::string_view value) {
  constexpr size_t kMaxShown = 60;
  std::string out = "\"";
  size_t shown = 0;
  for (size_t i = 0; i < value.size();) {
    if (shown == kMaxShown) {
      out += "…";
      break;
    }
    const unsigned char c = static_cast<unsigned char>(value[i]);
    if (c < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04X", c);
      out += escaped;
      ++i;
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
      ++i;
    } else {
      const size_t length = std::max<size_t>(1, Utf8SequenceLength(value, i));
      out.append(value.substr(i, length));
      i += length;
    }
    ++shown;
  }
  out += '"';
  return out;
}

}  // namespace load

std::string Diagnostic::Format(std::string_view file_name) const {
  std::string out(file_name);
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  out += severity == Severity::Error ? ": error: " : ": warning: ";
  if (!path.empty()) out += path + ": ";
  out += message;
  return out;
}

bool LoadResult::ok() const { return error_count() == 0; }

int LoadResult::error_count() const {
  const auto listed = std::count_if(diagnostics.begin(), diagnostics.end(),
                                    [](const Diagnostic& d) { return d.severity == Severity::Error; });
  return static_cast<int>(listed) - (omitted_errors > 0 ? 1 : 0) + omitted_errors;
}

int LoadResult::warning_count() const {
  const auto listed = std::count_if(diagnostics.begin(), diagnostics.end(),
                                    [](const Diagnostic& d) { return d.severity == Severity::Warning; });
  return static_cast<int>(listed) - (omitted_warnings > 0 ? 1 : 0) + omitted_warnings;
}

std::string DiagnosticsToJson(const LoadResult& result) {
  // Plain json, the type the loader reads with: the wasm carries one instantiation of nlohmann's
  // templates (core/view/page_state.cpp). The page and the studio read the fields by name.
  using json = nlohmann::json;
  json out = json::object();
  out["ok"] = result.ok();
  out["errors"] = result.error_count();
  out["warnings"] = result.warning_count();
  json list = json::array();
  for (const Diagnostic& d : result.diagnostics) {
    json j = json::object();
    j["severity"] = d.severity == Severity::Error ? "error" : "warning";
    j["path"] = d.path;
    j["line"] = d.line;
    j["column"] = d.column;
    j["message"] = d.message;
    j["text"] = d.Format("story");
    list.push_back(std::move(j));
  }
  out["diagnostics"] = std::move(list);
  if (result.ok()) {
    out["title"] = result.story.title;
    out["id"] = result.story.id;
  }
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace mm
