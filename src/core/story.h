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

#include "calendar.h"

namespace mm {

// Who is speaking in a quote. The distinction is the point of the explainer: an opinion
// article mixes reported facts, statements it attributes to named parties and its own analysis.
enum class EvidenceKind : uint8_t {
  ReportedFact,  // "fact": something the article reports as having happened
  Attributed,    // "attributed": a statement the article attributes to a named party
  Analysis,      // "analysis": the article's own reasoning or opinion
};

// What an event is to the story: the act the sources ask about, something around it, or a
// party's reaction. (The first format named them "leak" and "call"; those still load, as Act
// and Context.)
enum class EventKind : uint8_t { Act, Context, Reaction };

enum class SourceKind : uint8_t { Opinion, News, Official, Analysis, Other };

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
  int rank = 0;            // 1 = the article's strongest theory; gaps allowed (1, 2, 5)
  // 1-based place in the ranking (FinalizeStory): what readers are shown, so that ranks with
  // gaps never read "rank 15 of 12". 0 for a suspect with no rank.
  int place = 0;
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
  bool coincided = false;  // one of the moments the sources say the act coincided with
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

// One step of a guided tour (docs/story-format.md, "tour"): a caption in the editor's words and
// what it points at. The target is kept as its URL hash ("#cell=a:b", "#event=leak"; ids are
// [a-z0-9-], so no escaping), resolved when shown (core/tour.h), so it follows the events' sort.
struct TourStep {
  std::string caption;
  std::string target;    // "#cell=<suspect>:<motive>" | "#suspect=<id>" | … | "#reaction=<id>"
  std::string view;      // "" (the reader's view) | "both" | "matrix" | "timeline"
  std::string lens;      // "" | "facts" | "attributed" | "analysis" (core/evidence_lens.h)
  std::string question;  // optional: a question for students (the text version, the worksheet)
};

// How the story names things in running text (wording.h fills in defaults for what is empty).
struct StoryWording {
  std::string act;                // "the leak", "the blasts"
  std::string sources;            // "the article", "the reports"
  bool sources_plural = false;    // meaningful when sources_plural_given
  bool sources_plural_given = false;
};

struct Story {
  // Set by LoadStory: a number no other story loaded in this process has. A new story replaces
  // the old one in place, so views that keep layouts between frames key them on this, not on
  // the Story's address. 0 for a story built by hand.
  uint64_t generation = 0;
  std::string format;      // "motive-matrix/story@1"
  std::string id, language, title, dek, framing;
  std::string published, updated;  // ISO dates of the explainer itself
  StoryWording wording;
  std::vector<Source> sources;
  std::vector<Suspect> suspects;
  std::vector<MotiveGroup> motive_groups;
  std::vector<Motive> motives;
  std::vector<Link> links;
  std::vector<Event> events;       // sorted by date (stable) after loading
  std::vector<Goal> goals;
  std::vector<Reaction> reactions;
  std::vector<EditorNote> notes;   // story-level editor's notes
  std::vector<TourStep> tour;      // the guided tour, in order; empty: no tour

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

// The format's names for the enums (the words readers see are in wording.h).
const char* ToString(EvidenceKind k);    // "fact" | "attributed" | "analysis"
const char* ToString(EventKind k);       // "act" | "context" | "reaction"
const char* ToString(SourceKind k);
const char* ToString(DatePrecision p);   // "day" | "month" | "year"

// Matrix row order: suspect indices sorted by assessment rank (stable; unranked last).
std::vector<int> RankedSuspects(const Story& story);
// Event indices in date order (calendar.h's rule, ties in story order): what FinalizeStory sorts by.
std::vector<int> EventOrder(const Story& story);
// How many suspects have a rank: the "of N" in "ranked 3 of N".
int RankedCount(const Story& story);

// Establishes what every view may rely on, for a loaded story and for one built in code:
// events sorted by date (stable; calendar.h's order), goals' event indices following their
// events through that sort, link_index built from links, and each suspect's place in the ranking.
void FinalizeStory(Story& story);

}  // namespace mm
