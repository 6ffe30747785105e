// strtod.cpp — libc's strtod, strtof and strtold for the web build, without musl's 128-bit soft float.
//
// Emscripten's libc (musl) answers strtod with __floatscan, which computes in long double: on
// wasm32 that is IEEE binary128 in software (__multf3, __divtf3, __addtf3…), 6.6 KB of strtod
// alone and ≈ 6 KB brotli with what it pulls (docs/benchmarks.md, "Levers"). The callers are
// nlohmann/json's number lexer (std::strtod for a number with a fraction or an exponent; it
// checks the end pointer), SDL's SDL_atof (hints) and libc++ (std::stof, std::stold…, which the
// explainer never calls; its references are why strtof, strtold and the _l forms are here:
// musl defines all six in one object, and one of them left to musl would bring back the rest).
// Defining them here means the linker never takes musl's object.
//
// What is parsed is exactly C's subject sequence, as musl and glibc read it: leading isspace,
// a sign, then "inf"/"infinity", "nan" or "nan(chars)" (any case), a hexadecimal float
// "0x…[.…][p±…]" or a decimal "…[.…][e±…]"; an exponent is taken only when it has a digit; *end
// is set after the longest such prefix, or to s itself when there is none (then the result is 0
// and errno EINVAL, as musl). The sign applies to every form, 0 and NaN included (-0.0; "-nan"
// has its sign bit set, as glibc and C11 7.22.1.3 say; musl ignores it there; NaN payloads of
// "nan(…)" are ignored, as musl).
//
// Decimal → binary, correctly rounded: the digits are handed to the browser's Number(), whose
// ToNumber on a StringNumericLiteral is correctly rounded (round to nearest, ties to even) in
// V8, SpiderMonkey and JavaScriptCore, for any number of digits (each falls back on big-number
// arithmetic for the hard cases, as glibc does). ECMAScript itself would let an engine look at
// only the first 20 significant digits; those engines do not, and tests/browser/strtod.test.mjs
// checks V8 against glibc with inputs of up to 5,000 digits. The decimal grammar C and
// ECMAScript accept for these characters is the same (digits, an optional point, an optional e
// with a sign and digits: "1.", ".5", "1.e5" included), and only the span this file has already
// checked is passed, so Number() never sees a form C would read otherwise. That is the whole
// reason for the choice: an exact decimal conversion in C needs big-number arithmetic or tables
// of powers (which is what costs in musl), and every browser already has one.
//
// strtof: Number() gives the double nearest the decimal value x, and casting that double to
// float could round twice. It cannot go wrong except at one kind of double: a midpoint m
// between two adjacent floats (or between FLT_MAX and 2^128, or 0 and the least subnormal).
// Every such midpoint is itself a double (25 significant bits at most, exponent within double
// range), and rounding to nearest is monotonic, so x < m gives d ≤ m and x > m gives d ≥ m:
// when d is no midpoint, d and x lie strictly between the same two midpoints and round to the
// same float. When d is a midpoint, the exact comparison of x with d (BigInt, below) decides:
// above rounds up, below rounds down, equal keeps the cast's ties-to-even.
//
// Hexadecimal floats are parsed here exactly (64 bits of significand and a sticky bit, one
// rounding to nearest-even at the target's precision, subnormals included).
//
// errno = ERANGE when the result overflows to ±inf, or underflows: it is tiny (rounded to the
// format's precision with an unbounded exponent, it would be below the least normal value: IEEE
// 754's "after rounding") and not the exact value (0 from nonzero digits included). That is
// glibc's rule, and the one tests/browser/strtod.test.mjs checks on thousands of inputs. musl's
// own strtod (checked with the same probe) is not consistent about it, because it computes in
// binary128 and rounds where the result lands: it sets ERANGE for 1e-400 and
// 2.2250738585072011e-308 but not for 4.9e-324 (as inexact a subnormal), not for
// 2.2250738585072012e-308 (which rounds up to DBL_MIN), and for hexadecimal input only when the
// result is 0 (0x1p1024 gives inf without ERANGE). Nothing in the explainer reads errno after
// these calls (nlohmann/json checks only the end pointer); libc++'s std::stod would, and gets the
// standard's answer.
//
// strtold: long double is binary128 on wasm32; parsing it exactly is what needs the soft float
// this file exists to leave out. strtold returns strtod's double, widened: the same syntax, end
// pointer and errno, and exact for every value a double holds, but not correctly rounded for
// inputs that need more than 53 bits. Nothing in the explainer reads a long double.
#include <emscripten.h>
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

namespace {

// The decimal span [p, p + n), unsigned and already checked to be C's decimal form, as the
// nearest double (see above).
EM_JS(double, mm_js_decimal, (const char* p, int n), { return Number(UTF8ToString(p, n)); });

// The sign of (x · 2^k − (a + b)), where x is the unsigned decimal span [p, p + n) and a, b
// finite doubles: all are made integers (x = digits · 10^e, a + b = y / 2^j) and compared as
// BigInts. Called only for a float midpoint or a result near or below the least normal value,
// so the powers stay within a few thousand bits unless the span itself is that long.
EM_JS(int, mm_js_decimal_compare, (const char* p, int n, double a, double b, int k), {
  var s = UTF8ToString(p, n).toLowerCase(), e = 0, i = s.indexOf("e"), j = 0, x, y;
  if (i >= 0) { e = Number(s.slice(i + 1)); s = s.slice(0, i); }
  i = s.indexOf(".");
  if (i >= 0) { e -= s.length - i - 1; s = s.slice(0, i) + s.slice(i + 1); }
  while (a % 1 || b % 1) { a *= 2; b *= 2; j++; }
  x = BigInt(s) << BigInt(j);
  y = BigInt(a) + BigInt(b);
  if (k > 0) x <<= BigInt(k); else y <<= BigInt(-k);
  if (e > 0) x *= BigInt(10) ** BigInt(e); else y *= BigInt(10) ** BigInt(-e);
  return x > y ? 1 : x < y ? -1 : 0;
});
int CompareDecimal(const char* p, int n, double d) { return mm_js_decimal_compare(p, n, d, 0.0, 0); }

bool IsSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
int HexValue(char c) {
  if (IsDigit(c)) return c - '0';
  int l = c | 32;
  return l >= 'a' && l <= 'f' ? l - 'a' + 10 : -1;
}
bool IsNanChar(char c) { return IsDigit(c) || ((c | 32) >= 'a' && (c | 32) <= 'z') || c == '_'; }

// How many leading characters of s match word, ignoring case (word is lower case).
size_t Match(const char* s, const char* word) {
  size_t i = 0;
  while (word[i] && (s[i] | 32) == word[i]) ++i;
  return i;
}

// An exponent "[+-]digits" at p (after the e or p): its value, clamped far beyond any
// exponent that matters, and the end; or p itself when there is no digit.
const char* ScanExponent(const char* p, long long* value) {
  bool negative = *p == '-';
  const char* q = p + (*p == '+' || *p == '-');
  if (!IsDigit(*q)) return p;
  long long v = 0;
  for (; IsDigit(*q); ++q) v = v < 100000000 ? v * 10 + (*q - '0') : v;
  *value = negative ? -v : v;
  return q;
}

// The target format: significand bits, least exponent of the last bit (subnormals), greatest
// exponent of the first, least normal value.
struct Format {
  int bits;
  int min_exponent;
  int max_exponent;
  double min_normal;
};
constexpr Format kDouble{53, -1074, 1023, 2.2250738585072014e-308};
constexpr Format kFloat{24, -149, 127, 1.17549435082228750797e-38};

// m · 2^e (plus a sticky bit below m's last bit) rounded to nearest-even at the bit of
// exponent q: the integer k with k · 2^q nearest; *inexact when k · 2^q is not the value.
uint64_t RoundAt(uint64_t m, long long e, bool sticky, long long q, bool* inexact) {
  if (q <= e) {  // nothing to drop (a sticky bit implies 64-bit m, so q > e then)
    *inexact = false;
    return m << (e - q);  // the callers' q keep this within 64 bits
  }
  long long shift = q - e;
  uint64_t rest = shift >= 64 ? m : m & ((uint64_t(1) << shift) - 1);
  uint64_t kept = shift >= 64 ? 0 : m >> shift;
  bool above_half = false, half = false;
  if (shift <= 64) {  // beyond, m < 2^64 ≤ 2^(shift − 1): below half the last bit
    uint64_t h = uint64_t(1) << (shift - 1);
    above_half = rest > h;
    half = rest == h;
  }
  *inexact = rest != 0 || sticky;
  return kept + (above_half || (half && (sticky || (kept & 1))));
}

int BitLength(uint64_t k) { return 64 - __builtin_clzll(k); }

// m · 2^e (plus a sticky bit), m ≠ 0, rounded once to nearest-even in the format; sets ERANGE
// on overflow and when the result is tiny (rounded with an unbounded exponent, it would be below
// the least normal value: IEEE 754's "after rounding", as glibc) and inexact.
double RoundBinary(uint64_t m, long long e, bool sticky, const Format& f) {
  long long q = e + BitLength(m) - f.bits;  // the exponent of the last bit, unbounded
  bool inexact = false;
  uint64_t unbounded = RoundAt(m, e, sticky, q, &inexact);
  long long top = q + BitLength(unbounded) - 1;
  if (top > f.max_exponent) {
    errno = ERANGE;
    return INFINITY;
  }
  bool tiny = top < f.min_exponent + f.bits - 1;
  if (q < f.min_exponent) q = f.min_exponent;
  uint64_t kept = RoundAt(m, e, sticky, q, &inexact);
  if (kept == 0 || (tiny && inexact)) errno = ERANGE;
  return kept == 0 ? 0.0 : ldexp(double(kept), int(q));  // exact: kept has at most bits + 1 bits
}

// A hexadecimal float after "0x" (the caller has checked that a hex digit comes first, after an
// optional point): its magnitude in the format, *end after it.
double ScanHex(const char* p, const char** end, const Format& f) {
  uint64_t m = 0;
  long long e = 0;
  bool sticky = false, point = false;
  for (;; ++p) {
    if (*p == '.' && !point) {
      point = true;
      continue;
    }
    int v = HexValue(*p);
    if (v < 0) break;
    if (m < (uint64_t(1) << 60)) {
      m = m * 16 + v;
      if (point) e -= 4;
    } else {
      sticky |= v != 0;
      if (!point) e += 4;
    }
  }
  if ((*p | 32) == 'p') {
    long long x = 0;
    const char* after = ScanExponent(p + 1, &x);
    if (after != p + 1) {
      p = after;
      e += x;
    }
  }
  *end = p;
  return m == 0 ? 0.0 : RoundBinary(m, e, sticky, f);
}

// The end of a decimal "digits[.digits][e[+-]digits]" at p, or p when it has no digit;
// *nonzero says whether any significand digit is not 0.
const char* ScanDecimal(const char* p, bool* nonzero) {
  const char* q = p;
  bool digit = false;
  *nonzero = false;
  for (; IsDigit(*q); ++q) digit = true, *nonzero |= *q != '0';
  if (*q == '.') {
    for (++q; IsDigit(*q); ++q) digit = true, *nonzero |= *q != '0';
  }
  if (!digit) return p;
  if ((*q | 32) == 'e') {
    long long unused = 0;
    const char* after = ScanExponent(q + 1, &unused);
    if (after != q + 1) q = after;
  }
  return q;
}

// Whether d ≥ 0 lies exactly halfway between two adjacent floats (FLT_MAX and 2^128, 0 and the
// least subnormal included).
bool IsFloatMidpoint(double d) {
  if (!isfinite(d)) return false;
  int exponent = 0;
  frexp(d, &exponent);  // d = [0.5, 1) · 2^exponent
  int last = exponent - kFloat.bits;  // the exponent of a float's last bit at d's size
  if (last < kFloat.min_exponent) last = kFloat.min_exponent;
  double t = ldexp(d, 1 - last);  // < 2^25, and an odd integer exactly at a midpoint
  long long i = (long long)t;
  return t == double(i) && (i & 1);
}

// The decimal span's magnitude in the format, correctly rounded, with ERANGE as described above.
double DecimalToBinary(const char* p, int n, const Format& f) {
  double d = mm_js_decimal(p, n);
  double r = d;
  if (f.bits == kFloat.bits) {
    if (IsFloatMidpoint(d)) {
      int c = CompareDecimal(p, n, d);
      if (c != 0) d = nextafter(d, c > 0 ? INFINITY : 0.0);  // off the midpoint, on x's side
    }
    // At or past the midpoint between FLT_MAX and 2^128 (a tie there goes to the even 2^128),
    // the float is inf; a C++ cast of a double beyond the float range would be undefined.
    r = d >= 0x1.ffffffp127 ? INFINITY : float(d);
  }
  if (isinf(r)) {
    errno = ERANGE;
  } else if (r < f.min_normal) {
    // Tiny: ERANGE unless the result is the decimal value exactly. r is exact only if d is
    // (d is the nearest double to it), and 0 never is (the caller has a nonzero digit).
    if (r == 0 || r != d || CompareDecimal(p, n, r) != 0) errno = ERANGE;
  } else if (r == f.min_normal) {
    // Rounded up to the least normal value from below it? Tiny all the same when x lies below
    // min_normal − 2^(e_min − bits − 1), where rounding with an unbounded exponent stays below
    // min_normal. Compared as x · 2^64 with two doubles, as that bound is no double itself.
    double scaled = ldexp(f.min_normal, 64);
    if (mm_js_decimal_compare(p, n, scaled, -ldexp(scaled, -f.bits - 1), 64) < 0) errno = ERANGE;
  }
  return r;
}

double Parse(const char* s, char** end, const Format& f) {
  const char* p = s;
  while (IsSpace(*p)) ++p;
  bool negative = *p == '-';
  if (*p == '+' || *p == '-') ++p;
  double r = 0.0;
  size_t n = Match(p, "infinity");
  if (n >= 3) {
    p += n == 8 ? 8 : 3;
    r = INFINITY;
  } else if (Match(p, "nan") == 3) {
    p += 3;
    if (*p == '(') {
      const char* q = p + 1;
      while (IsNanChar(*q)) ++q;
      if (*q == ')') p = q + 1;
    }
    r = NAN;
  } else if (p[0] == '0' && (p[1] | 32) == 'x' &&
             (HexValue(p[2]) >= 0 || (p[2] == '.' && HexValue(p[3]) >= 0))) {
    r = ScanHex(p + 2, &p, f);
  } else {
    bool nonzero = false;
    const char* q = ScanDecimal(p, &nonzero);
    if (q == p) {  // no number at all
      if (end) *end = const_cast<char*>(s);
      errno = EINVAL;
      return 0.0;
    }
    if (nonzero) r = DecimalToBinary(p, int(q - p), f);
    p = q;
  }
  if (end) *end = const_cast<char*>(p);
  return negative ? -r : r;
}

}  // namespace

extern "C" {

double strtod(const char* s, char** end) { return Parse(s, end, kDouble); }
float strtof(const char* s, char** end) { return float(Parse(s, end, kFloat)); }
long double strtold(const char* s, char** end) { return Parse(s, end, kDouble); }

// musl's forms with a locale (which its strtod.c defines beside the three above): the C locale's
// decimal point is the only one the web build has.
struct __locale_struct;
double strtod_l(const char* s, char** end, struct __locale_struct*) { return strtod(s, end); }
float strtof_l(const char* s, char** end, struct __locale_struct*) { return strtof(s, end); }
long double strtold_l(const char* s, char** end, struct __locale_struct*) { return strtold(s, end); }

}  // extern "C"
