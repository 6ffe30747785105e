// story_reader.cpp — reads the format's objects into a Story, one rule at a time (story_reader.h).
//
// Referenced arrays are read before the arrays that refer to them (sources before evidence,
// suspects and motives before links); findings are put back into document order later, so the
// reading order is free. Every item of every array is appended, even a broken one, so that
// indices are the file's until FinalizeStory sorts the events.
#include "core/load/story_reader.h"

#include "core/locale.h"

#include <string>
#include <unordered_map>
#include <utility>

#include "core/ascii.h"
#include "core/evidence_lens.h"
#include "core/load/field_reader.h"
#include "core/load/story_schema.h"
#include "core/locale.h"

namespace mm::load {
namespace {

using json = nlohmann::json;

class StoryReader : private FieldReader {
 public:
  StoryReader(Findings& findings, Story& story) : FieldReader(findings, story.extra_fields), story_(story) {}

  void Run(const json& root) {
    if (!root.is_object()) {
      findings().Error("", std::string("a story must be a JSON object, found ") + TypeName(root));
      return;
    }
    ReadTopLevel(root);
    ReadSources(root);
    ReadMotiveGroups(root);
    ReadSuspects(root);
    ReadMotives(root);
    ReadEvents(root);
    ReadLinks(root);
    ReadGoals(root);
    ReadReactions(root);
    ReadNotes(root, "", story_.notes);
    ReadWording(root);
    ReadTour(root);
    WarnIfEventsOutOfOrder();
    FinalizeStory(story_);
  }

 private:
  void ReadTopLevel(const json& root);
  void ReadSources(const json& root);
  void ReadMotiveGroups(const json& root);
  void ReadSuspects(const json& root);
  void ReadAssessment(const json& item, const std::string& path, size_t suspect, Assessment& out);
  void ReadMotives(const json& root);
  void ReadEvents(const json& root);
  void ReadLinks(const json& root);
  void ReadGoals(const json& root);
  void ReadReactions(const json& root);
  void ReadEvidenceList(const json& object, const std::string& path, std::vector<Evidence>& out);
  void ReadNotes(const json& object, const std::string& path, std::vector<EditorNote>& out);
  void ReadWording(const json& root);
  void ReadPrecision(const json& item, const std::string& path, bool date_ok, const std::string& date_text,
                     Date& date);
  void ReadCoincided(const json& item, const std::string& path, bool& out);
  void ReadTour(const json& root);
  void ReadTourTarget(const json& step, const std::string& path, std::string& out);
  void WarnIfEventsOutOfOrder();

  Story& story_;
  IdTable sources_{"source", "sources", "/sources"};
  IdTable motive_groups_{"motive group", "motive groups", "/motive_groups"};
  IdTable suspects_{"suspect", "suspects", "/suspects"};
  IdTable motives_{"motive", "motives", "/motives"};
  IdTable events_{"event", "events", "/events"};
  IdTable goals_{"goal", "goals", "/goals"};
  IdTable reactions_{"reaction", "reactions", "/reactions"};
  std::vector<bool> event_date_ok_;                // per event in file order, for the order check
  std::unordered_map<int64_t, size_t> rank_owner_;  // suspect rank → suspect index
};

constexpr const char* kInvalidIdHint =
    " is not a valid id (use 1–64 characters a-z, 0-9 and \"-\", starting with a letter or digit)";

void StoryReader::ReadTopLevel(const json& root) {
  const auto need = [](std::string_view name) {
    for (const auto& field : kTopLevelFields) {
      if (field.name == name) return field.required ? Need::Required : Need::Optional;
    }
    return Need::Optional;
  };
  FieldNames known;
  for (const auto& field : kTopLevelFields) known.push_back(field.name);
  CheckUnknownFields(root, "", known);

  if (ReadString(root, "", "format", story_.format, need("format")) && story_.format != kFormatName) {
    findings().Error("/format", "unsupported format " + QuoteForMessage(story_.format) + " (expected \"" +
                                    std::string(kFormatName) + "\")");
  }
  if (ReadString(root, "", "id", story_.id, need("id")) && !IsValidId(story_.id)) {
    findings().Error("/id", QuoteForMessage(story_.id) + kInvalidIdHint);
  }
  if (ReadString(root, "", "language", story_.language, need("language")) &&
      !LooksLikeLanguageTag(story_.language)) {
    findings().Error("/language", QuoteForMessage(story_.language) +
                                      " is not a BCP 47 language tag (for example \"en\" or \"en-GB\")");
  } else if (IsRightToLeftLanguage(story_.language)) {
    findings().Warning("/language", QuoteForMessage(story_.language) +
                                        " is written right to left: the interactive view cannot draw it, so readers "
                                        "get the text version (docs/languages.md)");
    QuietUndrawable();
  }
  ReadString(root, "", "title", story_.title, need("title"));
  ReadString(root, "", "dek", story_.dek, need("dek"));
  ReadString(root, "", "framing", story_.framing, need("framing"));
  ReadDate(root, "", "published", story_.published, nullptr, need("published"));
  ReadDate(root, "", "updated", story_.updated, nullptr, need("updated"));
  if (const auto it = root.find("$schema"); it != root.end() && !it->is_string()) {
    TypeError("/$schema", "a string", *it);
  }
}

void StoryReader::ReadSources(const json& root) {
  ReadItems(root, "", "sources", Need::Required, 1, kSourceFields, story_.sources,
            [&](const json& item, const std::string& path, int i, Source& source) {
              ReadId(item, path, sources_, i, source.id);
              ReadString(item, path, "title", source.title, Need::Required);
              const bool has_publisher = ReadString(item, path, "publisher", source.publisher, Need::Optional);
              const bool has_author = ReadString(item, path, "author", source.author, Need::Optional);
              if (!has_publisher && !has_author && item.find("publisher") == item.end() &&
                  item.find("author") == item.end()) {
                findings().Error(path, "missing field \"publisher\" or \"author\" (a source needs at least one)");
              }
              ReadEnum(item, path, "kind", kSourceKinds, source.kind, Need::Required);
              ReadDate(item, path, "date", source.date, nullptr, Need::Optional);
              if (ReadString(item, path, "url", source.url, Need::Optional) && !IsHttpUrl(source.url)) {
                findings().Error(JsonPointerChild(path, "url"),
                                 "expected an http:// or https:// address, found " + QuoteForMessage(source.url));
              }
            },
            &sources_);
}

void StoryReader::ReadMotiveGroups(const json& root) {
  motive_groups_.present = true;  // absent means "no groups": a motive's group must then fail
  ReadItems(root, "", "motive_groups", Need::Optional, 0, kMotiveGroupFields, story_.motive_groups,
            [&](const json& item, const std::string& path, int i, MotiveGroup& group) {
              ReadId(item, path, motive_groups_, i, group.id);
              ReadString(item, path, "label", group.label, Need::Required, kMaxMotiveLabelChars);
            });
}

void StoryReader::ReadSuspects(const json& root) {
  ReadItems(root, "", "suspects", Need::Required, 1, kSuspectFields, story_.suspects,
            [&](const json& item, const std::string& path, int i, Suspect& suspect) {
              ReadId(item, path, suspects_, i, suspect.id);
              ReadString(item, path, "name", suspect.name, Need::Required);
              ReadString(item, path, "short", suspect.short_label, Need::Required, kMaxShortChars);
              ReadString(item, path, "summary", suspect.summary, Need::Required);
              ReadAssessment(item, path, static_cast<size_t>(i), suspect.assessment);
              ReadNotes(item, path, suspect.notes);
            },
            &suspects_);
}

void StoryReader::ReadAssessment(const json& item, const std::string& path, size_t suspect, Assessment& out) {
  const json* assessment = Member(item, path, "assessment", Need::Required);
  const std::string at = JsonPointerChild(path, "assessment");
  if (!assessment || !ExpectObject(*assessment, at)) return;
  CheckUnknownFields(*assessment, at, kAssessmentFields);
  int64_t rank = 0;
  if (ReadInteger(*assessment, at, "rank", rank, Need::Required)) {
    const std::string rank_path = JsonPointerChild(at, "rank");
    if (rank < 1 || rank > 1000000) {
      findings().Error(rank_path, "rank must be 1 or more (1 = the source's strongest theory), found " +
                                      std::to_string(rank));
    } else {
      const auto [it, inserted] = rank_owner_.emplace(rank, suspect);
      if (!inserted) {
        findings().Error(rank_path, "duplicate rank " + std::to_string(rank) + " (also used by /suspects/" +
                                        std::to_string(it->second) + "); ranks are unique");
      }
      out.rank = static_cast<int>(rank);
    }
  }
  ReadString(*assessment, at, "label", out.label, Need::Required);
  ReadEvidenceList(*assessment, at, out.evidence);
}

void StoryReader::ReadMotives(const json& root) {
  ReadItems(root, "", "motives", Need::Required, 1, kMotiveFields, story_.motives,
            [&](const json& item, const std::string& path, int i, Motive& motive) {
              ReadId(item, path, motives_, i, motive.id);
              ReadString(item, path, "label", motive.label, Need::Required, kMaxMotiveLabelChars);
              ReadString(item, path, "description", motive.description, Need::Required);
              motive.group = ReadReference(item, path, "group", motive_groups_, motive.group_id, Need::Optional);
              ReadNotes(item, path, motive.notes);
            },
            &motives_);
}

void StoryReader::ReadEvents(const json& root) {
  ReadItems(root, "", "events", Need::Required, 1, kEventFields, story_.events,
            [&](const json& item, const std::string& path, int i, Event& event) {
              ReadId(item, path, events_, i, event.id);
              std::string date_text;
              const bool date_ok = ReadDate(item, path, "date", date_text, &event.date, Need::Required);
              event_date_ok_.resize(static_cast<size_t>(i) + 1, false);
              event_date_ok_[static_cast<size_t>(i)] = date_ok;
              ReadPrecision(item, path, date_ok, date_text, event.date);
              ReadEnum(item, path, "kind", kEventKinds, event.kind, Need::Required);
              ReadString(item, path, "title", event.title, Need::Required, kMaxEventTitleChars);
              ReadString(item, path, "detail", event.detail, Need::Required);
              ReadCoincided(item, path, event.coincided);
              ReadEvidenceList(item, path, event.evidence);
              ReadReferenceList(item, path, "motives", motives_, event.motive_ids, event.motives, Need::Optional);
              ReadReferenceList(item, path, "suspects", suspects_, event.suspect_ids, event.suspects,
                                Need::Optional);
              ReadNotes(item, path, event.notes);
            },
            &events_);
}

void StoryReader::ReadLinks(const json& root) {
  std::unordered_map<int64_t, size_t> pair_owner;  // suspect × motive → link index
  ReadItems(root, "", "links", Need::Required, 0, kLinkFields, story_.links,
            [&](const json& item, const std::string& path, int i, Link& link) {
              link.suspect = ReadReference(item, path, "suspect", suspects_, link.suspect_id, Need::Required);
              link.motive = ReadReference(item, path, "motive", motives_, link.motive_id, Need::Required);
              int64_t strength = 0;
              if (ReadInteger(item, path, "strength", strength, Need::Required)) {
                if (strength < 1 || strength > 3) {
                  findings().Error(JsonPointerChild(path, "strength"),
                                   "strength must be 1, 2 or 3 (weak, argued, strong), found " +
                                       std::to_string(strength));
                } else {
                  link.strength = static_cast<int>(strength);
                }
              }
              ReadString(item, path, "argument", link.argument, Need::Required);
              ReadEvidenceList(item, path, link.evidence);
              ReadNotes(item, path, link.notes);
              if (link.suspect >= 0 && link.motive >= 0) {
                const int64_t pair = static_cast<int64_t>(link.suspect) * 1000003 + link.motive;
                const auto [it, inserted] = pair_owner.emplace(pair, static_cast<size_t>(i));
                if (!inserted) {
                  findings().Error(path, "a second link for suspect " + QuoteForMessage(link.suspect_id) +
                                             " and motive " + QuoteForMessage(link.motive_id) +
                                             " (the first is /links/" + std::to_string(it->second) +
                                             "); at most one link per pair");
                }
              }
            });
}

void StoryReader::ReadGoals(const json& root) {
  ReadItems(root, "", "goals", Need::Optional, 0, kGoalFields, story_.goals,
            [&](const json& item, const std::string& path, int i, Goal& goal) {
              ReadId(item, path, goals_, i, goal.id);
              ReadString(item, path, "title", goal.title, Need::Required);
              ReadString(item, path, "explanation", goal.explanation, Need::Required);
              ReadEvidenceList(item, path, goal.evidence);
              // Event indices follow their events through FinalizeStory's sort.
              ReadReferenceList(item, path, "events", events_, goal.event_ids, goal.events, Need::Required);
              ReadReferenceList(item, path, "motives", motives_, goal.motive_ids, goal.motives, Need::Required);
              ReadNotes(item, path, goal.notes);
            },
            &goals_);
}

void StoryReader::ReadReactions(const json& root) {
  ReadItems(root, "", "reactions", Need::Optional, 0, kReactionFields, story_.reactions,
            [&](const json& item, const std::string& path, int i, Reaction& reaction) {
              ReadId(item, path, reactions_, i, reaction.id);
              ReadString(item, path, "party", reaction.party, Need::Required);
              ReadString(item, path, "stance", reaction.stance, Need::Required);
              ReadEvidenceList(item, path, reaction.evidence);
              ReadNotes(item, path, reaction.notes);
            },
            &reactions_);
}

void StoryReader::ReadEvidenceList(const json& object, const std::string& path, std::vector<Evidence>& out) {
  ReadItems(object, path, "evidence", Need::Required, 1, kEvidenceFields, out,
            [&](const json& value, const std::string& at, int, Evidence& evidence) {
              ReadString(value, at, "quote", evidence.quote, Need::Required, kMaxQuoteChars);
              evidence.source = ReadReference(value, at, "source", sources_, evidence.source_id, Need::Required);
              const bool has_kind = ReadEnum(value, at, "kind", kEvidenceKinds, evidence.kind, Need::Required);
              if (has_kind && evidence.kind == EvidenceKind::Attributed && value.find("speaker") == value.end()) {
                findings().Error(at, "missing field \"speaker\": attributed evidence must say who said it");
              } else {
                ReadString(value, at, "speaker", evidence.speaker, Need::Optional);
              }
            });
}

void StoryReader::ReadNotes(const json& object, const std::string& path, std::vector<EditorNote>& out) {
  ReadItems(object, path, "notes", Need::Optional, 0, kNoteFields, out,
            [&](const json& item, const std::string& at, int, EditorNote& note) {
              ReadString(item, at, "text", note.text, Need::Required);
              ReadDate(item, at, "date", note.date, nullptr, Need::Optional);
            });
}

void StoryReader::ReadWording(const json& root) {
  const json* wording = Member(root, "", "wording", Need::Optional);
  if (!wording || !ExpectObject(*wording, "/wording")) return;
  CheckUnknownFields(*wording, "/wording", kWordingFields);
  ReadString(*wording, "/wording", "act", story_.wording.act, Need::Optional, kMaxWordingChars);
  ReadString(*wording, "/wording", "sources", story_.wording.sources, Need::Optional, kMaxWordingChars);
  story_.wording.sources_plural_given =
      ReadBool(*wording, "/wording", "sources_plural", story_.wording.sources_plural, Need::Optional);
  for (const auto& [key, text] : {std::pair<const char*, const std::string*>{"act", &story_.wording.act},
                                  {"sources", &story_.wording.sources}}) {
    if (wording->contains(key) && IsBlank(*text)) {
      findings().Error(JsonPointerChild("/wording", key), "is empty; leave it out to use the default");
    }
  }
}

// The granularity is the date's own ("1999", "1999-06", "1999-06-14"); `precision` may say the
// same again, or "approximate" (placed "around" it).
void StoryReader::ReadPrecision(const json& item, const std::string& path, bool date_ok, const std::string& date_text,
                                Date& date) {
  PrecisionField precision = PrecisionField::Day;
  if (!ReadEnum(item, path, "precision", kDatePrecisions, precision, Need::Optional) || !date_ok) return;
  const std::string at = JsonPointerChild(path, "precision");
  const auto finer_than = [&](DatePrecision wanted) {
    return static_cast<int>(date.precision) < static_cast<int>(wanted);
  };
  switch (precision) {
    case PrecisionField::Approximate: date.approximate = true; break;
    case PrecisionField::Day:
      if (date.precision != DatePrecision::Day) {
        findings().Error(at, "precision is \"day\" but the date " + QuoteForMessage(date_text) +
                                 " has no day (use YYYY-MM-DD, or leave precision out)");
      }
      break;
    case PrecisionField::Month:
    case PrecisionField::Year: {
      const DatePrecision wanted = precision == PrecisionField::Month ? DatePrecision::Month : DatePrecision::Year;
      const char* name = precision == PrecisionField::Month ? "month" : "year";
      if (finer_than(wanted)) {
        findings().Warning(at, std::string("precision is \"") + name + "\", so the " +
                                   (wanted == DatePrecision::Month ? "day" : "month and day") + " in " +
                                   QuoteForMessage(date_text) + (wanted == DatePrecision::Month ? " is" : " are") +
                                   " ignored (write " + (wanted == DatePrecision::Month ? "YYYY-MM" : "YYYY") + ")");
        date.precision = wanted;
        date.day = 1;
        if (wanted == DatePrecision::Year) date.month = 1;
      } else if (date.precision != wanted) {
        findings().Error(at, std::string("precision is \"") + name + "\" but the date " + QuoteForMessage(date_text) +
                                 " is coarser (leave precision out)");
      }
      break;
    }
  }
}

// `coincided` (and the first format's `landed_just_as`, which meant the same).
void StoryReader::ReadCoincided(const json& item, const std::string& path, bool& out) {
  bool coincided = false, landed = false;
  const bool has_new = ReadBool(item, path, "coincided", coincided, Need::Optional);
  const bool has_old = ReadBool(item, path, "landed_just_as", landed, Need::Optional);
  if (has_new && has_old && coincided != landed) {
    findings().Error(JsonPointerChild(path, "landed_just_as"),
                     "disagrees with \"coincided\" (it is the older name for the same flag: keep one)");
  }
  out = has_new ? coincided : landed;
}

// ---- after validation -------------------------------------------------------------------------

// The tour: each step's caption, its one target (which must name something in the story), and
// optionally a view, a lens and a question. Kept as the target's URL hash (story.h, TourStep).
void StoryReader::ReadTour(const json& root) {
  ReadItems(root, "", "tour", Need::Optional, 1, kTourStepFields, story_.tour,
            [&](const json& item, const std::string& path, int, TourStep& step) {
              ReadString(item, path, "caption", step.caption, Need::Required, kMaxCaptionChars);
              ReadTourTarget(item, path, step.target);
              // Checked by hand rather than with ReadEnum: one more enum table's template costs download.
              if (ReadString(item, path, "view", step.view, Need::Optional, 0, Shown::No) && step.view != "both" &&
                  step.view != "matrix" && step.view != "timeline") {
                findings().Error(JsonPointerChild(path, "view"), "unknown view " + QuoteForMessage(step.view) +
                                                                     " (expected one of: both, matrix, timeline)");
                step.view.clear();
              }
              std::string lens;
              Lens parsed = Lens::All;
              if (ReadString(item, path, "lens", lens, Need::Optional, 0, Shown::No)) {
                if (ParseLens(lens, &parsed) && parsed != Lens::All) step.lens = lens;
                else findings().Error(JsonPointerChild(path, "lens"), "unknown lens " + QuoteForMessage(lens) +
                                                                          " (expected one of: facts, attributed, analysis)");
              }
              ReadString(item, path, "question", step.question, Need::Optional, kMaxCaptionChars);
            });
}

void StoryReader::ReadTourTarget(const json& step, const std::string& path, std::string& out) {
  const json* target = Member(step, path, "target", Need::Required);
  const std::string at = JsonPointerChild(path, "target");
  if (!target || !ExpectObject(*target, at)) return;
  CheckUnknownFields(*target, at, kTourTargetFields);
  std::vector<std::string_view> named;
  for (const std::string_view key : kTourTargetFields) {
    if (target->find(std::string(key)) != target->end()) named.push_back(key);
  }
  if (named.size() != 1) {
    findings().Error(at, named.empty() ? "a tour step's target must name one of: cell, suspect, motive, event, goal, reaction"
                                       : "a tour step's target must name one thing, found " +
                                             std::to_string(named.size()));
    return;
  }
  const std::string key(named[0]);
  std::string id, motive_id;
  if (key == "cell") {
    const json& cell = (*target)["cell"];
    const std::string cell_at = JsonPointerChild(at, "cell");
    if (!cell.is_array() || cell.size() != 2) {
      findings().Error(cell_at, std::string("a cell is [suspect id, motive id], found ") + TypeName(cell));
      return;
    }
    const int s = Resolve(cell[0], JsonPointerChild(cell_at, size_t{0}), suspects_, id);
    const int m = Resolve(cell[1], JsonPointerChild(cell_at, size_t{1}), motives_, motive_id);
    if (s < 0 || m < 0) return;
    out = "#cell=" + id + ":" + motive_id;
    return;
  }
  const IdTable* table = key == "suspect" ? &suspects_ : key == "motive" ? &motives_ : key == "event" ? &events_
                         : key == "goal"  ? &goals_    : &reactions_;
  if (!table->present) {  // Resolve checks ids only against an array that is there
    findings().Error(JsonPointerChild(at, key), std::string("the story has no ") + table->plural + " to point at");
    return;
  }
  if (Resolve((*target)[key], JsonPointerChild(at, key), *table, id) >= 0) out = "#" + key + "=" + id;
}

void StoryReader::WarnIfEventsOutOfOrder() {
  const std::vector<Event>& events = story_.events;
  const Event* latest = nullptr;
  for (size_t i = 0; i < events.size(); ++i) {
    if (i >= event_date_ok_.size() || !event_date_ok_[i]) continue;  // a broken item, or no valid date
    if (latest && events[i].date < latest->date) {
      findings().Warning(JsonPointerChild("/events", i),
                         "events are not in date order: " + QuoteForMessage(events[i].id) + " (" +
                             events[i].date.Iso() + ") comes after " + QuoteForMessage(latest->id) + " (" +
                             latest->date.Iso() + "); the timeline shows them sorted by date");
      return;
    }
    latest = &events[i];
  }
}

}  // namespace

void ReadStory(const json& root, Findings& findings, Story& story) { StoryReader(findings, story).Run(root); }

}  // namespace mm::load
