// story_builder.cpp — each sheet's rows → the story's JSON items, every value's cell remembered.
#include "core/import/story_builder.h"

#include <algorithm>

namespace mm::sheets {
namespace {

constexpr const char* kFormat = "motive-matrix/story@1";

// story.csv's keys, in the order the story's JSON has them.
const std::vector<std::string>& StoryKeys() {
  static const std::vector<std::string> keys = {"format",
                                                "id",
                                                "language",
                                                "title",
                                                "dek",
                                                "framing",
                                                "published",
                                                "updated",
                                                "wording_act",
                                                "wording_sources",
                                                "wording_sources_plural"};
  return keys;
}

std::string Child(const std::string& path, const std::string& key) { return path + "/" + key; }
std::string Child(const std::string& path, size_t index) { return path + "/" + std::to_string(index); }

}  // namespace

void StoryBuilder::RememberField(const std::string& path, const Sheet& sheet, const Item& item,
                                 const std::string& column) {
  const Cell cell = item.field(column);
  if (!cell.empty()) {
    origins_[path] = sheet.At(cell);
  } else if (sheet.HasColumn(column)) {
    origins_[path] = sheet.At(item.first_row, sheet.ColumnOf(column));
  }
}

void StoryBuilder::PutText(Json& object, const std::string& path, const char* key, const Sheet& sheet, const Item& item,
                           const std::string& column) {
  RememberField(Child(path, key), sheet, item, column);
  const Cell cell = item.field(column);
  if (!cell.empty()) object[key] = cell.value;
}

void StoryBuilder::PutKey(Json& object, const std::string& path, const char* key, const Sheet& sheet, const Item& item,
                          const std::string& column) {
  const Cell cell = sheet.Get(item.first_row, column);
  origins_[Child(path, key)] = sheet.At(cell);
  object[key] = cell.value;
}

void StoryBuilder::PutIdList(Json& object, const std::string& path, const char* key, const Sheet& sheet,
                             const Item& item, const std::string& column) {
  RememberField(Child(path, key), sheet, item, column);
  const Cell cell = item.field(column);
  std::vector<std::string> ids;
  if (cell.empty() || !ReadIdList(sheet, cell, &ids, report_) || ids.empty()) return;
  Json list = Json::array();
  for (const std::string& id : ids) list.push_back(id);
  object[key] = std::move(list);
}

void StoryBuilder::PutDate(Json& object, const std::string& path, const char* key, const Sheet& sheet, const Item& item,
                           const std::string& column) {
  PutText(object, path, key, sheet, item, column);
  const Cell cell = item.field(column);
  if (!cell.empty()) ReadIsoDate(sheet, cell, report_);
}

void StoryBuilder::PutChoice(Json& object, const std::string& path, const char* key, const Sheet& sheet,
                             const Item& item, const std::string& column, const std::vector<std::string>& choices) {
  RememberField(Child(path, key), sheet, item, column);
  const Cell cell = item.field(column);
  if (cell.empty()) return;
  std::string choice;
  object[key] = ReadChoice(sheet, cell, choices, &choice, report_) ? choice : cell.value;
}

void StoryBuilder::ReadStory(const Sheet& sheet) {
  std::map<std::string, int> rows;  // key → the row that gave it
  for (int row : sheet.data_rows()) {
    const Cell key = sheet.Get(row, "key");
    const Cell value = sheet.Get(row, "value");
    if (key.empty()) {
      report_.Error(sheet.At(row, sheet.ColumnOf("key")),
                    "a value without a key: which of the story's fields is " + Shown(value.value) + "?");
      continue;
    }
    const std::string name = NormalizeName(key.value);
    const std::vector<std::string>& known = StoryKeys();
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      const std::string suggestion = DidYouMean(name, known);
      report_.Warning(sheet.At(key), "unknown key " + Shown(key.value) + ": its row is ignored" +
                                         (suggestion.empty() ? " (the keys: id, language, title, dek, framing, "
                                                               "published, updated, wording_act, wording_sources, "
                                                               "wording_sources_plural, format)"
                                                             : suggestion));
      continue;
    }
    const auto [at, inserted] = rows.emplace(name, row);
    if (!inserted) {
      report_.Error(sheet.At(key), "the key " + Shown(name) + " is given twice (first in row " +
                                       std::to_string(at->second) + "); keep one");
      continue;
    }
    story_[name] = value;
    if ((name == "published" || name == "updated") && !value.empty()) ReadIsoDate(sheet, value, report_);
  }
  story_sheet_ptr_ = &sheet;
  for (const auto& [name, value] : story_) {
    std::string path = "/" + name;
    if (name.rfind("wording_", 0) == 0) path = "/wording/" + name.substr(8);
    story_origins_[path] = sheet.At(value);
  }
}

void StoryBuilder::ReadSources(const Sheet& sheet) {
  origins_["/sources"] = sheet.Whole();
  const std::vector<Item> items =
      GroupRows(sheet, {}, {"id", "title", "kind", "publisher", "author", "date", "url"}, "source", report_);
  for (const Item& item : items) {
    const std::string path = Child("/sources", sources_.size());
    origins_[path] = sheet.At(item.first_row);
    Json source = Json::object();
    PutText(source, path, "id", sheet, item, "id");
    PutText(source, path, "title", sheet, item, "title");
    PutText(source, path, "publisher", sheet, item, "publisher");
    PutText(source, path, "author", sheet, item, "author");
    PutChoice(source, path, "kind", sheet, item, "kind", {"opinion", "news", "official", "analysis", "other"});
    PutDate(source, path, "date", sheet, item, "date");
    PutText(source, path, "url", sheet, item, "url");
    const Cell id = item.field("id");
    if (!id.empty()) source_ids_.push_back(id.value);
    sources_.push_back(std::move(source));
  }
}

Json StoryBuilder::EvidenceList(const Sheet& sheet, const Item& item, const std::string& list_path) {
  Json list = Json::array();
  origins_[list_path] = sheet.At(item.first_row);
  const int quote_column = sheet.ColumnOf("quote");
  const int kind_column = sheet.ColumnOf("quote_kind");
  for (int row : item.rows) {
    const Cell quote = sheet.Get(row, "quote");
    const Cell source = sheet.Get(row, "source");
    const Cell kind = sheet.Get(row, "quote_kind");
    const Cell speaker = sheet.Get(row, "speaker");
    if (quote.empty()) {
      // A row may give only the item's own fields; but a quote's kind, source or speaker
      // without the quote is a quote left out.
      if (!source.empty() || !kind.empty() || !speaker.empty()) {
        report_.Error(sheet.At(row, quote_column),
                      "empty quote, but this row gives its source, quote_kind or speaker: copy the quote "
                      "from the source, verbatim");
      }
      continue;
    }
    const std::string path = Child(list_path, list.size());
    Json evidence = Json::object();
    origins_[path] = sheet.At(row);
    evidence["quote"] = quote.value;
    origins_[Child(path, "quote")] = sheet.At(quote);

    // Source: given, or the story's only one.
    const SheetLocation source_at = sheet.At(row, source.column != 0 ? source.column : quote_column);
    origins_[Child(path, "source")] = source_at;
    if (!source.empty()) {
      evidence["source"] = source.value;
    } else if (source_ids_.size() == 1) {
      evidence["source"] = source_ids_.front();
    } else if (source_ids_.empty()) {
      report_.Error(source_at, "this quote has no source, and sources.csv gives none");
    } else {
      std::string ids;
      for (const std::string& id : source_ids_) ids += (ids.empty() ? "" : ", ") + id;
      report_.Error(source_at, "which source is this quote from? The story has " + std::to_string(source_ids_.size()) +
                                   " (" + ids + "): give its id in the source column");
    }

    // Kind: what the quote is — the point of the explainer, so never assumed.
    const SheetLocation kind_at = sheet.At(row, kind_column);
    origins_[Child(path, "kind")] = kind_at;
    std::string kind_value;
    if (kind.empty()) {
      report_.Error(kind_at,
                    "empty quote_kind: is the quote a reported fact (fact), a statement the source attributes "
                    "to a named party (attributed), or the source's own analysis (analysis)?");
    } else if (ReadChoice(sheet, kind, {"fact", "attributed", "analysis"}, &kind_value, report_)) {
      evidence["kind"] = kind_value;
    } else {
      evidence["kind"] = kind.value;
    }

    const SheetLocation speaker_at = speaker.column != 0 ? sheet.At(speaker) : kind_at;
    origins_[Child(path, "speaker")] = speaker_at;
    if (!speaker.empty()) evidence["speaker"] = speaker.value;
    if (kind_value == "attributed" && speaker.empty()) {
      report_.Error(speaker_at, std::string("an attributed quote needs its speaker: who does the source say said it?") +
                                    (speaker.column == 0 ? " (add a speaker column)" : ""));
    } else if (!speaker.empty() && !kind_value.empty() && kind_value != "attributed") {
      report_.Warning(speaker_at, "a speaker for a quote whose quote_kind is " + kind_value +
                                      ": if the source attributes the words to " + Shown(speaker.value) +
                                      ", the quote_kind is attributed");
    }
    list.push_back(std::move(evidence));
  }
  return list;
}

void StoryBuilder::ReadSuspects(const Sheet& sheet) {
  origins_["/suspects"] = sheet.Whole();
  const std::vector<Item> items =
      GroupRows(sheet, {"id"}, {"name", "short", "summary", "rank", "rank_label"}, "suspect", report_);
  for (const Item& item : items) {
    const std::string path = Child("/suspects", suspects_.size());
    origins_[path] = sheet.At(item.first_row);
    index_["suspect"][item.key] = suspects_.size();
    Json suspect = Json::object();
    PutKey(suspect, path, "id", sheet, item, "id");
    PutText(suspect, path, "name", sheet, item, "name");
    PutText(suspect, path, "short", sheet, item, "short");
    PutText(suspect, path, "summary", sheet, item, "summary");
    const std::string assessment_path = Child(path, "assessment");
    origins_[assessment_path] = sheet.At(item.first_row);
    Json assessment = Json::object();
    RememberField(Child(assessment_path, "rank"), sheet, item, "rank");
    const Cell rank = item.field("rank");
    long long rank_value = 0;
    if (!rank.empty()) {
      if (ReadWholeNumber(sheet, rank, &rank_value, report_)) {
        assessment["rank"] = rank_value;
      } else {
        assessment["rank"] = rank.value;
      }
    }
    PutText(assessment, assessment_path, "label", sheet, item, "rank_label");
    assessment["evidence"] = EvidenceList(sheet, item, Child(assessment_path, "evidence"));
    suspect["assessment"] = std::move(assessment);
    suspects_.push_back(std::move(suspect));
  }
}

void StoryBuilder::ReadMotives(const Sheet& sheet) {
  origins_["/motives"] = sheet.Whole();
  const std::vector<Item> items =
      GroupRows(sheet, {}, {"id", "label", "description", "group", "group_label"}, "motive", report_);
  struct Group {
    Cell id;     // the first motive's group cell
    Cell label;  // the first group_label given
  };
  std::vector<Group> groups;
  for (const Item& item : items) {
    const std::string path = Child("/motives", motives_.size());
    origins_[path] = sheet.At(item.first_row);
    Json motive = Json::object();
    PutText(motive, path, "id", sheet, item, "id");
    PutText(motive, path, "label", sheet, item, "label");
    PutText(motive, path, "description", sheet, item, "description");
    PutText(motive, path, "group", sheet, item, "group");
    const Cell id = item.field("id");
    if (!id.empty()) index_["motive"].emplace(id.value, motives_.size());
    motives_.push_back(std::move(motive));

    const Cell group = item.field("group");
    const Cell label = item.field("group_label");
    if (group.empty()) {
      if (!label.empty()) {
        report_.Error(sheet.At(label), "a group_label without a group: give the group's id in the group column");
      }
      continue;
    }
    auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.id.value == group.value; });
    if (it == groups.end()) {
      groups.push_back({group, label});
      continue;
    }
    if (label.empty()) continue;
    if (it->label.empty()) {
      it->label = label;
    } else if (it->label.value != label.value) {
      report_.Error(sheet.At(label), "group " + Shown(group.value) + " already has the label " +
                                         Shown(it->label.value) + " (row " + std::to_string(it->label.row) +
                                         "): give it once, or repeat it exactly");
    }
  }
  origins_["/motive_groups"] = sheet.Whole();
  for (const Group& group : groups) {
    const std::string path = Child("/motive_groups", motive_groups_.size());
    origins_[path] = sheet.At(group.id);
    origins_[Child(path, "id")] = sheet.At(group.id);
    Json object = Json::object();
    object["id"] = group.id.value;
    if (group.label.empty()) {
      report_.Error(sheet.At(group.id), "motive group " + Shown(group.id.value) +
                                            " has no label: give its group_label on one of its motives' rows");
    } else {
      object["label"] = group.label.value;
      origins_[Child(path, "label")] = sheet.At(group.label);
    }
    motive_groups_.push_back(std::move(object));
  }
}

void StoryBuilder::ReadLinks(const Sheet& sheet) {
  origins_["/links"] = sheet.Whole();
  const std::vector<Item> items = GroupRows(sheet, {"suspect", "motive"}, {"strength", "argument"}, "link", report_);
  for (const Item& item : items) {
    const std::string path = Child("/links", links_.size());
    origins_[path] = sheet.At(item.first_row);
    index_["link"][item.key] = links_.size();
    Json link = Json::object();
    PutKey(link, path, "suspect", sheet, item, "suspect");
    PutKey(link, path, "motive", sheet, item, "motive");
    RememberField(Child(path, "strength"), sheet, item, "strength");
    const Cell strength = item.field("strength");
    int strength_value = 0;
    if (!strength.empty()) {
      if (ReadStrength(sheet, strength, &strength_value, report_)) {
        link["strength"] = strength_value;
      } else {
        link["strength"] = strength.value;
      }
    }
    PutText(link, path, "argument", sheet, item, "argument");
    link["evidence"] = EvidenceList(sheet, item, Child(path, "evidence"));
    links_.push_back(std::move(link));
  }
}

void StoryBuilder::ReadEvents(const Sheet& sheet) {
  origins_["/events"] = sheet.Whole();
  const std::vector<Item> items =
      GroupRows(sheet, {"id"}, {"date", "precision", "kind", "title", "detail", "coincided", "motives", "suspects"},
                "event", report_);
  for (const Item& item : items) {
    const std::string path = Child("/events", events_.size());
    origins_[path] = sheet.At(item.first_row);
    index_["event"][item.key] = events_.size();
    Json event = Json::object();
    PutKey(event, path, "id", sheet, item, "id");
    PutDate(event, path, "date", sheet, item, "date");
    PutChoice(event, path, "precision", sheet, item, "precision", {"day", "month", "year", "approximate"});
    PutChoice(event, path, "kind", sheet, item, "kind", {"act", "context", "reaction"});
    PutText(event, path, "title", sheet, item, "title");
    PutText(event, path, "detail", sheet, item, "detail");
    RememberField(Child(path, "coincided"), sheet, item, "coincided");
    const Cell coincided = item.field("coincided");
    bool coincided_value = false;
    if (!coincided.empty() && ReadYesNo(sheet, coincided, &coincided_value, report_) && coincided_value) {
      event["coincided"] = true;
    }
    event["evidence"] = EvidenceList(sheet, item, Child(path, "evidence"));
    PutIdList(event, path, "motives", sheet, item, "motives");
    PutIdList(event, path, "suspects", sheet, item, "suspects");
    events_.push_back(std::move(event));
  }
}

void StoryBuilder::ReadGoals(const Sheet& sheet) {
  origins_["/goals"] = sheet.Whole();
  const std::vector<Item> items =
      GroupRows(sheet, {"id"}, {"title", "explanation", "events", "motives"}, "goal", report_);
  for (const Item& item : items) {
    const std::string path = Child("/goals", goals_.size());
    origins_[path] = sheet.At(item.first_row);
    index_["goal"][item.key] = goals_.size();
    Json goal = Json::object();
    PutKey(goal, path, "id", sheet, item, "id");
    PutText(goal, path, "title", sheet, item, "title");
    PutText(goal, path, "explanation", sheet, item, "explanation");
    goal["evidence"] = EvidenceList(sheet, item, Child(path, "evidence"));
    PutIdList(goal, path, "events", sheet, item, "events");
    PutIdList(goal, path, "motives", sheet, item, "motives");
    goals_.push_back(std::move(goal));
  }
}

void StoryBuilder::ReadReactions(const Sheet& sheet) {
  origins_["/reactions"] = sheet.Whole();
  const std::vector<Item> items = GroupRows(sheet, {"id"}, {"party", "stance"}, "reaction", report_);
  for (const Item& item : items) {
    const std::string path = Child("/reactions", reactions_.size());
    origins_[path] = sheet.At(item.first_row);
    index_["reaction"][item.key] = reactions_.size();
    Json reaction = Json::object();
    PutKey(reaction, path, "id", sheet, item, "id");
    PutText(reaction, path, "party", sheet, item, "party");
    PutText(reaction, path, "stance", sheet, item, "stance");
    reaction["evidence"] = EvidenceList(sheet, item, Child(path, "evidence"));
    reactions_.push_back(std::move(reaction));
  }
}

void StoryBuilder::AddNote(Json& item, const std::string& item_path, Json note, const Sheet& sheet, int row) {
  Json& notes = item["notes"];
  if (!notes.is_array()) notes = Json::array();
  const std::string path = Child(Child(item_path, "notes"), notes.size());
  origins_.emplace(Child(item_path, "notes"), sheet.At(row));
  origins_[path] = sheet.At(row);
  const Cell text = sheet.Get(row, "text");
  origins_[Child(path, "text")] = sheet.At(text);
  const Cell date = sheet.Get(row, "date");
  if (date.column != 0) origins_[Child(path, "date")] = sheet.At(date);
  notes.push_back(std::move(note));
}

void StoryBuilder::ReadNotes(const Sheet& sheet) {
  // The kinds of item a note can be attached to, with the array each lives in.
  const std::vector<std::pair<std::string, Json*>> kinds = {
      {"story", &notes_},  {"suspect", &suspects_}, {"motive", &motives_},     {"link", &links_},
      {"event", &events_}, {"goal", &goals_},       {"reaction", &reactions_},
  };
  const std::vector<Item> items = GroupRows(sheet, {}, {"kind", "id", "text", "date"}, "note", report_);
  for (const Item& item : items) {
    const int row = item.first_row;
    const Cell kind = item.field("kind");
    const Cell id = item.field("id");
    const Cell text = item.field("text");
    const Cell date = item.field("date");
    std::vector<std::string> names;
    for (const auto& k : kinds) names.push_back(k.first);
    std::string kind_value;
    if (kind.empty()) {
      report_.Error(sheet.At(row, sheet.ColumnOf("kind")),
                    "empty kind: what is the note about (story, suspect, motive, link, event, goal or reaction)?");
      continue;
    }
    if (!ReadChoice(sheet, kind, names, &kind_value, report_)) continue;
    Json note = Json::object();
    if (text.empty()) {
      report_.Error(sheet.At(row, sheet.ColumnOf("text")), "empty text: write the note");
    } else {
      note["text"] = text.value;
    }
    if (!date.empty()) {
      note["date"] = date.value;
      ReadIsoDate(sheet, date, report_);
    }
    if (kind_value == "story") {
      const auto story_id = story_.find("id");
      if (!id.empty() && (story_id == story_.end() || story_id->second.value != id.value)) {
        report_.Error(sheet.At(id), "a story note names no item: leave its id empty");
        continue;
      }
      origins_.emplace("/notes", sheet.At(row));
      const std::string path = Child("/notes", notes_.size());
      origins_[path] = sheet.At(row);
      origins_[Child(path, "text")] = sheet.At(row, sheet.ColumnOf("text"));
      if (!date.empty()) origins_[Child(path, "date")] = sheet.At(date);
      notes_.push_back(std::move(note));
      continue;
    }
    std::string key = id.value;
    if (kind_value == "link") {
      const size_t colon = key.find(':');
      if (colon == std::string::npos) {
        report_.Error(sheet.At(row, sheet.ColumnOf("id")),
                      (id.empty() ? std::string("empty id") : Shown(id.value)) +
                          ": a link is named by its suspect and motive, suspect-id:motive-id");
        continue;
      }
      auto trim = [](std::string s) {
        while (!s.empty() && s.back() == ' ') s.pop_back();
        while (!s.empty() && s.front() == ' ') s.erase(s.begin());
        return s;
      };
      key = trim(key.substr(0, colon)) + ":" + trim(key.substr(colon + 1));
    }
    if (id.empty()) {
      report_.Error(sheet.At(row, sheet.ColumnOf("id")), "empty id: which " + kind_value + " is the note about?");
      continue;
    }
    const auto state = sheet_states_.find(kind_value + "s");
    if (state == sheet_states_.end()) {
      report_.Error(sheet.At(id),
                    "a note on " + kind_value + " " + Shown(key) + ", but there is no " + kind_value + "s sheet");
      continue;
    }
    if (!state->second.usable) continue;  // that sheet's errors come first
    const auto found = index_[kind_value].find(key);
    if (found == index_[kind_value].end()) {
      report_.Error(sheet.At(id), "no " + kind_value + " " + Shown(key) + " in " + state->second.display);
      continue;
    }
    Json* array = nullptr;
    for (const auto& k : kinds) {
      if (k.first == kind_value) array = k.second;
    }
    const std::string item_path = Child("/" + kind_value + "s", found->second);
    AddNote((*array)[found->second], item_path, std::move(note), sheet, row);
  }
}

Json StoryBuilder::Assemble() {
  Json root = Json::object();
  origins_[""] = {story_sheet_, 0, 0, {}};
  for (const auto& [path, at] : story_origins_) origins_[path] = at;
  const auto value = [&](const std::string& key) -> std::string {
    const auto it = story_.find(key);
    return it == story_.end() ? std::string() : it->second.value;
  };
  const std::string format = value("format");
  root["format"] = format.empty() ? kFormat : format;
  for (const char* key : {"id", "language", "title", "dek", "framing", "published", "updated"}) {
    const std::string v = value(key);
    if (!v.empty()) root[key] = v;
  }
  Json wording = Json::object();
  for (const char* key : {"act", "sources"}) {
    const std::string v = value(std::string("wording_") + key);
    if (!v.empty()) wording[key] = v;
  }
  const auto plural = story_.find("wording_sources_plural");
  if (plural != story_.end() && !plural->second.empty() && story_sheet_ptr_) {
    bool yes = false;
    if (ReadYesNo(*story_sheet_ptr_, plural->second, &yes, report_)) wording["sources_plural"] = yes;
  }
  if (!wording.empty()) {
    root["wording"] = std::move(wording);
    for (const char* key : {"wording_act", "wording_sources", "wording_sources_plural"}) {
      const auto it = story_.find(key);
      if (it != story_.end() && !it->second.empty()) {
        origins_["/wording"] = {story_sheet_, it->second.row, 0, {}};
        break;
      }
    }
  }
  root["sources"] = std::move(sources_);
  if (!notes_.empty()) root["notes"] = std::move(notes_);
  root["suspects"] = std::move(suspects_);
  if (!motive_groups_.empty()) root["motive_groups"] = std::move(motive_groups_);
  root["motives"] = std::move(motives_);
  root["links"] = std::move(links_);
  root["events"] = std::move(events_);
  if (!goals_.empty()) root["goals"] = std::move(goals_);
  if (!reactions_.empty()) root["reactions"] = std::move(reactions_);
  return root;
}

}  // namespace mm::sheets
