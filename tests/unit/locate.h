// locate.h — line:column of a byte offset, counted by the tests independently of the loader's own
// LineIndex ("\n" line ends only; the tests' inputs have no "\r"). Shared by the loader, the
// bad-story catalogue and the quote check tests.
#pragma once

#include <cstddef>
#include <string>

namespace mm::test {

struct At {
  int line = 0;
  int column = 0;
};

inline At LocateOffset(const std::string& text, size_t offset) {
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, static_cast<int>(offset - line_start + 1)};
}

}  // namespace mm::test
