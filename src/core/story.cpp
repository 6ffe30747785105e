// story.cpp — the small pieces of behaviour the story model carries: calendar arithmetic and
// the names of its enums.
#include "story.h"

#include <cstdio>

namespace mm {
namespace {

// Floor division, so that years before 1 AD still land on the right day.
int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

bool IsLeapYear(int64_t year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

// Days from 0001-01-01 to January 1st of `year` in the proleptic Gregorian calendar.
int64_t DaysBeforeYear(int64_t year) {
  const int64_t y = year - 1;
  return y * 365 + FloorDiv(y, 4) - FloorDiv(y, 100) + FloorDiv(y, 400);
}

int DaysBeforeMonth(int64_t year, int month) {
  static const int kCumulative[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  // A Date that failed validation must still not index out of bounds.
  if (month < 1) month = 1;
  if (month > 12) month = 12;
  return kCumulative[month - 1] + (month > 2 && IsLeapYear(year) ? 1 : 0);
}

}  // namespace

int64_t Date::DayNumber() const {
  static const int64_t kEpoch = DaysBeforeYear(1970);
  const int d = day < 1 ? 1 : day;
  return DaysBeforeYear(year) - kEpoch + DaysBeforeMonth(year, month) + (d - 1);
}

std::string Date::Iso() const {
  char buffer[32];
  if (precision == DatePrecision::Month) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  }
  return buffer;
}

const char* ToString(EvidenceKind k) {
  switch (k) {
    case EvidenceKind::ReportedFact: return "fact";
    case EvidenceKind::Attributed: return "attributed";
    case EvidenceKind::Analysis: return "analysis";
  }
  return "analysis";
}

const char* Describe(EvidenceKind k) {
  switch (k) {
    case EvidenceKind::ReportedFact: return "Reported fact";
    case EvidenceKind::Attributed: return "Attributed statement";
    case EvidenceKind::Analysis: return "Article\xE2\x80\x99s analysis";
  }
  return "Article\xE2\x80\x99s analysis";
}

const char* ToString(EventKind k) {
  switch (k) {
    case EventKind::Call: return "call";
    case EventKind::Leak: return "leak";
    case EventKind::Context: return "context";
    case EventKind::Reaction: return "reaction";
  }
  return "context";
}

const char* ToString(SourceKind k) {
  switch (k) {
    case SourceKind::Opinion: return "opinion";
    case SourceKind::News: return "news";
    case SourceKind::Official: return "official";
    case SourceKind::Analysis: return "analysis";
    case SourceKind::Other: return "other";
  }
  return "other";
}

const char* ToString(DatePrecision p) {
  switch (p) {
    case DatePrecision::Day: return "day";
    case DatePrecision::Month: return "month";
    case DatePrecision::Approximate: return "approximate";
  }
  return "day";
}

const char* DescribeStrength(int strength) {
  if (strength <= 1) return "weak";
  if (strength == 2) return "argued";
  return "strong";
}

}  // namespace mm
