// fuzz_common.h — shared checks for the libFuzzer harnesses (tests/fuzz, cmake/Fuzz.cmake).
//
// A harness fails by calling Fail(), which prints what broke and aborts: libFuzzer then saves the
// input as crash-<sha1>. The sanitizers (ASan + UBSan, -fno-sanitize-recover) catch the rest.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace mm::fuzz {

[[noreturn]] inline void Fail(const char* what, std::string_view detail = {}) {
  std::fprintf(stderr, "\n*** motive-matrix fuzz invariant broken: %s\n", what);
  if (!detail.empty()) {
    std::fprintf(stderr, "    %.*s\n", static_cast<int>(detail.size() > 400 ? 400 : detail.size()),
                 detail.data());
  }
  std::abort();
}

#define MM_FUZZ_CHECK(cond, detail) \
  do {                              \
    if (!(cond)) ::mm::fuzz::Fail(#cond, (detail)); \
  } while (0)

// Strict UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF).
inline bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len = 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (i + len > n) return false;
    const unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    if (c1 < lo || c1 > hi) return false;
    for (size_t k = 2; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

}  // namespace mm::fuzz
