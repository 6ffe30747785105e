// story.h — the story model: what an explainer shows, as plain data.
//
// A Story is loaded from JSON (see story_loader.h and docs/story-format.md) and is immutable
// afterwards; every view (matrix ordering, timeline layout, selection, the HTML text version)
// is derived from it. Cross references are stored as ids *and* resolved indices so that views
// never search by string on a hot path.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mm {

// Who is speaking in a quote. The distinction is the point of the explainer: an opinion
// article mixes reported facts, statements it attributes to named parties and its own analysis.
enum class EvidenceKind : uint8_t {
  ReportedFact,  // "fact": something the article reports as having happened
  Attributed,    // "attributed": a statement the article attributes to a named party
  Analysis,      // "analysis": the article's own reasoning or opinion
};

// How precisely a date is known. Sorting and placement use the first day of the period.
enum class DatePrecision : uint8_t { Day, Month, Approximate };

enum class EventKind : uint8_t { Call, Leak, Context, Reaction };

enum class SourceKind : uint8_t { Opinion, News, Official, Analysis, Other };

struct Date {
  int year = 0, month = 0, day = 0;  // day is 1 for Month precision
  DatePrecision precision = DatePrecision::Day;
  // Days since 1970-01-01 (proleptic Gregorian); the timeline's unit.
  int64_t DayNumber() const;
  std::string Iso() const;  // "2025-11-25" or "2025-11" (Month precision)
  bool operator<(const Date& o) const { return DayNumber() < o.DayNumber(); }
};

// A marked editor's addition: corrections or context the article itself lacks. Never merged
// into a quote; shown as "Editor's note".
struct EditorNote {
  std::string text;
  std::string date;  // optional ISO date the note was written
};

struct Evidence {
  std::string quote;       // verbatim, short
  std::string source_id;   // resolves to Story::sources
  int source = -1;         // resolved index
  EvidenceKind kind = EvidenceKind::Analysis;
  std::string speaker;     // for Attributed: who said it, e.g. "Sergei Ryabkov"
};

struct Source {
  std::string id, title, publisher, author, date, url;
  SourceKind kind = SourceKind::Other;
};

// The article's overall assessment of a suspect: an ordinal (1 = strongest) with its words.
struct Assessment {
  int rank = 0;            // 1 = the article's strongest theory
  std::string label;       // short words, e.g. "strongest traction"
  std::vector<Evidence> evidence;
};

struct Suspect {
  std::string id, name, short_label, summary;
  Assessment assessment;
  std::vector<EditorNote> notes;
};

struct MotiveGroup {
  std::string id, label;
};

struct Motive {
  std::string id, label, description;
  std::string group_id;    // optional
  int group = -1;
  std::vector<EditorNote> notes;
};

// A suspect × motive pair the article argues. Absence of a Link means "not argued".
struct Link {
  std::string suspect_id, motive_id;
  int suspect = -1, motive = -1;
  int strength = 1;        // 1 = mentioned / weak, 2 = argued, 3 = asserted strongly
  std::string argument;    // one sentence, in the editor's words, summarising the article
  std::vector<Evidence> evidence;
  std::vector<EditorNote> notes;
};

struct Event {
  std::string id, title, detail;
  Date date;
  EventKind kind = EventKind::Context;
  bool landed_just_as = false;  // one of the moments the article says the leak "landed just as"
  std::vector<Evidence> evidence;
  std::vector<std::string> motive_ids, suspect_ids;
  std::vector<int> motives, suspects;
  std::vector<EditorNote> notes;
};

struct Goal {
  std::string id, title, explanation;
  std::vector<Evidence> evidence;
  std::vector<std::string> event_ids, motive_ids;
  std::vector<int> events, motives;
  std::vector<EditorNote> notes;
};

struct Reaction {
  std::string id, party, stance;
  std::vector<Evidence> evidence;
  std::vector<EditorNote> notes;
};

struct Story {
  // Set by LoadStory: a number no other story loaded in this process has. A new story replaces
  // the old one in place, so views that keep layouts between frames key them on this, not on
  // the Story's address. 0 for a story built by hand.
  uint64_t generation = 0;
  std::string format;      // "motive-matrix/story@1"
  std::string id, language, title, dek, framing;
  std::string published, updated;  // ISO dates of the explainer itself
  std::vector<Source> sources;
  std::vector<Suspect> suspects;
  std::vector<MotiveGroup> motive_groups;
  std::vector<Motive> motives;
  std::vector<Link> links;
  std::vector<Event> events;       // sorted by date (stable) after loading
  std::vector<Goal> goals;
  std::vector<Reaction> reactions;
  std::vector<EditorNote> notes;   // story-level editor's notes

  // Fields this version does not know (a newer format's, or a typo), kept verbatim with their
  // JSON Pointer so that nothing in the file is lost; the loader warns about each.
  struct ExtraField {
    std::string path;  // e.g. "/suspects/0/portrait"
    std::string json;  // the value as compact JSON
  };
  std::vector<ExtraField> extra_fields;

  // link_index[s * motives.size() + m] is the index into links, or -1 ("not argued").
  std::vector<int> link_index;
  int LinkAt(int suspect, int motive) const {
    if (suspect < 0 || motive < 0 || suspect >= (int)suspects.size() || motive >= (int)motives.size()) return -1;
    return link_index[(size_t)suspect * motives.size() + (size_t)motive];
  }
};

const char* ToString(EvidenceKind k);    // "fact" | "attributed" | "analysis"
const char* Describe(EvidenceKind k);    // "Reported fact" | "Attributed statement" | "Article's analysis"
const char* ToString(EventKind k);       // "call" | "leak" | "context" | "reaction"
const char* ToString(SourceKind k);
const char* ToString(DatePrecision p);
const char* DescribeStrength(int strength);  // "weak" | "argued" | "strong"

}  // namespace mm
