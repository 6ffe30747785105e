// describe_selection.h — one spoken sentence for the current selection.
#pragma once

#include <string>

#include "core/story.h"
#include "core/view/selection.h"

namespace mm {

// One sentence describing the selection for a live region / tooltip, e.g.
// "Pro-escalation Europe × Embarrass Trump: strong link argued by the article; 2 quotes".
std::string DescribeSelection(const Story& story, const Selection& sel);

}  // namespace mm
