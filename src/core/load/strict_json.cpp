// strict_json.cpp — non-throwing parse into a DOM, parse errors worded for editors, size limits.
//
// Nothing here throws and nothing reaches a throwing nlohmann call; like the rest of the loader,
// the file compiles with -fno-exceptions -DJSON_NOEXCEPTION (the web build, the fuzz build).
#include "core/load/strict_json.h"

#include <algorithm>
#include <cstring>

#include "core/ascii.h"
#include "core/load/json_positions.h"
#include "core/story_loader.h"
#include "core/utf8.h"

namespace mm::load {
namespace {

using json = nlohmann::json;

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
  std::vector<std::string>& duplicate_keys() { return duplicate_keys_; }

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
    // The token read comes from the file and may itself contain "'; expected": nlohmann's own
    // "; expected …" is the last one.
    const size_t expected = detail.rfind("'; expected");
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
  // Whatever of the file a message quotes may stop inside a character: a message is UTF-8.
  return {std::min(offset, end), "not valid JSON: " + ToValidUtf8(message)};
}

}  // namespace

std::string_view WithoutByteOrderMark(std::string_view text) {
  if (StartsWith(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
  return text;
}

StrictJson ParseStrictJson(std::string_view text, size_t max_depth) {
  StrictJson out;
  const auto fail = [&](size_t offset, std::string message, std::string path = {}) {
    out.failed = true;
    out.error_offset = offset;
    out.error = std::move(message);
    out.error_path = std::move(path);
    out.root = json();
    return std::move(out);
  };
  if (IsBlank(text)) return fail(0, "the file is empty");
  if (const auto deep = FindNestingTooDeep(text, max_depth)) {
    return fail(deep->offset,
                "nested too deeply: more than " + std::to_string(max_depth) + " levels of arrays and objects",
                deep->path);
  }

  NonThrowingDomParser parser(out.root);
  json::sax_parse(text.begin(), text.end(), &parser, nlohmann::detail::input_format_t::json,
                  /*strict=*/true, /*ignore_comments=*/false);
  // nlohmann reads a NUL byte outside a string as the end of the input: "{…}\0anything" would
  // load, and a NUL inside the document would read as the file ending early.
  const size_t nul = text.find('\0');
  if (nul != std::string_view::npos &&
      (!parser.failed() || parser.what().find("unexpected end of input") != std::string::npos)) {
    return fail(nul, "not valid JSON: a NUL byte (U+0000), which JSON text cannot contain "
                     "(is this a UTF-16 file? save it as UTF-8)");
  }
  if (parser.failed()) {
    LocatedMessage explained = ExplainParseError(text, parser);
    return fail(explained.offset, std::move(explained.message));
  }
  out.duplicate_keys = std::move(parser.duplicate_keys());
  return out;
}

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

}  // namespace mm::load
