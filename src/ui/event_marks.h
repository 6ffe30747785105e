// event_marks.h — how an event is marked, shared by the desktop axis, the phone's list and the
// detail: its kind's colour, its dot (hollow when the date is uncertain), whether the selection
// lights it, and its title with its date.
#pragma once

#include <cstdint>
#include <string>

#include <imgui.h>

#include "core/story.h"
#include "core/view/selection.h"
#include "core/wording.h"

namespace mm::ui {

uint32_t EventColor(EventKind kind);
// The event's dot at `center`; a ring around it when `emphasised`.
void DrawEventMarker(ImDrawList* dl, ImVec2 center, const Event& ev, bool emphasised);
// True if the selection highlights event i.
bool EventLit(const Highlight& highlight, int i);
// "25 Nov — Title": an event in a list of events.
std::string DatedTitle(const Words& words, const Event& ev);

}  // namespace mm::ui
