// js_exports.cpp — page → wasm: the mm_* functions of page_api.h. Each decodes its C arguments
// (names, JSON, bytes), calls one App verb (app.h) and encodes the result; none touches an App's
// fields.
#include <emscripten.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/classroom_session.h"
#include "core/locale.h"
#include "core/matrix_csv.h"
#include "core/story_loader.h"
#include "core/text_version.h"
#include "core/view/url_hash.h"
#include "platform/app.h"
#include "platform/page_api.h"
#include "platform/page_names.h"

namespace {

using mm::platform::App;
using mm::platform::TheApp;
// Documents for the page are built, and its select targets read, as plain json: the type the story
// loader reads with, so the wasm carries one instantiation of nlohmann's templates
// (core/view/page_state.cpp). The page reads every document by key, never by key order.
using Json = nlohmann::json;

// Strings returned to the page live here until the next call that returns one.
std::string g_reply;
const char* Reply(std::string text) {
  g_reply = std::move(text);
  return g_reply.c_str();
}

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }
std::string_view Text(const char* s) { return s ? std::string_view(s) : std::string_view(); }


// ---- select targets ------------------------------------------------------------------------------

// JavaScript's truthiness, which window.motiveMatrix.select has always applied to its keys.
bool Truthy(const Json& j) {
  if (j.is_null()) return false;
  if (j.is_boolean()) return j.get<bool>();
  if (j.is_number()) return j.get<double>() != 0;
  if (j.is_string()) return !j.get_ref<const std::string&>().empty();
  return true;
}

// An id as the story spells it, looked up through the hash form: story ids are [a-z0-9-]
// (story_loader.cpp, IsValidId), which the hash carries unchanged, so anything with a '%' (which
// the hash would decode) or a ':' (which would split a cell) names nothing.
bool HashSafe(const Json& id) {
  if (!id.is_string()) return false;
  const std::string& s = id.get_ref<const std::string&>();
  return s.find('%') == std::string::npos && s.find(':') == std::string::npos;
}

// The target's JSON, or a discarded value if it is not JSON. Read with the DOM builder the story
// loader's reader is made of (json::parse would bring a second, callback-driven one: 2.7 KB of
// download).
Json ParseTarget(std::string_view text) {
  Json target;
  nlohmann::detail::json_sax_dom_parser<Json> dom(target, false);
  if (!Json::sax_parse(text.begin(), text.end(), &dom)) target = Json(Json::value_t::discarded);
  return target;
}

// {"cell": [suspect, motive]} or {"<kind>": id}, as page_api.h describes. Anything else is None.
mm::Selection SelectionFromObject(const mm::Story& story, const Json& target) {
  static constexpr const char* kKinds[] = {"cell", "suspect", "motive", "event", "goal", "reaction"};
  for (const char* kind : kKinds) {
    if (!target.contains(kind) || !Truthy(target[kind])) continue;
    const Json& value = target[kind];
    std::string hash = std::string(kind) + "=";
    if (kind == kKinds[0]) {
      if (!value.is_array() || value.size() < 2 || !HashSafe(value[0]) || !HashSafe(value[1])) return {};
      hash += value[0].get_ref<const std::string&>() + ":" + value[1].get_ref<const std::string&>();
    } else {
      if (!HashSafe(value)) return {};
      hash += value.get_ref<const std::string&>();
    }
    return mm::SelectionFromHash(story, hash);
  }
  return {};
}

// ---- fonts and colours ------------------------------------------------------------------------------

// "fonts/NotoSans-Bold.3f2a09c1de.ttf" → Bold; "NotoSans-Bold-Ext.ttf" → Bold, ext.
bool FaceFromFile(std::string_view file, mm::ui::FontFace* face, bool* ext) {
  const size_t slash = file.find_last_of('/');
  if (slash != std::string_view::npos) file.remove_prefix(slash + 1);
  file = file.substr(0, file.find('.'));
  constexpr std::string_view kExt = "-Ext";
  *ext = file.size() > kExt.size() && file.substr(file.size() - kExt.size()) == kExt;
  if (*ext) file.remove_suffix(kExt.size());
  const int i = mm::platform::IndexOfName(mm::platform::kFontFaceNames, file);
  if (i < 0) return false;
  *face = static_cast<mm::ui::FontFace>(i);
  return true;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// "c0392b", "#c0392b" or "c39" → 0xRRGGBB and the six-digit spelling; false for anything else.
bool ParseHexColour(std::string_view s, uint32_t* rgb, std::string* six) {
  if (!s.empty() && s.front() == '#') s.remove_prefix(1);
  if (s.size() != 3 && s.size() != 6) return false;
  six->clear();
  for (char c : s) {
    if (HexDigit(c) < 0) return false;
    six->append(s.size() == 3 ? 2 : 1, c);
  }
  *rgb = 0;
  for (char c : *six) *rgb = *rgb * 16 + static_cast<uint32_t>(HexDigit(c));
  return true;
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE int mm_add_font(const char* file, const uint8_t* data, int size) {
  mm::ui::FontFace face;
  bool ext = false;
  if (!data || size <= 0 || !FaceFromFile(Text(file), &face, &ext)) return 0;
  mm::platform::AddFont(TheApp(), face, ext, data, static_cast<size_t>(size));
  return 1;
}

EMSCRIPTEN_KEEPALIVE const char* mm_load_story(const char* text, int size) {
  mm::LoadResult result = mm::LoadStory(std::string_view(text ? text : "", text && size > 0 ? static_cast<size_t>(size) : 0));
  const char* reply = Reply(mm::DiagnosticsToJson(result));  // before the story moves: it names its title
  if (result.ok()) mm::platform::ShowStory(TheApp(), std::move(result.story));
  return reply;
}

EMSCRIPTEN_KEEPALIVE int mm_select(const char* target_json) {
  App& app = TheApp();
  const mm::Story* story = mm::platform::CurrentStory(app);
  if (!story) return 0;
  const Json target = ParseTarget(Text(target_json));
  mm::Selection sel;
  bool named_something = false;
  if (target.is_null()) {
    named_something = true;  // a clear
  } else if (target.is_string()) {
    // A hash is the whole view a URL restores: its lens too (none is all evidence).
    const std::string& hash = target.get_ref<const std::string&>();
    const mm::HashView view = mm::ViewFromHash(*story, hash);
    sel = view.selection;
    const std::string_view bare = std::string_view(hash).substr(!hash.empty() && hash[0] == '#' ? 1 : 0);
    const bool lens_only = bare.substr(0, 5) == "lens=" && bare.find('&') == std::string_view::npos;
    named_something = sel.kind != mm::SelectionKind::None || bare.empty() || (lens_only && (view.lens != mm::Lens::All || bare == "lens=all"));
    mm::platform::SetLens(app, view.lens);
    if (view.step != 0) return mm::platform::ShowTourStep(app, view.step - 1) ? 1 : 0;
  } else if (target.is_object()) {
    // {"lens": "facts"} sets the lens (alone, keeping the selection, or with one); without it the
    // lens stays.
    mm::Lens lens = mm::Lens::All;
    const bool has_lens = target.contains("lens") && target["lens"].is_string() &&
                          mm::ParseLens(target["lens"].get_ref<const std::string&>(), &lens);
    if (has_lens) mm::platform::SetLens(app, lens);
    if (has_lens && target.size() == 1) return 1;  // only the lens: the selection stays
    sel = SelectionFromObject(*story, target);
    named_something = sel.kind != mm::SelectionKind::None || (has_lens && target.size() == 1);
  }
  mm::platform::Select(app, sel);
  return named_something ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* mm_locale_for(const char* requested) {
  bool same_language = true;
  Json out = Json::object();
  out["tag"] = mm::MatchLocale(Text(requested), &same_language);
  out["sameLanguage"] = same_language;
  out["rtl"] = mm::IsRightToLeftLanguage(Text(requested));
  return Reply(Dump(out));
}

EMSCRIPTEN_KEEPALIVE const char* mm_set_locale(const char* tag, const char* text, int size) {
  const std::string_view name = Text(tag);
  if (name.empty() || name == "en" || !text || size <= 0) {
    mm::platform::SetLocale(TheApp(), nullptr);
    return Reply("");
  }
  auto locale = std::make_shared<mm::Locale>();
  std::string error;
  if (!mm::ParseLocale(name, std::string_view(text, static_cast<size_t>(size)), locale.get(), &error)) return Reply(error);
  mm::platform::SetLocale(TheApp(), std::move(locale));
  return Reply("");
}

EMSCRIPTEN_KEEPALIVE const char* mm_state() { return Reply(mm::platform::PageStateJson(TheApp())); }

EMSCRIPTEN_KEEPALIVE void mm_resize(int css_w, int css_h, float dpr) { mm::platform::Resize(TheApp(), css_w, css_h, dpr); }

EMSCRIPTEN_KEEPALIVE void mm_wake() { mm::platform::Wake(TheApp()); }

EMSCRIPTEN_KEEPALIVE int mm_set_view(const char* name) {
  const int view = mm::platform::IndexOfName(mm::platform::kViewNames, Text(name));
  if (view < 0) return 0;
  mm::platform::SetView(TheApp(), static_cast<mm::ui::View>(view));
  return 1;
}

EMSCRIPTEN_KEEPALIVE int mm_set_lens(const char* name) {
  mm::Lens lens;
  if (!mm::ParseLens(Text(name), &lens)) return 0;
  mm::platform::SetLens(TheApp(), lens);
  return 1;
}

EMSCRIPTEN_KEEPALIVE void mm_set_page_visible(int visible) { mm::platform::SetVisible(TheApp(), visible != 0); }

EMSCRIPTEN_KEEPALIVE int mm_nav(const char* command) {
  const int cmd = mm::platform::IndexOfName(mm::platform::kNavCommandNames, Text(command));
  if (cmd < 0) return 0;
  return mm::platform::Nav(TheApp(), static_cast<mm::NavCommand>(cmd)) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void mm_set_font_scale(float scale) { mm::platform::SetFontScale(TheApp(), scale); }

EMSCRIPTEN_KEEPALIVE int mm_tour(int step) { return mm::platform::ShowTourStep(TheApp(), step - 1) ? 1 : 0; }

EMSCRIPTEN_KEEPALIVE void mm_set_presenter(int on) { mm::platform::SetPresenter(TheApp(), on != 0); }

EMSCRIPTEN_KEEPALIVE const char* mm_text_html() {
  const mm::Story* story = mm::platform::CurrentStory(TheApp());
  return Reply(story ? mm::RenderTextVersion(*story) : std::string());
}

EMSCRIPTEN_KEEPALIVE const char* mm_matrix_csv() {
  const mm::Story* story = mm::platform::CurrentStory(TheApp());
  return Reply(story ? mm::MatrixCsv(*story) : std::string());
}

EMSCRIPTEN_KEEPALIVE int mm_draw_for_image(float scale) { return mm::platform::DrawForImage(TheApp(), scale) ? 1 : 0; }

EMSCRIPTEN_KEEPALIVE const char* mm_set_theme(const char* theme, const char* background, const char* accent) {
  mm::ui::ThemeDesc desc;
  desc.high_contrast = mm::ui::CurrentTheme().high_contrast;  // presenter mode's, which the page does not choose here
  desc.dark = Text(theme) == "dark";
  desc.transparent = Text(background) == "transparent";
  std::string why, six;
  if (!Text(accent).empty()) {
    desc.has_accent = ParseHexColour(Text(accent), &desc.accent_rgb, &six);
    if (!desc.has_accent) why = "ignoring accent \u201C" + std::string(Text(accent)) + "\u201D (expected a hex colour such as c0392b)";
  }
  const double refused = mm::platform::SetTheme(TheApp(), desc);
  if (refused > 0) {
    char ratio[16];
    std::snprintf(ratio, sizeof ratio, "%.2f", refused);
    why = "ignoring accent #" + six + ": contrast " + ratio + ":1 with the page is below 3:1";
  }
  return Reply(why);
}

EMSCRIPTEN_KEEPALIVE int mm_set_mode(const char* name) {
  mm::ClassroomMode mode;
  if (!mm::ParseMode(Text(name), &mode) || !mm::platform::CurrentStory(TheApp())) return 0;
  mm::platform::SetMode(TheApp(), mode);
  return 1;
}

EMSCRIPTEN_KEEPALIVE const char* mm_classroom(const char* command_json) {
  // Why a code was refused, by CodeError's value (the page words it from the locale).
  static constexpr const char* kWhy[] = {"", "empty", "bad-character", "mistyped", "wrong-length", "other-story", "unknown-version"};
  const Json cmd = ParseTarget(Text(command_json));
  Json reply = Json::object();
  bool ok = false;
  if (!mm::platform::CurrentStory(TheApp()) || !cmd.is_object()) {
    // nothing to act on
  } else if (cmd.contains("rating") && cmd["rating"].is_string()) {
    mm::Rating rating;
    const mm::Selection cell = SelectionFromObject(TheApp().story, cmd);
    ok = mm::ParseRating(cmd["rating"].get_ref<const std::string&>(), &rating) && cell.kind == mm::SelectionKind::Cell &&
         mm::platform::ChangeClassroom(TheApp(), [&](mm::Classroom& c, const mm::Story& s) {
           return mm::SetRating(c, s, cell.index, cell.motive, rating);
         });
  } else if (cmd.contains("first")) {
    const mm::Selection who = cmd["first"].is_object() ? SelectionFromObject(TheApp().story, cmd["first"]) : mm::Selection{};
    ok = (who.kind == mm::SelectionKind::Suspect || cmd["first"].is_null()) &&
         mm::platform::ChangeClassroom(TheApp(), [&](mm::Classroom& c, const mm::Story& s) {
           return mm::SetFirstChoice(c, s, who.kind == mm::SelectionKind::Suspect ? who.index : -1);
         });
  } else if (cmd.contains("reveal")) {
    ok = mm::platform::ChangeClassroom(TheApp(), [](mm::Classroom& c, const mm::Story& s) {
      mm::Reveal(c, s);
      return c.revealed;
    });
  } else if (cmd.contains("restore") && cmd["restore"].is_string()) {
    const bool revealed = cmd.contains("revealed") && Truthy(cmd["revealed"]);
    ok = mm::platform::ChangeClassroom(TheApp(), [&](mm::Classroom& c, const mm::Story& s) {
      return mm::RestoreAnswers(c, s, cmd["restore"].get_ref<const std::string&>(), revealed);
    });
  } else if (cmd.contains("codes") && cmd["codes"].is_string()) {
    const auto refused = mm::platform::ChangeClassroom(TheApp(), [&](mm::Classroom& c, const mm::Story& s) {
      return mm::ShowClass(c, s, cmd["codes"].get_ref<const std::string&>());
    });
    Json list = Json::array();
    for (const mm::RefusedCode& r : refused) {
      Json j = Json::object();
      j["code"] = r.code;
      j["why"] = kWhy[static_cast<int>(r.error)];
      list.push_back(std::move(j));
    }
    reply["refused"] = std::move(list);
    ok = TheApp().ui.reader.classroom.mode == mm::ClassroomMode::Class;
  }
  reply["ok"] = ok;
  return Reply(Dump(reply));
}

EMSCRIPTEN_KEEPALIVE void mm_probe(int enable) { mm::platform::SetProbe(TheApp(), enable != 0); }

EMSCRIPTEN_KEEPALIVE const char* mm_probe_json() {
  const App& app = TheApp();
  const mm::Story* story = mm::platform::CurrentStory(app);
  Json list = Json::array();
  for (const mm::ui::ProbeItem& it : mm::platform::LastProbe(app).items) {
    if (it.hit.Width() <= 0) continue;
    Json j = Json::object();
    j["what"] = it.what;
    j["label"] = it.label;
    j["hash"] = story ? mm::SelectionToHash(*story, it.target) : "";
    j["x0"] = it.hit.x0;
    j["y0"] = it.hit.y0;
    j["x1"] = it.hit.x1;
    j["y1"] = it.hit.y1;
    list.push_back(std::move(j));
  }
  return Reply(Dump(list));
}

}  // extern "C"
