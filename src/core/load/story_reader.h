// story_reader.h — a parsed story document → Story, by the format's rules.
#pragma once

#include <nlohmann/json.hpp>

#include "core/load/diagnostics.h"
#include "core/story.h"

namespace mm::load {

// Reads every rule of docs/story-format.md into `story`, recording each problem in `findings`
// (all of them, up to the findings' cap), then FinalizeStory. The story is meaningful only if
// no error was found; the caller discards it otherwise.
void ReadStory(const nlohmann::json& root, Findings& findings, Story& story);

}  // namespace mm::load
