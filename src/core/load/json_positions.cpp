// json_positions.cpp — a tolerant JSON token walker that records where each value starts.
//
// It is not a validator: nlohmann decides whether the text is JSON. The walker only has to agree
// with nlohmann on valid text and to stay in bounds and terminate on anything else.
#include "core/load/json_positions.h"

#include <algorithm>
#include <cstring>

#include "core/ascii.h"
#include "core/utf8.h"

namespace mm {
namespace {

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsStructural(char c) {
  return c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':' || c == '"';
}

// `start` is at an opening quote; returns the offset just past the closing quote, or the end of
// the text when the string is unterminated.
size_t SkipString(std::string_view text, size_t start) {
  for (size_t i = start + 1; i < text.size(); ++i) {
    if (text[i] == '"') return i + 1;
    if (text[i] == '\\') ++i;  // skip the escaped character, whatever it is
  }
  return text.size();
}

// Numbers and literals run until the next structural character or whitespace.
size_t SkipScalar(std::string_view text, size_t start) {
  size_t i = start + 1;
  while (i < text.size() && !IsStructural(text[i]) && !IsJsonSpace(text[i])) ++i;
  return i;
}

// Four hex digits at text[i..i+4), or -1.
long ReadHex4(std::string_view text, size_t i) {
  if (i + 4 > text.size()) return -1;
  long value = 0;
  for (size_t k = 0; k < 4; ++k) {
    const int digit = HexValue(text[i + k]);
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

// Decodes the JSON string between quotes [begin, end) the way nlohmann does, so that a key
// written as "na\u006de" yields the same pointer ("/name") as the parsed DOM.
std::string DecodeString(std::string_view text, size_t begin, size_t end) {
  const std::string_view raw = text.substr(begin, end - begin);
  if (raw.find('\\') == std::string_view::npos) return std::string(raw);
  std::string out;
  out.reserve(end - begin);
  size_t i = begin;
  while (i < end) {
    const char c = text[i];
    if (c != '\\' || i + 1 >= end) {
      out += c;
      ++i;
      continue;
    }
    const char e = text[i + 1];
    i += 2;
    switch (e) {
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        long cp = ReadHex4(text, i);
        if (cp < 0) break;
        i += 4;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= end && text[i] == '\\' && text[i + 1] == 'u') {
          const long low = ReadHex4(text, i + 2);
          if (low >= 0xDC00 && low <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
          }
        }
        AppendUtf8(out, static_cast<char32_t>(cp));
        break;
      }
      default: out += e; break;  // \" \\ \/ and anything nlohmann would have rejected
    }
  }
  return out;
}

}  // namespace

// ---- LineIndex ------------------------------------------------------------------------------

LineIndex::LineIndex(std::string_view text) : text_size_(text.size()) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      line_starts_.push_back(i + 1);
    } else if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      line_starts_.push_back(i + 1);
    }
  }
}

LineColumn LineIndex::At(size_t offset) const {
  if (offset == kUnknownOffset) return {};
  offset = std::min(offset, text_size_);
  // The last line start at or before the offset.
  const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const size_t line = static_cast<size_t>(after - line_starts_.begin());
  return {static_cast<int>(line), static_cast<int>(offset - line_starts_[line - 1] + 1)};
}

// ---- JSON Pointer ---------------------------------------------------------------------------

void AppendJsonPointerToken(std::string& pointer, std::string_view key) {
  pointer += '/';
  if (key.find_first_of("~/") == std::string_view::npos) {
    pointer.append(key);
    return;
  }
  for (const char c : key) {
    if (c == '~') {
      pointer += "~0";
    } else if (c == '/') {
      pointer += "~1";
    } else {
      pointer += c;
    }
  }
}

std::string JsonPointerChild(std::string_view parent, std::string_view key) {
  std::string out(parent);
  AppendJsonPointerToken(out, key);
  return out;
}

std::string JsonPointerChild(std::string_view parent, size_t index) {
  std::string out(parent);
  out += '/';
  out += std::to_string(index);
  return out;
}

// ---- the walker -----------------------------------------------------------------------------

namespace {

// One pass over the tokens, calling on_value(path, value_offset, key_offset) for every value.
// With kTrackPath the pointer of each value is kept up to date incrementally (for the position
// map); without it no string is built until a container nests too deeply, so the pre-parse
// depth check costs little more than reading the bytes. Returns the first too-deep container.
template <bool kTrackPath, class OnValue>
std::optional<NestingTooDeep> Walk(std::string_view text, size_t max_depth, OnValue&& on_value) {
  struct Frame {
    bool is_object;
    size_t index;       // current item, for arrays
    size_t key_begin;   // current member's key (between the quotes), for objects
    size_t key_end;
    size_t path_len;    // length of the container's own pointer (kTrackPath only)
  };
  std::vector<Frame> stack;
  std::string path;                    // pointer of the value expected next (kTrackPath only)
  size_t key_offset = kUnknownOffset;  // key of the member whose value comes next
  bool expect_value = true;            // the root
  bool expect_key = false;

  const auto path_from_frames = [&] {
    std::string out;
    for (const Frame& frame : stack) {
      if (frame.is_object) {
        AppendJsonPointerToken(out, DecodeString(text, frame.key_begin, frame.key_end));
      } else {
        out += '/';
        out += std::to_string(frame.index);
      }
    }
    return out;
  };
  const auto value_at = [&](size_t offset) {
    if (!expect_value) return;  // a stray token in text that is not JSON
    expect_value = false;
    on_value(path, offset, key_offset);
    key_offset = kUnknownOffset;
  };

  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    const char c = text[i];
    if (IsJsonSpace(c)) {
      ++i;
      continue;
    }
    switch (c) {
      case '{':
      case '[': {
        if (stack.size() >= max_depth) {
          return NestingTooDeep{i, stack.size() + 1, kTrackPath ? path : path_from_frames()};
        }
        value_at(i);
        stack.push_back(Frame{c == '{', 0, i, i, path.size()});
        if (c == '[') {
          if (kTrackPath) path += "/0";
          expect_value = true;
        } else {
          expect_key = true;
          expect_value = false;
        }
        ++i;
        break;
      }
      case '}':
      case ']':
        if (!stack.empty()) {
          if (kTrackPath) path.resize(stack.back().path_len);
          stack.pop_back();
        }
        expect_value = expect_key = false;
        ++i;
        break;
      case ',':
        if (!stack.empty()) {
          Frame& frame = stack.back();
          if (kTrackPath) path.resize(frame.path_len);
          if (frame.is_object) {
            expect_key = true;
            expect_value = false;
          } else {
            ++frame.index;
            if (kTrackPath) {
              path += '/';
              path += std::to_string(frame.index);
            }
            expect_value = true;
          }
        }
        ++i;
        break;
      case ':':
        // The member's pointer was set when its key was read.
        expect_value = !stack.empty() && stack.back().is_object;
        expect_key = false;
        ++i;
        break;
      case '"': {
        const size_t end = SkipString(text, i);
        if (expect_key && !stack.empty() && stack.back().is_object) {
          Frame& frame = stack.back();
          frame.key_begin = i + 1;
          frame.key_end = end > i + 1 && text[end - 1] == '"' ? end - 1 : end;
          if (kTrackPath) {
            path.resize(frame.path_len);
            AppendJsonPointerToken(path, DecodeString(text, frame.key_begin, frame.key_end));
          }
          key_offset = i;
          expect_key = false;
        } else {
          value_at(i);
        }
        i = end;
        break;
      }
      default:
        value_at(i);
        i = SkipScalar(text, i);
        break;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<NestingTooDeep> FindNestingTooDeep(std::string_view text, size_t max_depth) {
  return Walk<false>(text, max_depth, [](const std::string&, size_t, size_t) {});
}

// ---- JsonPositions --------------------------------------------------------------------------

JsonPositions JsonPositions::Scan(std::string_view text, size_t max_depth) {
  JsonPositions result;
  // Roughly one value per 25 bytes in pretty-printed stories; avoids most rehashing.
  result.entries_.reserve(text.size() / 25 + 16);
  result.too_deep_ = Walk<true>(text, max_depth, [&](const std::string& path, size_t value, size_t key) {
    const auto [it, inserted] = result.entries_.try_emplace(path, Entry{value, key});
    if (!inserted) {
      it->second = Entry{value, key};
      if (key != kUnknownOffset) result.duplicate_keys_.push_back(path);
    }
  });
  return result;
}

JsonPositions JsonPositions::Scan(std::string_view text, const std::unordered_set<std::string>& wanted,
                                  size_t max_depth) {
  JsonPositions result;
  result.entries_.reserve(wanted.size());
  result.too_deep_ = Walk<true>(text, max_depth, [&](const std::string& path, size_t value, size_t key) {
    if (wanted.find(path) == wanted.end()) return;
    const auto [it, inserted] = result.entries_.try_emplace(path, Entry{value, key});
    if (!inserted) {
      it->second = Entry{value, key};
      if (key != kUnknownOffset) result.duplicate_keys_.push_back(path);
    }
  });
  return result;
}

size_t JsonPositions::ValueOffset(const std::string& pointer) const {
  const auto it = entries_.find(pointer);
  return it == entries_.end() ? kUnknownOffset : it->second.value;
}

size_t JsonPositions::KeyOffset(const std::string& pointer) const {
  const auto it = entries_.find(pointer);
  return it == entries_.end() ? kUnknownOffset : it->second.key;
}

size_t JsonPositions::NearestValueOffset(const std::string& pointer) const {
  std::string p = pointer;
  while (true) {
    const size_t offset = ValueOffset(p);
    if (offset != kUnknownOffset || p.empty()) return offset;
    const size_t slash = p.rfind('/');
    p.resize(slash == std::string::npos ? 0 : slash);
  }
}

}  // namespace mm
