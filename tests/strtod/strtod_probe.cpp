// strtod_probe.cpp — one line per input saying what strtod and strtof made of it, from the same code natively (glibc, the reference) and in wasm (src/platform/strtod.cpp).
//
// tests/browser/strtod.test.mjs runs both on the same inputs and compares the lines. A line is
// "<double> <end> <errno> <float> <end> <errno>": the result's bits in hex ("nan" / "-nan" for
// a NaN, whose payload C leaves open), the end pointer as an offset, and "R" for ERANGE ("-"
// otherwise: glibc leaves errno alone when nothing is parsed, musl sets EINVAL, and so does the
// wasm build: mm_strtold_agrees checks that case on its own).
//   native: strtod_reference < inputs   (one input a line, hex-encoded bytes)
//   wasm:   mm_strtod_probe(input) → the line; mm_strtold_agrees(input) → 1 when strtold and
//           the _l forms answer as strtod and strtof do (wasm only: glibc's long double is x87's)
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

namespace {

char line[160];

void Describe(char* out, size_t size, double value, bool is_float, const char* s, const char* end, int err) {
  char bits[24];
  if (isnan(value)) {
    snprintf(bits, sizeof bits, "%s", signbit(value) ? "-nan" : "nan");
  } else if (is_float) {
    float f = float(value);
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    snprintf(bits, sizeof bits, "%08x", unsigned(u));
  } else {
    uint64_t u;
    memcpy(&u, &value, sizeof u);
    snprintf(bits, sizeof bits, "%016llx", (unsigned long long)u);
  }
  snprintf(out, size, "%s %ld %s", bits, long(end - s), err == ERANGE ? "R" : "-");
}

const char* Probe(const char* s) {
  char* end = nullptr;
  errno = 0;
  double d = strtod(s, &end);
  char first[64];
  Describe(first, sizeof first, d, false, s, end, errno);
  errno = 0;
  float f = strtof(s, &end);
  char second[64];
  Describe(second, sizeof second, f, true, s, end, errno);
  snprintf(line, sizeof line, "%s %s", first, second);
  return line;
}

}  // namespace

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <locale.h>

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* mm_strtod_probe(const char* s) { return Probe(s); }

// strtold (binary128 here) is strtod's double widened (src/platform/strtod.cpp), with the same
// end and errno; the _l forms are the plain ones, errno included; and when nothing is parsed
// (the end at the start) errno is EINVAL, as musl's.
EMSCRIPTEN_KEEPALIVE int mm_strtold_agrees(const char* s) {
  char *end_d = nullptr, *end_ld = nullptr, *end_dl = nullptr, *end_ldl = nullptr, *end_fl = nullptr,
       *end_f = nullptr;
  int err[6];
  errno = 0;
  double d = strtod(s, &end_d);
  err[0] = errno;
  errno = 0;
  long double ld = strtold(s, &end_ld);
  err[1] = errno;
  locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
  errno = 0;
  double dl = strtod_l(s, &end_dl, c);
  err[2] = errno;
  errno = 0;
  long double ldl = strtold_l(s, &end_ldl, c);
  err[3] = errno;
  errno = 0;
  float f = strtof(s, &end_f);
  err[4] = errno;
  errno = 0;
  float fl = strtof_l(s, &end_fl, c);
  err[5] = errno;
  freelocale(c);
  auto same = [](long double a, long double b) {
    return (isnan(a) && isnan(b) && signbit(a) == signbit(b)) || (a == b && signbit(a) == signbit(b));
  };
  const bool nothing = end_d == s;
  return end_d == end_ld && end_d == end_dl && end_d == end_ldl && end_f == end_fl && err[0] == err[1] &&
         err[0] == err[2] && err[0] == err[3] && err[4] == err[5] && same(ld, d) && same(dl, d) && same(ldl, d) &&
         same(fl, f) && (!nothing || (err[0] == EINVAL && err[4] == EINVAL));
}

}  // extern "C"

#else

int main() {
  // Each input line is hex-encoded so that any byte (spaces, tabs, newlines) can be tested.
  static char buffer[1 << 18];
  static char input[1 << 17];
  while (fgets(buffer, sizeof buffer, stdin)) {
    size_t n = 0;
    for (const char* p = buffer; p[0] && p[1] && p[0] != '\n' && n + 1 < sizeof input; p += 2) {
      unsigned byte = 0;
      sscanf(p, "%2x", &byte);
      input[n++] = char(byte);
    }
    input[n] = 0;
    puts(Probe(input));
  }
  return 0;
}

#endif
