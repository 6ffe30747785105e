// describe_selection.h — one spoken sentence for the current selection.
#pragma once

#include <string>

#include "core/story.h"
#include "core/view/selection.h"

namespace mm {

// One sentence describing the selection for a live region / tooltip, e.g.
// "Pro-escalation Europe × Embarrass Trump: strong link argued by the article; 2 quotes".
//
// `answers`: false while a student predicts (classroom_session.h), when how strongly the sources
// argue a pair, a suspect's rank and what a suspect or a motive is linked to are what the student
// has to guess; then a cell, a suspect or a motive is only named ("Russian hardliners × Sabotage
// the peace plan"). Events, goals and reactions stay on screen while predicting, so they are
// described as always.
std::string DescribeSelection(const Story& story, const Selection& sel, bool answers = true);

}  // namespace mm
