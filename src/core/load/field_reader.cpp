// field_reader.cpp — typed reads of JSON members, with a finding for each problem (field_reader.h).
#include "core/load/field_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/ascii.h"
#include "core/glyph_coverage.h"
#include "core/load/did_you_mean.h"
#include "core/utf8.h"

namespace mm::load {

using json = nlohmann::json;

void FieldReader::TypeError(const std::string& path, const char* expected, const json& found) {
  findings_.Error(path, std::string("expected ") + expected + ", found " + TypeName(found));
}

bool FieldReader::ExpectObject(const json& value, const std::string& path) {
  if (value.is_object()) return true;
  TypeError(path, "an object", value);
  return false;
}

const json* FieldReader::Member(const json& object, const std::string& path, std::string_view key, Need need) {
  // An explicit null is not "not given": it gets a type error, as in the JSON Schema.
  const auto it = object.find(key);
  if (it == object.end()) {
    if (need == Need::Required) {
      findings_.Error(path, "missing required field \"" + std::string(key) + "\"");
    }
    return nullptr;
  }
  return &*it;
}

bool FieldReader::ReadString(const json& object, const std::string& path, std::string_view key, std::string& out,
                             Need need, size_t max_chars, Shown shown) {
  const json* value = Member(object, path, key, need);
  if (!value) return false;
  // Paths are built only for findings: most fields are fine, and this is the hot path.
  const auto child = [&] { return JsonPointerChild(path, key); };
  const auto* s = value->get_ptr<const json::string_t*>();
  if (!s) {
    TypeError(child(), "a string", *value);
    return false;
  }
  if (IsBlank(*s)) {
    findings_.Error(child(), "must not be empty");
    return false;
  }
  if (max_chars > 0) {
    const size_t length = CountCharacters(*s);
    if (length > max_chars) {
      findings_.Error(child(), "too long: " + std::to_string(length) + " characters (the limit is " +
                                   std::to_string(max_chars) + ")");
    }
  }
  if (shown == Shown::Yes) WarnIfUndrawable(child, *s);
  out = *s;
  return true;
}

// A character outside the canvas's fonts is drawn as "?": worth a warning, not an error (the
// text version, which uses the browser's fonts, shows it, and the story is otherwise fine).
template <typename PathFn>
void FieldReader::WarnIfUndrawable(const PathFn& path, const std::string& text) {
  if (quiet_undrawable_) return;
  const auto found = FirstUndrawable(text);
  if (!found) return;
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(found->codepoint));
  const size_t length = std::max<size_t>(1, Utf8SequenceLength(text, found->byte_offset));
  findings_.Warning(path(), "\"" + text.substr(found->byte_offset, length) + "\" (" + code +
                                ") is not in the explainer's fonts: the interactive view shows \"?\" instead (the "
                                "text version shows it); they cover Latin, Latin Extended-A, Cyrillic and common "
                                "punctuation");
}

bool FieldReader::ReadId(const json& object, const std::string& path, IdTable& table, int item, std::string& out) {
  if (!ReadString(object, path, "id", out, Need::Required, 0, Shown::No)) return false;
  if (!IsValidId(out)) {
    findings_.Error(JsonPointerChild(path, "id"), QuoteForMessage(out) +
                                                      " is not a valid id (use 1–64 characters a-z, 0-9 and \"-\", "
                                                      "starting with a letter or digit)");
  }
  // Even a malformed id is registered, so references to it do not pile up more errors.
  const auto [it, inserted] = table.index.emplace(out, item);
  if (!inserted) {
    findings_.Error(JsonPointerChild(path, "id"),
                    "duplicate " + std::string(table.noun) + " id " + QuoteForMessage(out) + " (first used at " +
                        JsonPointerChild(table.array_path, static_cast<size_t>(it->second)) + ")");
    return true;
  }
  table.ids.push_back(out);
  return true;
}

bool FieldReader::ReadDate(const json& object, const std::string& path, std::string_view key, std::string& text,
                           Date* parsed, Need need) {
  if (!ReadString(object, path, key, text, need, 0, Shown::No)) return false;
  Date date;
  switch (ParseIsoDate(text, &date)) {
    case DateCheck::Ok:
      if (parsed) *parsed = date;
      return true;
    case DateCheck::NotInCalendar:
      findings_.Error(JsonPointerChild(path, key),
                      QuoteForMessage(text) + " is not a date in the calendar (expected YYYY-MM-DD, YYYY-MM or YYYY)");
      return false;
    case DateCheck::NotADate: break;
  }
  findings_.Error(JsonPointerChild(path, key),
                  QuoteForMessage(text) + " is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)");
  return false;
}

bool FieldReader::ReadInteger(const json& object, const std::string& path, std::string_view key, int64_t& out,
                              Need need) {
  const json* value = Member(object, path, key, need);
  if (!value) return false;
  const auto child = [&] { return JsonPointerChild(path, key); };
  if (const auto* u = value->get_ptr<const json::number_unsigned_t*>()) {
    out = *u > static_cast<uint64_t>(INT64_MAX) ? INT64_MAX : static_cast<int64_t>(*u);
    return true;
  }
  if (const auto* i = value->get_ptr<const json::number_integer_t*>()) {
    out = *i;
    return true;
  }
  // JSON Schema counts 2.0 as an integer; so do we.
  if (const auto* f = value->get_ptr<const json::number_float_t*>()) {
    if (std::isfinite(*f) && std::floor(*f) == *f && std::fabs(*f) < 1e15) {
      out = static_cast<int64_t>(*f);
      return true;
    }
    findings_.Error(child(), "expected a whole number, found " + value->dump());
    return false;
  }
  TypeError(child(), "a whole number", *value);
  return false;
}

bool FieldReader::ReadBool(const json& object, const std::string& path, std::string_view key, bool& out, Need need) {
  const json* value = Member(object, path, key, need);
  if (!value) return false;
  if (const auto* b = value->get_ptr<const json::boolean_t*>()) {
    out = *b;
    return true;
  }
  TypeError(JsonPointerChild(path, key), "true or false", *value);
  return false;
}

const json* FieldReader::ReadArray(const json& object, const std::string& path, std::string_view key, Need need,
                                   size_t min_items) {
  const json* value = Member(object, path, key, need);
  if (!value) return nullptr;
  if (!value->is_array()) {
    TypeError(JsonPointerChild(path, key), "an array", *value);
    return nullptr;
  }
  if (value->size() < min_items) {
    findings_.Error(JsonPointerChild(path, key), "needs at least one item (the array is empty)");
  }
  return value;
}

std::string FieldReader::KnownIds(const IdTable& table, std::string_view typed) {
  if (table.ids.empty()) return "there are no " + std::string(table.plural);
  const bool rank = suggestions_left_ > 0;
  if (rank) --suggestions_left_;
  constexpr size_t kKnownIdsShown = 5;
  const std::vector<size_t> shown = Suggestions(typed, table.ids, kKnownIdsShown, rank);
  std::string out = "known: ";
  for (size_t k = 0; k < shown.size(); ++k) {
    // A malformed id is registered too (see ReadId) and may hold anything, a line break
    // included: it is quoted like any other value from the story, so the message stays one line.
    const std::string& id = table.ids[shown[k]];
    out += (k ? ", " : "") + (IsValidId(id) ? id : QuoteForMessage(id));
  }
  if (table.ids.size() > shown.size()) out += ", …";
  return out;
}

int FieldReader::Resolve(const json& value, const std::string& path, const IdTable& table, std::string& id) {
  const auto* s = value.get_ptr<const json::string_t*>();
  if (!s) {
    TypeError(path, (std::string("a ") + table.noun + " id").c_str(), value);
    return -1;
  }
  id = *s;
  const auto it = table.index.find(id);
  if (it != table.index.end()) return it->second;
  if (table.present) {
    findings_.Error(
        path, "unknown " + std::string(table.noun) + " id " + QuoteForMessage(id) + " (" + KnownIds(table, id) + ")");
  }
  return -1;
}

int FieldReader::ReadReference(const json& object, const std::string& path, std::string_view key, const IdTable& table,
                               std::string& id, Need need) {
  const json* value = Member(object, path, key, need);
  if (!value) return -1;
  return Resolve(*value, JsonPointerChild(path, key), table, id);
}

void FieldReader::ReadReferenceList(const json& object, const std::string& path, std::string_view key,
                                    const IdTable& table, std::vector<std::string>& ids, std::vector<int>& indices,
                                    Need need) {
  const json* list = ReadArray(object, path, key, need);
  if (!list) return;
  const std::string list_path = JsonPointerChild(path, key);
  for (size_t i = 0; i < list->size() && !findings_.saturated(); ++i) {
    std::string id;
    const int index = Resolve((*list)[i], JsonPointerChild(list_path, i), table, id);
    if (!id.empty()) {
      ids.push_back(id);
      indices.push_back(index);
    }
  }
}

void FieldReader::CheckUnknownFields(const json& object, const std::string& path, const FieldNames& known) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    const std::string& key = it.key();
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    // Kept (not lost), but not used by this version.
    extra_fields_.push_back(
        {JsonPointerChild(path, key), it.value().dump(-1, ' ', false, json::error_handler_t::replace)});
    std::string message = "unknown field " + QuoteForMessage(key) + " is kept but not used by this version";
    if (const auto candidate = FirstLikelyTypo(key, known)) {
      message += " (did you mean \"" + std::string(*candidate) + "\"?)";
    }
    findings_.Warning(JsonPointerChild(path, key), message, Anchor::Key);
  }
}

}  // namespace mm::load
