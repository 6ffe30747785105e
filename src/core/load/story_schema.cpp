// story_schema.cpp — the format's field and enum tables and its value checks (story_schema.h).
#include "core/load/story_schema.h"

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "core/story_loader.h"

namespace mm {
namespace load {

const FieldNames kEvidenceFields = {"quote", "source", "kind", "speaker"};
const FieldNames kNoteFields = {"text", "date"};
const FieldNames kSourceFields = {"id", "title", "publisher", "author", "kind", "date", "url"};
const FieldNames kSuspectFields = {"id", "name", "short", "summary", "assessment", "notes"};
const FieldNames kAssessmentFields = {"rank", "label", "evidence"};
const FieldNames kMotiveGroupFields = {"id", "label"};
const FieldNames kMotiveFields = {"id", "label", "description", "group", "notes"};
const FieldNames kLinkFields = {"suspect", "motive", "strength", "argument", "evidence", "notes"};
const FieldNames kEventFields = {"id",       "date",     "precision", "kind",           "title",
                                 "detail",   "coincided", "evidence", "landed_just_as", "motives",
                                 "suspects", "notes"};
const FieldNames kWordingFields = {"act", "sources", "sources_plural"};
const FieldNames kGoalFields = {"id", "title", "explanation", "evidence", "events", "motives", "notes"};
const FieldNames kReactionFields = {"id", "party", "stance", "evidence", "notes"};
const FieldNames kTourStepFields = {"caption", "target", "view", "lens", "question"};
// A tour target names exactly one of these (a cell is [suspect, motive]).
const FieldNames kTourTargetFields = {"cell", "suspect", "motive", "event", "goal", "reaction"};

const std::vector<EnumName<EvidenceKind>> kEvidenceKinds = {{"fact", EvidenceKind::ReportedFact},
                                                            {"attributed", EvidenceKind::Attributed},
                                                            {"analysis", EvidenceKind::Analysis}};
const std::vector<EnumName<SourceKind>> kSourceKinds = {{"opinion", SourceKind::Opinion},
                                                        {"news", SourceKind::News},
                                                        {"official", SourceKind::Official},
                                                        {"analysis", SourceKind::Analysis},
                                                        {"other", SourceKind::Other}};
const std::vector<EnumName<EventKind>> kEventKinds = {{"act", EventKind::Act},
                                                      {"context", EventKind::Context},
                                                      {"reaction", EventKind::Reaction},
                                                      {"leak", EventKind::Act, true},
                                                      {"call", EventKind::Context, true}};
const std::vector<EnumName<PrecisionField>> kDatePrecisions = {{"day", PrecisionField::Day},
                                                               {"month", PrecisionField::Month},
                                                               {"year", PrecisionField::Year},
                                                               {"approximate", PrecisionField::Approximate}};

const char* TypeName(const nlohmann::json& v) {
  using json = nlohmann::json;
  switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    case json::value_t::string: return "a string";
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    default: return "an unsupported value";
  }
}

bool IsValidId(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdLength || id[0] == '-') return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool LooksLikeLanguageTag(std::string_view tag) {
  size_t start = 0;
  bool first = true;
  while (true) {
    const size_t dash = tag.find('-', start);
    const std::string_view part =
        tag.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start);
    const bool letters_only = std::all_of(part.begin(), part.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
    const bool alphanumeric = std::all_of(part.begin(), part.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    });
    if (first ? !(letters_only && part.size() >= 2 && part.size() <= 3)
              : !(alphanumeric && !part.empty() && part.size() <= 8)) {
      return false;
    }
    if (dash == std::string_view::npos) return true;
    start = dash + 1;
    first = false;
  }
}

bool IsHttpUrl(std::string_view url) {
  const auto has_scheme = [&](std::string_view scheme) {
    if (url.size() <= scheme.size()) return false;
    for (size_t i = 0; i < scheme.size(); ++i) {
      const char c = url[i];
      if ((c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c) != scheme[i]) return false;
    }
    return true;
  };
  return has_scheme("https://") || has_scheme("http://");
}

}  // namespace load

std::vector<std::string> RequiredTopLevelFields() {
  std::vector<std::string> out;
  for (const auto& field : load::kTopLevelFields) {
    if (field.required) out.emplace_back(field.name);
  }
  return out;
}

}  // namespace mm
