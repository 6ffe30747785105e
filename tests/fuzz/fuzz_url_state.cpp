// fuzz_url_state.cpp — libFuzzer harness for the URL state: any bytes as a location hash →
// SelectionFromHash on fixed stories, round-tripped through SelectionToHash; and any bytes as a
// raw Selection (kind and indices straight from the input, as a stale UI frame could send) →
// ComputeHighlight, DescribeSelection, SelectionToHash and SelectionToJson, which must treat
// anything out of range as "nothing selected".
//
// Stories: the loader's view of a small valid story, and one built in code whose ids the loader
// would reject (":", "%", "#", "=", spaces, non-ASCII, an empty and a duplicated id), because
// the hash functions promise to survive any Story.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "core/story_loader.h"
#include "core/view/describe_selection.h"
#include "core/view/page_state.h"
#include "core/view/selection.h"
#include "core/view/url_hash.h"
#include "fuzz_common.h"

namespace {

using mm::fuzz::IsValidUtf8;

constexpr const char* kStory = R"({
  "format": "motive-matrix/story@1", "id": "url-state", "language": "en", "title": "T", "dek": "D",
  "framing": "F", "published": "2025-11-27",
  "sources": [{"id": "article", "title": "A", "publisher": "P", "kind": "opinion"}],
  "suspects": [
    {"id": "alpha", "name": "Alpha", "short": "A", "summary": "S",
     "assessment": {"rank": 1, "label": "L", "evidence": [{"quote": "Q", "source": "article", "kind": "analysis"}]}},
    {"id": "b-2", "name": "Beta", "short": "B", "summary": "S",
     "assessment": {"rank": 2, "label": "L", "evidence": [{"quote": "Q", "source": "article", "kind": "fact"}]}}],
  "motives": [{"id": "m1", "label": "M1", "description": "D"}, {"id": "embarrass-trump", "label": "M2", "description": "D"}],
  "links": [{"suspect": "alpha", "motive": "m1", "strength": 2, "argument": "A",
             "evidence": [{"quote": "Q", "source": "article", "kind": "analysis"}]}],
  "events": [
    {"id": "call", "date": "2025-10-14", "kind": "call", "title": "C", "detail": "D", "motives": ["m1"],
     "suspects": ["b-2"], "evidence": [{"quote": "Q", "source": "article", "kind": "fact"}]},
    {"id": "leak", "date": "2025-11-25", "kind": "leak", "title": "L", "detail": "D",
     "evidence": [{"quote": "Q", "source": "article", "kind": "fact"}]}],
  "goals": [{"id": "g", "title": "G", "explanation": "E", "events": ["leak"], "motives": ["embarrass-trump"],
             "evidence": [{"quote": "Q", "source": "article", "kind": "analysis"}]}],
  "reactions": [{"id": "russia", "party": "Russia", "stance": "S",
                 "evidence": [{"quote": "Q", "source": "article", "kind": "analysis"}]}]
})";

mm::Story LoadedStory() {
  mm::LoadResult r = mm::LoadStory(kStory);
  if (!r.ok()) mm::fuzz::Fail("the harness's story does not load", r.diagnostics[0].message);
  return std::move(r.story);
}

// Ids the loader would never accept; link_index filled by hand.
mm::Story OddStory() {
  mm::Story s;
  for (const char* id : {"a:b", "100%", "#x=y", "", "dup"}) {
    mm::Suspect x;
    x.id = id;
    x.name = std::string("S ") + id;
    s.suspects.push_back(x);
  }
  for (const char* id : {"m:1", "\xC3\xA9t\xC3\xA9", "sp ace", "dup", "dup"}) {
    mm::Motive m;
    m.id = id;
    m.label = id;
    s.motives.push_back(m);
  }
  for (const char* id : {"e%2", "\xFF", "cell=a:b"}) {
    mm::Event e;
    e.id = id;
    e.title = id;
    e.motives = {0, 99, -5};  // out-of-range references must be ignored
    e.suspects = {4};
    s.events.push_back(e);
  }
  mm::Goal g;
  g.id = "g/1";
  g.events = {2, 7};
  g.motives = {1};
  s.goals.push_back(g);
  mm::Reaction r;
  r.id = "r?";
  s.reactions.push_back(r);
  s.link_index.assign(s.suspects.size() * s.motives.size(), -1);
  mm::Link l;
  l.suspect = 0;
  l.motive = 2;
  l.strength = 7;  // out of range on purpose
  s.links.push_back(l);
  s.link_index[0 * s.motives.size() + 2] = 0;
  s.link_index[1 * s.motives.size() + 1] = 42;  // a dangling cell: must read as "not argued"
  return s;
}

size_t CountOf(const mm::Story& s, mm::SelectionKind kind) {
  switch (kind) {
    case mm::SelectionKind::Suspect: return s.suspects.size();
    case mm::SelectionKind::Motive: return s.motives.size();
    case mm::SelectionKind::Event: return s.events.size();
    case mm::SelectionKind::Goal: return s.goals.size();
    case mm::SelectionKind::Reaction: return s.reactions.size();
    default: return 0;
  }
}

// The fuzzer's own oracle, written apart from mm::IsValid so the two can disagree.
bool PointsIntoStory(const mm::Story& s, const mm::Selection& sel) {
  const auto in = [](int i, size_t n) { return i >= 0 && static_cast<size_t>(i) < n; };
  if (sel.kind == mm::SelectionKind::None) return false;
  if (sel.kind == mm::SelectionKind::Cell) return in(sel.index, s.suspects.size()) && in(sel.motive, s.motives.size());
  return in(sel.index, CountOf(s, sel.kind));
}

void Exercise(const mm::Story& s, const mm::Selection& sel, bool unique_ids) {
  const bool valid = PointsIntoStory(s, sel);
  const mm::Highlight h = mm::ComputeHighlight(s, sel);
  MM_FUZZ_CHECK(h.suspects.size() == s.suspects.size() && h.events.size() == s.events.size(), "sizes");
  if (!valid) MM_FUZZ_CHECK(!h.any, "an invalid selection highlights something");
  const std::string description = mm::DescribeSelection(s, sel);
  MM_FUZZ_CHECK(!description.empty(), "empty description");
  const std::string json = mm::SelectionToJson(s, sel, "both");
  MM_FUZZ_CHECK(IsValidUtf8(json), json);
  const std::string hash = mm::SelectionToHash(s, sel);
  MM_FUZZ_CHECK(valid != hash.empty(), hash);
  if (!valid) return;
  // A hash is ASCII (ids are percent-encoded) and names the selection again.
  for (const char c : hash) MM_FUZZ_CHECK(static_cast<unsigned char>(c) >= 0x21 && c != 0x7F, hash);
  const mm::Selection back = mm::SelectionFromHash(s, hash);
  if (unique_ids) {
    // motive means nothing outside a cell; the parser leaves it -1.
    mm::Selection expected = sel;
    if (sel.kind != mm::SelectionKind::Cell) expected.motive = -1;
    MM_FUZZ_CHECK(back == expected, hash);
  } else if (back.kind != mm::SelectionKind::None) {
    // With duplicate or empty ids the first item of that id wins, but the hash is stable.
    MM_FUZZ_CHECK(back.kind == sel.kind && mm::SelectionToHash(s, back) == hash, hash);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const mm::Story loaded = LoadedStory();
  static const mm::Story odd = OddStory();
  const std::string_view hash(reinterpret_cast<const char*>(data), size);

  for (const mm::Story* story : {&loaded, &odd}) {
    const bool unique = story == &loaded;
    const mm::Selection sel = mm::SelectionFromHash(*story, hash);
    if (sel.kind != mm::SelectionKind::None) {
      MM_FUZZ_CHECK(PointsIntoStory(*story, sel), "the parser returned an out-of-range selection");
      Exercise(*story, sel, unique);
      if (unique) {
        // The canonical hash names the same selection, and parsing it is idempotent.
        const std::string canonical = mm::SelectionToHash(*story, sel);
        MM_FUZZ_CHECK(mm::SelectionFromHash(*story, canonical.substr(1)) == sel, canonical);
      }
    }
  }

  // The same bytes as a raw selection: kind, index, motive (little-endian int32 each).
  if (size >= 9) {
    mm::Selection raw;
    int32_t a = 0, b = 0;
    std::memcpy(&a, data + 1, 4);
    std::memcpy(&b, data + 5, 4);
    raw.kind = static_cast<mm::SelectionKind>(data[0] % 7);
    raw.index = a;
    raw.motive = b;
    Exercise(loaded, raw, true);
    Exercise(odd, raw, false);
    // Small indices hit real items more often than random 32-bit ones.
    raw.index = static_cast<int8_t>(data[1]) % 8;
    raw.motive = static_cast<int8_t>(data[5]) % 8;
    Exercise(loaded, raw, true);
    Exercise(odd, raw, false);
  }
  return 0;
}
