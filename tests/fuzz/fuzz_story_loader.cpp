// fuzz_story_loader.cpp — libFuzzer harness: any bytes → LoadStory (default limits and tiny
// limits), then, for stories that load, everything the web app derives from a story: the text
// version, the timeline scale and ticks, and the highlight, description, hash and JSON state of
// every selection.
//
// Invariants checked beyond "no crash, no sanitizer report, no hang":
//   - the loader's bookkeeping: ok() ⇔ no error; the diagnostics cap; messages non-empty, one
//     line, valid UTF-8; line/column inside the text;
//   - a rejected story is never half loaded;
//   - a loaded story is internally consistent: every resolved index in range, link_index agrees
//     with links, events sorted by date, ids unique;
//   - the text version is valid UTF-8 and contains no markup that came from the story;
//   - every selection round-trips through its URL hash.
// Build and run: scripts/fuzz.sh (see docs/reliability.md).
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "core/story_loader.h"
#include "core/text_version.h"
#include "core/timeline.h"
#include "core/view/describe_selection.h"
#include "core/view/page_state.h"
#include "core/view/selection.h"
#include "core/view/url_hash.h"
#include "core/wording.h"
#include "fuzz_common.h"

namespace {

using mm::fuzz::IsValidUtf8;

size_t CountLines(std::string_view text) {
  size_t lines = 1;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++lines;
    } else if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++lines;
    }
  }
  return lines;
}

void CheckDiagnostics(std::string_view text, const mm::LoadResult& r, const mm::LoadLimits& limits) {
  const bool has_error_entry =
      std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                  [](const mm::Diagnostic& d) { return d.severity == mm::Severity::Error; });
  MM_FUZZ_CHECK(r.ok() == !has_error_entry, "ok() disagrees with the diagnostics");
  MM_FUZZ_CHECK(r.ok() == (r.error_count() == 0), "ok() disagrees with error_count()");
  MM_FUZZ_CHECK(r.error_count() >= 0 && r.warning_count() >= 0, "negative counts");
  // At most max_diagnostics of each severity, plus one "… and N more" line each.
  MM_FUZZ_CHECK(r.diagnostics.size() <= 2 * limits.max_diagnostics + 2, "diagnostics cap exceeded");
  const size_t lines = CountLines(text);
  bool seen_warning = false;
  for (const mm::Diagnostic& d : r.diagnostics) {
    MM_FUZZ_CHECK(!d.message.empty(), "empty diagnostic message");
    MM_FUZZ_CHECK(IsValidUtf8(d.message), d.message);
    MM_FUZZ_CHECK(d.message.find('\n') == std::string::npos, d.message);
    MM_FUZZ_CHECK(d.line >= 0 && d.column >= 0, d.message);
    MM_FUZZ_CHECK(d.line == 0 || static_cast<size_t>(d.line) <= lines, d.message);
    MM_FUZZ_CHECK(d.column <= static_cast<int>(text.size()) + 1, d.message);
    MM_FUZZ_CHECK(d.path.empty() || d.path[0] == '/', d.path);
    // Errors come first.
    if (d.severity == mm::Severity::Warning) seen_warning = true;
    MM_FUZZ_CHECK(!(seen_warning && d.severity == mm::Severity::Error), "an error after a warning");
    (void)d.Format("story.json");
  }
  if (!r.ok()) {
    const mm::Story& s = r.story;
    MM_FUZZ_CHECK(s.suspects.empty() && s.motives.empty() && s.events.empty() && s.links.empty() &&
                      s.link_index.empty(),
                  "a rejected story is half loaded");
  }
}

template <class T>
bool InRange(int i, const std::vector<T>& v) {
  return i >= 0 && static_cast<size_t>(i) < v.size();
}

template <class T>
void CheckUniqueIds(const std::vector<T>& items, const char* what) {
  std::set<std::string> ids;
  for (const T& item : items) MM_FUZZ_CHECK(ids.insert(item.id).second, what);
}

void CheckEvidence(const mm::Story& s, const std::vector<mm::Evidence>& list) {
  MM_FUZZ_CHECK(!list.empty(), "empty evidence list accepted");
  for (const mm::Evidence& e : list) {
    MM_FUZZ_CHECK(InRange(e.source, s.sources), "evidence source out of range");
    MM_FUZZ_CHECK(s.sources[static_cast<size_t>(e.source)].id == e.source_id, "evidence source mismatch");
  }
}

void CheckStory(const mm::Story& s) {
  MM_FUZZ_CHECK(!s.sources.empty() && !s.suspects.empty() && !s.motives.empty() && !s.events.empty(),
                "a required array is empty");
  CheckUniqueIds(s.sources, "duplicate source id");
  CheckUniqueIds(s.suspects, "duplicate suspect id");
  CheckUniqueIds(s.motives, "duplicate motive id");
  CheckUniqueIds(s.events, "duplicate event id");
  CheckUniqueIds(s.goals, "duplicate goal id");
  CheckUniqueIds(s.reactions, "duplicate reaction id");
  MM_FUZZ_CHECK(s.link_index.size() == s.suspects.size() * s.motives.size(), "link_index size");
  for (size_t i = 0; i < s.links.size(); ++i) {
    const mm::Link& l = s.links[i];
    MM_FUZZ_CHECK(InRange(l.suspect, s.suspects) && InRange(l.motive, s.motives), "link out of range");
    MM_FUZZ_CHECK(s.LinkAt(l.suspect, l.motive) == static_cast<int>(i), "link_index disagrees");
    MM_FUZZ_CHECK(l.strength >= 1 && l.strength <= 3, "strength out of range");
    CheckEvidence(s, l.evidence);
  }
  for (const int cell : s.link_index) MM_FUZZ_CHECK(cell == -1 || InRange(cell, s.links), "bad link_index");
  for (const mm::Suspect& x : s.suspects) CheckEvidence(s, x.assessment.evidence);
  for (const mm::Motive& m : s.motives) {
    MM_FUZZ_CHECK(m.group == -1 || InRange(m.group, s.motive_groups), "motive group out of range");
  }
  for (size_t i = 0; i < s.events.size(); ++i) {
    const mm::Event& e = s.events[i];
    if (i > 0) MM_FUZZ_CHECK(!(e.date < s.events[i - 1].date), "events not sorted");
    MM_FUZZ_CHECK(e.date.month >= 1 && e.date.month <= 12 && e.date.day >= 1 && e.date.day <= 31, "date");
    for (const int m : e.motives) MM_FUZZ_CHECK(InRange(m, s.motives), "event motive out of range");
    for (const int x : e.suspects) MM_FUZZ_CHECK(InRange(x, s.suspects), "event suspect out of range");
    CheckEvidence(s, e.evidence);
  }
  for (const mm::Goal& g : s.goals) {
    for (const int e : g.events) MM_FUZZ_CHECK(InRange(e, s.events), "goal event out of range");
    for (const int m : g.motives) MM_FUZZ_CHECK(InRange(m, s.motives), "goal motive out of range");
    for (size_t k = 0; k < g.events.size(); ++k) {
      MM_FUZZ_CHECK(s.events[static_cast<size_t>(g.events[k])].id == g.event_ids[k], "goal event mismatch");
    }
    CheckEvidence(s, g.evidence);
  }
  for (const mm::Reaction& r : s.reactions) CheckEvidence(s, r.evidence);
}

void CheckTextVersion(const mm::Story& s) {
  const std::string html = mm::RenderTextVersion(s);
  MM_FUZZ_CHECK(IsValidUtf8(html), "text version is not valid UTF-8");
  // Every '<' in the output is one of the renderer's own tags: no story string can open one.
  for (const char* bad : {"<script", "<img", "<iframe", "<svg", "<style", "<a href=\"javascript"}) {
    MM_FUZZ_CHECK(html.find(bad) == std::string::npos, bad);
  }
  for (const char c : html) {
    const unsigned char u = static_cast<unsigned char>(c);
    MM_FUZZ_CHECK(!(u < 0x20 && c != '\t' && c != '\n' && c != '\r') && u != 0x7F,
                  "control character in the text version");
  }
  mm::TextVersionOptions options;
  options.heading_level_offset = 2;
  options.include_matrix_table = false;
  options.id_prefix = "x-";
  MM_FUZZ_CHECK(IsValidUtf8(mm::RenderTextVersion(s, options)), "text version (options)");
}

void CheckTimeline(const mm::Story& s) {
  const mm::Words words(s);
  const mm::TimelineScale scale = mm::MakeTimelineScale(s, 0.0f, 1200.0f);
  for (const mm::Event& e : s.events) {
    const float x = scale.X(static_cast<double>(e.date.DayNumber()));
    MM_FUZZ_CHECK(std::isfinite(x) && x >= -0.5f && x <= 1200.5f, "event x outside the axis");
    MM_FUZZ_CHECK(IsValidUtf8(words.DateText(e.date)) && IsValidUtf8(words.ShortDateText(e.date)), "DateText");
  }
  const std::vector<mm::Tick> ticks = mm::MakeTicks(scale, 40.0f);
  MM_FUZZ_CHECK(ticks.size() <= 1200 / 40 + 2, "more ticks than fit");
  for (const mm::Tick& t : ticks) MM_FUZZ_CHECK(std::isfinite(t.x), "tick x");
}

void CheckSelection(const mm::Story& s, const mm::Selection& sel) {
  const mm::Highlight h = mm::ComputeHighlight(s, sel);
  MM_FUZZ_CHECK(h.suspects.size() == s.suspects.size() && h.motives.size() == s.motives.size() &&
                    h.events.size() == s.events.size() && h.goals.size() == s.goals.size(),
                "highlight sizes");
  const std::string description = mm::DescribeSelection(s, sel);
  MM_FUZZ_CHECK(!description.empty() && IsValidUtf8(description), description);
  const std::string hash = mm::SelectionToHash(s, sel);
  MM_FUZZ_CHECK(!hash.empty(), "a valid selection has no hash");
  MM_FUZZ_CHECK(mm::SelectionFromHash(s, hash) == sel, hash);
  MM_FUZZ_CHECK(IsValidUtf8(mm::SelectionToJson(s, sel, "both")), "state JSON");
}

void CheckSelections(const mm::Story& s) {
  using Sel = mm::Selection;
  CheckSelection(s, Sel::Suspect(0));
  for (int i = 0; i < static_cast<int>(s.suspects.size()); ++i) CheckSelection(s, Sel::Suspect(i));
  for (int i = 0; i < static_cast<int>(s.motives.size()); ++i) CheckSelection(s, Sel::Motive(i));
  for (int i = 0; i < static_cast<int>(s.events.size()); ++i) CheckSelection(s, Sel::Event(i));
  for (int i = 0; i < static_cast<int>(s.goals.size()); ++i) CheckSelection(s, Sel::Goal(i));
  for (int i = 0; i < static_cast<int>(s.reactions.size()); ++i) CheckSelection(s, Sel::Reaction(i));
  // Every cell of small matrices; a bounded sample of big ones.
  const int rows = static_cast<int>(s.suspects.size()), cols = static_cast<int>(s.motives.size());
  const int step = rows * cols > 4096 ? 7 : 1;
  for (int a = 0; a < rows; a += step) {
    for (int b = 0; b < cols; b += step) CheckSelection(s, Sel::Cell(a, b));
  }
  // Invalid selections behave as None, including a None whose indices happen to be in range.
  Sel none_at_zero;
  none_at_zero.index = none_at_zero.motive = 0;
  for (const Sel bad : {Sel::Cell(rows, 0), Sel::Event(-1), Sel::Goal(static_cast<int>(s.goals.size())), none_at_zero}) {
    MM_FUZZ_CHECK(!mm::ComputeHighlight(s, bad).any, "invalid selection highlights");
    MM_FUZZ_CHECK(mm::SelectionToHash(s, bad).empty(), "invalid selection has a hash");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  const mm::LoadLimits defaults;
  const mm::LoadResult r = mm::LoadStory(text, defaults);
  CheckDiagnostics(text, r, defaults);
  if (r.ok()) {
    CheckStory(r.story);
    CheckTextVersion(r.story);
    CheckTimeline(r.story);
    CheckSelections(r.story);
  }

  // Tiny limits reach the depth, size, count and cap paths with small inputs.
  mm::LoadLimits tiny;
  tiny.max_bytes = 2048;
  tiny.max_depth = 4;
  tiny.max_string_bytes = 24;
  tiny.max_items = 3;
  tiny.max_diagnostics = 2;
  const mm::LoadResult t = mm::LoadStory(text, tiny);
  CheckDiagnostics(text, t, tiny);
  if (t.ok()) CheckStory(t.story);
  return 0;
}
