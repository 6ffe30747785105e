// timeline.h — the "why now" axis: a date → x scale with a focus window, where events sit on it,
// ticks, and a label layout that never overlaps.
//
// A story's events often cluster around its act while others lie weeks or years away. A linear
// axis would pile the cluster into a few pixels, so the scale is piecewise linear: the focus
// window (by default the days around the first event of kind Act) gets `focus_share` of the width.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "story.h"

namespace mm {

struct TimelineScale {
  // Domain in day numbers (Date::DayNumber), inclusive start, exclusive end.
  int64_t day0 = 0, day1 = 1;
  int64_t focus0 = 0, focus1 = 0;   // focus window; focus0 == focus1 means none
  float x0 = 0, x1 = 1;              // range in pixels
  float focus_share = 0.6f;          // share of [x0, x1] given to the focus window

  float X(double day) const;         // day (fractional allowed) → x; clamps to [x0, x1]
  double Day(float x) const;         // inverse of X
  bool InFocus(double day) const { return day >= focus0 && day < focus1; }
};

struct TimelineScaleDesc {           // zero-initialised = sensible defaults
  int pad_days_before = 0;           // 0 → 3 days before the first event
  int pad_days_after = 0;            // 0 → 5 days after the last event
  int focus_days_before = 0;         // 0 → 4 days before the act
  int focus_days_after = 0;          // 0 → 4 days after the act (exclusive end = act + after + 1)
  float focus_share = 0;             // 0 → 0.6
};

// Domain from the story's events; focus around the first event of kind Act (none if no act).
TimelineScale MakeTimelineScale(const Story& story, float x0, float x1, const TimelineScaleDesc& desc = {});

// ---- where events sit on the axis ----
// Events the article dates only as "around" one day are not piled on that day (their exact dates
// are unknown): each such group, a cluster, is spread evenly over a short bracket, in the
// article's order.

// The approximate events grouped by the day they are "around", in file order (exact-date events,
// such as the act itself, may sit between a cluster's members in the list).
std::vector<std::vector<int>> ApproximateClusters(const Story& story);
// Day position of each event: an exact date at mid-day; a cluster's events spread evenly over at
// most ±3 days around their day (at most 1.4 days apart), in file order. Indices in `clusters`
// outside the story are ignored.
std::vector<double> AnchorDays(const Story& story, const std::vector<std::vector<int>>& clusters);

// A horizontal run [x0, x1) in pixels.
struct Span {
  float x0, x1;
};
// Marks one pixel wide at each x (rounded), merged into runs where they touch or leave a
// one-pixel gap: a dense stretch of marks reads as a band and costs one rectangle to draw.
std::vector<Span> MergedTicks(std::vector<float> xs);

struct Tick {
  int64_t day = 0;
  float x = 0;
  std::string label;   // "14 Oct", "25 Nov", "2026" …
  bool major = false;  // month starts / focus bounds are major
};

// Day ticks inside the focus window, weekly (Mondays) or month ticks outside it; never two ticks
// closer than min_spacing_px (the lower-priority one is dropped).
std::vector<Tick> MakeTicks(const TimelineScale& scale, float min_spacing_px);

// Label layout: each label wants to start at `anchor - width/2` (clamped to [x_min, x_max]);
// labels are packed into lanes, shifted right by at most max_shift to fit, never overlapping
// within a lane (gap between neighbours ≥ gap).
struct LabelRequest {
  float anchor = 0;  // x of the event marker
  float width = 0;   // label width in pixels
};
struct LabelPlacement {
  float x = 0;       // left edge
  int lane = 0;      // 0 = nearest the axis; -1 when collapsed
  // True when no lane had room within max_shift: the label was put in the lane where it overlaps
  // least. Overlapping labels are unreadable, so a UI should ask for `collapse_overflow` instead.
  bool overlaps = false;
  // True when no lane had room and the layout was asked to collapse: the label is not placed
  // (x is where it wanted to be) and belongs in an overflow marker (OverflowMarkers).
  bool collapsed = false;
};
struct LabelLayoutDesc {
  float x_min = 0, x_max = 0;
  float gap = 8;
  float max_shift = 120;
  int max_lanes = 12;
  // What happens to a label no lane has room for: false, it overlaps where it overlaps least;
  // true, it is collapsed. Either way the lanes never exceed max_lanes, whatever the count.
  bool collapse_overflow = false;
};
// Order of the result matches `labels`. Deterministic. Lanes used = 1 + max(lane).
std::vector<LabelPlacement> LayoutLabels(const std::vector<LabelRequest>& labels, const LabelLayoutDesc& desc);
int LanesUsed(const std::vector<LabelPlacement>& placements);       // 1 + max(lane); 0 when empty
bool AnyOverlaps(const std::vector<LabelPlacement>& placements);
int CollapsedCount(const std::vector<LabelPlacement>& placements);

// "+N more" markers for collapsed labels. [x_min, x_max] is cut into equal bins at least
// `min_bin_width` wide; each bin holding the anchor of a collapsed label gets one marker over the
// whole bin, listing those labels in input order. So markers never overlap, and there are never
// more than the width allows, however many labels collapsed.
struct OverflowMarker {
  float x0 = 0, x1 = 0;       // the bin
  std::vector<int> labels;    // indices into the LayoutLabels input
};
std::vector<OverflowMarker> OverflowMarkers(const std::vector<LabelRequest>& labels,
                                            const std::vector<LabelPlacement>& placements, float x_min, float x_max,
                                            float min_bin_width);

}  // namespace mm
