// story_schema.h — the story format's tables: fields, enum names, limits and value checks.
//
// docs/story-format.md in data. The reader (story_reader.cpp) enforces these; assets/
// story.schema.json says the same for other tools (tests/unit/story_loader_test.cpp keeps the
// required top-level fields in step with it).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/story.h"

namespace mm::load {

constexpr std::string_view kFormatName = "motive-matrix/story@1";

// Lengths in characters (code points), as readers count them; ids in bytes.
constexpr size_t kMaxIdLength = 64;
constexpr size_t kMaxQuoteChars = 400;
constexpr size_t kMaxShortChars = 32;
constexpr size_t kMaxMotiveLabelChars = 48;
constexpr size_t kMaxEventTitleChars = 60;
constexpr size_t kMaxWordingChars = 48;  // "the act", "the sources": a short noun phrase
constexpr size_t kMaxCaptionChars = 280;  // a tour step's caption: read aloud in one breath, or from a projector

struct TopLevelField {
  std::string_view name;
  bool required;
};

// The single source of truth for top-level fields; RequiredTopLevelFields() reads it too.
inline constexpr TopLevelField kTopLevelFields[] = {
    {"$schema", false},   {"format", true},   {"id", true},         {"language", true}, {"title", true},
    {"dek", true},        {"framing", true},  {"published", true},  {"updated", false}, {"sources", true},
    {"suspects", true},   {"motive_groups", false}, {"motives", true}, {"links", true},  {"events", true},
    {"goals", false},     {"reactions", false},     {"notes", false},  {"wording", false},
    {"tour", false},
};

// The fields each kind of object may have; any other is kept but warned about.
using FieldNames = std::vector<std::string_view>;
extern const FieldNames kEvidenceFields, kNoteFields, kSourceFields, kSuspectFields, kAssessmentFields,
    kMotiveGroupFields, kMotiveFields, kLinkFields, kEventFields, kWordingFields, kGoalFields, kReactionFields,
    kTourStepFields, kTourTargetFields;

template <class E>
struct EnumName {
  std::string_view name;
  E value;
  bool alias = false;  // an older format's name: accepted, not offered in messages
};

extern const std::vector<EnumName<EvidenceKind>> kEvidenceKinds;
extern const std::vector<EnumName<SourceKind>> kSourceKinds;
// "leak" and "call" are the first format's names, from the story it was made for: they load
// as the act and as context (docs/story-format.md, "Older files").
extern const std::vector<EnumName<EventKind>> kEventKinds;
// `precision`: the granularity comes from the date itself; "approximate" adds "around".
enum class PrecisionField { Day, Month, Year, Approximate };
extern const std::vector<EnumName<PrecisionField>> kDatePrecisions;

// "a string", "an array", … for "expected X, found Y".
const char* TypeName(const nlohmann::json& value);

// 1–64 characters a-z, 0-9 and "-", not starting with "-".
bool IsValidId(std::string_view id);

// BCP 47 in outline: a 2–3 letter language, then subtags of 1–8 letters or digits.
bool LooksLikeLanguageTag(std::string_view tag);

// "http://" or "https://" (any letter case) and something after it: the only addresses a story
// links to (the text version shows any other as plain text).
bool IsHttpUrl(std::string_view url);

}  // namespace mm::load
