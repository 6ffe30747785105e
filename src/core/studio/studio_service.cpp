// studio_service.cpp — the studio's check and import, as JSON text in and out (studio_service.h).
#include "core/studio/studio_service.h"

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "core/import/sheet_import.h"
#include "core/quote_check.h"
#include "core/story_loader.h"

namespace mm::studio {
namespace {

// ordered_json: the studio's import writes the story with it, in the format's order for editors
// (import/story_builder.h), so the studio's wasm carries it anyway, and the fields read best in
// the order they are written. (The reader's wasm has only plain json: core/view/page_state.cpp.)
using Json = nlohmann::ordered_json;

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

Json FromDiagnostic(const Diagnostic& d) {
  Json j = Json::object();
  j["path"] = d.path;
  j["line"] = d.line;
  j["column"] = d.column;
  j["message"] = d.message;
  j["text"] = d.Format("story");
  return j;
}

Json FromSheetDiagnostic(const SheetDiagnostic& d) {
  Json j = Json::object();
  j["sheet"] = d.at.sheet;
  j["row"] = d.at.row;
  j["column"] = d.at.column;
  j["columnName"] = d.at.column_name;
  j["path"] = d.path;
  j["message"] = d.message;
  j["text"] = d.Format();
  return j;
}

// {"id": "text", …} → map; false when the text is not such an object (empty text is no sources).
bool ReadStringObject(std::string_view text, std::map<std::string, std::string>* out, std::string* why) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return true;
  const nlohmann::json parsed = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    *why = "is not a JSON object";
    return false;
  }
  for (auto it = parsed.begin(); it != parsed.end(); ++it) {
    if (!it.value().is_string()) {
      *why = "has a value that is not text at \"" + it.key() + "\"";
      return false;
    }
    (*out)[it.key()] = it.value().get<std::string>();
  }
  return true;
}

}  // namespace

std::string CheckJson(std::string_view story_text, std::string_view sources_json) {
  Json out = Json::object();
  Json errors = Json::array(), warnings = Json::array();
  std::map<std::string, std::string> sources;
  std::string why;
  if (!ReadStringObject(sources_json, &sources, &why)) {
    Diagnostic d;
    d.message = "the sources' texts " + why + " ({\"source id\": \"text\", …})";
    errors.push_back(FromDiagnostic(d));
    out["ok"] = false;
    out["errors"] = std::move(errors);
    out["warnings"] = std::move(warnings);
    return Dump(out);
  }

  const LoadResult loaded = LoadStory(story_text);
  for (const Diagnostic& d : loaded.diagnostics) {
    (d.severity == Severity::Error ? errors : warnings).push_back(FromDiagnostic(d));
  }
  int checked = 0, found = 0;
  if (loaded.ok()) {
    out["title"] = loaded.story.title;
    // Only the story's own sources: the studio keeps texts of sources it has not added yet.
    for (const Source& source : loaded.story.sources) {
      const auto text = sources.find(source.id);
      if (text == sources.end()) continue;
      const QuoteCheckResult result = CheckQuotes(story_text, source.id, text->second, source.title);
      for (const Diagnostic& d : result.errors) errors.push_back(FromDiagnostic(d));
      for (const QuoteFinding& f : result.findings) {
        Json j = FromDiagnostic(f.diagnostic);
        j["source"] = source.id;
        j["quote"] = f.quote;
        j["nearest"] = f.nearest;
        errors.push_back(std::move(j));
      }
      checked += result.checked;
      found += result.found;
    }
  }
  out["ok"] = errors.empty();
  out["errors"] = std::move(errors);
  out["warnings"] = std::move(warnings);
  out["quotes"] = Json{{"checked", checked}, {"found", found}};
  return Dump(out);
}

std::string ImportJson(std::string_view sheets_json) {
  Json out = Json::object();
  Json errors = Json::array(), warnings = Json::array();
  std::map<std::string, std::string> sheets;
  std::string why;
  if (!ReadStringObject(sheets_json, &sheets, &why) || sheets.empty()) {
    SheetDiagnostic d;
    d.message = sheets.empty() && why.empty() ? "no sheets given" : "the sheets " + why + " ({\"links\": \"csv text\", …})";
    errors.push_back(FromSheetDiagnostic(d));
    out["ok"] = false;
    out["story"] = "";
    out["errors"] = std::move(errors);
    out["warnings"] = std::move(warnings);
    return Dump(out);
  }
  const SheetImportResult imported = ImportSheets(sheets);
  for (const SheetDiagnostic& d : imported.diagnostics) {
    (d.severity == Severity::Error ? errors : warnings).push_back(FromSheetDiagnostic(d));
  }
  bool ok = imported.ok();
  if (ok) {
    // As `import` does: check's own validation, each finding put back on its cell.
    const LoadResult loaded = LoadStory(imported.story_json);
    for (const Diagnostic& d : loaded.diagnostics) {
      (d.severity == Severity::Error ? errors : warnings).push_back(FromSheetDiagnostic(LocateInSheets(imported, d)));
    }
    ok = loaded.ok();
  }
  out["ok"] = ok;
  out["story"] = imported.ok() ? imported.story_json : std::string();
  out["errors"] = std::move(errors);
  out["warnings"] = std::move(warnings);
  return Dump(out);
}

}  // namespace mm::studio
