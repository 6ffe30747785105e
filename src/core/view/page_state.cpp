// page_state.cpp — the selection, view and hash as the page's JSON state document.
#include "core/view/page_state.h"

#include <nlohmann/json.hpp>

#include "core/view/url_hash.h"

namespace mm {

std::string SelectionToJson(const Story& story, const Selection& sel, std::string_view view, Lens lens) {
  // Strings are escaped by the library and invalid UTF-8 is replaced (the non-throwing dump), so
  // any id or view name is safe to pass through.
  return SelectionToJsonObject(story, sel, view, lens).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::json SelectionToJsonObject(const Story& story, const Selection& sel, std::string_view view, Lens lens) {
  // Plain json (keys in sorted order), the type the story loader already reads with: the wasm then
  // carries one instantiation of nlohmann's templates, not a second for ordered_json (≈ 15 KB raw).
  // The page reads the document by key, so the order of its keys means nothing.
  using Json = nlohmann::json;
  Json selection = Json::object();
  if (!IsValid(story, sel)) {
    selection["kind"] = "none";
  } else if (sel.kind == SelectionKind::Cell) {
    selection["kind"] = "cell";
    selection["suspect"] = story.suspects[static_cast<size_t>(sel.index)].id;
    selection["motive"] = story.motives[static_cast<size_t>(sel.motive)].id;
  } else {
    selection["kind"] = SelectionKindKey(sel.kind);
    selection["id"] = SelectedItemId(story, sel);
  }
  Json state = Json::object();
  state["selection"] = std::move(selection);
  state["view"] = std::string(view);
  state["hash"] = ViewToHash(story, sel, lens);
  state["lens"] = lens == Lens::All ? "all" : ToString(lens);
  return state;
}

}  // namespace mm
