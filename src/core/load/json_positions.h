// json_positions.h — where things are in JSON text.
//
// nlohmann::json keeps no source positions, yet every diagnostic must say "line 12, column 7".
// JsonPositions recovers them with one linear, non-recursive pass over the text: it maps each
// value's JSON Pointer (RFC 6901) to the byte offset of the value and, for object members, of
// its key. LineIndex turns byte offsets into 1-based line:column.
//
// The same walker, recording nothing, is the depth guard that runs *before* parsing
// (FindNestingTooDeep): a 100,000-deep "[[[[…" is rejected at the first level past the limit,
// in microseconds and without recursion.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace mm {

constexpr size_t kUnknownOffset = static_cast<size_t>(-1);

struct LineColumn {
  int line = 0;    // 1-based; 0 = unknown
  int column = 0;  // 1-based, counted in bytes; 0 = unknown
};

// Byte offset → line:column. A line ends at "\n", "\r\n" or a lone "\r" (as editors count).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  // Offsets past the end map to just after the last byte (where "unexpected end" errors point);
  // kUnknownOffset maps to {0, 0}.
  LineColumn At(size_t offset) const;

 private:
  std::vector<size_t> line_starts_;
  size_t text_size_ = 0;
};

// Appends "/" and `key` with "~" → "~0" and "/" → "~1" (RFC 6901).
void AppendJsonPointerToken(std::string& pointer, std::string_view key);
std::string JsonPointerChild(std::string_view parent, std::string_view key);
std::string JsonPointerChild(std::string_view parent, size_t index);

struct NestingTooDeep {
  size_t offset = 0;  // the "[" or "{" that opens the first level beyond the limit
  size_t depth = 0;   // that level (limit + 1)
  std::string path;   // JSON Pointer of that container
};

// The depth check alone, without recording positions: the first container nested deeper than
// `max_depth`, or nullopt. Same guarantees as JsonPositions::Scan on any text.
std::optional<NestingTooDeep> FindNestingTooDeep(std::string_view text, size_t max_depth);

class JsonPositions {
 public:
  struct Entry {
    size_t value = kUnknownOffset;  // first byte of the value
    size_t key = kUnknownOffset;    // opening quote of the member's key; unknown for array items
  };

  // One pass over `text`. Never reads out of bounds and always terminates, even on text that is
  // not JSON (positions are then meaningless, but the depth verdict still holds). Scanning stops
  // at the first container nested deeper than `max_depth`; see too_deep().
  static JsonPositions Scan(std::string_view text, size_t max_depth = SIZE_MAX);
  // The same pass, recording only the pointers in `wanted` (the loader asks for the paths of its
  // findings and their ancestors): a few entries instead of one per value, which for 8 MB of tiny
  // values is the difference between milliseconds and seconds (6 s and 2.8 million entries).
  static JsonPositions Scan(std::string_view text, const std::unordered_set<std::string>& wanted,
                            size_t max_depth = SIZE_MAX);

  // kUnknownOffset when the pointer names no value in the text.
  size_t ValueOffset(const std::string& pointer) const;
  size_t KeyOffset(const std::string& pointer) const;
  // The value's offset, or that of its nearest ancestor present in the text (for "missing field"
  // diagnostics and for paths into values that were never there).
  size_t NearestValueOffset(const std::string& pointer) const;

  const std::optional<NestingTooDeep>& too_deep() const { return too_deep_; }
  // Pointers of object members whose key already appeared in the same object (nlohmann keeps
  // the last value; the recorded offsets are the last one's too).
  const std::vector<std::string>& duplicate_keys() const { return duplicate_keys_; }
  size_t size() const { return entries_.size(); }

 private:
  std::unordered_map<std::string, Entry> entries_;
  std::vector<std::string> duplicate_keys_;
  std::optional<NestingTooDeep> too_deep_;
};

}  // namespace mm
