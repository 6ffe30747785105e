// calendar.cpp — date arithmetic and ISO date parsing (see calendar.h).
#include "calendar.h"

#include <cstdio>

namespace mm {

bool IsLeapYear(int64_t year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

int DaysInMonth(int64_t year, int month) {
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 31;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

int64_t DaysFromCivil(int64_t year, int month, int day) {
  year -= month <= 2 ? 1 : 0;
  const int64_t era = (year >= 0 ? year : year - 399) / 400;
  const int64_t yoe = year - era * 400;
  const int64_t doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;                                       // [0, 146096]
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
  const int64_t mp = (5 * doy + 2) / 153;                                     // [0, 11], March = 0
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

int64_t Date::DayNumber() const {
  // A Date that failed validation must still give a number, never index out of bounds.
  const int m = month < 1 ? 1 : month > 12 ? 12 : month;
  const int d = day < 1 ? 1 : day > DaysInMonth(year, m) ? DaysInMonth(year, m) : day;
  return DaysFromCivil(year, precision == DatePrecision::Year ? 1 : m,
                       precision == DatePrecision::Day ? d : 1);
}

std::string Date::Iso() const {
  char buffer[40];
  switch (precision) {
    case DatePrecision::Year: std::snprintf(buffer, sizeof buffer, "%04d", year); break;
    case DatePrecision::Month: std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month); break;
    case DatePrecision::Day:
    default: std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day); break;
  }
  return buffer;
}

bool Date::operator<(const Date& o) const {
  const int64_t a = DayNumber(), b = o.DayNumber();
  if (a != b) return a < b;
  // Coarser first: Year (2) before Month (1) before Day (0).
  return static_cast<int>(precision) > static_cast<int>(o.precision);
}

DateCheck ParseIsoDate(std::string_view s, Date* out) {
  const auto digits = [&](size_t at, size_t count, int& value) {
    value = 0;
    for (size_t k = at; k < at + count; ++k) {
      if (s[k] < '0' || s[k] > '9') return false;
      value = value * 10 + (s[k] - '0');
    }
    return true;
  };
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return DateCheck::NotADate;
  Date d;
  if (!digits(0, 4, d.year)) return DateCheck::NotADate;
  d.precision = DatePrecision::Year;
  if (s.size() >= 7) {
    if (s[4] != '-' || !digits(5, 2, d.month)) return DateCheck::NotADate;
    d.precision = DatePrecision::Month;
  }
  if (s.size() == 10) {
    if (s[7] != '-' || !digits(8, 2, d.day)) return DateCheck::NotADate;
    d.precision = DatePrecision::Day;
  }
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > DaysInMonth(d.year, d.month)) {
    return DateCheck::NotInCalendar;
  }
  if (out) *out = d;
  return DateCheck::Ok;
}

}  // namespace mm
