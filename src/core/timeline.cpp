// timeline.cpp — the "why now" axis: piecewise-linear date scale, event positions, ticks and their labels, label lanes.
//
// Everything here is pure arithmetic on the story's dates, deterministic and allocation-light,
// so the ImGui panel can call it every frame and the tests can pin exact results.
#include "timeline.h"

#include "wording.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <set>

namespace mm {
namespace {

// ---- calendar arithmetic is calendar.h's; tick words are wording.h's ---------------------------

bool IsMonday(int64_t day) { return ((day + 3) % 7 + 7) % 7 == 0; }  // 1970-01-01 was a Thursday

// ---- the piecewise scale -----------------------------------------------------------------------

// Neither side of the focus window may shrink below this share of the width left outside it:
// the call is six weeks before the leak and the reactions a few days after, and both must stay
// visible (a purely proportional split would give the reactions a sliver).
constexpr double kMinOutsideShare = 0.15;
constexpr double kMinFocusShare = 0.05, kMaxFocusShare = 0.95, kDefaultFocusShare = 0.6;

struct Segment {
  double d0, d1;  // days [d0, d1]
  double xa, xb;  // pixels
};

struct Piecewise {
  Segment seg[3];
  int count = 0;
};

Piecewise MakePiecewise(const TimelineScale& s) {
  const double day0 = static_cast<double>(s.day0);
  const double day1 = static_cast<double>(std::max(s.day1, s.day0));
  const double x0 = s.x0, x1 = s.x1, width = x1 - x0;  // signed: a reversed axis also works
  const double f0 = std::clamp(static_cast<double>(s.focus0), day0, day1);
  const double f1 = std::clamp(static_cast<double>(s.focus1), f0, day1);
  const double before = f0 - day0, focus = f1 - f0, after = day1 - f1;

  Piecewise p;
  if (focus <= 0 || day1 <= day0) {  // no focus window: one linear segment
    p.seg[p.count++] = {day0, day1, x0, x1};
    return p;
  }
  double share = s.focus_share;
  if (!std::isfinite(share) || share <= 0) share = kDefaultFocusShare;
  share = std::clamp(share, kMinFocusShare, kMaxFocusShare);
  if (before <= 0 && after <= 0) share = 1;

  const double outside = width * (1 - share);
  double before_share = 0;  // of `outside`
  if (before > 0 && after > 0) {
    before_share = std::clamp(before / (before + after), kMinOutsideShare, 1 - kMinOutsideShare);
  } else if (before > 0) {
    before_share = 1;
  }
  const double xb = x0 + outside * before_share;  // focus starts
  const double xf = xb + width * share;            // focus ends
  if (before > 0) p.seg[p.count++] = {day0, f0, x0, xb};
  p.seg[p.count++] = {f0, f1, xb, after > 0 ? xf : x1};
  if (after > 0) p.seg[p.count++] = {f1, day1, xf, x1};
  return p;
}

}  // namespace

float TimelineScale::X(double day) const {
  const Piecewise p = MakePiecewise(*this);
  if (std::isnan(day)) return x0;
  day = std::clamp(day, p.seg[0].d0, p.seg[p.count - 1].d1);
  for (int i = 0; i < p.count; ++i) {
    const Segment& s = p.seg[i];
    if (day <= s.d1 || i == p.count - 1) {
      if (s.d1 <= s.d0) return static_cast<float>(s.xa);
      return static_cast<float>(s.xa + (day - s.d0) / (s.d1 - s.d0) * (s.xb - s.xa));
    }
  }
  return x1;  // unreachable: the loop always returns on its last segment
}

double TimelineScale::Day(float x) const {
  const Piecewise p = MakePiecewise(*this);
  if (std::isnan(x)) return p.seg[0].d0;
  const double lo = std::min(x0, x1), hi = std::max(x0, x1);
  const double xc = std::clamp(static_cast<double>(x), lo, hi);
  for (int i = 0; i < p.count; ++i) {
    const Segment& s = p.seg[i];
    const double span = s.xb - s.xa;
    if (span == 0) continue;  // zero width (x0 == x1): nothing to invert here
    const double t = (xc - s.xa) / span;
    if ((t >= 0 && t <= 1) || i == p.count - 1) {
      return s.d0 + std::clamp(t, 0.0, 1.0) * (s.d1 - s.d0);
    }
  }
  return p.seg[0].d0;
}

TimelineScale MakeTimelineScale(const Story& story, float x0, float x1, const TimelineScaleDesc& desc) {
  TimelineScale scale;
  scale.x0 = x0;
  scale.x1 = x1;
  scale.focus_share = desc.focus_share > 0 ? desc.focus_share : static_cast<float>(kDefaultFocusShare);
  if (story.events.empty()) return scale;

  // Placement uses the first day of the period (story.h); don't rely on the sort order.
  int64_t first = std::numeric_limits<int64_t>::max(), last = std::numeric_limits<int64_t>::min();
  const Event* act = nullptr;
  for (const Event& e : story.events) {
    const int64_t d = e.date.DayNumber();
    first = std::min(first, d);
    last = std::max(last, d);
    if (!act && e.kind == EventKind::Act) act = &e;
  }
  auto or_default = [](int value, int fallback) { return value > 0 ? value : fallback; };
  scale.day0 = first - or_default(desc.pad_days_before, 3);
  scale.day1 = last + or_default(desc.pad_days_after, 5) + 1;  // exclusive end
  if (act) {
    const int64_t centre = act->date.DayNumber();
    scale.focus0 = centre - or_default(desc.focus_days_before, 4);
    scale.focus1 = centre + or_default(desc.focus_days_after, 4) + 1;
    // The focus window is the point of the panel: widen the domain rather than cut it off.
    scale.day0 = std::min(scale.day0, scale.focus0);
    scale.day1 = std::max(scale.day1, scale.focus1);
  }
  return scale;
}

// ---- ticks ---------------------------------------------------------------------------------------
namespace {

// Above these spans per-day / per-week candidates are pointless (they would all be dropped for
// spacing) and only cost time, so a hand-made scale over centuries stays cheap.
constexpr int64_t kMaxDailyFocusDays = 2000;
constexpr int64_t kMaxWeeklyCandidates = 5000;    // ~ a century of Mondays
constexpr int64_t kMaxMonthlyCandidates = 2400;   // two centuries of month starts

struct TickCandidate {
  Tick tick;
  int priority = 0;  // higher survives when two are too close
};

// The focus window's days are labelled "25 Nov"; outside it month starts read "Nov" and weeks
// "20 Oct"; a year start reads "2026" everywhere (the only place the year appears on the axis).
bool Classify(const TimelineScale& scale, bool daily_focus, int64_t day, TickCandidate* out) {
  const CivilDate c = CivilFromDays(day);
  const bool month_start = c.day == 1;
  const int64_t f0 = scale.focus0, f1 = scale.focus1;
  const bool in_focus = daily_focus && day >= f0 && day <= f1;  // f1: the window's right edge
  out->tick.day = day;
  out->tick.x = scale.X(static_cast<double>(day));
  out->tick.major = false;
  if (month_start && c.month == 1) {
    out->tick.label = std::to_string(c.year);
    out->tick.major = true;
    out->priority = 6;
  } else if (in_focus) {
    out->tick.label = Words(StoryNames{}).DayMonth(c.day, c.month);
    const int64_t centre = f0 + (f1 - f0 - 1) / 2;  // the leak, with the default window
    if (month_start) {
      out->tick.major = true;
      out->priority = 5;
    } else if (day == f0 || day == f1) {
      out->tick.major = true;
      out->priority = 4;
    } else if (day == centre) {
      out->priority = 3;
    } else {
      // When days must be thinned, keep every other day symmetric around the centre.
      out->priority = (day - centre) % 2 == 0 ? 2 : 1;
    }
  } else if (month_start) {
    out->tick.label = Words(StoryNames{}).MonthShort(c.month);
    out->tick.major = true;
    out->priority = 5;
  } else if (IsMonday(day)) {
    out->tick.label = Words(StoryNames{}).DayMonth(c.day, c.month);
    out->priority = 2;
  } else {
    return false;
  }
  return true;
}

std::vector<int64_t> CandidateDays(const TimelineScale& scale, bool daily_focus) {
  std::vector<int64_t> days;
  const int64_t day0 = scale.day0, day1 = scale.day1;
  // Month starts (including year starts); only year starts over centuries.
  const int month_step = (day1 - day0) / 30 <= kMaxMonthlyCandidates ? 1 : 12;
  const CivilDate c = CivilFromDays(day0);
  for (int64_t y = c.year, m = month_step == 1 ? c.month : 1;; m += month_step) {
    if (m > 12) { m -= 12; ++y; }
    const int64_t d = DaysFromCivil(y, static_cast<int>(m), 1);
    if (d >= day1) break;
    if (d >= day0) days.push_back(d);
  }
  // Mondays.
  if ((day1 - day0) / 7 <= kMaxWeeklyCandidates) {
    int64_t d = day0;
    while (!IsMonday(d)) ++d;
    for (; d < day1; d += 7) days.push_back(d);
  }
  // Every day of the focus window, plus its right edge when that is inside the domain.
  if (daily_focus) {
    const int64_t f0 = std::max(scale.focus0, day0), f1 = std::min(scale.focus1, day1 - 1);
    for (int64_t d = f0; d <= f1; ++d) days.push_back(d);
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

}  // namespace

std::vector<Tick> MakeTicks(const TimelineScale& scale, float min_spacing_px) {
  if (scale.day1 <= scale.day0) return {};
  const int64_t focus_days = scale.focus1 - scale.focus0;
  const bool daily_focus = focus_days > 0 && focus_days <= kMaxDailyFocusDays;

  std::vector<TickCandidate> candidates;
  for (int64_t day : CandidateDays(scale, daily_focus)) {
    TickCandidate c;
    if (Classify(scale, daily_focus, day, &c)) candidates.push_back(std::move(c));
  }
  // Greedy by priority, earlier day first among equals: deterministic, and a dropped tick is
  // always the less informative one.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const TickCandidate& a, const TickCandidate& b) { return a.priority > b.priority; });
  const float spacing = std::isfinite(min_spacing_px) ? std::max(0.0f, min_spacing_px) : 0.0f;
  std::set<float> taken;
  std::vector<Tick> ticks;
  for (TickCandidate& c : candidates) {
    const float x = c.tick.x;
    auto next = taken.lower_bound(x);
    if (next != taken.end() && *next - x < spacing) continue;
    if (next != taken.begin() && x - *std::prev(next) < spacing) continue;
    if (spacing == 0 && next != taken.end() && *next == x) continue;  // never two at one x
    taken.insert(x);
    ticks.push_back(std::move(c.tick));
  }
  std::sort(ticks.begin(), ticks.end(), [](const Tick& a, const Tick& b) { return a.day < b.day; });
  return ticks;
}

// ---- label lanes ---------------------------------------------------------------------------------

std::vector<LabelPlacement> LayoutLabels(const std::vector<LabelRequest>& labels, const LabelLayoutDesc& desc) {
  const size_t n = labels.size();
  std::vector<LabelPlacement> out(n);
  if (n == 0) return out;

  auto finite_or = [](float v, float fallback) { return std::isfinite(v) ? v : fallback; };
  const float x_min = finite_or(desc.x_min, 0);
  const float x_max = std::max(x_min, finite_or(desc.x_max, x_min));
  const float gap = std::max(0.0f, finite_or(desc.gap, 0));
  const float max_shift = std::max(0.0f, finite_or(desc.max_shift, 0));
  const int lanes = std::max(1, desc.max_lanes);

  // Where each label wants its left edge; the limit its left edge may not pass.
  struct Want {
    float x, limit, width;
    bool wide;  // wider than the whole range: sits at x_min alone in a lane
  };
  std::vector<Want> want(n);
  for (size_t i = 0; i < n; ++i) {
    const float width = std::max(0.0f, finite_or(labels[i].width, 0));
    const float anchor = finite_or(labels[i].anchor, x_min);
    const bool wide = width > x_max - x_min;
    const float limit = wide ? x_min : x_max - width;
    want[i] = {std::clamp(anchor - width / 2, x_min, limit), limit, width, wide};
  }
  // Left to right by wanted position; equal positions keep file order (stable).
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return want[a].x < want[b].x; });

  // Labels arrive in increasing wanted x and never move left, so each lane only needs the right
  // edge of its last label: O(n · lanes).
  const float kEmpty = -std::numeric_limits<float>::infinity();
  const float kFull = std::numeric_limits<float>::infinity();
  std::vector<float> lane_end(static_cast<size_t>(lanes), kEmpty);

  for (size_t i : order) {
    const Want& w = want[i];
    int chosen = -1;
    float x = w.x;
    for (int lane = 0; lane < lanes && chosen < 0; ++lane) {
      const float end = lane_end[static_cast<size_t>(lane)];
      if (w.wide) {
        if (end == kEmpty) chosen = lane;
        continue;
      }
      const float pos = end == kEmpty ? w.x : std::max(w.x, end + gap);
      if (pos - w.x <= max_shift && pos <= w.limit) {
        chosen = lane;
        x = pos;
      }
    }
    if (chosen < 0 && desc.collapse_overflow) {
      out[i] = {w.x, -1, false, true};
      continue;
    }
    bool overlaps = false;
    if (chosen < 0) {
      // Out of lanes: least overlap at the wanted position (lowest lane among equals).
      overlaps = true;
      float best = kFull;
      for (int lane = 0; lane < lanes; ++lane) {
        const float end = lane_end[static_cast<size_t>(lane)];
        const float overlap = end == kEmpty ? 0 : std::min(w.width + gap, std::max(0.0f, end + gap - w.x));
        if (overlap < best) {
          best = overlap;
          chosen = lane;
        }
      }
      x = w.x;
    }
    float& end = lane_end[static_cast<size_t>(chosen)];
    end = w.wide ? kFull : std::max(end, x + w.width);
    out[i] = {x, chosen, overlaps};
  }
  return out;
}

std::vector<std::vector<int>> ApproximateClusters(const Story& story) {
  std::vector<std::vector<int>> clusters;
  std::vector<int64_t> days;
  for (int i = 0; i < (int)story.events.size(); ++i) {
    const Date& d = story.events[i].date;
    if (!d.approximate) continue;
    size_t c = 0;
    while (c < days.size() && days[c] != d.DayNumber()) ++c;
    if (c == days.size()) {
      days.push_back(d.DayNumber());
      clusters.emplace_back();
    }
    clusters[c].push_back(i);
  }
  return clusters;
}

std::vector<double> AnchorDays(const Story& story, const std::vector<std::vector<int>>& clusters) {
  std::vector<double> days(story.events.size());
  for (size_t i = 0; i < story.events.size(); ++i) days[i] = story.events[i].date.DayNumber() + 0.5;
  for (const std::vector<int>& c : clusters) {
    const size_t n = c.size();
    const double step = n > 1 ? std::min(1.4, 6.0 / (n - 1)) : 0.0;
    for (size_t k = 0; k < n; ++k)
      if (c[k] >= 0 && (size_t)c[k] < days.size()) days[c[k]] += (k - (n - 1) * 0.5) * step;
  }
  return days;
}

std::vector<Span> MergedTicks(std::vector<float> xs) {
  for (float& x : xs) x = std::round(x);
  std::sort(xs.begin(), xs.end());
  std::vector<Span> runs;
  for (float x : xs) {
    if (!runs.empty() && x <= runs.back().x1 + 1.0f) runs.back().x1 = std::max(runs.back().x1, x + 1.0f);
    else runs.push_back({x, x + 1.0f});
  }
  return runs;
}

int LanesUsed(const std::vector<LabelPlacement>& placements) {
  int lanes = 0;
  for (const LabelPlacement& p : placements) lanes = std::max(lanes, p.lane + 1);
  return lanes;
}

bool AnyOverlaps(const std::vector<LabelPlacement>& placements) {
  return std::any_of(placements.begin(), placements.end(), [](const LabelPlacement& p) { return p.overlaps; });
}

int CollapsedCount(const std::vector<LabelPlacement>& placements) {
  return static_cast<int>(
      std::count_if(placements.begin(), placements.end(), [](const LabelPlacement& p) { return p.collapsed; }));
}

std::vector<OverflowMarker> OverflowMarkers(const std::vector<LabelRequest>& labels,
                                            const std::vector<LabelPlacement>& placements, float x_min, float x_max,
                                            float min_bin_width) {
  std::vector<OverflowMarker> markers;
  if (!std::isfinite(x_min) || !std::isfinite(x_max) || x_max <= x_min) return markers;
  const float span = x_max - x_min;
  const float bin_min = std::isfinite(min_bin_width) && min_bin_width > 0 ? min_bin_width : span;
  // Bins stretch to fill the range exactly, so none is narrower than asked.
  const float bins = std::max(1.0f, std::floor(std::min(span / bin_min, 1e9f)));
  const float bin_w = span / bins;
  std::vector<std::pair<int, int>> binned;  // (bin, label) of each collapsed label
  for (size_t i = 0; i < std::min(labels.size(), placements.size()); ++i) {
    if (!placements[i].collapsed) continue;
    const float anchor = std::isfinite(labels[i].anchor) ? labels[i].anchor : x_min;
    binned.emplace_back(static_cast<int>(std::clamp((anchor - x_min) / bin_w, 0.0f, bins - 1)), static_cast<int>(i));
  }
  std::sort(binned.begin(), binned.end());
  int last_bin = -1;
  for (const auto& [bin, label] : binned) {
    if (bin != last_bin) markers.push_back({x_min + bin * bin_w, x_min + (bin + 1) * bin_w, {}});
    last_bin = bin;
    markers.back().labels.push_back(label);
  }
  return markers;
}

}  // namespace mm
