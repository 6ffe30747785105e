// page_state.cpp — the state document the page reads (mm_state, Module.mmOnSelect; its shape is in
// page_api.h): the core's selection object, plus what the selection lights up and how the
// explainer is shown, built once and dumped once.
#include <nlohmann/json.hpp>

#include "core/lens_words.h"
#include "core/view/describe_selection.h"
#include "core/view/page_state.h"
#include "platform/app.h"
#include "platform/page_names.h"

namespace mm::platform {

std::string PageStateJson(const App& app) {
  using Json = nlohmann::ordered_json;
  Json state = SelectionToJsonObject(app.story, app.ui.reader.selection, kViewNames[static_cast<int>(app.ui.reader.view)],
                                     app.ui.reader.lens);
  const Highlight& h = app.ui.reader.highlight;
  auto ids = [](const std::vector<bool>& lit, const auto& items) {
    Json list = Json::array();
    for (size_t i = 0; i < lit.size() && i < items.size(); ++i) {
      if (lit[i]) list.push_back(items[i].id);
    }
    return list;
  };
  Json highlight = Json::object();
  highlight["suspects"] = ids(h.suspects, app.story.suspects);
  highlight["motives"] = ids(h.motives, app.story.motives);
  highlight["events"] = ids(h.events, app.story.events);
  highlight["goals"] = ids(h.goals, app.story.goals);
  state["highlight"] = std::move(highlight);
  // Spoken by the page's live region: "cleared" is what just happened when nothing is selected.
  state["description"] = app.ui.reader.selection.kind == SelectionKind::None ? std::string("Selection cleared")
                                                                         : DescribeSelection(app.story, app.ui.reader.selection);
  // Spoken instead when the lens is what changed (web/js/bridge.js).
  state["lensDescription"] = DescribeLens(app.story, app.ui.reader.lens);
  state["ready"] = app.has_story;
  state["theme"] = ui::CurrentTheme().dark ? "dark" : "light";
  state["contentHeight"] = app.ui.io.content_height;
  state["fontScale"] = app.font_scale;
  return state.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace mm::platform
