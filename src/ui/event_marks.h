// event_marks.h — how an event is marked on the timeline, shared by the desktop axis and the
// phone's list: its kind's colour, its dot (hollow when the date is uncertain), whether the
// selection lights it.
#pragma once

#include <cstdint>

#include <imgui.h>

#include "core/story.h"
#include "core/view_state.h"

namespace mm::ui {

uint32_t EventColor(EventKind kind);
// The event's dot at `center`; a ring around it when `emphasised`.
void DrawEventMarker(ImDrawList* dl, ImVec2 center, const Event& ev, bool emphasised);
// True if the selection highlights event i.
bool EventLit(const Highlight& highlight, int i);

}  // namespace mm::ui
