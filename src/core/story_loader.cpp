// story_loader.cpp — JSON text → Story, checked against docs/story-format.md.
//
// The pipeline; the first three stages stop the load at their first error:
//   1. raw text: size limit, byte-order mark, emptiness;
//   2. FindNestingTooDeep: the depth limit, before nlohmann ever sees the text;
//   3. nlohmann SAX parse into a DOM with a handler that records a syntax error (and repeated
//      keys) instead of throwing;
//   4. size limits on every string and array;
//   5. Validator: the format's rules, filling the Story as it goes, collecting every finding;
//   6. events sorted, cross references resolved to indices, link_index built;
//   7. only if something was found: JsonPositions::Scan, then findings located
//      (path → offset → line:column), ordered and capped.
//
// Nothing here throws and nothing reaches a throwing nlohmann call: members are looked up with
// find(), values read through get_ptr<>() after a type check. The file must also compile with
// -fno-exceptions -DJSON_NOEXCEPTION (the web build), where any such call would abort.
#include "story_loader.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <nlohmann/json.hpp>

#include "ascii.h"
#include "glyph_coverage.h"
#include "json_positions.h"
#include "utf8.h"

namespace mm {
namespace {

using json = nlohmann::json;

constexpr std::string_view kFormatName = "motive-matrix/story@1";
constexpr size_t kMaxIdLength = 64;
constexpr size_t kMaxQuoteChars = 400;
constexpr size_t kMaxShortChars = 32;
constexpr size_t kMaxMotiveLabelChars = 48;
constexpr size_t kMaxEventTitleChars = 60;
constexpr size_t kMaxWordingChars = 48;  // "the act", "the sources": a short noun phrase
constexpr size_t kKnownIdsShown = 5;
// "Did you mean" ranking costs an edit distance per known id; past this many unknown
// references (a broken file, not a typo) the known ids are listed in file order instead.
constexpr int kSuggestionBudget = 200;

// ================================================================================================
// Text helpers for messages
// ================================================================================================

// `"value"` for a message: long values shortened (on a character boundary), control characters
// shown as escapes, so a message is always one line of valid UTF-8.
std::string Quoted(std::string_view value) {
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

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

// Close enough to be a typo of each other.
bool LooksLikeTypo(std::string_view typed, std::string_view known, size_t* distance = nullptr) {
  const size_t longer = std::max(typed.size(), known.size());
  const size_t shorter = std::min(typed.size(), known.size());
  const size_t allowed = std::max<size_t>(1, std::min<size_t>(3, longer / 4));
  if (longer - shorter > allowed) return false;
  const size_t d = EditDistance(typed, known);
  if (distance) *distance = d;
  return d > 0 && d <= allowed;
}

// ================================================================================================
// Findings: diagnostics before they are located
// ================================================================================================

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
// max_diagnostics, if larger); past it they are only counted, and the validator stops reading
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
  void ErrorAt(size_t offset, std::string path, std::string message) {
    Finding f;
    f.path = std::move(path);
    f.message = std::move(message);
    f.offset = offset;
    f.located = true;
    all_.push_back(std::move(f));
    ++errors_;
  }
  bool has_errors() const { return errors_ > 0; }
  // Enough errors kept: the validator stops reading items, so the count of what it found becomes
  // a lower bound ("… and at least N more errors").
  bool saturated() const { return errors_ >= keep_; }
  std::vector<Finding>& all() { return all_; }
  // Found but not kept.
  size_t dropped_errors() const { return dropped_errors_; }
  size_t dropped_warnings() const { return dropped_warnings_; }

 private:
  void Add(Severity severity, std::string path, std::string message, Anchor anchor) {
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
  std::vector<Finding> all_;
  size_t keep_;
  size_t errors_ = 0, warnings_ = 0;
  size_t dropped_errors_ = 0, dropped_warnings_ = 0;
};

// ================================================================================================
// Parsing without exceptions
// ================================================================================================

// nlohmann's DOM builder, except that a syntax error is remembered instead of thrown, and that
// repeated keys (which the DOM silently merges, keeping the last) are noticed. The parser calls
// the handler through its static type, so these members hide the base class's.
class NonThrowingDomParser : public nlohmann::detail::json_sax_dom_parser<json> {
  using Base = nlohmann::detail::json_sax_dom_parser<json>;

 public:
  explicit NonThrowingDomParser(json& root) : Base(root, /*allow_exceptions=*/false), root_(root) {}

  template <class Exception>
  bool parse_error(std::size_t position, const std::string& last_token, const Exception& ex) {
    failed_ = true;
    position_ = position;
    last_token_ = last_token;
    what_ = ex.what();
    return false;  // stop parsing
  }

  // The base class keeps its container stack private, so a parallel one is kept here: the
  // container just opened is the root, the parent array's last item, or the parent object's
  // member under the last key.
  bool start_object(std::size_t length) { return Base::start_object(length) && Opened(); }
  bool start_array(std::size_t length) { return Base::start_array(length) && Opened(); }
  bool end_object() {
    open_.pop_back();
    return Base::end_object();
  }
  bool end_array() {
    open_.pop_back();
    return Base::end_array();
  }
  bool key(json::string_t& name) {
    Open& object = open_.back();
    if (object.value->find(name) != object.value->end()) duplicate_keys_.push_back(PathTo(name));
    object.key = name;
    return Base::key(name);
  }

  bool failed() const { return failed_; }
  size_t position() const { return position_; }
  const std::string& last_token() const { return last_token_; }
  const std::string& what() const { return what_; }
  // JSON Pointers of members whose key had already appeared in the same object.
  const std::vector<std::string>& duplicate_keys() const { return duplicate_keys_; }

 private:
  struct Open {
    const json* value;
    std::string key;  // the member being read, for objects
  };

  bool Opened() {
    const json* value = &root_;
    if (!open_.empty()) {
      const Open& parent = open_.back();
      value = parent.value->is_array() ? &parent.value->back() : &*parent.value->find(parent.key);
    }
    open_.push_back(Open{value, {}});
    return true;
  }

  std::string PathTo(const std::string& name) const {
    std::string path;
    for (size_t i = 0; i + 1 < open_.size(); ++i) {
      if (open_[i].value->is_array()) {
        path += '/';
        path += std::to_string(open_[i].value->size() - 1);
      } else {
        AppendJsonPointerToken(path, open_[i].key);
      }
    }
    AppendJsonPointerToken(path, name);
    return path;
  }

  json& root_;
  std::vector<Open> open_;
  std::vector<std::string> duplicate_keys_;
  bool failed_ = false;
  size_t position_ = 0;
  std::string last_token_;
  std::string what_;
};

void ReplaceAll(std::string& s, std::string_view from, std::string_view to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
}

// nlohmann names tokens for parser writers ("number literal", "'[', '{', or a literal").
std::string EditorTokenNames(std::string s) {
  ReplaceAll(s, "'[', '{', or a literal", "a value");
  ReplaceAll(s, "number literal", "number");
  ReplaceAll(s, "string literal", "string");
  ReplaceAll(s, "true literal", "true");
  ReplaceAll(s, "false literal", "false");
  ReplaceAll(s, "null literal", "null");
  return s;
}

bool IsBareWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' ||
         c == '-' || c == '.' || c == '_';
}

struct LocatedMessage {
  size_t offset;
  std::string message;
};

// Turns "[json.exception.parse_error.101] parse error at line 1, column 4: syntax error while
// parsing value - invalid literal; last read: 'tru'" into "not valid JSON: invalid literal 'tru'"
// at the start of the offending token (nlohmann's `position` is one past the last byte read).
LocatedMessage ExplainParseError(std::string_view text, const NonThrowingDomParser& parser) {
  std::string detail = parser.what();
  if (StartsWith(detail, "[json.exception.")) {
    const size_t close = detail.find("] ");
    if (close != std::string::npos) detail.erase(0, close + 2);
  }
  if (StartsWith(detail, "parse error")) {
    const size_t colon = detail.find(": ");
    if (colon != std::string::npos) detail.erase(0, colon + 2);
  }
  if (StartsWith(detail, "syntax error while parsing ")) {
    const size_t dash = detail.find(" - ");
    if (dash != std::string::npos) detail.erase(0, dash + 3);
  }
  const bool expected_end = detail.find("; expected end of input") != std::string::npos;
  const size_t last_read = detail.find("; last read: '");
  if (last_read != std::string::npos) {
    const size_t expected = detail.find("'; expected", last_read);
    detail = detail.substr(0, last_read) +
             (expected != std::string::npos ? detail.substr(expected + 1) : std::string());
  }

  const size_t end = text.size();
  size_t offset = std::min(parser.position() > 0 ? parser.position() - 1 : 0, end);
  std::string message;

  if (StartsWith(detail, "invalid literal") || StartsWith(detail, "invalid number")) {
    // Point at the start of the bare word that broke, which nlohmann has read past.
    size_t start = offset;
    if (start == end || !IsBareWordByte(text[start])) {
      if (start > 0 && IsBareWordByte(text[start - 1])) --start;
    }
    while (start > 0 && IsBareWordByte(text[start - 1])) --start;
    size_t word_end = start;
    while (word_end < end && IsBareWordByte(text[word_end])) ++word_end;
    offset = start;
    const std::string word(text.substr(start, word_end - start));
    if (expected_end) {
      message = "unexpected text after the end of the JSON document";
    } else if (StartsWith(detail, "invalid number")) {
      message = "invalid number '" + word + "'" + detail.substr(std::strlen("invalid number"));
    } else if (!word.empty()) {
      message = "invalid literal '" + word + "' (expected a string in double quotes, a number, "
                "true, false, null, an object or an array)";
    } else {
      message = "unexpected " + DescribeCharacterAt(text, offset);
      if (offset < end && text[offset] == '/') message += " (JSON has no comments)";
      if (offset < end && text[offset] == '\'') message += " (strings need double quotes)";
    }
  } else if (expected_end) {
    message = "unexpected text after the end of the JSON document";
  } else if (StartsWith(detail, "unexpected end of input")) {
    offset = end;
    const size_t expected = detail.find("; expected ");
    message = "the file ends too early";
    if (expected != std::string::npos) {
      message += " (expected " + EditorTokenNames(detail.substr(expected + 11)) + ")";
    }
  } else if (StartsWith(detail, "invalid string: ill-formed UTF-8 byte")) {
    // nlohmann stops at the first byte that cannot continue a sequence. When that byte is
    // plain ASCII (or the end of the file), the culprit is the sequence's lead byte before it:
    // a Latin-1 "é" (0xE9) followed by "h" is a bad 0xE9, not a bad "h".
    if (offset >= end || static_cast<unsigned char>(text[offset]) < 0x80) {
      for (size_t k = std::min(offset, end); k > 0 && k + 4 > offset;) {
        const unsigned char b = static_cast<unsigned char>(text[--k]);
        if (b >= 0xC0) {
          offset = k;
          break;
        }
        if (b < 0x80) break;
      }
    }
    message = "invalid UTF-8 in a string: " + DescribeCharacterAt(text, offset) +
              " (save the file as UTF-8)";
  } else if (StartsWith(detail, "invalid string: control character")) {
    message = detail.substr(std::strlen("invalid string: ")) + " inside a string";
  } else if (StartsWith(detail, "invalid string: missing closing quote")) {
    message = "a string is missing its closing quote";
  } else if (StartsWith(detail, "number overflow parsing")) {
    offset = parser.position() >= parser.last_token().size()
                 ? parser.position() - parser.last_token().size()
                 : 0;
    message = "the number " + parser.last_token() + " is too large";
  } else if (StartsWith(detail, "unexpected ")) {
    // A whole token (string, number, literal) was read before it proved unexpected; for those,
    // and only those, the last token read is exactly the token.
    if (detail.find(" literal") < detail.find(';')) {
      const size_t length = parser.last_token().size();
      offset = parser.position() >= length ? parser.position() - length : 0;
    }
    const size_t expected = detail.find("; expected ");
    message = EditorTokenNames(detail.substr(0, expected));
    if (expected != std::string::npos) {
      message += " (expected " + EditorTokenNames(detail.substr(expected + 11)) + ")";
    }
  } else {
    message = EditorTokenNames(detail);
  }
  return {std::min(offset, end), "not valid JSON: " + message};
}

// ================================================================================================
// Size limits on every string and array (the depth limit was checked before parsing)
// ================================================================================================

void CheckSizeLimits(const json& root, const LoadLimits& limits, Findings& findings) {
  // An explicit stack rather than recursion (the depth limit is configurable). Each frame knows
  // which child it is visiting, so a pointer is assembled only when something is over a limit.
  struct Frame {
    const json* container;
    json::const_iterator next;
    size_t next_index;       // for arrays
    size_t index;            // of the child being visited, for arrays
    const std::string* key;  // of the child being visited, for objects
  };
  std::vector<Frame> stack;
  const auto current_path = [&] {
    std::string path;
    for (const Frame& frame : stack) {
      if (frame.key) {
        AppendJsonPointerToken(path, *frame.key);
      } else {
        path += '/';
        path += std::to_string(frame.index);
      }
    }
    return path;
  };
  const auto limit = [](size_t found, size_t allowed, const char* unit) {
    return std::to_string(found) + unit + " (the limit is " + std::to_string(allowed) + ")";
  };
  const auto check = [&](const json& value) {
    if (const auto* s = value.get_ptr<const json::string_t*>()) {
      if (s->size() > limits.max_string_bytes) {
        findings.Error(current_path(), "this string is too long: " +
                                           limit(s->size(), limits.max_string_bytes, " bytes"));
      }
    } else if (value.is_array() && value.size() > limits.max_items) {
      findings.Error(current_path(), "this array has too many items: " +
                                         limit(value.size(), limits.max_items, ""));
    }
  };

  check(root);
  if (root.is_structured()) stack.push_back({&root, root.cbegin(), 0, 0, nullptr});
  while (!stack.empty()) {
    Frame& frame = stack.back();
    if (frame.next == frame.container->cend()) {
      stack.pop_back();
      continue;
    }
    if (frame.container->is_object()) {
      frame.key = &frame.next.key();  // a reference into the map node: stable
      if (frame.key->size() > limits.max_string_bytes) {
        findings.Error(current_path(), "this key is too long: " +
                                           limit(frame.key->size(), limits.max_string_bytes, " bytes"),
                       Anchor::Key);
      }
    } else {
      frame.index = frame.next_index++;
    }
    const json& child = *frame.next;
    ++frame.next;
    check(child);
    // `frame` may dangle after this push; it is not used again in this iteration.
    if (child.is_structured() && !child.empty()) {
      stack.push_back({&child, child.cbegin(), 0, 0, nullptr});
    }
  }
}

// ================================================================================================
// Dates
// ================================================================================================

// ParseIsoDate and DateCheck are calendar.h's.

// ================================================================================================
// Field tables
// ================================================================================================

struct TopLevelField {
  std::string_view name;
  bool required;
};

// The single source of truth for top-level fields; RequiredTopLevelFields() reads it too.
constexpr TopLevelField kTopLevelFields[] = {
    {"$schema", false},      {"format", true},     {"id", true},          {"language", true},
    {"title", true},         {"dek", true},        {"framing", true},     {"published", true},
    {"updated", false},      {"sources", true},    {"suspects", true},    {"motive_groups", false},
    {"motives", true},       {"links", true},      {"events", true},      {"goals", false},
    {"reactions", false},    {"notes", false},      {"wording", false},
};

using FieldNames = std::vector<std::string_view>;

const FieldNames kEvidenceFields = {"quote", "source", "kind", "speaker"};
const FieldNames kNoteFields = {"text", "date"};
const FieldNames kSourceFields = {"id", "title", "publisher", "author", "kind", "date", "url"};
const FieldNames kSuspectFields = {"id", "name", "short", "summary", "assessment", "notes"};
const FieldNames kAssessmentFields = {"rank", "label", "evidence"};
const FieldNames kMotiveGroupFields = {"id", "label"};
const FieldNames kMotiveFields = {"id", "label", "description", "group", "notes"};
const FieldNames kLinkFields = {"suspect", "motive", "strength", "argument", "evidence", "notes"};
const FieldNames kEventFields = {"id",       "date",     "precision", "kind",           "title",
                                 "detail",   "coincided", "evidence", "landed_just_as", "motives",
                                 "suspects", "notes"};
const FieldNames kWordingFields = {"act", "sources", "sources_plural"};
const FieldNames kGoalFields = {"id",     "title",   "explanation", "evidence",
                                "events", "motives", "notes"};
const FieldNames kReactionFields = {"id", "party", "stance", "evidence", "notes"};

template <class E>
struct EnumName {
  std::string_view name;
  E value;
  bool alias = false;  // an older format's name: accepted, not offered in messages
};

const std::vector<EnumName<EvidenceKind>> kEvidenceKinds = {
    {"fact", EvidenceKind::ReportedFact},
    {"attributed", EvidenceKind::Attributed},
    {"analysis", EvidenceKind::Analysis}};
const std::vector<EnumName<SourceKind>> kSourceKinds = {{"opinion", SourceKind::Opinion},
                                                        {"news", SourceKind::News},
                                                        {"official", SourceKind::Official},
                                                        {"analysis", SourceKind::Analysis},
                                                        {"other", SourceKind::Other}};
// "leak" and "call" are the first format's names, from the story it was made for: they load
// as the act and as context (docs/story-format.md, "Older files").
const std::vector<EnumName<EventKind>> kEventKinds = {{"act", EventKind::Act},
                                                      {"context", EventKind::Context},
                                                      {"reaction", EventKind::Reaction},
                                                      {"leak", EventKind::Act, true},
                                                      {"call", EventKind::Context, true}};
// `precision`: the granularity comes from the date itself; "approximate" adds "around".
enum class PrecisionField { Day, Month, Year, Approximate };
const std::vector<EnumName<PrecisionField>> kDatePrecisions = {
    {"day", PrecisionField::Day},
    {"month", PrecisionField::Month},
    {"year", PrecisionField::Year},
    {"approximate", PrecisionField::Approximate}};

const char* TypeName(const json& v) {
  switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    case json::value_t::string: return "a string";
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    default: return "an unsupported value";
  }
}

bool IsValidId(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdLength || id[0] == '-') return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// BCP 47 in outline: a 2–3 letter language, then subtags of 1–8 letters or digits.
bool LooksLikeLanguageTag(std::string_view tag) {
  size_t start = 0;
  bool first = true;
  while (true) {
    const size_t dash = tag.find('-', start);
    const std::string_view part =
        tag.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start);
    const bool letters_only = std::all_of(part.begin(), part.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
    const bool alphanumeric = std::all_of(part.begin(), part.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
    if (first ? !(letters_only && part.size() >= 2 && part.size() <= 3)
              : !(alphanumeric && !part.empty() && part.size() <= 8)) {
      return false;
    }
    if (dash == std::string_view::npos) return true;
    start = dash + 1;
    first = false;
  }
}

bool IsHttpUrl(std::string_view url) {
  const auto has_scheme = [&](std::string_view scheme) {
    if (url.size() <= scheme.size()) return false;
    for (size_t i = 0; i < scheme.size(); ++i) {
      const char c = url[i];
      if ((c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c) != scheme[i]) return false;
    }
    return true;
  };
  return has_scheme("https://") || has_scheme("http://");
}

// ================================================================================================
// Validation
// ================================================================================================

enum class Need { Required, Optional };

// The ids of one array (suspects, motives, …), for uniqueness and for resolving references.
struct IdTable {
  IdTable(const char* noun_, const char* plural_, const char* array_path_)
      : noun(noun_), plural(plural_), array_path(array_path_) {}
  const char* noun;        // "motive group", in messages
  const char* plural;      // "motive groups"
  const char* array_path;  // "/motive_groups"
  bool present = false;  // the array was there; otherwise references to it are not checked
  std::unordered_map<std::string, int> index;
  std::vector<std::string> ids;  // in file order
};

class Validator {
 public:
  Validator(Findings& findings, Story& story) : findings_(findings), story_(story) {}

  void Run(const json& root);

 private:
  // ---- primitives ----
  const json* Member(const json& object, const std::string& path, std::string_view key, Need need);
  bool ExpectObject(const json& value, const std::string& path);
  void TypeError(const std::string& path, const char* expected, const json& found);
  template <typename PathFn>
  void WarnIfUndrawable(const PathFn& path, const std::string& text);
  // Shown = read by people (names, quotes, notes), so checked against the canvas's fonts; ids,
  // dates and enum values have stricter checks of their own.
  enum class Shown { Yes, No };
  bool ReadString(const json& object, const std::string& path, std::string_view key,
                  std::string& out, Need need, size_t max_chars = 0, Shown shown = Shown::Yes);
  bool ReadId(const json& object, const std::string& path, IdTable& table, int item, std::string& out);
  bool ReadDate(const json& object, const std::string& path, std::string_view key, std::string& text,
                Date* parsed, Need need);
  bool ReadInteger(const json& object, const std::string& path, std::string_view key, int64_t& out,
                   Need need);
  bool ReadBool(const json& object, const std::string& path, std::string_view key, bool& out,
                Need need);
  template <class E>
  bool ReadEnum(const json& object, const std::string& path, std::string_view key,
                const std::vector<EnumName<E>>& names, E& out, Need need);
  // The array member, or nullptr (missing, wrong type); reports an empty one when min_items is 1.
  const json* ReadArray(const json& object, const std::string& path, std::string_view key,
                        Need need, size_t min_items = 0);
  int Resolve(const json& value, const std::string& path, const IdTable& table, std::string& id);
  int ReadReference(const json& object, const std::string& path, std::string_view key,
                    const IdTable& table, std::string& id, Need need);
  void ReadReferenceList(const json& object, const std::string& path, std::string_view key,
                         const IdTable& table, std::vector<std::string>& ids,
                         std::vector<int>& indices, Need need);
  void CheckUnknownFields(const json& object, const std::string& path, const FieldNames& known);
  std::string KnownIds(const IdTable& table, std::string_view typed);

  // ---- the format's objects ----
  void ReadTopLevel(const json& root);
  void ReadSources(const json& root);
  void ReadMotiveGroups(const json& root);
  void ReadSuspects(const json& root);
  void ReadMotives(const json& root);
  void ReadEvents(const json& root);
  void ReadLinks(const json& root);
  void ReadGoals(const json& root);
  void ReadReactions(const json& root);
  void ReadEvidenceList(const json& object, const std::string& path, std::vector<Evidence>& out);
  void ReadEvidence(const json& value, const std::string& path, Evidence& out);
  void ReadNotes(const json& object, const std::string& path, std::vector<EditorNote>& out);
  void ReadWording(const json& root);
  void ReadPrecision(const json& item, const std::string& path, bool date_ok, const std::string& date_text,
                     Date& date);
  void ReadCoincided(const json& item, const std::string& path, bool& out);

  // ---- after validation ----
  void WarnIfEventsOutOfOrder();

  Findings& findings_;
  Story& story_;
  IdTable sources_{"source", "sources", "/sources"};
  IdTable motive_groups_{"motive group", "motive groups", "/motive_groups"};
  IdTable suspects_{"suspect", "suspects", "/suspects"};
  IdTable motives_{"motive", "motives", "/motives"};
  IdTable events_{"event", "events", "/events"};
  IdTable goals_{"goal", "goals", "/goals"};
  IdTable reactions_{"reaction", "reactions", "/reactions"};
  std::vector<bool> event_date_ok_;      // per event in file order, for the order check
  std::vector<std::string> event_paths_;  // per event in file order
  int suggestions_left_ = kSuggestionBudget;
};

// ---- primitives -------------------------------------------------------------------------------

void Validator::TypeError(const std::string& path, const char* expected, const json& found) {
  findings_.Error(path, std::string("expected ") + expected + ", found " + TypeName(found));
}

bool Validator::ExpectObject(const json& value, const std::string& path) {
  if (value.is_object()) return true;
  TypeError(path, "an object", value);
  return false;
}

const json* Validator::Member(const json& object, const std::string& path, std::string_view key,
                              Need need) {
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

bool Validator::ReadString(const json& object, const std::string& path, std::string_view key,
                           std::string& out, Need need, size_t max_chars, Shown shown) {
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
void Validator::WarnIfUndrawable(const PathFn& path, const std::string& text) {
  const auto found = FirstUndrawable(text);
  if (!found) return;
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(found->codepoint));
  size_t end = found->byte_offset + 1;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  findings_.Warning(path(), "\"" + text.substr(found->byte_offset, end - found->byte_offset) + "\" (" + code +
                                ") is not in the explainer's fonts: the interactive view shows \"?\" instead (the "
                                "text version shows it); they cover Latin, Latin Extended-A, Cyrillic and common "
                                "punctuation");
}

bool Validator::ReadId(const json& object, const std::string& path, IdTable& table, int item,
                       std::string& out) {
  if (!ReadString(object, path, "id", out, Need::Required, 0, Shown::No)) return false;
  if (!IsValidId(out)) {
    findings_.Error(JsonPointerChild(path, "id"), Quoted(out) +
                               " is not a valid id (use 1–64 characters a-z, 0-9 and \"-\", "
                               "starting with a letter or digit)");
  }
  // Even a malformed id is registered, so references to it do not pile up more errors.
  const auto [it, inserted] = table.index.emplace(out, item);
  if (!inserted) {
    findings_.Error(JsonPointerChild(path, "id"), "duplicate " + std::string(table.noun) + " id " + Quoted(out) +
                               " (first used at " +
                               JsonPointerChild(table.array_path, static_cast<size_t>(it->second)) +
                               ")");
    return true;
  }
  table.ids.push_back(out);
  return true;
}

bool Validator::ReadDate(const json& object, const std::string& path, std::string_view key,
                         std::string& text, Date* parsed, Need need) {
  if (!ReadString(object, path, key, text, need, 0, Shown::No)) return false;
  Date date;
  switch (ParseIsoDate(text, &date)) {
    case DateCheck::Ok:
      if (parsed) *parsed = date;
      return true;
    case DateCheck::NotInCalendar:
      findings_.Error(JsonPointerChild(path, key),
                      Quoted(text) + " is not a date in the calendar (expected YYYY-MM-DD, YYYY-MM or YYYY)");
      return false;
    case DateCheck::NotADate:
      break;
  }
  findings_.Error(JsonPointerChild(path, key),
                  Quoted(text) + " is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)");
  return false;
}

bool Validator::ReadInteger(const json& object, const std::string& path, std::string_view key,
                            int64_t& out, Need need) {
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

bool Validator::ReadBool(const json& object, const std::string& path, std::string_view key,
                         bool& out, Need need) {
  const json* value = Member(object, path, key, need);
  if (!value) return false;
  if (const auto* b = value->get_ptr<const json::boolean_t*>()) {
    out = *b;
    return true;
  }
  TypeError(JsonPointerChild(path, key), "true or false", *value);
  return false;
}

template <class E>
bool Validator::ReadEnum(const json& object, const std::string& path, std::string_view key,
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
  findings_.Error(JsonPointerChild(path, key), "unknown " + std::string(key) + " " + Quoted(text) +
                                                   " (expected one of: " + expected + ")");
  return false;
}

const json* Validator::ReadArray(const json& object, const std::string& path, std::string_view key,
                                 Need need, size_t min_items) {
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

std::string Validator::KnownIds(const IdTable& table, std::string_view typed) {
  if (table.ids.empty()) return "there are no " + std::string(table.plural);
  // Likely typos first, then the rest in file order.
  std::vector<std::pair<size_t, size_t>> ranked;  // (distance or SIZE_MAX, file position)
  ranked.reserve(table.ids.size());
  const bool rank = suggestions_left_ > 0;
  if (rank) --suggestions_left_;
  for (size_t i = 0; i < table.ids.size(); ++i) {
    size_t distance = SIZE_MAX;
    if (rank && !LooksLikeTypo(typed, table.ids[i], &distance)) distance = SIZE_MAX;
    ranked.emplace_back(distance, i);
  }
  const size_t shown = std::min(kKnownIdsShown, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + shown, ranked.end());
  std::string out = "known: ";
  for (size_t k = 0; k < shown; ++k) out += (k ? ", " : "") + table.ids[ranked[k].second];
  if (table.ids.size() > shown) out += ", …";
  return out;
}

int Validator::Resolve(const json& value, const std::string& path, const IdTable& table,
                       std::string& id) {
  const auto* s = value.get_ptr<const json::string_t*>();
  if (!s) {
    TypeError(path, (std::string("a ") + table.noun + " id").c_str(), value);
    return -1;
  }
  id = *s;
  const auto it = table.index.find(id);
  if (it != table.index.end()) return it->second;
  if (table.present) {
    findings_.Error(path, "unknown " + std::string(table.noun) + " id " + Quoted(id) + " (" +
                              KnownIds(table, id) + ")");
  }
  return -1;
}

int Validator::ReadReference(const json& object, const std::string& path, std::string_view key,
                             const IdTable& table, std::string& id, Need need) {
  const json* value = Member(object, path, key, need);
  if (!value) return -1;
  return Resolve(*value, JsonPointerChild(path, key), table, id);
}

void Validator::ReadReferenceList(const json& object, const std::string& path,
                                  std::string_view key, const IdTable& table,
                                  std::vector<std::string>& ids, std::vector<int>& indices,
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

void Validator::CheckUnknownFields(const json& object, const std::string& path,
                                   const FieldNames& known) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    const std::string& key = it.key();
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    // Kept (not lost), but not used by this version.
    story_.extra_fields.push_back({JsonPointerChild(path, key), it.value().dump(-1, ' ', false, json::error_handler_t::replace)});
    std::string message = "unknown field " + Quoted(key) + " is kept but not used by this version";
    for (const std::string_view candidate : known) {
      if (LooksLikeTypo(key, candidate)) {
        message += " (did you mean \"" + std::string(candidate) + "\"?)";
        break;
      }
    }
    findings_.Warning(JsonPointerChild(path, key), message, Anchor::Key);
  }
}

// ---- the format's objects ---------------------------------------------------------------------

void Validator::Run(const json& root) {
  if (!root.is_object()) {
    findings_.Error("", std::string("a story must be a JSON object, found ") + TypeName(root));
    return;
  }
  ReadTopLevel(root);
  // Referenced arrays before the arrays that refer to them; findings are put back into
  // document order later, so the reading order is free.
  ReadSources(root);
  ReadMotiveGroups(root);
  ReadSuspects(root);
  ReadMotives(root);
  ReadEvents(root);
  ReadLinks(root);
  ReadGoals(root);
  ReadReactions(root);
  ReadNotes(root, "", story_.notes);
  ReadWording(root);

  WarnIfEventsOutOfOrder();
  FinalizeStory(story_);
}

void Validator::ReadTopLevel(const json& root) {
  const auto need = [](std::string_view name) {
    for (const auto& field : kTopLevelFields) {
      if (field.name == name) return field.required ? Need::Required : Need::Optional;
    }
    return Need::Optional;
  };
  FieldNames known;
  for (const auto& field : kTopLevelFields) known.push_back(field.name);
  CheckUnknownFields(root, "", known);

  if (ReadString(root, "", "format", story_.format, need("format")) &&
      story_.format != kFormatName) {
    findings_.Error("/format", "unsupported format " + Quoted(story_.format) + " (expected \"" +
                                   std::string(kFormatName) + "\")");
  }
  if (ReadString(root, "", "id", story_.id, need("id")) && !IsValidId(story_.id)) {
    findings_.Error("/id", Quoted(story_.id) +
                               " is not a valid id (use 1–64 characters a-z, 0-9 and \"-\", "
                               "starting with a letter or digit)");
  }
  if (ReadString(root, "", "language", story_.language, need("language")) &&
      !LooksLikeLanguageTag(story_.language)) {
    findings_.Error("/language", Quoted(story_.language) +
                                     " is not a BCP 47 language tag (for example \"en\" or \"en-GB\")");
  }
  ReadString(root, "", "title", story_.title, need("title"));
  ReadString(root, "", "dek", story_.dek, need("dek"));
  ReadString(root, "", "framing", story_.framing, need("framing"));
  ReadDate(root, "", "published", story_.published, nullptr, need("published"));
  ReadDate(root, "", "updated", story_.updated, nullptr, need("updated"));
  if (const auto it = root.find("$schema"); it != root.end() && !it->is_string()) {
    TypeError("/$schema", "a string", *it);
  }
}

void Validator::ReadSources(const json& root) {
  const json* list = ReadArray(root, "", "sources", Need::Required, 1);
  if (!list) return;
  sources_.present = true;
  for (size_t i = 0; i < list->size() && !findings_.saturated(); ++i) {
    const json& item = (*list)[i];
    const std::string path = JsonPointerChild("/sources", i);
    Source source;
    if (ExpectObject(item, path)) {
      CheckUnknownFields(item, path, kSourceFields);
      ReadId(item, path, sources_, static_cast<int>(i), source.id);
      ReadString(item, path, "title", source.title, Need::Required);
      const bool has_publisher = ReadString(item, path, "publisher", source.publisher, Need::Optional);
      const bool has_author = ReadString(item, path, "author", source.author, Need::Optional);
      if (!has_publisher && !has_author && item.find("publisher") == item.end() &&
          item.find("author") == item.end()) {
        findings_.Error(path, "missing field \"publisher\" or \"author\" (a source needs at least one)");
      }
      ReadEnum(item, path, "kind", kSourceKinds, source.kind, Need::Required);
      ReadDate(item, path, "date", source.date, nullptr, Need::Optional);
      if (ReadString(item, path, "url", source.url, Need::Optional) && !IsHttpUrl(source.url)) {
        findings_.Error(JsonPointerChild(path, "url"),
                        "expected an http:// or https:// address, found " + Quoted(source.url));
      }
    }
    story_.sources.push_back(std::move(source));
  }
}

void Validator::ReadMotiveGroups(const json& root) {
  const json* list = ReadArray(root, "", "motive_groups", Need::Optional);
  motive_groups_.present = true;  // absent means "no groups": a motive's group must then fail
  if (!list) return;
  for (size_t i = 0; i < list->size() && !findings_.saturated(); ++i) {
    const json& item = (*list)[i];
    const std::string path = JsonPointerChild("/motive_groups", i);
    MotiveGroup group;
    if (ExpectObject(item, path)) {
      CheckUnknownFields(item, path, kMotiveGroupFields);
      ReadId(item, path, motive_groups_, static_cast<int>(i), group.id);
      ReadString(item, path, "label", group.label, Need::Required, kMaxMotiveLabelChars);
    }
    story_.motive_groups.push_back(std::move(group));
  }
}

void Validator::ReadSuspects(const json& root) {
  const json* list = ReadArray(root, "", "suspects", Need::Required, 1);
  if (!list) return;
  suspects_.present = true;
  std::unordered_map<int64_t, size_t> rank_owner;  // rank → suspect index
  for (size_t i = 0; i < list->size() && !findings_.saturated(); ++i) {
    const json& item = (*list)[i];
    const std::string path = JsonPointerChild("/suspects", i);
    Suspect suspect;
    if (ExpectObject(item, path)) {
      CheckUnknownFields(item, path, kSuspectFields);
      ReadId(item, path, suspects_, static_cast<int>(i), suspect.id);
      ReadString(item, path, "name", suspect.name, Need::Required);
      ReadString(item, path, "short", suspect.short_label, Need::Required, kMaxShortChars);
      ReadString(item, path, "summary", suspect.summary, Need::Required);
      const json* assessment = Member(item, path, "assessment", Need::Required);
      const std::string assessment_path = JsonPointerChild(path, "assessment");
      if (assessment && ExpectObject(*assessment, assessment_path)) {
        CheckUnknownFields(*assessment, assessment_path, kAssessmentFields);
        int64_t rank = 0;
        if (ReadInteger(*assessment, assessment_path, "rank", rank, Need::Required)) {
          const std::string rank_path = JsonPointerChild(assessment_path, "rank");
          if (rank < 1 || rank > 1000000) {
            findings_.Error(rank_path, "rank must be 1 or more (1 = the source's strongest theory), found " +
                                           std::to_string(rank));
          } else {
            const auto [it, inserted] = rank_owner.emplace(rank, i);
            if (!inserted) {
              findings_.Error(rank_path, "duplicate rank " + std::to_string(rank) +
                                             " (also used by /suspects/" +
                                             std::to_string(it->second) + "); ranks are unique");
            }
            suspect.assessment.rank = static_cast<int>(rank);
          }
        }
        ReadString(*assessment, assessment_path, "label", suspect.assessment.label, Need::Required);
        ReadEvidenceList(*assessment, assessment_path, suspect.assessment.evidence);
      }
      ReadNotes(item, path, suspect.notes);
    }
    story_.suspects.push_back(std::move(suspect));
  }
}

void Validator::ReadMotives(const json& root) {
  const json* list = ReadArray(root, "", "motives", Need::Required, 1);
  if (!list) return;
  motives_.present = true;
  for (size_t i = 0; i < list->size() && !findings_.saturated(); ++i) {
    const json& item = (*list)[i];
    const std::string path = JsonPointerChild("/motives", i);
    Motive motive;
    if (ExpectObject(item, path)) {
      CheckUnknownFields(item, path, kMotiveFields);
      ReadId(item, path, motives_, static_cast<int>(i), motive.id);
      ReadString(item, path, "label", motive.label, Need::Required, kMaxMotiveLabelChars);
      ReadString(item, path, "description", motive.description, Need::Required);
      motive.group = ReadReference(item, path, "group", motive_groups_, motive.group_id, Need::Optional);
      ReadNotes(item, path, motive.notes);
    }
    story_.motives.push_back(std::move(motive));
  }
}

void Validator::ReadEvents(const json& root) {
  const json* list = ReadArray(root, "", "events", Need::Required, 1);
  if (!list) return;
  events_.present = true;
  for (size_t i = 0; i < list->size() && !findings_.saturated(); ++i) {
    const json& item = (*list)[i];
    const std::string path = JsonPointerChild("/events", i);
    Event event;
    bool date_ok = false;
    if (ExpectObject(item, path)) {
      CheckUnknownFields(item, path, kEventFields);
      ReadId(item, path, events_, static_cast<int>(i), event.id);
      std::string date_text;
      date_ok = ReadDate(item, path, "date", date_text, &event.date, Need::Required);
      ReadPrecision(item, path, date_ok, date_text, event.date);
      ReadEnum(item, path, "kind", kEventKinds, event.kind, Need::Required);
      ReadString(item, path, "title", event.title, Need::Required, kMaxEventTitleChars);
      ReadString(item, path, "detail", event.detail, Need::Required);
      ReadCoincided(item, path, event.coincided);
      ReadEvidenceList(item, path, event.evidence);
      ReadReferenceList(item, path, "motives", motives_, event.motive_ids, event.motives, Need::Optional);
      ReadReferenceList(item, path, "suspects", suspects_, event.suspect_ids, event.suspects,
                        Need::Optional);
      ReadNotes(item, path, event.notes);
    }
    story_.events.push_back(std::move(event));
    event_date_ok_.push_back(date_ok);
    event_paths_.push_back(path);
  }
}

void Validator::ReadLinks(const json& root) {
  const json* list = ReadArray(root, "", "links", Need::Required);
  if (!list) return;
  std::unordered_map<int64_t, size_t> pair_owner;  // suspect × motive → link index
  for (size_t i = 0; i < list->size() && !findings_.saturated(); ++i) {
    const json& item = (*list)[i];
    const std::string path = JsonPointerChild("/links", i);
    Link link;
    if (ExpectObject(item, path)) {
      CheckUnknownFields(item, path, kLinkFields);
      link.suspect = ReadReference(item, path, "suspect", suspects_, link.suspect_id, Need::Required);
      link.motive = ReadReference(item, path, "motive", motives_, link.motive_id, Need::Required);
      int64_t strength = 0;
      if (ReadInteger(item, path, "strength", strength, Need::Required)) {
        if (strength < 1 || strength > 3) {
          findings_.Error(JsonPointerChild(path, "strength"),
                          "strength must be 1, 2 or 3 (weak, argued, strong), found " +
                              std::to_string(strength));
        } else {
          link.strength = static_cast<int>(strength);
        }
      }
      ReadString(item, path, "argument", link.argument, Need::Required);
      ReadEvidenceList(item, path, link.evidence);
      ReadNotes(item, path, link.notes);
      if (link.suspect >= 0 && link.motive >= 0) {
        const int64_t pair = static_cast<int64_t>(link.suspect) * 1000003 + link.motive;
        const auto [it, inserted] = pair_owner.emplace(pair, i);
        if (!inserted) {
          findings_.Error(path, "a second link for suspect " + Quoted(link.suspect_id) +
                                    " and motive " + Quoted(link.motive_id) + " (the first is /links/" +
                                    std::to_string(it->second) + "); at most one link per pair");
        }
      }
    }
    story_.links.push_back(std::move(link));
  }
}

void Validator::ReadGoals(const json& root) {
  const json* list = ReadArray(root, "", "goals", Need::Optional);
  if (!list) return;
  goals_.present = true;
  for (size_t i = 0; i < list->size() && !findings_.saturated(); ++i) {
    const json& item = (*list)[i];
    const std::string path = JsonPointerChild("/goals", i);
    Goal goal;
    if (ExpectObject(item, path)) {
      CheckUnknownFields(item, path, kGoalFields);
      ReadId(item, path, goals_, static_cast<int>(i), goal.id);
      ReadString(item, path, "title", goal.title, Need::Required);
      ReadString(item, path, "explanation", goal.explanation, Need::Required);
      ReadEvidenceList(item, path, goal.evidence);
      // Event indices are assigned after the events are sorted (ResolveGoalEvents).
      ReadReferenceList(item, path, "events", events_, goal.event_ids, goal.events, Need::Required);
      ReadReferenceList(item, path, "motives", motives_, goal.motive_ids, goal.motives, Need::Required);
      ReadNotes(item, path, goal.notes);
    }
    story_.goals.push_back(std::move(goal));
  }
}

void Validator::ReadReactions(const json& root) {
  const json* list = ReadArray(root, "", "reactions", Need::Optional);
  if (!list) return;
  reactions_.present = true;
  for (size_t i = 0; i < list->size() && !findings_.saturated(); ++i) {
    const json& item = (*list)[i];
    const std::string path = JsonPointerChild("/reactions", i);
    Reaction reaction;
    if (ExpectObject(item, path)) {
      CheckUnknownFields(item, path, kReactionFields);
      ReadId(item, path, reactions_, static_cast<int>(i), reaction.id);
      ReadString(item, path, "party", reaction.party, Need::Required);
      ReadString(item, path, "stance", reaction.stance, Need::Required);
      ReadEvidenceList(item, path, reaction.evidence);
      ReadNotes(item, path, reaction.notes);
    }
    story_.reactions.push_back(std::move(reaction));
  }
}

void Validator::ReadEvidenceList(const json& object, const std::string& path,
                                 std::vector<Evidence>& out) {
  const json* list = ReadArray(object, path, "evidence", Need::Required, 1);
  if (!list) return;
  const std::string list_path = JsonPointerChild(path, "evidence");
  out.reserve(list->size());
  for (size_t i = 0; i < list->size() && !findings_.saturated(); ++i) {
    Evidence evidence;
    ReadEvidence((*list)[i], JsonPointerChild(list_path, i), evidence);
    out.push_back(std::move(evidence));
  }
}

void Validator::ReadEvidence(const json& value, const std::string& path, Evidence& out) {
  if (!ExpectObject(value, path)) return;
  CheckUnknownFields(value, path, kEvidenceFields);
  ReadString(value, path, "quote", out.quote, Need::Required, kMaxQuoteChars);
  out.source = ReadReference(value, path, "source", sources_, out.source_id, Need::Required);
  const bool has_kind = ReadEnum(value, path, "kind", kEvidenceKinds, out.kind, Need::Required);
  const bool attributed = has_kind && out.kind == EvidenceKind::Attributed;
  if (attributed && value.find("speaker") == value.end()) {
    findings_.Error(path, "missing field \"speaker\": attributed evidence must say who said it");
  } else {
    ReadString(value, path, "speaker", out.speaker, Need::Optional);
  }
}

void Validator::ReadNotes(const json& object, const std::string& path, std::vector<EditorNote>& out) {
  const json* list = ReadArray(object, path, "notes", Need::Optional);
  if (!list) return;
  const std::string list_path = JsonPointerChild(path, "notes");
  for (size_t i = 0; i < list->size() && !findings_.saturated(); ++i) {
    const json& item = (*list)[i];
    const std::string item_path = JsonPointerChild(list_path, i);
    EditorNote note;
    if (ExpectObject(item, item_path)) {
      CheckUnknownFields(item, item_path, kNoteFields);
      ReadString(item, item_path, "text", note.text, Need::Required);
      ReadDate(item, item_path, "date", note.date, nullptr, Need::Optional);
    }
    out.push_back(std::move(note));
  }
}

void Validator::ReadWording(const json& root) {
  const json* wording = Member(root, "", "wording", Need::Optional);
  if (!wording || !ExpectObject(*wording, "/wording")) return;
  CheckUnknownFields(*wording, "/wording", kWordingFields);
  ReadString(*wording, "/wording", "act", story_.wording.act, Need::Optional, kMaxWordingChars);
  ReadString(*wording, "/wording", "sources", story_.wording.sources, Need::Optional, kMaxWordingChars);
  story_.wording.sources_plural_given =
      ReadBool(*wording, "/wording", "sources_plural", story_.wording.sources_plural, Need::Optional);
  for (const auto& [key, text] : {std::pair<const char*, const std::string*>{"act", &story_.wording.act},
                                  {"sources", &story_.wording.sources}}) {
    if (wording->contains(key) && IsBlank(*text)) {
      findings_.Error(JsonPointerChild("/wording", key), "is empty; leave it out to use the default");
    }
  }
}

// The granularity is the date's own ("1999", "1999-06", "1999-06-14"); `precision` may say the
// same again, or "approximate" (placed "around" it).
void Validator::ReadPrecision(const json& item, const std::string& path, bool date_ok,
                              const std::string& date_text, Date& date) {
  PrecisionField precision = PrecisionField::Day;
  if (!ReadEnum(item, path, "precision", kDatePrecisions, precision, Need::Optional) || !date_ok) return;
  const std::string at = JsonPointerChild(path, "precision");
  const auto finer_than = [&](DatePrecision wanted) { return static_cast<int>(date.precision) < static_cast<int>(wanted); };
  switch (precision) {
    case PrecisionField::Approximate: date.approximate = true; break;
    case PrecisionField::Day:
      if (date.precision != DatePrecision::Day) {
        findings_.Error(at, "precision is \"day\" but the date " + Quoted(date_text) +
                                " has no day (use YYYY-MM-DD, or leave precision out)");
      }
      break;
    case PrecisionField::Month:
    case PrecisionField::Year: {
      const DatePrecision wanted = precision == PrecisionField::Month ? DatePrecision::Month : DatePrecision::Year;
      const char* name = precision == PrecisionField::Month ? "month" : "year";
      if (finer_than(wanted)) {
        findings_.Warning(at, std::string("precision is \"") + name + "\", so the " +
                                  (wanted == DatePrecision::Month ? "day" : "month and day") + " in " +
                                  Quoted(date_text) + (wanted == DatePrecision::Month ? " is" : " are") +
                                  " ignored (write " + (wanted == DatePrecision::Month ? "YYYY-MM" : "YYYY") + ")");
        date.precision = wanted;
        date.day = 1;
        if (wanted == DatePrecision::Year) date.month = 1;
      } else if (date.precision != wanted) {
        findings_.Error(at, std::string("precision is \"") + name + "\" but the date " + Quoted(date_text) +
                                " is coarser (leave precision out)");
      }
      break;
    }
  }
}

// `coincided` (and the first format's `landed_just_as`, which meant the same).
void Validator::ReadCoincided(const json& item, const std::string& path, bool& out) {
  bool coincided = false, landed = false;
  const bool has_new = ReadBool(item, path, "coincided", coincided, Need::Optional);
  const bool has_old = ReadBool(item, path, "landed_just_as", landed, Need::Optional);
  if (has_new && has_old && coincided != landed) {
    findings_.Error(JsonPointerChild(path, "landed_just_as"),
                    "disagrees with \"coincided\" (it is the older name for the same flag: keep one)");
  }
  out = has_new ? coincided : landed;
}

// ---- after validation -------------------------------------------------------------------------

void Validator::WarnIfEventsOutOfOrder() {
  const std::vector<Event>& events = story_.events;
  const Event* latest = nullptr;
  for (size_t i = 0; i < events.size(); ++i) {
    if (!event_date_ok_[i]) continue;
    if (latest && events[i].date < latest->date) {
      findings_.Warning(event_paths_[i], "events are not in date order: " + Quoted(events[i].id) + " (" +
                                             events[i].date.Iso() + ") comes after " + Quoted(latest->id) + " (" +
                                             latest->date.Iso() + "); the timeline shows them sorted by date");
      return;
    }
    latest = &events[i];
  }
}

// ================================================================================================
// Locating, ordering and capping findings
// ================================================================================================

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
      while (cut > 1 && (static_cast<unsigned char>(token[cut]) & 0xC0) == 0x80) --cut;
      out.append(token.substr(0, cut));
      out += "…";
    }
    start = end;
  }
  return out;
}

// `keep` is the Findings cap; dropped_* what it counted without keeping.
std::vector<Diagnostic> Finish(std::vector<Finding>& findings, std::string_view text,
                               const JsonPositions* positions, const LoadLimits& limits,
                               LoadResult& result, size_t keep, size_t dropped_errors,
                               size_t dropped_warnings) {
  for (Finding& f : findings) {
    if (f.located || !positions) continue;
    if (f.anchor == Anchor::Key) f.offset = positions->KeyOffset(f.path);
    if (f.offset == kUnknownOffset) f.offset = positions->NearestValueOffset(f.path);
  }
  // Errors first; each group in document order; unlocated (whole-file) findings lead.
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.severity != b.severity) return a.severity == Severity::Error;
    const auto key = [](size_t offset) { return offset == kUnknownOffset ? 0 : offset + 1; };
    return key(a.offset) < key(b.offset);
  });

  const LineIndex lines(text);
  std::vector<Diagnostic> out;
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
  const bool stopped = errors + dropped_errors >= keep;  // the validator stopped reading items
  errors += dropped_errors;
  warnings += dropped_warnings;
  const auto summarize = [&](size_t count, Severity severity, const char* singular,
                             const char* plural, int& omitted, bool at_least) {
    if (count <= limits.max_diagnostics) return;
    omitted = static_cast<int>(count - limits.max_diagnostics);
    Diagnostic d;
    d.severity = severity;
    d.message = std::string("… and ") + (at_least ? "at least " : "") + std::to_string(omitted) +
                " more " + (omitted == 1 ? singular : plural);
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
  return out;
}

LoadResult Failed(std::string message) {
  LoadResult result;
  Diagnostic d;
  d.message = std::move(message);
  result.diagnostics.push_back(std::move(d));
  return result;
}

std::string DescribeSize(size_t bytes) {
  return std::to_string(bytes) + " bytes";
}

}  // namespace

// ================================================================================================
// Public API
// ================================================================================================

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
  const auto listed = std::count_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
    return d.severity == Severity::Warning;
  });
  return static_cast<int>(listed) - (omitted_warnings > 0 ? 1 : 0) + omitted_warnings;
}

std::vector<std::string> RequiredTopLevelFields() {
  std::vector<std::string> out;
  for (const auto& field : kTopLevelFields) {
    if (field.required) out.emplace_back(field.name);
  }
  return out;
}

namespace {
uint64_t NextGeneration() {
  static std::atomic<uint64_t> last{0};
  return ++last;
}
}  // namespace

LoadResult LoadStory(std::string_view json_text, const LoadLimits& limits) {
  LoadResult result;
  const size_t keep = std::max(kMaxKeptFindings, limits.max_diagnostics);
  Findings findings(keep);

  if (json_text.size() > limits.max_bytes) {
    return Failed("the file is too large: " + DescribeSize(json_text.size()) + " (the limit is " +
                  DescribeSize(limits.max_bytes) + ")");
  }
  // A UTF-8 byte-order mark is legal, if pointless; editors do not count it as a column, so
  // everything after it is located as if it were not there.
  std::string_view text = json_text;
  if (StartsWith(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
  if (IsBlank(text)) {
    findings.ErrorAt(0, "", "the file is empty");
    result.diagnostics = Finish(findings.all(), text, nullptr, limits, result, keep, 0, 0);
    return result;
  }

  if (const auto deep = FindNestingTooDeep(text, limits.max_depth)) {
    findings.ErrorAt(deep->offset, deep->path,
                     "nested too deeply: more than " + std::to_string(limits.max_depth) +
                         " levels of arrays and objects");
    result.diagnostics = Finish(findings.all(), text, nullptr, limits, result, keep, 0, 0);
    return result;
  }

  json root;
  NonThrowingDomParser parser(root);
  json::sax_parse(text.begin(), text.end(), &parser, nlohmann::detail::input_format_t::json,
                  /*strict=*/true, /*ignore_comments=*/false);
  // nlohmann reads a NUL byte outside a string as the end of the input: "{…}\0anything" would
  // load, and a NUL inside the document would read as the file ending early.
  const size_t nul = text.find('\0');
  if (nul != std::string_view::npos &&
      (!parser.failed() || parser.what().find("unexpected end of input") != std::string::npos)) {
    findings.ErrorAt(nul, "", "not valid JSON: a NUL byte (U+0000), which JSON text cannot contain "
                              "(is this a UTF-16 file? save it as UTF-8)");
    result.diagnostics = Finish(findings.all(), text, nullptr, limits, result, keep, 0, 0);
    return result;
  }
  if (parser.failed()) {
    const LocatedMessage explained = ExplainParseError(text, parser);
    findings.ErrorAt(explained.offset, "", explained.message);
    result.diagnostics = Finish(findings.all(), text, nullptr, limits, result, keep, 0, 0);
    return result;
  }

  for (const std::string& pointer : parser.duplicate_keys()) {
    findings.Warning(pointer, "duplicate key; only the last value is used", Anchor::Key);
  }
  CheckSizeLimits(root, limits, findings);
  // A file over a size limit is rejected for that alone: the limits bound the work, so the
  // validator never walks 100,000 events one by one to list 600,000 missing fields.
  if (!findings.has_errors()) Validator(findings, result.story).Run(root);
  if (findings.has_errors()) result.story = Story{};  // never half a story
  else result.story.generation = NextGeneration();

  // Positions cost a second pass over the text; a clean story needs none.
  if (!findings.all().empty()) {
    // Only the findings' paths and their ancestors (NearestValueOffset walks up) are recorded.
    std::unordered_set<std::string> wanted;
    for (const Finding& f : findings.all()) {
      if (f.located) continue;
      std::string p = f.path;
      while (wanted.insert(p).second && !p.empty()) {
        const size_t slash = p.rfind('/');
        p.resize(slash == std::string::npos ? 0 : slash);
      }
    }
    const JsonPositions positions = JsonPositions::Scan(text, wanted);
    result.diagnostics = Finish(findings.all(), text, &positions, limits, result, keep,
                                findings.dropped_errors(), findings.dropped_warnings());
  }
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
  if (too_large) {
    return Failed("the file is too large: over the limit of " + DescribeSize(limits.max_bytes));
  }
  return LoadStory(text, limits);
}

}  // namespace mm
