// page_state.cpp — the state document the page reads (mm_state, Module.mmOnSelect; its shape is in
// page_api.h): the core's selection object, plus what the selection lights up and how the
// explainer is shown, built once and dumped once.
#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/classroom_session.h"
#include "core/lens_words.h"
#include "core/view/describe_selection.h"
#include "core/view/page_state.h"
#include "core/view/url_hash.h"
#include "core/tour.h"
#include "core/wording.h"
#include "platform/app.h"
#include "platform/page_names.h"

namespace mm::platform {

namespace {

// Plain json, the one nlohmann type the wasm carries (core/view/page_state.cpp says why).
using Json = nlohmann::json;

// The classroom part of the state (page_api.h): per cell the student's rating, and the sources'
// only once they may be seen.
Json ClassroomJson(const Story& story, const Classroom& c) {
  Json out = Json::object();
  char hex[8];
  std::snprintf(hex, sizeof hex, "%04x", StoryFingerprint(story));
  out["fingerprint"] = hex;
  const bool predict = c.mode == ClassroomMode::Predict;
  Json cells = Json::array();
  for (size_t s = 0; s < story.suspects.size(); ++s) {
    for (size_t m = 0; m < story.motives.size(); ++m) {
      const size_t i = s * story.motives.size() + m;
      Json cell = Json::object();
      cell["suspect"] = story.suspects[s].id;
      cell["motive"] = story.motives[m].id;
      if (predict) cell["rating"] = RatingName(i < c.prediction.cells.size() ? c.prediction.cells[i] : Rating::Unrated);
      if (!Predicting(c)) cell["sources"] = RatingName(SourcesRating(story, (int)s, (int)m));
      if (predict && c.revealed) cell["gap"] = std::find(c.gaps.begin(), c.gaps.end(), (int)i) != c.gaps.end();
      if (!predict && i < c.tally.cells.size()) {
        Json counts = Json::object();
        for (Rating r : {Rating::NotArgued, Rating::Weak, Rating::Argued, Rating::Strong}) counts[RatingName(r)] = c.tally.cells[i][static_cast<int>(r)];
        cell["counts"] = std::move(counts);
      }
      cells.push_back(std::move(cell));
    }
  }
  out["cells"] = std::move(cells);
  if (predict) {
    out["rated"] = RatedCount(c);
    const int first = c.prediction.first_choice;
    out["firstChoice"] = first >= 0 && first < (int)story.suspects.size() ? Json(story.suspects[first].id) : Json(nullptr);
    out["revealed"] = c.revealed;
    out["code"] = EncodeAnswerCode(story, c.prediction);
  } else {
    out["students"] = c.tally.students;
    Json firsts = Json::object();
    for (size_t s = 0; s < story.suspects.size() && s < c.tally.first_choices.size(); ++s) firsts[story.suspects[s].id] = c.tally.first_choices[s];
    out["firstChoices"] = std::move(firsts);
    out["noFirstChoice"] = c.tally.no_first_choice;
  }
  return out;
}

}  // namespace

std::string PageStateJson(const App& app) {
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
                                                                         : DescribeSelection(app.story, app.ui.reader.selection,
                                                                                             !Predicting(app.ui.reader.classroom));
  // The tour: its step (1-based) while it runs, and the step's own hash while what it selected
  // is still what shows, so that a link to "#step=3" brings the reader back to it.
  const int step = app.ui.reader.tour_step;
  if (step >= 0 && step < static_cast<int>(app.story.tour.size())) {
    state["step"] = step + 1;
    if (TourTarget(app.story, step) == app.ui.reader.selection) {
      state["hash"] = StepToHash(step + 1, app.ui.reader.lens);
      const Words w(app.story);
      state["description"] = w("tour.announce", {{"n", std::to_string(step + 1)},
                                                 {"total", std::to_string(app.story.tour.size())},
                                                 {"caption", app.story.tour[static_cast<size_t>(step)].caption}}) +
                             " " + state["description"].get<std::string>();
    }
  } else {
    state["step"] = nullptr;
  }
  // While predicting the tour is not offered (it walks through the sources' answers).
  state["tourSteps"] = Predicting(app.ui.reader.classroom) ? 0 : app.story.tour.size();
  state["presenter"] = app.presenter;
  // Spoken instead when the lens is what changed (web/js/bridge.js).
  state["lensDescription"] = DescribeLens(app.story, app.ui.reader.lens);
  state["ready"] = app.has_story;
  state["theme"] = ui::CurrentTheme().dark ? "dark" : "light";
  state["contentHeight"] = app.ui.io.content_height;
  state["fontScale"] = app.font_scale;
  const Classroom& c = app.ui.reader.classroom;
  state["mode"] = ModeName(c.mode);
  if (c.mode != ClassroomMode::Read && app.has_story) state["classroom"] = ClassroomJson(app.story, c);
  return state.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace mm::platform
