// test_dates.h — dates for stories built in the tests: a day (or a month, a year) and the same
// "around" it, as the loader would make them from "2025-11-25" with "precision": "approximate".
#pragma once

#include "core/calendar.h"

namespace mm::test {

inline Date Day(int y, int m, int d, DatePrecision p = DatePrecision::Day, bool approximate = false) {
  Date date;
  date.year = y;
  date.month = m;
  date.day = d;
  date.precision = p;
  date.approximate = approximate;
  return date;
}

// "around 25 Nov 2025": the source gives no exact date.
inline Date Around(int y, int m, int d) { return Day(y, m, d, DatePrecision::Day, true); }

}  // namespace mm::test
