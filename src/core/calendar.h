// calendar.h — the one home of date arithmetic: the story's Date, parsing ISO dates at the
// precision they were given, and day numbers in the proleptic Gregorian calendar.
//
// Words for dates ("around June 1999") are not here but in wording.h: this file only counts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace mm {

// How finely a date is given: the granularity of the ISO string ("1999", "1999-06", "1999-06-14").
enum class DatePrecision : uint8_t { Day, Month, Year };

struct Date {
  int year = 0, month = 1, day = 1;  // month and day are 1 when the date does not give them
  DatePrecision precision = DatePrecision::Day;
  // The source gives no exact date; the event is placed "around" it. Independent of precision:
  // "around June 1999" is an approximate Month date.
  bool approximate = false;

  // Days since 1970-01-01 of the first day of the period; the timeline's unit.
  int64_t DayNumber() const;
  // "2025-11-25", "2025-11" or "2025": the date at the precision it was given.
  std::string Iso() const;
  // The documented sort order (docs/story-format.md, "Dates"): by the first day of the period;
  // on the same first day a year comes before a month, and a month before a day.
  bool operator<(const Date& o) const;
};

bool IsLeapYear(int64_t year);
int DaysInMonth(int64_t year, int month);  // month 1–12

// Days since 1970-01-01 and back (Howard Hinnant's civil-date algorithms).
struct CivilDate {
  int64_t year = 1970;
  int month = 1, day = 1;
};
int64_t DaysFromCivil(int64_t year, int month, int day);
CivilDate CivilFromDays(int64_t days);

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" → Date with that precision (not approximate).
enum class DateCheck { Ok, NotADate, NotInCalendar };
DateCheck ParseIsoDate(std::string_view text, Date* out);

}  // namespace mm
