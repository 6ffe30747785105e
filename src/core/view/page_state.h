// page_state.h — the selection as the page's plain JSON state document.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "core/evidence_lens.h"
#include "core/story.h"
#include "core/view/selection.h"

namespace mm {

// Plain JSON for window.motiveMatrix.state(): {"hash":"#…","lens":"all","selection":{"kind":"cell",
// "motive":"…","suspect":"…"},"view":"…"} (keys sorted: read by name, never by position). The hash carries the lens too
// (url_hash.h), and "lens" is "all", "facts", "attributed" or "analysis".
std::string SelectionToJson(const Story& story, const Selection& sel, std::string_view view, Lens lens = Lens::All);
// The same document as an object, for a caller that adds fields and then dumps it once (the
// page's state document, src/platform/page_state.cpp).
nlohmann::json SelectionToJsonObject(const Story& story, const Selection& sel, std::string_view view,
                                     Lens lens = Lens::All);

}  // namespace mm
