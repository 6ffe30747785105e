// timeline_test.cpp — the "why now" scale, where events sit on it, ticks, label lanes and date wording.
//
// Built on a small story made in code (the bundled story has its own tests), shaped like the
// article's: the call six weeks before the leak, a cluster around the leak, reactions after it.
#include "core/timeline.h"

#include <gtest/gtest.h>

#include "test_dates.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>

namespace mm {
namespace {

using test::Around;
using test::Day;

int64_t DayNum(int y, int m, int d) { return Day(y, m, d).DayNumber(); }

Event MakeEvent(const char* id, Date date, EventKind kind) {
  Event e;
  e.id = id;
  e.title = id;
  e.date = date;
  e.kind = kind;
  return e;
}

Story WhyNowStory() {
  Story s;
  s.events.push_back(MakeEvent("call", Day(2025, 10, 14), EventKind::Context));
  s.events.push_back(MakeEvent("zelensky", Around(2025, 11, 25), EventKind::Context));
  s.events.push_back(MakeEvent("leak", Day(2025, 11, 25), EventKind::Act));
  s.events.push_back(MakeEvent("talks", Around(2025, 11, 25), EventKind::Context));
  s.events.push_back(MakeEvent("russia", Day(2025, 11, 26), EventKind::Reaction));
  s.events.push_back(MakeEvent("kyiv", Day(2025, 11, 27), EventKind::Reaction));
  return s;
}

constexpr float kX0 = 100, kX1 = 1100;

// ---- scale --------------------------------------------------------------------------------------

TEST(TimelineScale, DomainAndFocusFromStory) {
  const TimelineScale s = MakeTimelineScale(WhyNowStory(), kX0, kX1);
  EXPECT_EQ(s.day0, DayNum(2025, 10, 14) - 3);
  EXPECT_EQ(s.day1, DayNum(2025, 11, 27) + 5 + 1);
  EXPECT_EQ(s.focus0, DayNum(2025, 11, 21));
  EXPECT_EQ(s.focus1, DayNum(2025, 11, 30));
  EXPECT_FLOAT_EQ(s.focus_share, 0.6f);
  EXPECT_TRUE(s.InFocus(static_cast<double>(DayNum(2025, 11, 25))));
  EXPECT_FALSE(s.InFocus(static_cast<double>(DayNum(2025, 11, 30))));
  EXPECT_FALSE(s.InFocus(static_cast<double>(DayNum(2025, 10, 14))));
}

TEST(TimelineScale, DescOverridesDefaults) {
  TimelineScaleDesc d;
  d.pad_days_before = 10;
  d.pad_days_after = 2;
  d.focus_days_before = 1;
  d.focus_days_after = 2;
  d.focus_share = 0.3f;
  const TimelineScale s = MakeTimelineScale(WhyNowStory(), kX0, kX1, d);
  EXPECT_EQ(s.day0, DayNum(2025, 10, 4));
  EXPECT_EQ(s.day1, DayNum(2025, 11, 30));
  EXPECT_EQ(s.focus0, DayNum(2025, 11, 24));
  EXPECT_EQ(s.focus1, DayNum(2025, 11, 28));
  EXPECT_NEAR(s.X(static_cast<double>(s.focus1)) - s.X(static_cast<double>(s.focus0)), 0.3f * 1000, 0.01);
}

TEST(TimelineScale, EndpointsAndClamping) {
  const TimelineScale s = MakeTimelineScale(WhyNowStory(), kX0, kX1);
  EXPECT_FLOAT_EQ(s.X(static_cast<double>(s.day0)), kX0);
  EXPECT_FLOAT_EQ(s.X(static_cast<double>(s.day1)), kX1);
  EXPECT_FLOAT_EQ(s.X(static_cast<double>(s.day0) - 1000), kX0);
  EXPECT_FLOAT_EQ(s.X(static_cast<double>(s.day1) + 1000), kX1);
  EXPECT_FLOAT_EQ(s.X(std::numeric_limits<double>::quiet_NaN()), kX0);
  EXPECT_DOUBLE_EQ(s.Day(kX0 - 50), static_cast<double>(s.day0));
  EXPECT_DOUBLE_EQ(s.Day(kX1 + 50), static_cast<double>(s.day1));
}

TEST(TimelineScale, MonotonicIncreasing) {
  const TimelineScale s = MakeTimelineScale(WhyNowStory(), kX0, kX1);
  float prev = s.X(static_cast<double>(s.day0));
  for (double d = static_cast<double>(s.day0) + 0.25; d <= static_cast<double>(s.day1); d += 0.25) {
    const float x = s.X(d);
    EXPECT_GT(x, prev) << "day " << d;
    prev = x;
  }
}

TEST(TimelineScale, XAndDayAreInverse) {
  const TimelineScale s = MakeTimelineScale(WhyNowStory(), kX0, kX1);
  for (double d = static_cast<double>(s.day0); d <= static_cast<double>(s.day1); d += 0.125) {
    EXPECT_NEAR(s.Day(s.X(d)), d, 1e-3) << "day " << d;
  }
  for (float x = kX0; x <= kX1; x += 0.5f) {
    EXPECT_NEAR(s.X(s.Day(x)), x, 1e-3) << "x " << x;
  }
}

TEST(TimelineScale, FocusWindowGetsItsShare) {
  const TimelineScale s = MakeTimelineScale(WhyNowStory(), kX0, kX1);
  const float focus_width = s.X(static_cast<double>(s.focus1)) - s.X(static_cast<double>(s.focus0));
  EXPECT_NEAR(focus_width, 600, 0.01);
  // The focus window is 9 days of 53: far more than its linear share.
  const float before = s.X(static_cast<double>(s.focus0)) - kX0;
  const float after = kX1 - s.X(static_cast<double>(s.focus1));
  EXPECT_NEAR(before + after, 400, 0.01);
  // The 3 days after the focus window still get a readable minimum, not 3/44 of the rest.
  EXPECT_GE(after, 0.15f * 400 - 0.01f);
  EXPECT_GT(before, after);
  // Days in focus are wider than days outside it.
  const double leak = static_cast<double>(DayNum(2025, 11, 25));
  const double call = static_cast<double>(DayNum(2025, 10, 14));
  EXPECT_GT(s.X(leak + 1) - s.X(leak), 5 * (s.X(call + 1) - s.X(call)));
}

TEST(TimelineScale, NoLeakMeansLinear) {
  Story story = WhyNowStory();
  for (Event& e : story.events) {
    if (e.kind == EventKind::Act) e.kind = EventKind::Context;
  }
  const TimelineScale s = MakeTimelineScale(story, kX0, kX1);
  EXPECT_EQ(s.focus0, s.focus1);
  const double mid = (static_cast<double>(s.day0) + static_cast<double>(s.day1)) / 2;
  EXPECT_NEAR(s.X(mid), (kX0 + kX1) / 2, 0.01);
  EXPECT_FALSE(s.InFocus(mid));
}

TEST(TimelineScale, LeakAtTheEdgeWidensTheDomain) {
  Story story;
  story.events.push_back(MakeEvent("leak", Day(2025, 11, 25), EventKind::Act));
  const TimelineScale s = MakeTimelineScale(story, kX0, kX1);
  EXPECT_LE(s.day0, s.focus0);
  EXPECT_GE(s.day1, s.focus1);
  // Only the focus segment and a sliver after it: still monotonic and invertible.
  for (double d = static_cast<double>(s.day0); d <= static_cast<double>(s.day1); d += 0.5) {
    EXPECT_NEAR(s.Day(s.X(d)), d, 1e-3);
  }
}

TEST(TimelineScale, FocusCoveringWholeDomainTakesAllWidth) {
  TimelineScale s;
  s.day0 = 0;
  s.day1 = 10;
  s.focus0 = -5;  // partly outside: clamped
  s.focus1 = 20;
  s.x0 = 0;
  s.x1 = 100;
  EXPECT_NEAR(s.X(5), 50, 1e-4);
  EXPECT_NEAR(s.Day(25), 2.5, 1e-4);
}

TEST(TimelineScale, EachNonEmptySegmentGetsWidth) {
  TimelineScale s;
  s.day0 = 0;
  s.day1 = 1000;
  s.focus0 = 1;   // one day before the focus…
  s.focus1 = 999; // …and one after
  s.x0 = 0;
  s.x1 = 1000;
  s.focus_share = 0.99f;  // clamped to 0.95
  EXPECT_GT(s.X(1) - s.X(0), 1.0f);
  EXPECT_GT(s.X(1000) - s.X(999), 1.0f);
  EXPECT_NEAR(s.X(999) - s.X(1), 950, 0.01);
}

TEST(TimelineScale, DegenerateInputsDoNotMisbehave) {
  const TimelineScale empty = MakeTimelineScale(Story{}, kX0, kX1);
  EXPECT_LT(empty.day0, empty.day1);
  EXPECT_FLOAT_EQ(empty.X(0), kX0);

  TimelineScale point;  // day1 == day0
  point.day0 = point.day1 = 5;
  point.x0 = 10;
  point.x1 = 20;
  EXPECT_FLOAT_EQ(point.X(5), 10);
  EXPECT_DOUBLE_EQ(point.Day(15), 5);

  TimelineScale zero_width = MakeTimelineScale(WhyNowStory(), 50, 50);
  EXPECT_FLOAT_EQ(zero_width.X(static_cast<double>(zero_width.focus0)), 50);
  EXPECT_TRUE(std::isfinite(zero_width.Day(50)));

  TimelineScale bad_share = MakeTimelineScale(WhyNowStory(), kX0, kX1);
  bad_share.focus_share = std::numeric_limits<float>::quiet_NaN();
  EXPECT_NEAR(bad_share.X(static_cast<double>(bad_share.focus1)) - bad_share.X(static_cast<double>(bad_share.focus0)),
              600, 0.01);
}

TEST(TimelineScale, ReversedAxisIsMonotonicAndInvertible) {
  const TimelineScale s = MakeTimelineScale(WhyNowStory(), kX1, kX0);  // right-to-left
  float prev = s.X(static_cast<double>(s.day0));
  EXPECT_FLOAT_EQ(prev, kX1);
  for (double d = static_cast<double>(s.day0) + 0.5; d <= static_cast<double>(s.day1); d += 0.5) {
    EXPECT_LT(s.X(d), prev);
    prev = s.X(d);
    EXPECT_NEAR(s.Day(s.X(d)), d, 1e-3);
  }
}

// ---- where events sit -----------------------------------------------------------------------------

TEST(EventPositions, ApproximateEventsClusterByTheirDayInFileOrder) {
  Story s = WhyNowStory();  // "zelensky" and "talks" are around 25 Nov, the leak exactly on it
  s.events.push_back(MakeEvent("later", Around(2025, 12, 3), EventKind::Context));
  s.events.push_back(MakeEvent("also", Around(2025, 11, 25), EventKind::Context));
  const std::vector<std::vector<int>> clusters = ApproximateClusters(s);
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[0], (std::vector<int>{1, 3, 7}));
  EXPECT_EQ(clusters[1], (std::vector<int>{6}));
  EXPECT_TRUE(ApproximateClusters(Story{}).empty());
}

TEST(EventPositions, ExactDatesSitAtMidDay) {
  const Story s = WhyNowStory();
  const std::vector<double> days = AnchorDays(s, {});
  ASSERT_EQ(days.size(), s.events.size());
  for (size_t i = 0; i < s.events.size(); ++i) EXPECT_DOUBLE_EQ(days[i], s.events[i].date.DayNumber() + 0.5);
}

TEST(EventPositions, AClusterIsSpreadEvenlyAroundItsDayInFileOrder) {
  const Story s = WhyNowStory();
  const std::vector<double> days = AnchorDays(s, ApproximateClusters(s));
  const double mid = DayNum(2025, 11, 25) + 0.5;
  EXPECT_DOUBLE_EQ(days[1], mid - 0.7) << "two events, 1.4 days apart, centred on their day";
  EXPECT_DOUBLE_EQ(days[3], mid + 0.7);
  EXPECT_DOUBLE_EQ(days[2], mid) << "the exact-date act between them does not move";
  EXPECT_DOUBLE_EQ(days[4], DayNum(2025, 11, 26) + 0.5);
}

TEST(EventPositions, ALargeClusterStaysWithinThreeDaysOfItsDay) {
  Story s;
  for (int i = 0; i < 100; ++i) s.events.push_back(MakeEvent("around", Around(2025, 11, 25), EventKind::Context));
  const std::vector<double> days = AnchorDays(s, ApproximateClusters(s));
  const double mid = DayNum(2025, 11, 25) + 0.5;
  EXPECT_DOUBLE_EQ(days.front(), mid - 3.0);
  EXPECT_DOUBLE_EQ(days.back(), mid + 3.0);
  for (size_t i = 1; i < days.size(); ++i) EXPECT_GT(days[i], days[i - 1]) << "file order is kept";
  const Story one = [] {
    Story st;
    st.events.push_back(MakeEvent("alone", Around(2025, 11, 25), EventKind::Context));
    return st;
  }();
  EXPECT_DOUBLE_EQ(AnchorDays(one, ApproximateClusters(one))[0], mid) << "a cluster of one sits on its day";
}

TEST(EventPositions, ClusterIndicesOutsideTheStoryAreIgnored) {
  const Story s = WhyNowStory();
  const std::vector<double> days = AnchorDays(s, {{-1, 99, 1}});
  ASSERT_EQ(days.size(), s.events.size());
  EXPECT_DOUBLE_EQ(days[1], DayNum(2025, 11, 25) + 0.5 + 1.4) << "the third of three, 1.4 days past the middle";
}

TEST(MergedTicks, RoundSortAndMergeMarksThatTouch) {
  EXPECT_TRUE(MergedTicks({}).empty());
  const std::vector<Span> runs = MergedTicks({30.4f, 10.0f, 11.2f, 13.0f, 20.6f, 10.0f});
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_FLOAT_EQ(runs[0].x0, 10.0f);  // 10, 10, 11 and 13 (a one-pixel gap still reads as one band)
  EXPECT_FLOAT_EQ(runs[0].x1, 14.0f);
  EXPECT_FLOAT_EQ(runs[1].x0, 21.0f);  // 20.6 rounds to 21
  EXPECT_FLOAT_EQ(runs[1].x1, 22.0f);
  EXPECT_FLOAT_EQ(runs[2].x0, 30.0f);
  EXPECT_FLOAT_EQ(runs[2].x1, 31.0f);
  const std::vector<Span> apart = MergedTicks({0.0f, 3.0f});
  EXPECT_EQ(apart.size(), 2u) << "a two-pixel gap keeps two marks";
}

// ---- ticks --------------------------------------------------------------------------------------

void ExpectWellFormedTicks(const std::vector<Tick>& ticks, float min_spacing) {
  for (size_t i = 1; i < ticks.size(); ++i) {
    EXPECT_LT(ticks[i - 1].day, ticks[i].day);
    EXPECT_GE(ticks[i].x - ticks[i - 1].x, min_spacing) << ticks[i - 1].label << " / " << ticks[i].label;
  }
  for (const Tick& t : ticks) EXPECT_FALSE(t.label.empty());
}

std::map<std::string, Tick> ByLabel(const std::vector<Tick>& ticks) {
  std::map<std::string, Tick> m;
  for (const Tick& t : ticks) m[t.label] = t;
  return m;
}

TEST(TimelineTicks, SortedAndSpacedForManySpacings) {
  const TimelineScale s = MakeTimelineScale(WhyNowStory(), kX0, kX1);
  for (float spacing : {0.0f, 5.0f, 20.0f, 40.0f, 66.0f, 150.0f, 400.0f, 2000.0f}) {
    SCOPED_TRACE(spacing);
    const std::vector<Tick> ticks = MakeTicks(s, spacing);
    ExpectWellFormedTicks(ticks, spacing);
    EXPECT_FALSE(ticks.empty());
    for (const Tick& t : ticks) {
      EXPECT_GE(t.day, s.day0);
      EXPECT_LT(t.day, s.day1);
      EXPECT_FLOAT_EQ(t.x, s.X(static_cast<double>(t.day)));
    }
  }
}

TEST(TimelineTicks, EveryFocusDayWhenThereIsRoom) {
  const TimelineScale s = MakeTimelineScale(WhyNowStory(), kX0, kX1);
  const std::vector<Tick> ticks = MakeTicks(s, 20);
  const auto by_label = ByLabel(ticks);
  for (int d = 21; d <= 30; ++d) {
    const std::string label = std::to_string(d) + " Nov";
    ASSERT_TRUE(by_label.count(label)) << label;
    EXPECT_EQ(by_label.at(label).day, DayNum(2025, 11, d));
  }
  // Focus bounds are major, plain focus days are not.
  EXPECT_TRUE(by_label.at("21 Nov").major);
  EXPECT_TRUE(by_label.at("30 Nov").major);
  EXPECT_FALSE(by_label.at("25 Nov").major);
}

TEST(TimelineTicks, MonthStartsAndMondaysOutsideFocus) {
  const TimelineScale s = MakeTimelineScale(WhyNowStory(), kX0, kX1);
  const auto by_label = ByLabel(MakeTicks(s, 20));
  ASSERT_TRUE(by_label.count("Nov"));
  EXPECT_EQ(by_label.at("Nov").day, DayNum(2025, 11, 1));
  EXPECT_TRUE(by_label.at("Nov").major);
  // 2025-10-20 is a Monday, outside the focus window.
  ASSERT_TRUE(by_label.count("20 Oct"));
  EXPECT_EQ(by_label.at("20 Oct").day, DayNum(2025, 10, 20));
  EXPECT_FALSE(by_label.at("20 Oct").major);
  // Tuesdays outside the focus are not ticks.
  EXPECT_FALSE(by_label.count("14 Oct"));
  for (const auto& [label, tick] : by_label) {
    if (!s.InFocus(static_cast<double>(tick.day)) && tick.day != s.focus1 && !tick.major) {
      EXPECT_EQ(((tick.day + 3) % 7 + 7) % 7, 0) << label << " should be a Monday";
    }
  }
}

TEST(TimelineTicks, CrampedAxisKeepsTheLeakDay) {
  const TimelineScale s = MakeTimelineScale(WhyNowStory(), 0, 300);  // 20 px per focus day
  const std::vector<Tick> ticks = MakeTicks(s, 36);
  ExpectWellFormedTicks(ticks, 36);
  const auto by_label = ByLabel(ticks);
  EXPECT_TRUE(by_label.count("25 Nov"));
  EXPECT_TRUE(by_label.count("Nov"));
  EXPECT_LT(ticks.size(), 12u);
}

TEST(TimelineTicks, YearStartShowsTheYear) {
  TimelineScale s;
  s.day0 = DayNum(2025, 12, 10);
  s.day1 = DayNum(2026, 2, 10);
  s.x0 = 0;
  s.x1 = 800;
  const auto by_label = ByLabel(MakeTicks(s, 30));
  ASSERT_TRUE(by_label.count("2026"));
  EXPECT_EQ(by_label.at("2026").day, DayNum(2026, 1, 1));
  EXPECT_TRUE(by_label.at("2026").major);
  EXPECT_TRUE(by_label.count("Feb"));
}

// Ticks convert day numbers back to calendar dates; that must agree with Date::DayNumber,
// including around leap days and the 2100 non-leap century.
TEST(TimelineTicks, CalendarAgreesWithDayNumber) {
  for (auto [from, to] : {std::pair<int, int>{1999, 2031}, {2099, 2101}}) {
    TimelineScale s;
    s.day0 = DayNum(from, 1, 1);
    s.day1 = DayNum(to, 12, 31);
    s.x0 = 0;
    s.x1 = 1e6f;
    const auto ticks = MakeTicks(s, 0);
    std::map<int64_t, std::string> by_day;
    for (const Tick& t : ticks) by_day[t.day] = t.label;
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int y = from; y <= to; ++y) {
      for (int m = 1; m <= 12; ++m) {
        const int64_t day = DayNum(y, m, 1);
        ASSERT_TRUE(by_day.count(day)) << y << "-" << m;
        EXPECT_EQ(by_day[day], m == 1 ? std::to_string(y) : kMonths[m - 1]) << y << "-" << m;
      }
    }
    for (const Tick& t : ticks) {
      if (!t.major) {
        EXPECT_EQ(((t.day + 3) % 7 + 7) % 7, 0) << t.label;  // Mondays
      }
    }
  }
}

TEST(TimelineTicks, Deterministic) {
  const TimelineScale s = MakeTimelineScale(WhyNowStory(), kX0, kX1);
  const std::vector<Tick> a = MakeTicks(s, 33), b = MakeTicks(s, 33);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].day, b[i].day);
    EXPECT_EQ(a[i].label, b[i].label);
    EXPECT_EQ(a[i].major, b[i].major);
  }
}

TEST(TimelineTicks, HugeOrEmptyDomainsStayCheap) {
  TimelineScale huge;
  huge.day0 = DayNum(1, 1, 1);
  huge.day1 = DayNum(9999, 12, 31);
  huge.focus0 = DayNum(2025, 1, 1);
  huge.focus1 = DayNum(2026, 1, 1);
  huge.x0 = 0;
  huge.x1 = 1000;
  const std::vector<Tick> ticks = MakeTicks(huge, 40);
  ExpectWellFormedTicks(ticks, 40);
  EXPECT_LE(ticks.size(), 26u);

  TimelineScale empty;
  empty.day0 = empty.day1 = 7;
  EXPECT_TRUE(MakeTicks(empty, 10).empty());
  EXPECT_NO_FATAL_FAILURE(MakeTicks(MakeTimelineScale(WhyNowStory(), kX0, kX1), std::nanf("")));
}

// ---- label layout -------------------------------------------------------------------------------

LabelLayoutDesc Range(float x_min, float x_max, float gap = 8, float max_shift = 120, int lanes = 12) {
  LabelLayoutDesc d;
  d.x_min = x_min;
  d.x_max = x_max;
  d.gap = gap;
  d.max_shift = max_shift;
  d.max_lanes = lanes;
  return d;
}

TEST(LayoutLabels, EmptyInput) {
  EXPECT_TRUE(LayoutLabels({}, Range(0, 100)).empty());
  EXPECT_EQ(LanesUsed({}), 0);
  EXPECT_FALSE(AnyOverlaps({}));
}

TEST(LayoutLabels, CentredOnAnchorAndClampedToRange) {
  const auto p = LayoutLabels({{500, 100}, {10, 100}, {995, 100}}, Range(0, 1000));
  ASSERT_EQ(p.size(), 3u);
  EXPECT_FLOAT_EQ(p[0].x, 450);
  EXPECT_FLOAT_EQ(p[1].x, 0);    // clamped left
  EXPECT_FLOAT_EQ(p[2].x, 900);  // clamped right
  for (const auto& l : p) {
    EXPECT_EQ(l.lane, 0);
    EXPECT_FALSE(l.overlaps);
  }
  EXPECT_EQ(LanesUsed(p), 1);
}

TEST(LayoutLabels, ShiftsRightWithinMaxShiftThenTakesNextLane) {
  // Second label wants 120 but lane 0 is busy until 150 + gap 8: shift 38 ≤ 120 keeps lane 0.
  auto p = LayoutLabels({{100, 100}, {170, 100}}, Range(0, 1000));
  EXPECT_EQ(p[1].lane, 0);
  EXPECT_FLOAT_EQ(p[1].x, 158);
  // With a max shift of 10 it moves up a lane instead, at its wanted position.
  p = LayoutLabels({{100, 100}, {170, 100}}, Range(0, 1000, 8, 10));
  EXPECT_EQ(p[1].lane, 1);
  EXPECT_FLOAT_EQ(p[1].x, 120);
}

TEST(LayoutLabels, ShiftMayNotPushPastTheRightEdge) {
  const auto p = LayoutLabels({{900, 100}, {950, 100}}, Range(0, 1000));
  EXPECT_EQ(p[0].lane, 0);
  EXPECT_EQ(p[1].lane, 1);
  EXPECT_LE(p[1].x + 100, 1000);
}

TEST(LayoutLabels, EqualAnchorsStackInFileOrder) {
  const std::vector<LabelRequest> same(5, LabelRequest{400, 200});
  const auto p = LayoutLabels(same, Range(0, 1000, 8, 50));
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(p[static_cast<size_t>(i)].lane, i);
    EXPECT_FLOAT_EQ(p[static_cast<size_t>(i)].x, 300);
    EXPECT_FALSE(p[static_cast<size_t>(i)].overlaps);
  }
  EXPECT_EQ(LanesUsed(p), 5);
}

TEST(LayoutLabels, WideLabelSitsAtLeftAloneInItsLane) {
  const auto p = LayoutLabels({{300, 100}, {500, 5000}, {700, 100}}, Range(0, 1000));
  EXPECT_FLOAT_EQ(p[1].x, 0);
  EXPECT_NE(p[1].lane, p[0].lane);
  EXPECT_NE(p[1].lane, p[2].lane);
  EXPECT_FALSE(AnyOverlaps(p));
}

TEST(LayoutLabels, OutOfLanesFlagsOverlapAndPicksLeastOverlap) {
  // One lane, no shifting: labels are taken left to right by wanted position (50, 50, 310, 350).
  const std::vector<LabelRequest> labels = {{100, 100}, {400, 100}, {100, 100}, {360, 100}};
  const auto p = LayoutLabels(labels, Range(0, 1000, 8, 0, 1));
  EXPECT_FALSE(p[0].overlaps);
  EXPECT_TRUE(p[2].overlaps);  // same spot as label 0 in the only lane
  EXPECT_FLOAT_EQ(p[2].x, 50);  // at its wanted position: the UI switches to list mode anyway
  EXPECT_FALSE(p[3].overlaps);
  EXPECT_TRUE(p[1].overlaps);   // 350 collides with label 3 at [310, 410]
  EXPECT_TRUE(AnyOverlaps(p));
  EXPECT_EQ(LanesUsed(p), 1);

  // Two lanes: an overflowing label goes where it overlaps least.
  //   A [50,150] lane 0; B [80,180] lane 1;
  //   C wants 90: lane 0 would need 158 (overlap 68), lane 1 188 (98) → lane 0, now ending at 190;
  //   D wants 120: lane 0 would need 198 (78), lane 1 188 (68) → lane 1.
  const std::vector<LabelRequest> four = {{100, 100}, {130, 100}, {140, 100}, {170, 100}};
  const auto q = LayoutLabels(four, Range(0, 1000, 8, 0, 2));
  EXPECT_EQ(q[0].lane, 0);
  EXPECT_EQ(q[1].lane, 1);
  EXPECT_FALSE(q[0].overlaps || q[1].overlaps);
  EXPECT_TRUE(q[2].overlaps);
  EXPECT_EQ(q[2].lane, 0);
  EXPECT_TRUE(q[3].overlaps);
  EXPECT_EQ(q[3].lane, 1);
}

TEST(LayoutLabels, OutOfLanesCollapsesWhenAsked) {
  // The same input as above, one lane: instead of overlapping, labels 1 and 2 are left out.
  const std::vector<LabelRequest> labels = {{100, 100}, {400, 100}, {100, 100}, {360, 100}};
  LabelLayoutDesc d = Range(0, 1000, 8, 0, 1);
  d.collapse_overflow = true;
  const auto p = LayoutLabels(labels, d);
  EXPECT_FALSE(p[0].collapsed || p[3].collapsed);
  EXPECT_TRUE(p[1].collapsed && p[2].collapsed);
  EXPECT_EQ(p[2].lane, -1);
  EXPECT_FLOAT_EQ(p[2].x, 50);  // where it wanted to be
  EXPECT_FALSE(AnyOverlaps(p));
  EXPECT_EQ(CollapsedCount(p), 2);
  EXPECT_EQ(LanesUsed(p), 1);
}

TEST(LayoutLabels, ThousandsOnOneDayStayInTheirLanes) {
  // 5,000 labels on a 1,280 px axis, hundreds on the same x: bounded lanes, nothing overlaps,
  // and what does not fit is collapsed, never dropped.
  std::mt19937 rng(5000);
  std::vector<LabelRequest> labels(5000);
  for (size_t i = 0; i < labels.size(); ++i) {
    labels[i].anchor = i % 3 == 0 ? 640.0f : std::uniform_real_distribution<float>(0, 1280)(rng);
    labels[i].width = std::uniform_real_distribution<float>(50, 210)(rng);
  }
  LabelLayoutDesc d = Range(0, 1280, 8, 150, 6);
  d.collapse_overflow = true;
  const auto p = LayoutLabels(labels, d);
  EXPECT_LE(LanesUsed(p), 6);
  EXPECT_FALSE(AnyOverlaps(p));
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i].collapsed) continue;
    for (size_t j = i + 1; j < p.size(); ++j) {
      if (p[j].collapsed || p[i].lane != p[j].lane) continue;
      ASSERT_TRUE(p[i].x + labels[i].width + 8 <= p[j].x + 1e-3f || p[j].x + labels[j].width + 8 <= p[i].x + 1e-3f)
          << i << " and " << j << " overlap in lane " << p[i].lane;
    }
  }
  const int collapsed = CollapsedCount(p);
  EXPECT_GT(collapsed, 4000);
  const auto markers = OverflowMarkers(labels, p, 0, 1280, 56);
  EXPECT_LE(markers.size(), 1280u / 56u);
  size_t listed = 0;
  for (size_t m = 0; m < markers.size(); ++m) {
    EXPECT_GE(markers[m].x1 - markers[m].x0, 56.0f);
    if (m > 0) {
      EXPECT_LE(markers[m - 1].x1, markers[m].x0 + 1e-3f) << "markers overlap";
    }
    for (int i : markers[m].labels) {
      EXPECT_TRUE(p[static_cast<size_t>(i)].collapsed);
      EXPECT_GE(labels[static_cast<size_t>(i)].anchor, markers[m].x0 - 1e-3f);
      EXPECT_LE(labels[static_cast<size_t>(i)].anchor, markers[m].x1 + 1e-3f);
    }
    EXPECT_TRUE(std::is_sorted(markers[m].labels.begin(), markers[m].labels.end()));
    listed += markers[m].labels.size();
  }
  EXPECT_EQ(listed, static_cast<size_t>(collapsed)) << "every collapsed label is in exactly one marker";
}

TEST(OverflowMarkers, BinsAndEdgeCases) {
  const std::vector<LabelRequest> labels = {{5, 10}, {99, 10}, {100, 10}, {1000, 10}, {-50, 10}};
  std::vector<LabelPlacement> p(labels.size());
  for (auto& l : p) l.collapsed = true;
  p[1].collapsed = false;
  // 300 px in bins of at least 100: three bins; anchors outside the range go to the end bins.
  const auto m = OverflowMarkers(labels, p, 0, 300, 100);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].labels, (std::vector<int>{0, 4}));
  EXPECT_EQ(m[1].labels, (std::vector<int>{2}));
  EXPECT_EQ(m[2].labels, (std::vector<int>{3}));
  EXPECT_FLOAT_EQ(m[2].x1, 300);
  // A bin wider than the range: one bin. Empty or inverted ranges and non-finite widths: no crash.
  EXPECT_EQ(OverflowMarkers(labels, p, 0, 300, 1000).size(), 1u);
  EXPECT_TRUE(OverflowMarkers(labels, p, 300, 0, 100).empty());
  EXPECT_EQ(OverflowMarkers(labels, p, 0, 300, std::numeric_limits<float>::quiet_NaN()).size(), 1u);
  EXPECT_FALSE(OverflowMarkers(labels, p, 0, 300, 1e-30f).empty());
  EXPECT_TRUE(OverflowMarkers({}, {}, 0, 300, 100).empty());
}

TEST(LayoutLabels, NonFiniteInputsAreTamed) {
  const float nan = std::numeric_limits<float>::quiet_NaN(), inf = std::numeric_limits<float>::infinity();
  LabelLayoutDesc d = Range(0, 500);
  d.max_lanes = 0;  // at least one lane is always used
  const auto p = LayoutLabels({{nan, 50}, {100, nan}, {inf, 50}, {-inf, -5}}, d);
  ASSERT_EQ(p.size(), 4u);
  for (const auto& l : p) {
    EXPECT_TRUE(std::isfinite(l.x));
    EXPECT_GE(l.x, 0);
    EXPECT_LE(l.x, 500);
    EXPECT_EQ(l.lane, 0);
  }
}

struct Interval {
  float x, right;
};

// Property test: random inputs never overlap within a lane (unless flagged), stay within the
// range when they fit, never shift left or beyond max_shift, and are deterministic.
TEST(LayoutLabels, RandomInputsNeverOverlap) {
  std::mt19937 rng(20251125);
  auto uniform = [&](float lo, float hi) { return std::uniform_real_distribution<float>(lo, hi)(rng); };
  auto integer = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  int cases_with_overlap = 0, cases_without = 0;
  for (int c = 0; c < 1000; ++c) {
    SCOPED_TRACE(c);
    const float x_min = uniform(-200, 200), x_max = x_min + uniform(0, 1500);
    const LabelLayoutDesc desc = Range(x_min, x_max, uniform(0, 20), uniform(0, 200), integer(1, 12));
    std::vector<LabelRequest> labels(static_cast<size_t>(integer(0, 60)));
    for (LabelRequest& l : labels) {
      // Mostly ordinary labels, some clustered on equal anchors, a few wider than the range.
      l.anchor = integer(0, 4) == 0 ? x_min + 300 : uniform(x_min - 100, x_max + 100);
      l.width = integer(0, 40) == 0 ? uniform(x_max - x_min, x_max - x_min + 500) : uniform(0, 250);
    }
    const auto p = LayoutLabels(labels, desc);
    ASSERT_EQ(p.size(), labels.size());

    std::vector<std::vector<Interval>> lanes(static_cast<size_t>(desc.max_lanes));
    for (size_t i = 0; i < p.size(); ++i) {
      ASSERT_GE(p[i].lane, 0);
      ASSERT_LT(p[i].lane, desc.max_lanes);
      const float w = labels[i].width;
      if (w <= x_max - x_min) {
        EXPECT_GE(p[i].x, x_min - 1e-3f);
        EXPECT_LE(p[i].x + w, x_max + 1e-3f);
        const float wanted = std::clamp(labels[i].anchor - w / 2, x_min, x_max - w);
        EXPECT_GE(p[i].x, wanted - 1e-3f);
        EXPECT_LE(p[i].x - wanted, desc.max_shift + 1e-3f);
      } else {
        EXPECT_FLOAT_EQ(p[i].x, x_min);
      }
      if (!p[i].overlaps) lanes[static_cast<size_t>(p[i].lane)].push_back({p[i].x, p[i].x + w});
    }
    for (auto& lane : lanes) {
      std::sort(lane.begin(), lane.end(), [](const Interval& a, const Interval& b) { return a.x < b.x; });
      for (size_t k = 1; k < lane.size(); ++k) {
        ASSERT_GE(lane[k].x - lane[k - 1].right, desc.gap - 1e-3f) << "lane overlap";
      }
    }
    // Enough lanes for one label each: nothing may overlap.
    if (labels.size() <= static_cast<size_t>(desc.max_lanes)) {
      EXPECT_FALSE(AnyOverlaps(p));
    }
    (AnyOverlaps(p) ? cases_with_overlap : cases_without)++;

    const auto again = LayoutLabels(labels, desc);
    for (size_t i = 0; i < p.size(); ++i) {
      ASSERT_EQ(again[i].x, p[i].x);
      ASSERT_EQ(again[i].lane, p[i].lane);
    }
  }
  // The generator exercises both regimes.
  EXPECT_GT(cases_with_overlap, 50);
  EXPECT_GT(cases_without, 50);
}

TEST(LayoutLabels, FourHundredEventsInTwelveLanes) {
  std::mt19937 rng(400);
  std::vector<LabelRequest> labels(400);
  for (LabelRequest& l : labels) {
    l.anchor = std::uniform_real_distribution<float>(0, 20000)(rng);
    l.width = std::uniform_real_distribution<float>(40, 160)(rng);
  }
  const auto p = LayoutLabels(labels, Range(0, 20000));
  EXPECT_FALSE(AnyOverlaps(p));
  EXPECT_LE(LanesUsed(p), 12);
}

}  // namespace
}  // namespace mm
