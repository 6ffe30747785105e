// field_reader.h — typed reads of JSON members, each problem recorded as a finding at its path.
//
// The story reader's vocabulary: "read the required string `title` of this object, at most 60
// characters", "resolve this motive id", "read every item of the array `sources`". Each read
// checks the type, reports what is wrong in an editor's words, and never throws: members are
// looked up with find() and values read through get_ptr<>() after a type check.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/load/diagnostics.h"
#include "core/load/json_positions.h"
#include "core/load/story_schema.h"
#include "core/story.h"

namespace mm::load {

enum class Need { Required, Optional };

// Shown = read by people (names, quotes, notes), so checked against the canvas's fonts; ids,
// dates and enum values have stricter checks of their own.
enum class Shown { Yes, No };

// The ids of one array (suspects, motives, …), for uniqueness and for resolving references.
struct IdTable {
  IdTable(const char* noun_, const char* plural_, const char* array_path_)
      : noun(noun_), plural(plural_), array_path(array_path_) {}
  const char* noun;        // "motive group", in messages
  const char* plural;      // "motive groups"
  const char* array_path;  // "/motive_groups"
  bool present = false;    // the array was there; otherwise references to it are not checked
  std::unordered_map<std::string, int> index;
  std::vector<std::string> ids;  // in file order
};

class FieldReader {
 public:
  using json = nlohmann::json;

  // Unknown fields are kept in `extra_fields` (and warned about).
  FieldReader(Findings& findings, std::vector<Story::ExtraField>& extra_fields)
      : findings_(findings), extra_fields_(extra_fields) {}

  // The member, or nullptr; a missing required one is reported.
  const json* Member(const json& object, const std::string& path, std::string_view key, Need need);
  bool ExpectObject(const json& value, const std::string& path);
  void TypeError(const std::string& path, const char* expected, const json& found);
  // max_chars: 0 = no limit.
  bool ReadString(const json& object, const std::string& path, std::string_view key, std::string& out,
                  Need need, size_t max_chars = 0, Shown shown = Shown::Yes);
  // The item's "id": valid, unique in `table`, and registered there as item number `item`.
  bool ReadId(const json& object, const std::string& path, IdTable& table, int item, std::string& out);
  // YYYY-MM-DD, YYYY-MM or YYYY, in the calendar; `parsed` may be null.
  bool ReadDate(const json& object, const std::string& path, std::string_view key, std::string& text,
                Date* parsed, Need need);
  bool ReadInteger(const json& object, const std::string& path, std::string_view key, int64_t& out, Need need);
  bool ReadBool(const json& object, const std::string& path, std::string_view key, bool& out, Need need);
  template <class E>
  bool ReadEnum(const json& object, const std::string& path, std::string_view key,
                const std::vector<EnumName<E>>& names, E& out, Need need);
  // The array member, or nullptr (missing, wrong type); reports an empty one when min_items is 1.
  const json* ReadArray(const json& object, const std::string& path, std::string_view key, Need need,
                        size_t min_items = 0);
  // The index `value` (an id) names in `table`, or -1; `id` receives the id as written.
  int Resolve(const json& value, const std::string& path, const IdTable& table, std::string& id);
  int ReadReference(const json& object, const std::string& path, std::string_view key, const IdTable& table,
                    std::string& id, Need need);
  void ReadReferenceList(const json& object, const std::string& path, std::string_view key,
                         const IdTable& table, std::vector<std::string>& ids, std::vector<int>& indices,
                         Need need);
  void CheckUnknownFields(const json& object, const std::string& path, const FieldNames& known);

  // Every item of the array `key` of `object`, appended to `out`: each must be an object with no
  // unknown fields, and `read(item, item_path, index, value)` fills its T. A broken item is
  // appended too (default-constructed, partly filled), so that indices stay the file's. Reading
  // stops once the findings are saturated. With a table, it is marked present when the array is.
  template <class T, class ReadOne>
  void ReadItems(const json& object, const std::string& path, std::string_view key, Need need, size_t min_items,
                 const FieldNames& fields, std::vector<T>& out, ReadOne&& read, IdTable* table = nullptr);

  Findings& findings() { return findings_; }
  // A story in a script the canvas cannot draw at all (right to left) gets one warning for the
  // whole story, not one per field (story_reader.cpp).
  void QuietUndrawable() { quiet_undrawable_ = true; }

 private:
  template <typename PathFn>
  void WarnIfUndrawable(const PathFn& path, const std::string& text);
  // "known: a, b, …" for an unknown id: likely typos first.
  std::string KnownIds(const IdTable& table, std::string_view typed);

  Findings& findings_;
  bool quiet_undrawable_ = false;
  std::vector<Story::ExtraField>& extra_fields_;
  // "Did you mean" ranking costs an edit distance per known id; past this many unknown
  // references (a broken file, not a typo) the known ids are listed in file order instead.
  int suggestions_left_ = 200;
};

template <class E>
bool FieldReader::ReadEnum(const json& object, const std::string& path, std::string_view key,
                           const std::vector<EnumName<E>>& names, E& out, Need need) {
  std::string text;
  if (!ReadString(object, path, key, text, need, 0, Shown::No)) return false;
  for (const auto& n : names) {
    if (n.name == text) {
      out = n.value;
      return true;
    }
  }
  std::string expected;
  for (const auto& n : names) {
    if (!n.alias) expected += (expected.empty() ? "" : ", ") + std::string(n.name);
  }
  findings_.Error(JsonPointerChild(path, key),
                  "unknown " + std::string(key) + " " + QuoteForMessage(text) + " (expected one of: " + expected + ")");
  return false;
}

template <class T, class ReadOne>
void FieldReader::ReadItems(const json& object, const std::string& path, std::string_view key, Need need,
                            size_t min_items, const FieldNames& fields, std::vector<T>& out, ReadOne&& read,
                            IdTable* table) {
  const json* list = ReadArray(object, path, key, need, min_items);
  if (!list) return;
  if (table) table->present = true;
  const std::string list_path = JsonPointerChild(path, key);
  out.reserve(out.size() + list->size());
  for (size_t i = 0; i < list->size() && !findings_.saturated(); ++i) {
    const json& item = (*list)[i];
    const std::string item_path = JsonPointerChild(list_path, i);
    T value;
    if (ExpectObject(item, item_path)) {
      CheckUnknownFields(item, item_path, fields);
      read(item, item_path, static_cast<int>(i), value);
    }
    out.push_back(std::move(value));
  }
}

}  // namespace mm::load
