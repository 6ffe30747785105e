// url_hash.h — the one URL-hash form of a selection, written and parsed.
#pragma once

#include <string>
#include <string_view>

#include "core/story.h"
#include "core/view/selection.h"

namespace mm {

// URL hash: "#cell=<suspect>:<motive>", "#suspect=<id>", "#motive=<id>", "#event=<id>",
// "#goal=<id>", "#reaction=<id>"; "" for None. Parsing accepts with or without the leading '#',
// and returns None for anything unknown or malformed (never fails).
std::string SelectionToHash(const Story& story, const Selection& sel);
Selection SelectionFromHash(const Story& story, std::string_view hash);

// A guided tour's step (1-based): "#step=3". StepFromHash returns 0 for anything else, and for a
// step the story's tour does not have.
std::string StepToHash(int step);
int StepFromHash(const Story& story, std::string_view hash);

}  // namespace mm
