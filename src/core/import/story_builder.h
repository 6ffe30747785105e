// story_builder.h — the story's JSON, built from the template's sheets one sheet at a time, with
// the cell each value came from (for LocateInSheets). Internal to the importer.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/import/sheet.h"

namespace mm::sheets {

// ordered_json keeps the fields in the order they are written: the format's, as in the docs.
using Json = nlohmann::ordered_json;

class StoryBuilder {
 public:
  explicit StoryBuilder(size_t max_diagnostics) : report_(max_diagnostics) {}

  // Each sheet, in the template's order: evidence needs the sources; notes need every item.
  void ReadStory(const Sheet& sheet);
  void ReadSources(const Sheet& sheet);
  void ReadSuspects(const Sheet& sheet);
  void ReadMotives(const Sheet& sheet);
  void ReadLinks(const Sheet& sheet);
  void ReadEvents(const Sheet& sheet);
  void ReadGoals(const Sheet& sheet);
  void ReadReactions(const Sheet& sheet);
  void ReadNotes(const Sheet& sheet);
  void SetStorySheet(const std::string& name) { story_sheet_ = name; }
  // What became of each sheet, for notes.csv: read, given but unreadable (its own errors say
  // why, so notes on its items are not reported again), or not given.
  void SetSheetState(const std::string& kind, const std::string& display, bool usable) {
    sheet_states_[kind] = {display, usable};
  }
  // The story, fields in the format's order; call once, after the sheets.
  Json Assemble();

  Reporter& report() { return report_; }
  std::map<std::string, SheetLocation>& origins() { return origins_; }

 private:
  // Where `path` came from: the field's cell, or — when no row of the item gives it — the
  // item's first row in that column, which is where the loader's "missing" points.
  void RememberField(const std::string& path, const Sheet& sheet, const Item& item, const std::string& column);
  // object[key] = the field's text, when it has any.
  void PutText(Json& object, const std::string& path, const char* key, const Sheet& sheet, const Item& item,
               const std::string& column);
  // The key column's cell (on the item's first row; every row has the same).
  void PutKey(Json& object, const std::string& path, const char* key, const Sheet& sheet, const Item& item,
              const std::string& column);
  // An event's or goal's list of ids, "a; b".
  void PutIdList(Json& object, const std::string& path, const char* key, const Sheet& sheet, const Item& item,
                 const std::string& column);
  void PutDate(Json& object, const std::string& path, const char* key, const Sheet& sheet, const Item& item,
               const std::string& column);
  // A choice: the canonical word; a bad one is reported and kept as written.
  void PutChoice(Json& object, const std::string& path, const char* key, const Sheet& sheet, const Item& item,
                 const std::string& column, const std::vector<std::string>& choices);
  Json EvidenceList(const Sheet& sheet, const Item& item, const std::string& list_path);
  void AddNote(Json& item, const std::string& item_path, Json note, const Sheet& sheet, int row);

  Reporter report_;
  std::map<std::string, SheetLocation> origins_;
  std::string story_sheet_ = "story.csv";
  std::map<std::string, Cell> story_;  // story.csv: key → value cell
  const Sheet* story_sheet_ptr_ = nullptr;
  std::vector<std::string> source_ids_;
  Json sources_ = Json::array(), suspects_ = Json::array(), motive_groups_ = Json::array(), motives_ = Json::array(),
       links_ = Json::array(), events_ = Json::array(), goals_ = Json::array(), reactions_ = Json::array(),
       notes_ = Json::array();
  // For notes.csv: an item's id (a link's "suspect:motive") → its index, per kind.
  std::map<std::string, std::map<std::string, size_t>> index_;
  std::map<std::string, SheetLocation> story_origins_;  // "/title" → cell, set by ReadStory
  struct SheetState {
    std::string display;
    bool usable = false;
  };
  std::map<std::string, SheetState> sheet_states_;  // "events" → its state
};

}  // namespace mm::sheets
