// classroom_view.h — what the matrix and the detail panel draw in the classroom modes
// (core/classroom_session.h): the student's ratings while predicting (the sources' hidden), both
// side by side once revealed with the biggest gaps marked, and the class's tallies.
#pragma once

#include <string>

#include <imgui.h>

#include "core/classroom_session.h"
#include "core/story.h"
#include "ui/fonts.h"

namespace mm::ui {

// Draws cell (s, m) for the mode; false in read mode (the matrix draws the sources' own marks).
bool DrawClassroomCell(const Story& story, const Classroom& c, const Fonts& f, int s, int m, ImVec2 a, ImVec2 b,
                       float radius, bool lit, bool hovered);
// The second line under an axis label: `sub` in read mode; while predicting a suspect's line says
// whether it is the first choice (its rank would give the answer away); in class mode how many
// students chose it first.
std::string ClassroomSub(const Story& story, const Classroom& c, const Selection& item, const std::string& sub);
// The detail panel's classroom part for `sel`, at the cursor. Returns true if that is the whole
// detail (while predicting, nothing of the sources' may show).
bool DrawClassroomDetail(const Story& story, const Classroom& c, const Fonts& f, const Selection& sel, float width);

}  // namespace mm::ui
